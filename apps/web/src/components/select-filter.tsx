/** A filter of a list as a select: "all" first, then the page's options; a change goes straight to the list. */
import { useId, type ReactNode } from 'react';

export interface SelectFilterProps {
  label: string;
  /** The value in the address; empty for all. */
  value: string;
  onChange: (value: string | undefined) => void;
  /** The first option's words, for no filter. */
  allText: string;
  /** Said for a list of several values in the address (from a link elsewhere), which is then kept. */
  severalText?: string | undefined;
  hint?: string | undefined;
  children: ReactNode;
}

export function SelectFilter({
  label,
  value,
  onChange,
  allText,
  severalText,
  hint,
  children,
}: SelectFilterProps) {
  const id = useId();
  const isSeveral = severalText !== undefined && value.includes(',');
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{allText}</option>
        {isSeveral && <option value={value}>{severalText}</option>}
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

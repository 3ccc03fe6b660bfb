/**
 * Choosing a record by its name rather than typing its id: a search box (when the list is searched),
 * then a list of what matches — a business or a partner city of a deal, a role's unit, city or
 * business. The record already chosen stays in the list whatever is searched, under the name it was
 * shown with.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { Field } from './field.tsx';
import { RequiredLabel } from './required-label.tsx';

export interface NameOption {
  id: string;
  label: string;
}

/** How long typing must pause before a picker that searches on the server asks it. */
export const NAME_SEARCH_DELAY_MS = 250;

export interface NamePickerProps {
  /** The words of this picker, already translated. */
  text: {
    search?: string | undefined;
    searchHint?: string | undefined;
    select: string;
    choose: string;
    none: string;
  };
  value: string;
  /** The chosen record's name, for a record not among the options shown. */
  valueLabel?: string | null | undefined;
  onChange: (id: string, label: string | null) => void;
  options: readonly NameOption[];
  /** The search box's text and its change, when the options are searched. */
  search?: { text: string; onChange: (text: string) => void } | undefined;
  /** The matches are being loaded, or could not be. */
  loading: { isPending: boolean; error: unknown };
  error?: string | undefined;
  isRequired?: boolean;
  /** Whether the label says "required" (forms that mark their required fields); the control is required either way. */
  marksRequired?: boolean;
  className?: string;
}

export function NamePicker({
  text,
  value,
  valueLabel,
  onChange,
  options,
  search,
  loading,
  error,
  isRequired = false,
  marksRequired = isRequired,
  className,
}: NamePickerProps) {
  const { t } = useTranslation(['common', 'frame']);
  const searchId = useId();
  const hintId = useId();
  const chosenLabel = options.find((option) => option.id === value)?.label ?? valueLabel ?? value;
  const isChosenHidden = value !== '' && !options.some((option) => option.id === value);

  return (
    <div className={['name-picker', className].filter(Boolean).join(' ')}>
      {search && text.search && (
        <div className="field">
          <label htmlFor={searchId} className="field-label">
            {text.search}
          </label>
          {text.searchHint ? (
            <p id={hintId} className="field-hint">
              {text.searchHint}
            </p>
          ) : null}
          <input
            id={searchId}
            type="search"
            value={search.text}
            autoComplete="off"
            maxLength={200}
            aria-describedby={text.searchHint ? hintId : undefined}
            onChange={(event) => search.onChange(event.target.value)}
            onKeyDown={(event) => {
              // Enter searches here; it must not send the whole form.
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
        </div>
      )}
      <Field
        label={marksRequired ? <RequiredLabel>{text.select}</RequiredLabel> : text.select}
        required={isRequired}
        error={error ?? (loading.error ? errorMessage(loading.error, t) : undefined)}
        hint={loading.isPending ? t('frame:status.loading') : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(event) => {
              const id = event.target.value;
              onChange(
                id,
                id === value ? chosenLabel : (options.find((option) => option.id === id)?.label ?? null),
              );
            }}
          >
            <option value="">{text.choose}</option>
            {isChosenHidden ? <option value={value}>{chosenLabel}</option> : null}
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {search?.text.trim() && !loading.isPending && options.length === 0 ? (
        <p className="field-hint">{text.none}</p>
      ) : null}
    </div>
  );
}

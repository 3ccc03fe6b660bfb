/** Selects over a fixed list of codes, each shown in words. */
import type { FieldControlProps } from './field.tsx';

/** The options of a fixed list of codes, for a select a form library registers. */
export function CodeOptions<T extends string>({
  codes,
  label,
}: {
  codes: readonly T[];
  label: (code: T) => string;
}) {
  return codes.map((code) => (
    <option key={code} value={code}>
      {label(code)}
    </option>
  ));
}

/** A controlled select over a fixed list of codes; only a listed code is ever passed on. */
export function CodeSelect<T extends string>({
  control,
  name,
  codes,
  value,
  label,
  onChange,
}: {
  control: FieldControlProps;
  name: string;
  codes: readonly T[];
  value: T;
  label: (code: T) => string;
  onChange: (code: T) => void;
}) {
  return (
    <select
      {...control}
      name={name}
      value={value}
      onChange={(event) => {
        const code = codes.find((candidate) => candidate === event.target.value);
        if (code) onChange(code);
      }}
    >
      <CodeOptions codes={codes} label={label} />
    </select>
  );
}

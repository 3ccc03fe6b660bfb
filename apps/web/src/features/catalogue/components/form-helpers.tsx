/** Form helpers of the catalogue forms, on top of the shared Field. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from '../../../components/field.tsx';

/** A field label with "(required)" after it. */
export function RequiredLabel({ children }: { children: ReactNode }) {
  const { t } = useTranslation('catalogue_pages');
  return (
    <>
      {children} <span className="biz-required">{t('form.required')}</span>
    </>
  );
}

/** The first field found at fault, else the general error message. */
export function firstProblem(form: HTMLFormElement | null, alertId: string): HTMLElement | null {
  return form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById(alertId);
}

/** Text typed in a form as the API takes it: trimmed, and null when empty. */
export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A number typed in a form: null when empty, NaN when it is not a number (the caller says so). */
export function numberOrNull(value: string): number | null {
  const trimmed = value.trim().replace(/,/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

/** A select over a fixed list of codes, each shown in words; only a listed code is ever passed on. */
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
      {codes.map((code) => (
        <option key={code} value={code}>
          {label(code)}
        </option>
      ))}
    </select>
  );
}

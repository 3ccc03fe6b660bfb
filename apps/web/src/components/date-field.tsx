/**
 * A calendar date typed as day, month and year in the reader's own calendar (issue 13, item 13): Thai
 * readers type the Buddhist-era year (2569) and pick the month by its Thai name, English readers the
 * Gregorian year. The browser's own date input could not do this: it shows the browser's format
 * (mm/dd/yyyy, Gregorian) whatever the page's language. Three boxes in a fieldset, as government forms
 * ask for a date (the GOV.UK "date input" pattern), work the same with a keyboard, a screen reader and a
 * phone. The value is always the Gregorian YYYY-MM-DD the contracts take, or '' when left empty.
 */
import { useId, useState, type ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  defaultLocale,
  gregorianYearOf,
  isCatalogueLocale,
  monthNames,
  yearInCalendar,
  type CatalogueLocale,
} from '@bia/i18n';

interface Parts {
  day: string;
  month: string;
  year: string;
}

const EMPTY: Parts = { day: '', month: '', year: '' };

/** The parts a stored YYYY-MM-DD shows, in the reader's calendar. */
function partsOf(value: string, locale: CatalogueLocale): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return EMPTY;
  const [, year, month, day] = match;
  return {
    day: String(Number(day)),
    month: String(Number(month)),
    year: String(yearInCalendar(Number(year), locale)),
  };
}

/**
 * The value of the typed parts: '' when all are empty, YYYY-MM-DD when all are given (checked by the
 * form's schema, so 31 February is refused with the schema's message), and otherwise an incomplete text
 * the schema refuses as not a date, so that a half-typed date is never saved as something else.
 */
function valueOf(parts: Parts, locale: CatalogueLocale): string {
  if (!parts.day && !parts.month && !parts.year) return '';
  const year = /^\d{4}$/.test(parts.year) ? String(gregorianYearOf(Number(parts.year), locale)) : parts.year;
  return `${year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
}

/** Whether a date field's value is a whole date or empty: what a filter may put in the address. */
export function isDateOrEmpty(value: string): boolean {
  return value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export interface DateFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** '' or YYYY-MM-DD (Gregorian). */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
  className?: string;
}

export function DateField({
  label,
  hint,
  error,
  required,
  value,
  onChange,
  onBlur,
  disabled,
  className,
}: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = isCatalogueLocale(i18n.language) ? i18n.language : defaultLocale;
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [parts, setParts] = useState<Parts>(() => partsOf(value, locale));

  // A value set from outside (a reset, a reload, another filter) replaces what is typed, unless it is
  // what the typed parts already mean: compared while rendering, as React advises for state that
  // follows a prop, instead of in an effect.
  const [shown, setShown] = useState({ value, locale });
  if (shown.value !== value || shown.locale !== locale) {
    setShown({ value, locale });
    if (valueOf(parts, locale) !== value || shown.locale !== locale) setParts(partsOf(value, locale));
  }

  const change = (part: keyof Parts, text: string) => {
    const next = { ...parts, [part]: part === 'month' ? text : text.replace(/\D/g, '') };
    setParts(next);
    onChange(valueOf(next, locale));
  };
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  // What the day and the year boxes share: digits on a phone's keypad, and the field's state.
  const numberPart = {
    inputMode: 'numeric',
    autoComplete: 'off',
    required,
    disabled,
    'aria-invalid': invalid,
    onBlur,
  } as const;

  return (
    <fieldset
      className={['field', 'date-field', error ? 'field-invalid' : null, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend className="field-label">{label}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="date-field-parts">
        <label className="date-field-part">
          <span>{t('date_input.day')}</span>
          <input
            {...numberPart}
            maxLength={2}
            size={2}
            value={parts.day}
            onChange={(event) => change('day', event.target.value)}
          />
        </label>
        <label className="date-field-part">
          <span>{t('date_input.month')}</span>
          <select
            value={parts.month}
            required={required}
            disabled={disabled}
            aria-invalid={invalid}
            onChange={(event) => change('month', event.target.value)}
            onBlur={onBlur}
          >
            <option value="">{t('date_input.no_month')}</option>
            {monthNames(locale).map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="date-field-part">
          <span>{t('date_input.year')}</span>
          <input
            {...numberPart}
            maxLength={4}
            size={4}
            value={parts.year}
            onChange={(event) => change('year', event.target.value)}
          />
        </label>
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A DateField bound to a react-hook-form field: `<FormDateField control={form.control} name="signedOn" … />`. */
export function FormDateField<Values extends FieldValues, Transformed extends FieldValues = Values>({
  control,
  name,
  ...field
}: Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'error'> & {
  /** The form's control, whatever its schema turns the values into (`Transformed`). */
  control: Control<Values, unknown, Transformed>;
  name: FieldPath<Values>;
  error?: string | undefined;
}) {
  const { field: bound } = useController({ control, name });
  return (
    <DateField
      {...field}
      value={typeof bound.value === 'string' ? bound.value : ''}
      onChange={bound.onChange}
      onBlur={bound.onBlur}
    />
  );
}

/** Lists of checkboxes inside a fieldset: cooperation fields, languages, BMA units, KPI 1.3.1 areas. */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementAreas, type EngagementArea } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useBmaUnits } from '../api/units.ts';
import { languageChoices, useLanguageNames, workingLanguages } from '../../../lib/languages.ts';
import { useEngagementAreaLabel } from '../hooks/use-labels.ts';
import { useReferenceNames } from '../hooks/use-reference-names.ts';

interface ChoiceProps {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

function toggle(list: string[], code: string, isChecked: boolean): string[] {
  return isChecked ? [...list, code] : list.filter((item) => item !== code);
}

/** A fieldset of checkboxes with its legend, hint and error tied to it. */
function CheckboxFieldset({
  legend,
  hint,
  error,
  children,
  className,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={['fieldset partner-choices', error ? 'field-invalid' : null, className]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** The controlled list of cooperation fields, from the reference data. */
export function CooperationFieldsFieldset({ value, onChange, error, hint }: ChoiceProps & { hint?: string }) {
  const { t } = useTranslation('partner_pages');
  const names = useReferenceNames();
  const known = names.reference?.cooperationFields.map((field) => field.code) ?? [];
  const codes = [...new Set([...known, ...value])];
  return (
    <CheckboxFieldset legend={t('form.fields')} hint={hint} error={error}>
      <div className="partner-choices__list">
        {codes.map((code) => (
          <label key={code} className="checkbox">
            <input
              type="checkbox"
              name="fields"
              value={code}
              checked={value.includes(code)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(toggle(value, code, event.target.checked))}
            />
            <span>{names.field(code)}</span>
          </label>
        ))}
      </div>
    </CheckboxFieldset>
  );
}

export function LanguagesFieldset({
  value,
  onChange,
  error,
  recorded,
}: ChoiceProps & { recorded: string[] }) {
  const { t } = useTranslation('partner_pages');
  const languageName = useLanguageNames();
  return (
    <CheckboxFieldset legend={t('contact.languages')} error={error}>
      <div className="partner-choices__list">
        {languageChoices(workingLanguages, [...recorded, ...value]).map((code) => (
          <label key={code} className="checkbox">
            <input
              type="checkbox"
              name="languages"
              value={code}
              checked={value.includes(code)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(toggle(value, code, event.target.checked))}
            />
            <span>{languageName(code)}</span>
          </label>
        ))}
      </div>
    </CheckboxFieldset>
  );
}

/** BMA units involved: a filter box over the units, the chosen ones listed first. */
export function UnitsFieldset({ value, onChange, error }: ChoiceProps) {
  const { t } = useTranslation('partner_pages');
  const { locale } = useFormat();
  const units = useBmaUnits();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const all = useMemo(() => units.data ?? [], [units.data]);
  const needle = filter.trim().toLocaleLowerCase(locale);
  const shown = all.filter(
    (unit) =>
      value.includes(unit.code) ||
      needle === '' ||
      unit.nameTh.toLocaleLowerCase(locale).includes(needle) ||
      (unit.nameEn ?? '').toLocaleLowerCase(locale).includes(needle) ||
      unit.code.includes(needle),
  );
  const ordered = [
    ...shown.filter((unit) => value.includes(unit.code)),
    ...shown.filter((unit) => !value.includes(unit.code)),
  ];
  const unknownCodes = value.filter((code) => !all.some((unit) => unit.code === code));
  return (
    <CheckboxFieldset
      legend={t('activity.units')}
      hint={t('activity.units_chosen', { number: value.length })}
      error={error}
      className="partner-units"
    >
      {units.isError ? (
        <p className="field-hint">{t('activity.units_unavailable')}</p>
      ) : (
        <div className="field">
          <label htmlFor={filterId} className="field-label">
            {t('activity.units_filter')}
          </label>
          <input
            id={filterId}
            type="search"
            autoComplete="off"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
      )}
      <div className="partner-units__list">
        {unknownCodes.map((code) => (
          <label key={code} className="checkbox">
            <input
              type="checkbox"
              checked
              onChange={(event) => onChange(toggle(value, code, event.target.checked))}
            />
            <span>{code}</span>
          </label>
        ))}
        {ordered.map((unit) => (
          <label key={unit.code} className="checkbox">
            <input
              type="checkbox"
              name="unitCodes"
              value={unit.code}
              checked={value.includes(unit.code)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(toggle(value, unit.code, event.target.checked))}
            />
            <span lang={locale === 'en' && unit.nameEn ? 'en' : 'th'}>
              {locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameTh}
            </span>
          </label>
        ))}
      </div>
    </CheckboxFieldset>
  );
}

/**
 * The areas of KPI 1.3.1 an activity promotes, in the plan's words; `children` (the "continuing"
 * checkbox) follows them in the same fieldset.
 */
export function EngagementAreasFieldset({
  value,
  onChange,
  error,
  children,
}: {
  value: EngagementArea[];
  onChange: (value: EngagementArea[]) => void;
  error?: string | undefined;
  children?: ReactNode;
}) {
  const { t } = useTranslation('partner_pages');
  const areaLabel = useEngagementAreaLabel();
  return (
    <CheckboxFieldset
      legend={t('activity.engagement_areas')}
      hint={t('activity.engagement_areas_hint')}
      error={error}
    >
      <div className="partner-choices__list">
        {engagementAreas.map((area) => (
          <label key={area} className="checkbox">
            <input
              type="checkbox"
              name="engagementAreas"
              value={area}
              checked={value.includes(area)}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? engagementAreas.filter((code) => code === area || value.includes(code))
                    : value.filter((code) => code !== area),
                )
              }
            />
            <span>{areaLabel(area)}</span>
          </label>
        ))}
      </div>
      {children}
    </CheckboxFieldset>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useUnitOptions } from '../api/units.ts';

interface UnitPickerProps {
  value: string;
  /** The unit's name as the server gave it, for a unit not (yet) in the loaded list. */
  valueLabel: string | null;
  onChange: (code: string) => void;
  error?: string | undefined;
}

const MAX_OPTIONS = 200;

/** Chooses the unit of a liaison officer's role: a filter box, then a list of the matching units. */
export function UnitPicker({ value, valueLabel, onChange, error }: UnitPickerProps) {
  const { t } = useTranslation(['common', 'admin']);
  const { locale } = useFormat();
  const units = useUnitOptions();
  const [filter, setFilter] = useState('');
  const filterId = useId();

  const nameOf = (unit: UnitSummary) => (locale === 'en' ? (unit.nameEn ?? unit.nameTh) : unit.nameTh);
  const needle = filter.trim().toLocaleLowerCase();
  const all = units.data?.items ?? [];
  const matching = all
    .filter(
      (unit) =>
        !needle ||
        unit.code.includes(needle) ||
        unit.nameTh.toLocaleLowerCase().includes(needle) ||
        (unit.nameEn ?? '').toLocaleLowerCase().includes(needle),
    )
    .slice(0, MAX_OPTIONS);
  const selected = all.find((unit) => unit.code === value);
  const showSelectedSeparately = value !== '' && !matching.some((unit) => unit.code === value);

  return (
    <div className="unit-picker">
      <div className="field">
        <label htmlFor={filterId} className="field-label">
          {t('admin:user_form.unit_filter')}
        </label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          autoComplete="off"
        />
      </div>
      <Field
        label={t('admin:user_form.unit')}
        required
        error={error ?? (units.isError ? errorMessage(units.error, t) : undefined)}
        hint={units.isPending ? t('status.loading') : undefined}
      >
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('admin:user_form.unit_choose')}</option>
            {showSelectedSeparately ? (
              <option value={value}>
                {selected
                  ? t('admin:user_form.unit_option', { name: nameOf(selected), code: selected.code })
                  : t('admin:user_form.unit_option', { name: valueLabel ?? value, code: value })}
              </option>
            ) : null}
            {matching.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {t('admin:user_form.unit_option', { name: nameOf(unit), code: unit.code })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {needle && matching.length === 0 ? (
        <p className="field-hint">{t('admin:user_form.unit_none')}</p>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useUnitOptions } from '../api/units.ts';
import { ScopeSelect, type ScopePickerProps } from './scope-select.tsx';

const MAX_OPTIONS = 200;

/** Chooses the unit of a liaison officer's role: the 77 units are loaded once and filtered here. */
export function UnitPicker(props: ScopePickerProps) {
  const { t } = useTranslation('admin');
  const { locale } = useFormat();
  const units = useUnitOptions();
  const [search, setSearch] = useState('');

  const nameOf = (unit: UnitSummary) => (locale === 'en' ? (unit.nameEn ?? unit.nameTh) : unit.nameTh);
  const needle = search.trim().toLocaleLowerCase();
  const all = units.data?.items ?? [];
  const options = all
    .filter(
      (unit) =>
        !needle ||
        unit.code.includes(needle) ||
        unit.nameTh.toLocaleLowerCase().includes(needle) ||
        (unit.nameEn ?? '').toLocaleLowerCase().includes(needle),
    )
    .slice(0, MAX_OPTIONS)
    .map((unit) => ({
      id: unit.code,
      label: t('user_form.unit_option', { name: nameOf(unit), code: unit.code }),
    }));

  const chosen = all.find((unit) => unit.code === props.value);
  const chosenName = chosen ? nameOf(chosen) : props.valueLabel;

  return (
    <ScopeSelect
      value={props.value}
      error={props.error}
      // Kept as the unit's plain name, as the server names a role's unit.
      onChange={(code) => {
        const unit = all.find((candidate) => candidate.code === code);
        props.onChange(code, unit ? nameOf(unit) : null);
      }}
      valueLabel={
        chosenName === null ? null : t('user_form.unit_option', { name: chosenName, code: props.value })
      }
      text={{
        search: t('user_form.unit_filter'),
        select: t('user_form.unit'),
        choose: t('user_form.unit_choose'),
        none: t('user_form.unit_none'),
      }}
      search={search}
      onSearchChange={setSearch}
      options={options}
      loading={{ isPending: units.isPending, error: units.error }}
    />
  );
}

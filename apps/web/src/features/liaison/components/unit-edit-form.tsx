/**
 * Changes a unit's English name and notes; only what changed is sent, with the version the editor
 * started from. The browser checks what the server checks (the contract's schema); the server's field
 * errors land on their fields; after a stale save, loading the latest version fills in only the fields
 * left untouched.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '@bia/contracts';
import { InputField, TextareaField } from '../../../components/field.tsx';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useUpdateUnit } from '../api/units.ts';
import {
  unitFormFields,
  unitFormSchema,
  unitFormValuesOf,
  type UnitChanges,
  type UnitFormValues,
} from '../utils/unit-form-values.ts';
import { LiaisonForm } from './liaison-form.tsx';

export function UnitEditForm({
  unit,
  onSaved,
  onCancel,
  reload,
}: {
  unit: UnitDetail;
  onSaved: () => void;
  onCancel: () => void;
  /** Loads the unit again and answers its latest version. */
  reload: Reload<UnitDetail>;
}) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const update = useUpdateUnit(unit.code);
  const schema = useMemo(() => unitFormSchema(unit), [unit]);
  const form = useContractForm<UnitFormValues, UnitChanges>({
    schema,
    defaultValues: unitFormValuesOf(unit),
  });
  const { register } = form;
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: unitFormFields,
    record: unit,
    reload,
    valuesOf: unitFormValuesOf,
    mutation: update,
    saveInput: (changes, { version, onError }) =>
      update.mutate({ ...changes, version }, { onSuccess: onSaved, onError }),
  });

  return (
    <LiaisonForm
      heading={t('unit.edit_heading')}
      saving={saving}
      formRef={formRef}
      onCancel={onCancel}
      reloadedText={t('conflict.reloaded')}
    >
      <InputField
        label={t('unit.name_en')}
        hint={t('unit.name_en_hint')}
        error={form.formState.errors.nameEn?.message}
        type="text"
        lang="en"
        autoComplete="off"
        maxLength={300}
        {...register('nameEn')}
      />
      <InputField
        label={t('unit.name_en_source')}
        hint={t('unit.name_en_source_hint')}
        error={form.formState.errors.nameEnSource?.message}
        type="text"
        autoComplete="off"
        maxLength={500}
        {...register('nameEnSource')}
      />
      <TextareaField
        label={t('unit.notes')}
        error={form.formState.errors.notes?.message}
        rows={4}
        maxLength={2000}
        {...register('notes')}
      />
    </LiaisonForm>
  );
}

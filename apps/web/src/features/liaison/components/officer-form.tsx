/**
 * Adds a liaison officer to a unit, or changes one. The browser checks what the server checks (the
 * contract's schema, through utils/officer-form-values.ts); the server's field errors sit next to each
 * field; after a stale save, loading the latest version fills in only the fields left untouched, and
 * the version saved by someone else is shown under each field where it differs from what was typed.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateLiaisonOfficerInput, LiaisonOfficer, UnitDetail } from '@bia/contracts';
import { FormDateField } from '../../../components/date-field.tsx';
import { EmailField, InputField, PhoneField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { languageChoices, useLanguageNames, workingLanguages } from '../../../lib/languages.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useCreateOfficer, useUpdateOfficer } from '../api/officers.ts';
import {
  officerFormFields,
  officerFormSchema,
  officerFormValuesOf,
  type OfficerFormValues,
} from '../utils/officer-form-values.ts';
import { LiaisonForm } from './liaison-form.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function OfficerForm({
  unitCode,
  officer,
  onSaved,
  onCancel,
  reload,
}: {
  unitCode: string;
  /** The officer to change; none to add one. */
  officer?: LiaisonOfficer;
  onSaved: (officer: LiaisonOfficer) => void;
  onCancel: () => void;
  reload: Reload<UnitDetail>;
}) {
  const { t } = useTranslation(['liaison', 'common', 'errors']);
  const format = useFormat();
  const languageName = useLanguageNames();
  const languagesErrorId = useId();
  const savedLanguagesId = useId();
  const form = useContractForm<OfficerFormValues, CreateLiaisonOfficerInput>({
    schema: officerFormSchema,
    defaultValues: officerFormValuesOf(officer),
  });
  const { register, watch, setValue } = form;
  const errors = form.formState.errors;
  const create = useCreateOfficer(unitCode);
  const update = useUpdateOfficer();
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: officerFormFields,
    record: officer,
    reload: officer
      ? async () => (await reload())?.officers.find((candidate) => candidate.id === officer.id)
      : undefined,
    valuesOf: officerFormValuesOf,
    mutation: officer ? update : create,
    saveInput: (input, { version, onError }) => {
      const options = { onSuccess: onSaved, onError };
      if (officer) update.mutate({ id: officer.id, input: { ...input, version } }, options);
      else create.mutate(input, options);
    },
  });
  const { latest } = saving;
  const values = watch();
  const languagesError = form.errorAt('languages');

  // After a reload, the version saved by someone else is shown under each field where it differs.
  const saved = latest.reloadOutcome === 'reloaded' && officer ? officerFormValuesOf(officer) : null;
  function hintFor(key: Exclude<keyof OfficerFormValues, 'languages'>, hint?: string): ReactNode {
    const savedValue = saved?.[key];
    const differs = saved !== null && savedValue?.trim() !== values[key].trim();
    if (!differs) return hint;
    const shown = key === 'since' && savedValue ? format.date(savedValue) : savedValue;
    return (
      <>
        {hint && <span className="liaison-hint-line">{hint}</span>}
        <span className="liaison-hint-line liaison-saved-value">
          {t('conflict.saved_value', { value: shown || t('officer.not_given') })}
        </span>
      </>
    );
  }
  const savedLanguagesDiffer =
    saved !== null && [...saved.languages].sort().join() !== [...values.languages].sort().join();

  function toggleLanguage(code: string, isChecked: boolean) {
    const chosen = isChecked
      ? [...values.languages, code]
      : values.languages.filter((language) => language !== code);
    setValue('languages', chosen, { shouldDirty: true });
  }

  return (
    <LiaisonForm
      heading={officer ? t('officer.edit_heading', { name: officer.fullName }) : t('officer.add_heading')}
      saving={saving}
      formRef={formRef}
      onCancel={onCancel}
      reloadedText={t('conflict.reloaded_officer')}
      goneText={t('officer.gone')}
    >
      <div className="liaison-form__grid">
        <InputField
          label={<RequiredLabel>{t('officer.full_name')}</RequiredLabel>}
          hint={hintFor('fullName')}
          required
          error={errors.fullName?.message}
          type="text"
          autoComplete="off"
          maxLength={200}
          {...register('fullName')}
        />
        <InputField
          label={t('officer.position')}
          hint={hintFor('position')}
          error={errors.position?.message}
          type="text"
          autoComplete="off"
          maxLength={200}
          {...register('position')}
        />
        <EmailField
          label={t('officer.email')}
          hint={hintFor('email')}
          error={errors.email?.message}
          {...register('email')}
        />
        <PhoneField
          label={t('officer.phone')}
          hint={hintFor('phone', t('officer.phone_hint'))}
          error={errors.phone?.message}
          {...register('phone')}
        />
        <FormDateField
          control={form.control}
          name="since"
          label={t('officer.since')}
          hint={hintFor(
            'since',
            ISO_DATE.test(values.since)
              ? t('officer.since_preview', { date: format.date(values.since) })
              : t('officer.since_hint'),
          )}
          error={errors.since?.message}
        />
      </div>
      <fieldset
        className="fieldset liaison-languages"
        aria-describedby={
          [savedLanguagesDiffer ? savedLanguagesId : null, languagesError ? languagesErrorId : null]
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        <legend>{t('officer.languages')}</legend>
        {savedLanguagesDiffer && (
          <p id={savedLanguagesId} className="field-hint liaison-saved-value">
            {t('conflict.saved_value', {
              value:
                saved.languages.length > 0
                  ? new Intl.ListFormat(format.locale).format(saved.languages.map(languageName))
                  : t('officer.not_given'),
            })}
          </p>
        )}
        {languagesError && (
          <p id={languagesErrorId} className="field-error">
            {languagesError}
          </p>
        )}
        <div className="liaison-languages__list">
          {languageChoices(workingLanguages, [...(officer?.languages ?? []), ...values.languages]).map(
            (code) => (
              <label key={code} className="checkbox">
                <input
                  type="checkbox"
                  name="languages"
                  value={code}
                  checked={values.languages.includes(code)}
                  aria-invalid={languagesError ? true : undefined}
                  onChange={(event) => toggleLanguage(code, event.target.checked)}
                />
                <span>{languageName(code)}</span>
              </label>
            ),
          )}
        </div>
      </fieldset>
    </LiaisonForm>
  );
}

/**
 * Records an agreement with a partner, or changes one. The browser checks what the server checks (the
 * contract's schema, through utils/agreement-form-values.ts); the server's field errors land on their
 * fields; after a stale save, loading the latest version fills in only the fields left untouched.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agreementTypes,
  verificationLevels,
  type Agreement,
  type AgreementInput,
  type PartnerDetail,
} from '@bia/contracts';
import { CodeOptions } from '../../../components/code-select.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { InputField, SelectField, TextareaField } from '../../../components/field.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useContractForm, useFormSave } from '../../../lib/forms/index.ts';
import { useSaveRecord } from '../api/records.ts';
import { useAgreementTypeLabel, useVerificationLabel } from '../hooks/use-labels.ts';
import {
  agreementFormFields,
  agreementFormSchema,
  agreementFormValuesOf,
  typedSignedYear,
  type AgreementFormValues,
} from '../utils/agreement-form-values.ts';
import { CooperationFieldsFieldset } from './choice-fieldsets.tsx';
import { RecordForm } from './record-form.tsx';
import { SourcesField } from './sources-field.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Thai readers count years in the Buddhist era. */
const BUDDHIST_ERA_OFFSET = 543;

export function AgreementForm({
  partnerId,
  agreement,
  reload,
  onSaved,
  onCancel,
}: {
  partnerId: string;
  agreement?: Agreement;
  reload: Reload<PartnerDetail>;
  onSaved: (agreement: Agreement) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'errors']);
  const format = useFormat();
  const typeLabel = useAgreementTypeLabel();
  const verificationLabel = useVerificationLabel();
  const eraOffset = format.locale === 'th' ? BUDDHIST_ERA_OFFSET : 0;
  const schema = useMemo(() => agreementFormSchema(eraOffset), [eraOffset]);
  const form = useContractForm<AgreementFormValues, AgreementInput>({
    schema,
    defaultValues: agreementFormValuesOf(agreement, eraOffset),
  });
  const { register, watch, setValue } = form;
  const errors = form.formState.errors;
  const save = useSaveRecord(partnerId, 'agreements');
  const [dateMode, signedOnText, signedYearText, expiresOn, renewalOn, fields] = watch([
    'dateMode',
    'signedOn',
    'signedYear',
    'expiresOn',
    'renewalOn',
    'fields',
  ]);
  const signedYear = typedSignedYear(signedYearText, eraOffset);
  const { formRef, ...saving } = useFormSave({
    form,
    fieldNames: agreementFormFields,
    record: agreement,
    reload: async () => (await reload())?.agreements.find((candidate) => candidate.id === agreement?.id),
    valuesOf: (latestAgreement: Agreement) => agreementFormValuesOf(latestAgreement, eraOffset),
    mutation: save,
    saveInput: (input, { version, onError }) =>
      save.mutate(agreement ? { id: agreement.id, input: { ...input, version } } : { input }, {
        onSuccess: onSaved,
        onError,
      }),
  });

  const datePreview = (value: string) => (ISO_DATE.test(value) ? format.date(value) : undefined);

  return (
    <RecordForm
      heading={agreement ? t('agreement.edit_heading') : t('agreement.add_heading')}
      saving={saving}
      formRef={formRef}
      onCancel={onCancel}
      goneMessage={t('agreement.gone')}
    >
      <div className="partner-form__grid">
        <SelectField
          label={<RequiredLabel>{t('agreement.type')}</RequiredLabel>}
          error={errors.type?.message}
          {...register('type')}
        >
          <CodeOptions codes={agreementTypes} label={typeLabel} />
        </SelectField>
        <InputField
          label={t('agreement.title')}
          hint={t('agreement.title_hint')}
          error={errors.title?.message}
          type="text"
          maxLength={300}
          {...register('title')}
        />
      </div>

      <fieldset className="fieldset partner-date-mode">
        <legend>{t('agreement.signed')}</legend>
        <div className="partner-radios">
          <label className="radio">
            <input type="radio" value="date" {...register('dateMode')} />
            <span>{t('agreement.mode_date')}</span>
          </label>
          <label className="radio">
            <input type="radio" value="year" {...register('dateMode')} />
            <span>{t('agreement.mode_year')}</span>
          </label>
        </div>
        {dateMode === 'date' ? (
          <FormDateField
            control={form.control}
            name="signedOn"
            label={t('agreement.signed_on')}
            hint={datePreview(signedOnText) ?? t('agreement.signed_on_hint')}
            error={errors.signedOn?.message ?? errors.signedYear?.message}
          />
        ) : (
          <InputField
            label={format.locale === 'th' ? t('agreement.signed_year_be') : t('agreement.signed_year')}
            hint={
              signedYear !== null && Number.isInteger(signedYear) && format.locale === 'th'
                ? t('agreement.signed_year_ce', { year: String(signedYear) })
                : t('agreement.signed_year_hint')
            }
            error={errors.signedYear?.message}
            type="text"
            inputMode="numeric"
            maxLength={4}
            {...register('signedYear')}
          />
        )}
      </fieldset>

      <div className="partner-form__grid">
        <InputField
          label={t('agreement.term')}
          hint={t('agreement.term_hint')}
          error={errors.termYears?.message}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          {...register('termYears')}
        />
        <FormDateField
          control={form.control}
          name="expiresOn"
          label={t('agreement.expires_on')}
          hint={datePreview(expiresOn) ?? t('agreement.expires_on_hint')}
          error={errors.expiresOn?.message}
        />
        <FormDateField
          control={form.control}
          name="renewalOn"
          label={t('agreement.renewal_on')}
          hint={datePreview(renewalOn) ?? t('agreement.renewal_on_hint')}
          error={errors.renewalOn?.message}
        />
        <SelectField
          label={t('agreement.verification')}
          hint={t('agreement.verification_hint')}
          error={errors.verification?.message}
          {...register('verification')}
        >
          <CodeOptions codes={verificationLevels} label={verificationLabel} />
        </SelectField>
      </div>
      <SourcesField error={errors.sources?.message} {...register('sources')} />
      <TextareaField
        label={t('agreement.signatories')}
        hint={t('agreement.signatories_hint')}
        error={errors.signatories?.message}
        rows={2}
        maxLength={1000}
        {...register('signatories')}
      />
      <CooperationFieldsFieldset
        value={fields}
        onChange={(chosen) => setValue('fields', chosen, { shouldDirty: true })}
        error={errors.fields?.message}
        hint={agreement?.fieldsNote ? t('agreement.fields_note', { note: agreement.fieldsNote }) : undefined}
      />
      <TextareaField
        label={t('agreement.notes')}
        error={errors.notes?.message}
        rows={3}
        maxLength={5000}
        {...register('notes')}
      />
    </RecordForm>
  );
}

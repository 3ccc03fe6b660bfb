/** Records an agreement with a partner, or changes one; the server's field errors sit next to each field. */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agreementTypes,
  verificationLevels,
  type Agreement,
  type AgreementInput,
  type AgreementType,
  type PartnerDetail,
  type Verification,
} from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useSaveRecord } from '../api/records.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useAgreementTypeLabel, useVerificationLabel } from '../hooks/use-labels.ts';
import { useVersionedForm } from '../hooks/use-versioned-form.ts';
import { asApiError, fieldError } from '../utils/errors.ts';
import { CooperationFieldsFieldset } from './choice-fieldsets.tsx';
import { CodeSelect, firstProblem, numberOrNull, RequiredLabel, textOrNull } from './form-helpers.tsx';
import { RecordForm } from './record-form.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Thai readers count years in the Buddhist era. */
const BUDDHIST_ERA_OFFSET = 543;

interface Values {
  type: AgreementType;
  title: string;
  dateMode: 'date' | 'year';
  signedOn: string;
  /** As typed: a Buddhist-era year in Thai, a Common-era year in English. */
  signedYear: string;
  termYears: string;
  expiresOn: string;
  renewalOn: string;
  signatories: string;
  fields: string[];
  verification: Verification;
  notes: string;
}

export function AgreementForm({
  partnerId,
  agreement,
  reload,
  onSaved,
  onCancel,
}: {
  partnerId: string;
  agreement?: Agreement;
  reload: () => Promise<PartnerDetail | undefined>;
  onSaved: (agreement: Agreement) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['partner_pages', 'errors']);
  const format = useFormat();
  const typeLabel = useAgreementTypeLabel();
  const verificationLabel = useVerificationLabel();
  const eraOffset = format.locale === 'th' ? BUDDHIST_ERA_OFFSET : 0;
  const headingId = useId();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [values, setValues] = useState<Values>(() => ({
    type: agreement?.type ?? 'sister_city_agreement',
    title: agreement?.title ?? '',
    dateMode: agreement && !agreement.signedOn && agreement.signedYear ? 'year' : 'date',
    signedOn: agreement?.signedOn ?? '',
    signedYear: agreement?.signedYear ? String(agreement.signedYear + eraOffset) : '',
    termYears: agreement?.termYears ? String(agreement.termYears) : '',
    expiresOn: agreement?.expiresOn ?? '',
    renewalOn: agreement?.renewalOn ?? '',
    signatories: agreement?.signatories ?? '',
    fields: agreement?.fields ?? [],
    verification: agreement?.verification ?? 'bma',
    notes: agreement?.notes ?? '',
  }));
  const [localProblems, setLocalProblems] = useState<Partial<Record<'signedYear' | 'termYears', string>>>({});
  const save = useSaveRecord(partnerId, 'agreements');
  const error = asApiError(save.error);
  const versioned = useVersionedForm({
    record: agreement,
    reload,
    find: (partner) => partner.agreements.find((candidate) => candidate.id === agreement?.id),
    onReloaded: () => {
      save.reset();
      focusAfterRender(`${alertId}-reloaded`);
    },
  });

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  const typedYear = numberOrNull(values.signedYear);
  const signedYear = typedYear === null || !Number.isInteger(typedYear) ? typedYear : typedYear - eraOffset;

  function submit() {
    versioned.clearOutcome();
    const focusProblem = () => focusAfterRender(() => firstProblem(formRef.current, alertId));
    const termYears = numberOrNull(values.termYears);
    const problems: typeof localProblems = {};
    if (values.dateMode === 'year' && signedYear !== null && !Number.isInteger(signedYear))
      problems.signedYear = t('errors:field.invalid_type');
    if (termYears !== null && !Number.isInteger(termYears))
      problems.termYears = t('errors:field.invalid_type');
    setLocalProblems(problems);
    if (Object.keys(problems).length > 0) {
      save.reset();
      focusProblem();
      return;
    }
    const isDate = values.dateMode === 'date';
    const signedOn = isDate && values.signedOn ? values.signedOn : null;
    const input: AgreementInput = {
      type: values.type,
      title: textOrNull(values.title),
      signedOn,
      signedYear: isDate ? (signedOn ? Number(signedOn.slice(0, 4)) : null) : signedYear,
      termYears,
      expiresOn: values.expiresOn || null,
      renewalOn: values.renewalOn || null,
      signatories: textOrNull(values.signatories),
      fields: values.fields,
      verification: values.verification,
      notes: textOrNull(values.notes),
    };
    save.mutate(
      agreement ? { id: agreement.id, input: { ...input, version: versioned.baseVersion } } : { input },
      {
        onSuccess: onSaved,
        onError: focusProblem,
      },
    );
  }

  const datePreview = (value: string) => (ISO_DATE.test(value) ? format.date(value) : undefined);

  return (
    <RecordForm
      heading={agreement ? t('agreement.edit_heading') : t('agreement.add_heading')}
      headingId={headingId}
      alertId={alertId}
      formRef={formRef}
      error={save.error}
      isPending={save.isPending}
      onSubmit={submit}
      onCancel={onCancel}
      conflict={{
        isReloading: versioned.isReloading,
        outcome: versioned.outcome,
        onReload: versioned.reloadLatest,
      }}
      goneMessage={t('agreement.gone')}
    >
      <div className="partner-form__grid">
        <Field label={<RequiredLabel>{t('agreement.type')}</RequiredLabel>} error={fieldError(error, 'type')}>
          {(control) => (
            <CodeSelect
              control={control}
              name="type"
              codes={agreementTypes}
              value={values.type}
              label={typeLabel}
              onChange={(code) => set('type', code)}
            />
          )}
        </Field>
        <Field
          label={t('agreement.title')}
          hint={t('agreement.title_hint')}
          error={fieldError(error, 'title')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="title"
              maxLength={300}
              value={values.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
      </div>

      <fieldset className="fieldset partner-date-mode">
        <legend>{t('agreement.signed')}</legend>
        <div className="partner-radios">
          <label className="radio">
            <input
              type="radio"
              name="dateMode"
              value="date"
              checked={values.dateMode === 'date'}
              onChange={() => set('dateMode', 'date')}
            />
            <span>{t('agreement.mode_date')}</span>
          </label>
          <label className="radio">
            <input
              type="radio"
              name="dateMode"
              value="year"
              checked={values.dateMode === 'year'}
              onChange={() => set('dateMode', 'year')}
            />
            <span>{t('agreement.mode_year')}</span>
          </label>
        </div>
        {values.dateMode === 'date' ? (
          <Field
            label={t('agreement.signed_on')}
            hint={datePreview(values.signedOn) ?? t('agreement.signed_on_hint')}
            error={fieldError(error, 'signedOn') ?? fieldError(error, 'signedYear')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                name="signedOn"
                value={values.signedOn}
                onChange={(event) => set('signedOn', event.target.value)}
              />
            )}
          </Field>
        ) : (
          <Field
            label={format.locale === 'th' ? t('agreement.signed_year_be') : t('agreement.signed_year')}
            hint={
              signedYear !== null && Number.isInteger(signedYear) && format.locale === 'th'
                ? t('agreement.signed_year_ce', { year: String(signedYear) })
                : t('agreement.signed_year_hint')
            }
            error={localProblems.signedYear ?? fieldError(error, 'signedYear')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                name="signedYear"
                maxLength={4}
                value={values.signedYear}
                onChange={(event) => set('signedYear', event.target.value)}
              />
            )}
          </Field>
        )}
      </fieldset>

      <div className="partner-form__grid">
        <Field
          label={t('agreement.term')}
          hint={t('agreement.term_hint')}
          error={localProblems.termYears ?? fieldError(error, 'termYears')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              name="termYears"
              value={values.termYears}
              onChange={(event) => set('termYears', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('agreement.expires_on')}
          hint={datePreview(values.expiresOn) ?? t('agreement.expires_on_hint')}
          error={fieldError(error, 'expiresOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="expiresOn"
              value={values.expiresOn}
              onChange={(event) => set('expiresOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('agreement.renewal_on')}
          hint={datePreview(values.renewalOn) ?? t('agreement.renewal_on_hint')}
          error={fieldError(error, 'renewalOn')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              name="renewalOn"
              value={values.renewalOn}
              onChange={(event) => set('renewalOn', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('agreement.verification')}
          hint={t('agreement.verification_hint')}
          error={fieldError(error, 'verification')}
        >
          {(control) => (
            <CodeSelect
              control={control}
              name="verification"
              codes={verificationLevels}
              value={values.verification}
              label={verificationLabel}
              onChange={(code) => set('verification', code)}
            />
          )}
        </Field>
      </div>
      <Field
        label={t('agreement.signatories')}
        hint={t('agreement.signatories_hint')}
        error={fieldError(error, 'signatories')}
      >
        {(control) => (
          <textarea
            {...control}
            name="signatories"
            rows={2}
            maxLength={1000}
            value={values.signatories}
            onChange={(event) => set('signatories', event.target.value)}
          />
        )}
      </Field>
      <CooperationFieldsFieldset
        value={values.fields}
        onChange={(fields) => set('fields', fields)}
        error={fieldError(error, 'fields')}
        hint={agreement?.fieldsNote ? t('agreement.fields_note', { note: agreement.fieldsNote }) : undefined}
      />
      <Field label={t('agreement.notes')} error={fieldError(error, 'notes')}>
        {(control) => (
          <textarea
            {...control}
            name="notes"
            rows={3}
            maxLength={5000}
            value={values.notes}
            onChange={(event) => set('notes', event.target.value)}
          />
        )}
      </Field>
    </RecordForm>
  );
}

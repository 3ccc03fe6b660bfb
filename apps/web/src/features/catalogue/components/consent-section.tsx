/**
 * Consent to be contacted by partner-city businesses (PDPA): whether it was given, when and how, and
 * — for those who keep the business — recording it or withdrawing it. Withdrawal asks first, and
 * hides the contact details from partner-city readers at once. The form checks what the server checks
 * (the contract's schema, through utils/consent-form-values.ts).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consentMethods, type EntrepreneurDetail, type RecordConsentInput } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Dialog } from '../../../components/dialog.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { Field } from '../../../components/field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useRecordConsent, useWithdrawConsent } from '../api/businesses.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { useConsentMethodLabel } from '../hooks/use-labels.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { CodeOptions } from '../../../components/code-select.tsx';
import {
  consentFormFields,
  consentFormSchema,
  todayInBangkok,
  type ConsentFormValues,
} from '../utils/consent-form-values.ts';

export function ConsentSection({ business }: { business: EntrepreneurDetail }) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const format = useFormat();
  const methodLabel = useConsentMethodLabel();
  const headingId = useId();
  const focusAfterRender = useFocusAfterRender();
  const [status, setStatus] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const withdraw = useWithdrawConsent(business.id);
  const consent = business.consent;
  if (!consent) return null;

  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('consent.heading')}
      </h2>
      <p className="live-status" role="status">
        {status}
      </p>
      <p>
        {consent.state === 'given' ? (
          <Badge tone="success">{t('consent.state_given')}</Badge>
        ) : consent.state === 'withdrawn' ? (
          <Badge tone="warning">{t('consent.state_withdrawn')}</Badge>
        ) : (
          <Badge>{t('consent.state_none')}</Badge>
        )}
      </p>
      {consent.state === 'given' && consent.givenAt && consent.method && (
        <p>
          {t('consent.given_on', { date: format.date(consent.givenAt), method: methodLabel(consent.method) })}
        </p>
      )}
      {consent.state === 'withdrawn' && consent.withdrawnAt && (
        <p>{t('consent.withdrawn_on', { date: format.date(consent.withdrawnAt) })}</p>
      )}
      <p className="field-hint biz-explain">
        {consent.state === 'given' ? t('consent.explain_given') : t('consent.explain_not_given')}
      </p>

      {business.can.edit && consent.state === 'given' && (
        <>
          <button
            type="button"
            className="button button-secondary biz-button-danger"
            onClick={() => setIsConfirming(true)}
          >
            {t('consent.withdraw')}
          </button>
          <Dialog
            open={isConfirming}
            onClose={() => {
              withdraw.reset();
              setIsConfirming(false);
            }}
            title={t('consent.withdraw_title')}
            footer={
              <>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    withdraw.reset();
                    setIsConfirming(false);
                  }}
                >
                  {t('common:actions.cancel')}
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  disabled={withdraw.isPending}
                  onClick={() =>
                    withdraw.mutate(business.version, {
                      onSuccess: () => {
                        setIsConfirming(false);
                        setStatus(t('consent.withdrawn_done'));
                        focusAfterRender(headingId);
                      },
                    })
                  }
                >
                  {withdraw.isPending ? t('form.saving') : t('consent.withdraw_confirm')}
                </button>
              </>
            }
          >
            {withdraw.isError && <ErrorAlert focusClassName="biz-focus-target" error={withdraw.error} />}
            <p>{t('consent.withdraw_body')}</p>
          </Dialog>
        </>
      )}
      {business.can.edit && consent.state !== 'given' && (
        <RecordConsentForm
          business={business}
          onRecorded={() => {
            setStatus(t('consent.recorded_done'));
            focusAfterRender(headingId);
          }}
        />
      )}
    </section>
  );
}

function RecordConsentForm({
  business,
  onRecorded,
}: {
  business: EntrepreneurDetail;
  onRecorded: () => void;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const methodLabel = useConsentMethodLabel();
  const headingId = useId();
  const alertId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const record = useRecordConsent(business.id);
  const form = useContractForm<ConsentFormValues, Omit<RecordConsentInput, 'version'>>({
    schema: consentFormSchema,
    defaultValues: { method: 'signed_form', givenAt: todayInBangkok() },
  });

  // The version is the business's as shown now: after a stale refusal the page loads the latest.
  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) =>
        record.mutate(
          { ...input, version: business.version },
          {
            onSuccess: onRecorded,
            onError: (failure) => {
              form.showServerErrors(failure, consentFormFields);
              focusAfterRender(() => firstProblem(formRef.current, alertId));
            },
          },
        ),
      () => record.reset(),
    )(event);
  }

  return (
    <form ref={formRef} className="form biz-subform" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>{t('consent.record_heading')}</h3>
      {record.isError && <ErrorAlert focusClassName="biz-focus-target" error={record.error} id={alertId} />}
      <Field label={t('consent.method')} error={form.errorAt('method')}>
        {(control) => (
          <select {...control} {...form.register('method')}>
            <CodeOptions codes={consentMethods} label={methodLabel} />
          </select>
        )}
      </Field>
      <FormDateField
        control={form.control}
        name="givenAt"
        label={t('consent.given_at')}
        hint={t('consent.given_at_hint')}
        error={form.errorAt('givenAt')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? t('form.saving') : t('consent.record')}
        </button>
      </div>
    </form>
  );
}

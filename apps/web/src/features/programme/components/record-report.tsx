/**
 * The session's report, once the session was held: the Thai and English documents to download, and
 * the day it went to the executives.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDeliveryInput, SessionDetail, SessionRecord } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { reportUrl, useDeliverReport } from '../api/session-record.ts';
import { reportDeliveryFormSchema, type ReportDeliveryFormValues } from '../utils/record-form-values.ts';
import { SaveError } from './save-error.tsx';

export function RecordReport({ session, record }: { session: SessionDetail; record: SessionRecord }) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const headingId = useId();

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('record.report')}</h2>
      {!record.hasReport ? (
        <p className="muted">{t('record.report_not_yet')}</p>
      ) : (
        <>
          <ul className="plain-list programme-downloads">
            {(['th', 'en'] as const).map((language) => (
              <li key={language}>
                {t(language === 'th' ? 'record.report_th' : 'record.report_en')}:{' '}
                <a href={reportUrl(session.id, language, 'pdf')} download>
                  PDF
                </a>{' '}
                ·{' '}
                <a href={reportUrl(session.id, language, 'docx')} download>
                  DOCX
                </a>
              </li>
            ))}
          </ul>
          {record.reportDeliveredOn && (
            <Alert tone="success">
              {t('record.delivered', { date: format.date(record.reportDeliveredOn) })}
            </Alert>
          )}
          {record.canRecord && <ReportDeliveryForm sessionId={session.id} record={record} />}
        </>
      )}
    </section>
  );
}

/** The day the report went to the executives. */
export function ReportDeliveryForm({ sessionId, record }: { sessionId: string; record: SessionRecord }) {
  const { t } = useTranslation('programme_pages');
  const deliver = useDeliverReport(sessionId);
  const form = useContractForm<ReportDeliveryFormValues, ReportDeliveryInput>({
    schema: reportDeliveryFormSchema,
    defaultValues: { deliveredOn: record.reportDeliveredOn ?? '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(
    (parsed) =>
      deliver.mutate(parsed, {
        onError: (failure) => form.showServerErrors(failure, ['deliveredOn']),
      }),
    () => deliver.reset(),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <SaveError error={deliver.error} onReload={() => deliver.reset()} />
      <div className="programme-form-grid">
        <FormDateField
          control={form.control}
          name="deliveredOn"
          label={t('record.delivered_on')}
          error={errors.deliveredOn?.message}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={deliver.isPending}>
          {t('record.save_delivery')}
        </button>
      </div>
    </form>
  );
}

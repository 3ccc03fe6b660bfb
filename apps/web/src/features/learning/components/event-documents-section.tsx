/**
 * An event's documents (issue 16): one's certificate of attendance once checked in to a session; for
 * those who run events, the summary report (Word or PDF, Thai or English) and the button that gives
 * the attendees the event in their training records (plan KPI 3.2.1), with the competencies it
 * developed.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningEventDetail, TrainingFromEvent } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { InputField } from '../../../components/field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { certificateUrl, eventReportUrl } from '../api/events.ts';
import { useRecordEventAttendees, useTrainingCompetencies } from '../api/training.ts';
import {
  defaultHours,
  trainingFromEventFormSchema,
  type TrainingFromEventValues,
} from '../utils/training-from-event-values.ts';
import { useCompetencyName } from '../utils/training-labels.ts';

const languages = ['th', 'en'] as const;

export function EventDocumentsSection({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const headingId = useId();
  const isPrintable = event.status === 'open' || event.status === 'closed';
  const hasAttended = event.sessions.some((session) => session.myCheckedInAt !== null);
  if (!isPrintable || (!hasAttended && !event.canManage)) return null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('documents.heading')}</h2>
      {hasAttended ? (
        <>
          <p>{t('documents.certificate_note')}</p>
          <p className="inline-actions">
            {languages.map((lang) => (
              <a
                key={lang}
                className="button button-secondary button-small"
                href={certificateUrl(event.id, lang)}
                download
              >
                {lang === 'th' ? t('documents.certificate_th') : t('documents.certificate_en')}
              </a>
            ))}
          </p>
        </>
      ) : (
        <p>{t('documents.no_certificate')}</p>
      )}
      {event.canManage && (
        <>
          <h3>{t('documents.report')}</h3>
          {languages.map((lang) => (
            <p key={lang} className="inline-actions">
              <span>{lang === 'th' ? t('documents.in_thai') : t('documents.in_english')}</span>
              {(['docx', 'pdf'] as const).map((format) => (
                <a
                  key={format}
                  className="button button-secondary button-small"
                  href={eventReportUrl(event.id, format, lang)}
                  download
                >
                  {format === 'docx' ? t('documents.docx') : t('documents.pdf')}
                </a>
              ))}
            </p>
          ))}
          <TrainingFromEventForm event={event} />
        </>
      )}
    </section>
  );
}

function TrainingFromEventForm({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const competencies = useTrainingCompetencies();
  const competencyName = useCompetencyName();
  const record = useRecordEventAttendees(event.id);
  const legendId = useId();
  const form = useContractForm<TrainingFromEventValues, TrainingFromEvent>({
    schema: trainingFromEventFormSchema,
    defaultValues: { competencyIds: [], hours: defaultHours(event) },
  });
  const submit = form.handleSubmit((input) =>
    record.mutate(input, { onError: (error) => form.showServerErrors(error, ['competencyIds', 'hours']) }),
  );
  const competencyError = form.errorAt('competencyIds');
  return (
    <form className="form" noValidate onSubmit={(submitted) => void submit(submitted)}>
      <h3>{t('documents.training_heading')}</h3>
      <p>{t('documents.training_note')}</p>
      {record.isSuccess && (
        <Alert tone="success">
          <p role="status">{t('documents.training_done', { count: record.data.recorded })}</p>
        </Alert>
      )}
      {record.isError && !(record.error instanceof ApiError && record.error.fields.length > 0) && (
        <Alert tone="error">
          <p>{errorMessage(record.error, frameless)}</p>
        </Alert>
      )}
      <fieldset aria-labelledby={legendId} aria-invalid={competencyError ? true : undefined}>
        <legend id={legendId}>{t('documents.competencies')}</legend>
        {(competencies.data ?? [])
          .filter((competency) => competency.isActive)
          .map((competency) => (
            <label key={competency.id} className="checkbox">
              <input type="checkbox" value={competency.id} {...form.register('competencyIds')} />{' '}
              {competencyName(competency)}
            </label>
          ))}
        {competencyError && <p className="field-error">{competencyError}</p>}
      </fieldset>
      <InputField
        label={t('documents.hours')}
        inputMode="numeric"
        error={form.errorAt('hours')}
        {...form.register('hours')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={record.isPending}>
          {t('documents.training_submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * An officer's trainings, the latest first: the title and provider, where it came from (an event of
 * the office or an outside course), the dates, the hours, the competencies developed and the
 * certificate to download. A record the reader may correct opens the form in place.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';
import { trainingCertificateUrl } from '../api/training.ts';
import { useCompetencyName, useTrainingLabels } from '../utils/training-labels.ts';
import { TrainingRecordForm } from './training-record-form.tsx';

export function TrainingRecordsTable({ records, heading }: { records: TrainingRecord[]; heading: string }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const labels = useTrainingLabels();
  const competencyName = useCompetencyName();
  const headingId = useId();
  const captionId = useId();
  const [correcting, setCorrecting] = useState<TrainingRecord | null>(null);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {correcting && (
        <TrainingRecordForm
          key={correcting.id}
          record={correcting}
          onDone={() => setCorrecting(null)}
          onCancel={() => setCorrecting(null)}
        />
      )}
      {records.length === 0 ? (
        <p className="empty">{t('records.empty')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="table">
            <caption id={captionId} className="visually-hidden">
              {t('records.table_caption', { heading })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('records.columns.training')}</th>
                <th scope="col">{t('records.columns.dates')}</th>
                <th scope="col">{t('records.columns.hours')}</th>
                <th scope="col">{t('records.columns.competencies')}</th>
                <th scope="col">{t('records.columns.certificate')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('records.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id}>
                  <td>
                    <strong>{record.title}</strong>
                    {record.provider && <div>{record.provider}</div>}
                    <Badge>{labels.source(record.source)}</Badge>
                  </td>
                  <td className="cell-nowrap">
                    {t('records.dates', {
                      from: format.date(record.startsOn),
                      to: format.date(record.endsOn),
                    })}
                  </td>
                  <td>{format.number(record.hours)}</td>
                  <td>{record.competencies.map((competency) => competencyName(competency)).join(', ')}</td>
                  <td>
                    {record.certificate ? (
                      <a href={trainingCertificateUrl(record.id)} download={record.certificate.fileName}>
                        {t('records.download', { name: record.certificate.fileName })}
                      </a>
                    ) : (
                      <span className="strategy-muted">{t('records.no_certificate')}</span>
                    )}
                  </td>
                  <td>
                    {record.canEdit && (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => setCorrecting(record)}
                      >
                        {t('records.correct', { title: record.title })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The officers counted for KPI 3.2.1 in a fiscal year (training:read): the share developed against
 * the plan's target, in words and numbers (never colour alone), and each officer — those not developed
 * yet first — with their unit, kind, trainings and hours, linking to their record.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrainingShare } from '@bia/contracts';
import { fiscalYearOf } from '@bia/i18n';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useTrainingShare } from '../api/training.ts';
import { useTrainingLabels } from '../utils/training-labels.ts';

export function TrainingOfficersSection() {
  const { t } = useTranslation('training');
  const current = fiscalYearOf(new Date()).buddhistYear;
  const [fiscalYear, setFiscalYear] = useState(current);
  const share = useTrainingShare(fiscalYear);
  const headingId = useId();
  const yearId = useId();
  const years = [current - 4, current - 3, current - 2, current - 1, current];
  return (
    <section aria-labelledby={headingId} className="training-officers">
      <h2 id={headingId}>{t('officers.heading')}</h2>
      <div className="field training-year">
        <label htmlFor={yearId} className="field-label">
          {t('officers.fiscal_year')}
        </label>
        <select
          id={yearId}
          value={fiscalYear}
          onChange={(event) => setFiscalYear(Number(event.target.value))}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {t('officers.fiscal_year_option', { year })}
            </option>
          ))}
        </select>
      </div>
      {share.isPending && <Loading />}
      {share.isError && <QueryError error={share.error} onRetry={() => void share.refetch()} />}
      {share.data && <ShareSummary share={share.data} />}
      {share.data && <OfficerTable share={share.data} />}
    </section>
  );
}

function ShareSummary({ share }: { share: TrainingShare }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const days = { from: format.date(share.from), to: format.date(share.to) };
  return (
    <div className="card training-share">
      <p>
        {share.sharePercent === null
          ? t('officers.share_none', days)
          : t('officers.share', {
              ...days,
              developed: format.number(share.developed),
              counted: format.number(share.counted),
              percent: format.number(share.sharePercent),
            })}
      </p>
      <p>
        {share.targetPercent === null
          ? t('officers.no_target')
          : t('officers.target', { percent: format.number(share.targetPercent) })}{' '}
        {share.isTargetMet === true && <Badge tone="success">{t('officers.met')}</Badge>}
        {share.isTargetMet === false && <Badge tone="warning">{t('officers.not_met')}</Badge>}
      </p>
      <p className="strategy-muted">{t('officers.rule')}</p>
      {share.sampleCount > 0 && (
        <p className="strategy-muted">{t('officers.samples', { number: share.sampleCount })}</p>
      )}
    </div>
  );
}

function OfficerTable({ share }: { share: TrainingShare }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const labels = useTrainingLabels();
  const captionId = useId();
  const officers = [...share.officers].sort((a, b) => Number(a.isDeveloped) - Number(b.isDeveloped));
  if (officers.length === 0) return <p className="empty">{t('officers.empty')}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table">
        <caption id={captionId} className="visually-hidden">
          {t('officers.table_caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('officers.columns.name')}</th>
            <th scope="col">{t('officers.columns.unit')}</th>
            <th scope="col">{t('officers.columns.developed')}</th>
            <th scope="col">{t('officers.columns.trainings')}</th>
            <th scope="col">{t('officers.columns.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {officers.map((officer) => (
            <tr key={officer.id}>
              <td>
                <Link to={paths.trainingOfficer(officer.id)}>{officer.name}</Link>
                <div className="strategy-muted">
                  {officer.kinds.map((kind) => labels.kind(kind)).join(', ')}
                </div>
              </td>
              <td>
                {officer.unit ? (format.locale !== 'th' && officer.unit.nameEn) || officer.unit.nameTh : '—'}
              </td>
              <td>
                {officer.isDeveloped ? (
                  <Badge tone="success">{t('officers.developed')}</Badge>
                ) : (
                  <Badge tone="warning">{t('officers.not_developed')}</Badge>
                )}
              </td>
              <td>{format.number(officer.trainings)}</td>
              <td>{format.number(officer.hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

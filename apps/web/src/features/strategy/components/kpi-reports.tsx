/**
 * On a KPI's page: its reports in every round, newest first (decision 0059). Each round says its
 * fiscal year, kind, period and state, the item's state and links to the round item's page; then the
 * lead unit's report (the level with the rubric's sentence in the round's plan version, or the value)
 * and each supporter's contribution, with the narrative, the links and the evidence files to
 * download. Amendments are marked. A draft shows only to its own unit (the server leaves it out).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategyKpiReport, StrategyKpiRoundReports } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { evidenceFileUrl } from '../api/evidence.ts';
import { useKpiReports } from '../api/progress.ts';
import { useReportingLabels } from '../hooks/use-reporting-labels.ts';
import { useRoundsLabels } from '../hooks/use-rounds-labels.ts';
import { SubmissionAnswer } from './submission-answer.tsx';
import '../progress.css';

const KILOBYTE = 1024;
const MEGABYTE = 1024 * 1024;

export function KpiReportsSection({ code }: { code: string }) {
  const { t } = useTranslation('strategy_progress');
  const headingId = useId();
  const reports = useKpiReports(code);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('kpi_reports.heading')}
      </h2>
      {reports.isPending && <Loading />}
      {reports.isError && <QueryError error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.data &&
        (reports.data.rounds.length === 0 ? (
          <p className="strategy-muted">{t('kpi_reports.no_rounds')}</p>
        ) : (
          <ol className="progress-rounds">
            {reports.data.rounds.map((entry) => (
              <li key={entry.round.id}>
                <RoundReports entry={entry} />
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}

function RoundReports({ entry }: { entry: StrategyKpiRoundReports }) {
  const { t } = useTranslation('strategy_progress');
  const format = useFormat();
  const labels = useRoundsLabels();
  const headingId = useId();
  const { round } = entry;
  return (
    <article className="card progress-round" aria-labelledby={headingId}>
      <h3 id={headingId}>{labels.roundName(round)}</h3>
      <dl className="details">
        <dt>{t('kpi_reports.period')}</dt>
        <dd>
          {t('kpi_reports.period_value', {
            from: format.date(round.periodStart),
            to: format.date(round.periodEnd),
          })}
        </dd>
        <dt>{t('kpi_reports.round_status')}</dt>
        <dd>
          <Badge tone={round.status === 'approved' ? 'success' : 'neutral'}>
            {labels.roundStatus(round.status)}
          </Badge>
        </dd>
        <dt>{t('kpi_reports.item_status')}</dt>
        <dd>
          <Badge tone={labels.itemStatusTone(entry.itemStatus)}>{labels.itemStatus(entry.itemStatus)}</Badge>
        </dd>
      </dl>
      {entry.reports.length === 0 ? (
        <p className="strategy-muted">{t('kpi_reports.no_reports')}</p>
      ) : (
        entry.reports.map((report) => <UnitReport key={report.unit.code} entry={entry} report={report} />)
      )}
      <p>
        <Link to={paths.strategyRoundItem(entry.itemId)}>
          {t('kpi_reports.open_item', { round: labels.roundName(round) })}
        </Link>
      </p>
    </article>
  );
}

function UnitReport({ entry, report }: { entry: StrategyKpiRoundReports; report: StrategyKpiReport }) {
  const { t } = useTranslation('strategy_progress');
  const format = useFormat();
  const labels = useReportingLabels();
  const headingId = useId();
  return (
    <section className="progress-report" aria-labelledby={headingId}>
      <h4 id={headingId}>{report.unit.name ?? report.unit.code}</h4>
      <p className="inline-badges">
        <Badge>{labels.role(report.role)}</Badge>
        <Badge tone={labels.statusTone(report.status)}>{labels.status(report.status)}</Badge>
        {report.isAmendment && <Badge tone="warning">{t('kpi_reports.amendment')}</Badge>}
      </p>
      {report.submittedAt && (
        <p className="strategy-muted">
          {t('kpi_reports.submitted_on', { date: format.date(report.submittedAt) })}
        </p>
      )}
      <SubmissionAnswer
        answer={report}
        measure={entry.measure}
        words={{ levels: entry.levels, unit: entry.unit }}
      />
      <h5>{t('kpi_reports.files')}</h5>
      {report.files.length === 0 ? (
        <p className="strategy-muted">{t('kpi_reports.no_files')}</p>
      ) : (
        <ul className="strategy-list">
          {report.files.map((file) => (
            <li key={file.id}>
              <a href={evidenceFileUrl(entry.itemId, report.unit.code, file.id)} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="strategy-muted">
                {file.byteSize < MEGABYTE
                  ? t('kpi_reports.size_kb', {
                      size: format.number(Math.max(1, Math.round(file.byteSize / KILOBYTE))),
                    })
                  : t('kpi_reports.size_mb', {
                      size: format.number(Math.round((file.byteSize / MEGABYTE) * 10) / 10),
                    })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

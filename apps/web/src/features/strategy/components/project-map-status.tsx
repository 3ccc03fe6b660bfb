/**
 * On the strategy map, beside each project: its latest report that was submitted or accepted — the
 * project's status, its progress and the round, in words (a badge whose colour only repeats them),
 * linking to the round item — or "not reported" (decision 0059). Read once for the map; while it
 * loads, or if it cannot be read, the map shows the projects without it.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useProjectProgress } from '../api/progress.ts';
import { useReportingLabels } from '../hooks/use-reporting-labels.ts';
import { useRoundsLabels } from '../hooks/use-rounds-labels.ts';

export function ProjectMapStatus({ code }: { code: string }) {
  const { t } = useTranslation('strategy_progress');
  const format = useFormat();
  const labels = useReportingLabels();
  const rounds = useRoundsLabels();
  const progress = useProjectProgress();
  if (!progress.data) return null;
  const latest = progress.data.items.find((item) => item.code === code);
  if (!latest)
    return (
      <p className="progress-project">
        <Badge tone="warning">{t('project.not_reported')}</Badge>
      </p>
    );
  const status = latest.projectStatus ? labels.projectStatus(latest.projectStatus) : t('project.no_status');
  return (
    <p className="progress-project">
      <span className="strategy-muted">{t('project.latest')}</span>{' '}
      <Badge
        tone={
          latest.projectStatus === 'delayed' || latest.projectStatus === 'cancelled' ? 'danger' : 'neutral'
        }
      >
        {status}
      </Badge>{' '}
      {latest.progressPercent !== null &&
        t('project.progress', { percent: format.number(latest.progressPercent) })}{' '}
      <Link to={paths.strategyRoundItem(latest.itemId)}>
        {latest.submissionStatus === 'accepted'
          ? t('project.accepted_in', { round: rounds.roundName(latest.round) })
          : t('project.submitted_in', { round: rounds.roundName(latest.round) })}
      </Link>
      {latest.isAmendment && (
        <>
          {' '}
          <Badge tone="warning">{t('project.amendment')}</Badge>
        </>
      )}
    </p>
  );
}

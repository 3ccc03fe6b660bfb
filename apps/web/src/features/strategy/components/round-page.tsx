/**
 * /strategy/rounds/:id — one progress round (decision 0043), for the IAO, Strategy and Evaluation,
 * executives and the office's readers: its fiscal year, period, deadline (days left or overdue), the
 * plan version it reports against and its state; how many items stand in each state; the approval
 * (executives, once every item is accepted) or, approved, who approved it and when; the lead units to
 * follow up (late, or the deadline close) with their liaison officers; and the items, grouped by
 * strategy and tactic, filtered by state, lead unit or lateness. The reminders mailed to the units link
 * here.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StrategyRoundDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useStrategyRound } from '../api/rounds.ts';
import { useRoundsLabels } from '../hooks/use-rounds-labels.ts';
import { RoundApproval } from './round-page-approval.tsx';
import { RoundFollowUp } from './round-page-follow-up.tsx';
import { RoundItems } from './round-page-items.tsx';
import { RoundReport } from './round-page-report.tsx';
import { RoundStatusBadge } from './rounds-badges.tsx';
import '../strategy.css';
import '../rounds.css';

export function StrategyRoundPage() {
  const { t } = useTranslation('strategy_rounds');
  const labels = useRoundsLabels();
  const id = useParams().id ?? '';
  const round = useStrategyRound(id);
  const data = round.data;
  return (
    <div className="rounds-page">
      <p className="strategy-back">
        <Link to={paths.strategyRounds}>{t('round.back')}</Link>
      </p>
      <PageHeader title={data ? labels.roundName(data.round) : t('round.title')} />
      {round.isPending && <Loading />}
      {round.isError && <QueryError error={round.error} onRetry={() => void round.refetch()} />}
      {data && <RoundContent detail={data} />}
    </div>
  );
}

function RoundContent({ detail }: { detail: StrategyRoundDetail }) {
  return (
    <div className="stack">
      <RoundFacts detail={detail} />
      <StatusFigures detail={detail} />
      {detail.round.status === 'approved' ? (
        <Approved detail={detail} />
      ) : (
        detail.canApprove && <RoundApproval detail={detail} />
      )}
      {detail.round.status === 'open' && <RoundFollowUp detail={detail} />}
      <RoundReport detail={detail} />
      <RoundItems detail={detail} />
    </div>
  );
}

function RoundFacts({ detail }: { detail: StrategyRoundDetail }) {
  const { t } = useTranslation('strategy_rounds');
  const format = useFormat();
  const labels = useRoundsLabels();
  const { round } = detail;
  return (
    <dl className="rounds-facts">
      <div>
        <dt>{t('round.period')}</dt>
        <dd>
          {t('list.period', { from: format.date(round.periodStart), to: format.date(round.periodEnd) })}
        </dd>
      </div>
      <div>
        <dt>{t('round.deadline')}</dt>
        <dd>
          {format.date(round.deadline)}
          {round.status === 'open' && (
            <>
              {' '}
              <span className={round.daysLeft < 0 ? 'rounds-overdue' : 'strategy-muted'}>
                ({labels.daysLeft(round.daysLeft)})
              </span>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('round.plan_version')}</dt>
        <dd>
          <Link to={`${paths.strategy}?version=${round.planVersion}`}>
            {t('round.plan_version_value', { version: round.planVersion })}
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('round.status')}</dt>
        <dd>
          <RoundStatusBadge status={round.status} />
        </dd>
      </div>
    </dl>
  );
}

function StatusFigures({ detail }: { detail: StrategyRoundDetail }) {
  const { t } = useTranslation('strategy_rounds');
  const format = useFormat();
  const labels = useRoundsLabels();
  const { round } = detail;
  const figures = [
    { key: 'total', label: t('round.total'), value: round.itemCount },
    { key: 'accepted', label: labels.itemStatus('accepted'), value: round.statusCounts.accepted },
    { key: 'submitted', label: labels.itemStatus('submitted'), value: round.statusCounts.submitted },
    { key: 'returned', label: labels.itemStatus('returned'), value: round.statusCounts.returned },
    { key: 'draft', label: labels.itemStatus('draft'), value: round.statusCounts.draft },
    { key: 'not_started', label: labels.itemStatus('not_started'), value: round.statusCounts.not_started },
    { key: 'late', label: t('round.late'), value: round.lateCount },
  ];
  return (
    <dl className="key-figures rounds-figures">
      {figures.map((figure) => (
        <div key={figure.key}>
          <dt>{figure.label}</dt>
          <dd>{format.number(figure.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An approved round: frozen, by whom and when; later corrections are amendments. */
function Approved({ detail }: { detail: StrategyRoundDetail }) {
  const { t } = useTranslation('strategy_rounds');
  const format = useFormat();
  const at = detail.round.approvedAt ? format.dateTime(detail.round.approvedAt) : '';
  return (
    <Alert tone="success" title={t('approve.done')}>
      <p>
        {detail.approvedBy
          ? t('round.approved_by', { by: detail.approvedBy, at })
          : t('round.approved_at', { at })}
      </p>
    </Alert>
  );
}

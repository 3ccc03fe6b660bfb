/**
 * /strategy/rounds — the plan's progress rounds (decision 0043), the latest period first: the fiscal
 * year and kind, the period, the deadline (with the days left while open), the state in words, how
 * many items stand in each state and how many are late. The IAO and Strategy and Evaluation
 * (`strategy:rounds`) open a round here. A table on a wide screen, cards on a phone.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategyRoundSummary } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useStrategyRounds } from '../api/rounds.ts';
import { useRoundsLabels } from '../hooks/use-rounds-labels.ts';
import { RoundStatusBadge } from './rounds-badges.tsx';
import { OpenStrategyRoundForm } from './rounds-open-form.tsx';
import '../strategy.css';
import '../rounds.css';

export function StrategyRoundsPage() {
  const { t } = useTranslation('strategy_rounds');
  const canOpen = usePermissions().includes('strategy:rounds');
  const rounds = useStrategyRounds();
  const [isOpening, setIsOpening] = useState(false);
  const listId = useId();
  return (
    <div className="rounds-page">
      <p className="strategy-back">
        <Link to={paths.strategy}>{t('round.back_to_map')}</Link>
      </p>
      <PageHeader
        title={t('list.title')}
        intro={<p>{t('list.intro')}</p>}
        actions={
          canOpen &&
          !isOpening && (
            <button type="button" className="button" onClick={() => setIsOpening(true)}>
              {t('list.open')}
            </button>
          )
        }
      />
      {isOpening && <OpenStrategyRoundForm onCancel={() => setIsOpening(false)} />}
      <section aria-labelledby={listId}>
        <h2 id={listId}>{t('list.heading')}</h2>
        {rounds.isPending && <Loading />}
        {rounds.isError && <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />}
        {rounds.data?.length === 0 && <p className="empty">{t('list.empty')}</p>}
        {rounds.data && rounds.data.length > 0 && (
          <>
            <RoundTable rounds={rounds.data} />
            <ul className="phone-cards" aria-label={t('list.heading')}>
              {rounds.data.map((round) => (
                <RoundCard key={round.id} round={round} />
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/** The round's name (its fiscal year and kind), linking to its page. */
function RoundName({ round }: { round: StrategyRoundSummary }) {
  const labels = useRoundsLabels();
  return <Link to={paths.strategyRound(round.id)}>{labels.roundName(round)}</Link>;
}

function Period({ round }: { round: StrategyRoundSummary }) {
  const { t } = useTranslation('strategy_rounds');
  const format = useFormat();
  return <>{t('list.period', { from: format.date(round.periodStart), to: format.date(round.periodEnd) })}</>;
}

function Deadline({ round }: { round: StrategyRoundSummary }) {
  const format = useFormat();
  const labels = useRoundsLabels();
  return (
    <>
      <span className="cell-nowrap">{format.date(round.deadline)}</span>
      {round.status === 'open' && (
        <span className={round.daysLeft < 0 ? 'rounds-overdue' : 'strategy-muted'}>
          {' '}
          ({labels.daysLeft(round.daysLeft)})
        </span>
      )}
    </>
  );
}

function Counts({ round }: { round: StrategyRoundSummary }) {
  const { t } = useTranslation('strategy_rounds');
  const format = useFormat();
  const counts = round.statusCounts;
  return (
    <>
      {t('list.counts', {
        accepted: format.number(counts.accepted),
        submitted: format.number(counts.submitted),
        returned: format.number(counts.returned),
        draft: format.number(counts.draft),
        notStarted: format.number(counts.not_started),
        total: format.number(round.itemCount),
      })}
    </>
  );
}

function Late({ round }: { round: StrategyRoundSummary }) {
  const { t } = useTranslation('strategy_rounds');
  return round.lateCount > 0 ? (
    <Badge tone="danger">{t('list.late', { count: round.lateCount })}</Badge>
  ) : (
    <span className="strategy-muted">{t('list.no_late')}</span>
  );
}

function RoundTable({ rounds }: { rounds: StrategyRoundSummary[] }) {
  const { t } = useTranslation('strategy_rounds');
  return (
    <div className="table-wrap wide-only">
      <table className="table">
        <caption className="visually-hidden">{t('list.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columns.round')}</th>
            <th scope="col">{t('list.columns.period')}</th>
            <th scope="col">{t('list.columns.deadline')}</th>
            <th scope="col">{t('list.columns.status')}</th>
            <th scope="col">{t('list.columns.progress')}</th>
            <th scope="col">{t('list.columns.late')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <RoundName round={round} />
              </th>
              <td>
                <Period round={round} />
              </td>
              <td>
                <Deadline round={round} />
              </td>
              <td>
                <RoundStatusBadge status={round.status} />
              </td>
              <td>
                <Counts round={round} />
              </td>
              <td>
                <Late round={round} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoundCard({ round }: { round: StrategyRoundSummary }) {
  const { t } = useTranslation('strategy_rounds');
  return (
    <li className="list-card">
      <h3 className="rounds-card-title">
        <RoundName round={round} />
      </h3>
      <p className="inline-badges">
        <RoundStatusBadge status={round.status} />
        <Late round={round} />
      </p>
      <p>
        {t('list.columns.period')}: <Period round={round} />
        <br />
        {t('list.columns.deadline')}: <Deadline round={round} />
      </p>
      <p>
        <Counts round={round} />
      </p>
    </li>
  );
}

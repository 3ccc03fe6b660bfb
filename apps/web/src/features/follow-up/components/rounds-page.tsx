/**
 * /outcomes/rounds — the follow-up rounds (seed 003 §9.2, §10.4), the latest period first, with how
 * many businesses answered. Social Development opens a new round here: the six months last ended, a
 * deadline, the businesses that presented (each ticked, any may be unticked) and the exchange rates.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FollowUpRoundSummary } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useRounds } from '../api/rounds.ts';
import { useFollowUpLabels } from '../hooks/use-follow-up-labels.ts';
import { OpenRoundForm } from './open-round-form.tsx';
import '../follow-up.css';

export function FollowUpRoundsPage() {
  const { t } = useTranslation('follow_up');
  const canRun = usePermissions().includes('outcomes:rounds');
  const rounds = useRounds();
  const [isOpening, setIsOpening] = useState(false);
  const listId = useId();
  return (
    <div className="follow-up-page">
      <PageHeader
        title={t('rounds.title')}
        intro={<p>{t('rounds.intro')}</p>}
        actions={
          canRun &&
          !isOpening && (
            <button type="button" className="button" onClick={() => setIsOpening(true)}>
              {t('rounds.open')}
            </button>
          )
        }
      />
      {isOpening && <OpenRoundForm onCancel={() => setIsOpening(false)} />}
      <section aria-labelledby={listId}>
        <h2 id={listId}>{t('rounds.list_heading')}</h2>
        {rounds.isPending && <Loading />}
        {rounds.isError && <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />}
        {rounds.data?.length === 0 && <p className="empty">{t('rounds.empty')}</p>}
        {rounds.data && rounds.data.length > 0 && (
          <>
            <RoundTable rounds={rounds.data} />
            <ul className="phone-cards" aria-label={t('rounds.list_heading')}>
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

function RoundName({ round }: { round: FollowUpRoundSummary }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  return (
    <Link to={paths.followUpRound(round.id)}>
      {t('round.name', { from: format.date(round.periodStart), to: format.date(round.periodEnd) })}
    </Link>
  );
}

function StatusBadge({ round }: { round: FollowUpRoundSummary }) {
  const labels = useFollowUpLabels();
  return <Badge tone={round.status === 'open' ? 'success' : 'neutral'}>{labels.status(round.status)}</Badge>;
}

function RoundTable({ rounds }: { rounds: FollowUpRoundSummary[] }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  return (
    <div className="table-wrap wide-only">
      <table className="table">
        <caption className="visually-hidden">{t('rounds.list_heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rounds.columns.period')}</th>
            <th scope="col">{t('rounds.columns.deadline')}</th>
            <th scope="col">{t('rounds.columns.status')}</th>
            <th scope="col">{t('rounds.columns.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <td>
                <RoundName round={round} />
              </td>
              <td className="cell-nowrap">{format.date(round.deadline)}</td>
              <td>
                <StatusBadge round={round} />
              </td>
              <td>
                {t('rounds.answered_of', {
                  answered: format.number(round.answeredCount),
                  asked: format.number(round.businessCount),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoundCard({ round }: { round: FollowUpRoundSummary }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  return (
    <li className="list-card">
      <h3 className="follow-up-card-title">
        <RoundName round={round} />
      </h3>
      <StatusBadge round={round} />
      <p>
        {t('rounds.columns.deadline')}: {format.date(round.deadline)}
        <br />
        {t('rounds.answered_of', {
          answered: format.number(round.answeredCount),
          asked: format.number(round.businessCount),
        })}
      </p>
    </li>
  );
}

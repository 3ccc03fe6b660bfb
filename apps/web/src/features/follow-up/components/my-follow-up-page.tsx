/**
 * /follow-up — an entrepreneur's own follow-up forms: every round that asked their business, the one
 * waiting for an answer first, with its period, deadline and whether it is open, and what the business
 * answered (nothing new, or how many contacts and orders). An open round not yet answered offers
 * "Answer now" (the signed-in form of that business); an answered one, its answer. Without any round
 * the page points to "My deals", where contacts and orders are recorded at any time.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useOwnRounds } from '../api/rounds.ts';
import { useFollowUpLabels } from '../hooks/use-follow-up-labels.ts';
import {
  hasSeveralBusinesses,
  ownFormLink,
  waitingFirst,
  waitingForms,
  type OwnRound,
} from '../utils/own-rounds.ts';
import '../follow-up.css';

export function MyFollowUpPage() {
  const { t } = useTranslation('follow_up');
  const rounds = useOwnRounds(true);
  const waiting = rounds.data ? waitingForms(rounds.data) : 0;
  return (
    <div className="follow-up-page">
      <PageHeader
        title={t('my_forms.title')}
        intro={
          <>
            <p>{t('my_forms.intro')}</p>
            {waiting > 0 && (
              <p>
                <Badge tone="warning">{t('my_forms.waiting', { count: waiting })}</Badge>
              </p>
            )}
          </>
        }
      />
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <QueryError error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : rounds.data.length === 0 ? (
        <div className="card">
          <p>{t('my_forms.empty')}</p>
          <p>{t('my_forms.empty_deals')}</p>
          <p>
            <Link to={paths.deals}>{t('my_forms.to_deals')}</Link>
          </p>
        </div>
      ) : (
        <ul className="plain-list follow-up-own-rounds" aria-label={t('my_forms.list_heading')}>
          {waitingFirst(rounds.data).map((item) => (
            <OwnRoundCard
              key={`${item.round.id}/${item.business.id}`}
              item={item}
              isBusinessNamed={hasSeveralBusinesses(rounds.data)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** A round that asked the business; `isBusinessNamed` when the reader keeps several businesses. */
function OwnRoundCard({ item, isBusinessNamed }: { item: OwnRound; isBusinessNamed: boolean }) {
  const { t } = useTranslation('follow_up');
  const format = useFormat();
  const labels = useFollowUpLabels();
  const titleId = useId();
  const { round, answer } = item;
  const isOpen = round.status === 'open';
  return (
    <li className="card follow-up-own-round">
      <h2 id={titleId} className="follow-up-card-title">
        {t('round.name', { from: format.date(round.periodStart), to: format.date(round.periodEnd) })}
      </h2>
      <p className="inline-badges">
        <Badge tone={isOpen ? 'success' : 'neutral'}>{labels.status(round.status)}</Badge>
        <span>{t('my_forms.deadline', { date: format.date(round.deadline) })}</span>
      </p>
      {isBusinessNamed && <p>{t('my_forms.business', { business: item.business.name })}</p>}
      {answer ? (
        <>
          <p>
            <strong>
              {answer.answer === 'nothing_new'
                ? t('my_forms.answered_nothing_new', { date: format.date(answer.answeredAt) })
                : t('my_forms.answered_reported', {
                    date: format.date(answer.answeredAt),
                    contacts: t('my_forms.contacts', { count: item.reportedCounts.contacts }),
                    orders: t('my_forms.orders', { count: item.reportedCounts.orders }),
                  })}
            </strong>
            {answer.answeredAs === 'staff' && (
              <>
                <br />
                {t('form.answered_as', { as: labels.answeredAs(answer.answeredAs) })}
              </>
            )}
          </p>
          <p>
            <Link to={ownFormLink(item)} aria-describedby={titleId}>
              {t('my_forms.see_answer')}
            </Link>
          </p>
        </>
      ) : isOpen ? (
        <>
          <p>{t('my_forms.not_answered')}</p>
          <p className="follow-up-own-action">
            <Link className="button" to={ownFormLink(item)} aria-describedby={titleId}>
              {t('my_forms.answer_now')}
            </Link>
          </p>
        </>
      ) : (
        <p>{t('my_forms.not_answered_closed')}</p>
      )}
    </li>
  );
}

/** The home page's word on the forms waiting: "1 form waiting for your answer", or nothing. */
export function MyFollowUpWaitingNote() {
  const { t } = useTranslation('follow_up');
  const rounds = useOwnRounds(true);
  const waiting = rounds.data ? waitingForms(rounds.data) : 0;
  if (waiting === 0) return null;
  return (
    <p>
      <Badge tone="warning">{t('my_forms.waiting', { count: waiting })}</Badge>
    </p>
  );
}

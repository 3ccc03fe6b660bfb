/**
 * /learning — seminars, workshops, trainings and consultations (issue 16): the events open to the
 * reader with their seats left or waiting list, and the reader's own registrations; managers (the IAO)
 * see drafts too, and a button for a new event. Cards, which read as well on a phone as on a screen.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearningEventSummary } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useLearningEvents } from '../api/events.ts';
import { useEventLabels } from '../hooks/use-event-labels.ts';
import { EventStatusBadge, MyRegistrationBadge } from './event-badges.tsx';
import '../learning.css';

export function LearningEventsPage() {
  const { t } = useTranslation('learning');
  const events = useLearningEvents();
  const mineId = useId();
  const allId = useId();
  const items = events.data?.items ?? [];
  const mine = items.filter((item) => item.myRegistration);
  return (
    <div className="learning-page">
      <PageHeader
        title={t('list.title')}
        intro={<p>{t('list.intro')}</p>}
        actions={
          events.data?.canManage && (
            <Link className="button" to={paths.newLearningEvent}>
              {t('list.new')}
            </Link>
          )
        }
      />
      {events.isPending && <Loading />}
      {events.isError && <QueryError error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && (
        <>
          <section aria-labelledby={mineId}>
            <h2 id={mineId}>{t('list.mine')}</h2>
            {mine.length === 0 ? (
              <p className="empty">{t('list.mine_empty')}</p>
            ) : (
              <EventCards events={mine} />
            )}
          </section>
          <section aria-labelledby={allId}>
            <h2 id={allId}>{events.data.canManage ? t('list.all') : t('list.open')}</h2>
            {items.length === 0 ? <p className="empty">{t('list.empty')}</p> : <EventCards events={items} />}
          </section>
        </>
      )}
    </div>
  );
}

function EventCards({ events }: { events: LearningEventSummary[] }) {
  return (
    <ul className="learning-cards">
      {events.map((event) => (
        <EventCard key={event.id} event={event} />
      ))}
    </ul>
  );
}

function EventCard({ event }: { event: LearningEventSummary }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const labels = useEventLabels();
  const seatsLeft = Math.max(event.capacity - event.seatsTaken, 0);
  return (
    <li className="list-card">
      <h3 className="learning-card-title">
        <Link to={paths.learningEvent(event.id)}>{event.title}</Link>
      </h3>
      <p className="inline-badges">
        <span>{labels.kind(event.kind)}</span>
        <EventStatusBadge status={event.status} />
        {event.myRegistration && <MyRegistrationBadge registration={event.myRegistration} />}
      </p>
      {event.startsAt && <p>{t('list.starts', { when: format.dateTime(event.startsAt) })}</p>}
      <p>
        {seatsLeft > 0
          ? t('list.seats_left', { left: format.number(seatsLeft), capacity: format.number(event.capacity) })
          : t('list.full', { waiting: format.number(event.waitingCount) })}
      </p>
    </li>
  );
}

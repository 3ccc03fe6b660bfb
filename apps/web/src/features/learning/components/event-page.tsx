/**
 * /learning/events/:id — one event: its details and sessions, the reader's registration (register,
 * or cancel; the place on the waiting list shown), their check-ins, feedback once the event began,
 * and the tests before and after. Managers also change its status, edit it, and see the roster:
 * registrants and the waiting list, attendance per session with each session's QR code, the coverage
 * of the invited units, and the comments.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LearningEventDetail, LearningEventStatus } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useCancelRegistration, useChangeEventStatus, useLearningEvent, useRegister } from '../api/events.ts';
import { useEventLabels } from '../hooks/use-event-labels.ts';
import { EventStatusBadge, MyRegistrationBadge } from './event-badges.tsx';
import { EventDocumentsSection } from './event-documents-section.tsx';
import { EventRoster } from './event-roster.tsx';
import { EventTestsSection } from './event-tests-section.tsx';
import { FeedbackSection } from './feedback-section.tsx';
import '../learning.css';

export function LearningEventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('learning');
  const event = useLearningEvent(id);
  return (
    <div className="learning-page">
      <p>
        <Link to={paths.learning}>{t('event.back')}</Link>
      </p>
      {event.isPending && <Loading />}
      {event.isError && <QueryError error={event.error} onRetry={() => void event.refetch()} />}
      {event.data && <EventView event={event.data} />}
    </div>
  );
}

function EventView({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const labels = useEventLabels();
  const detailsId = useId();
  const seatsLeft = Math.max(event.capacity - event.seatsTaken, 0);
  return (
    <>
      <PageHeader
        title={event.title}
        intro={
          <p className="inline-badges">
            <span>{labels.kind(event.kind)}</span>
            <EventStatusBadge status={event.status} />
          </p>
        }
        actions={
          event.canManage &&
          event.status !== 'cancelled' && (
            <Link className="button button-secondary" to={paths.editLearningEvent(event.id)}>
              {t('event.edit')}
            </Link>
          )
        }
      />
      {event.canManage && <StatusActions event={event} />}
      <section className="card" aria-labelledby={detailsId}>
        <h2 id={detailsId}>{t('event.details')}</h2>
        {event.description && <p className="learning-description">{event.description}</p>}
        <dl>
          <dt>{t('event.seats')}</dt>
          <dd>
            {t('event.seats_value', {
              taken: format.number(event.seatsTaken),
              capacity: format.number(event.capacity),
              left: format.number(seatsLeft),
            })}
            {event.waitingCount > 0 && <> {t('event.waiting', { count: event.waitingCount })}</>}
          </dd>
          {event.creditHours !== null && (
            <>
              <dt>{t('event.credit_hours')}</dt>
              <dd>{t('event.hours', { count: event.creditHours })}</dd>
            </>
          )}
          <dt>{t('event.invited')}</dt>
          <dd>
            {event.invitedUnits.length === 0
              ? t('event.every_unit')
              : event.invitedUnits.map((unit) => unit.name).join(', ')}
          </dd>
        </dl>
      </section>
      <Sessions event={event} />
      <RegistrationPanel event={event} />
      <FeedbackSection event={event} />
      {/* The tests before and after the event (decision 0057): the question bank for managers, the
          tests to take for participants. */}
      <EventTestsSection eventId={event.id} canManage={event.canManage} />
      <EventDocumentsSection event={event} />
      {event.canManage && <EventRoster event={event} />}
    </>
  );
}

function Sessions({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('event.sessions')}</h2>
      <ol className="learning-sessions">
        {event.sessions.map((session, index) => (
          <li key={session.id} className="list-card">
            <h3>{t('form.session_number', { number: index + 1 })}</h3>
            <p>
              {t('event.session_time', {
                from: format.dateTime(session.startsAt),
                to: format.dateTime(session.endsAt),
              })}
            </p>
            {session.room && <p>{t('event.room', { room: session.room })}</p>}
            {session.onlineUrl && (
              <p>
                {t('event.online')}{' '}
                <a className="learning-link" href={session.onlineUrl} rel="noreferrer" target="_blank">
                  {session.onlineUrl}
                </a>
              </p>
            )}
            {session.myCheckedInAt && (
              <p>{t('event.checked_in_at', { when: format.dateTime(session.myCheckedInAt) })}</p>
            )}
            {event.canManage && <p>{t('event.attended', { count: session.attendedCount })}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function RegistrationPanel({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const register = useRegister(event.id);
  const cancel = useCancelRegistration();
  const headingId = useId();
  const mine = event.myRegistration;
  const failure = register.error ?? cancel.error;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('event.my_registration')}</h2>
      {failure && (
        <Alert tone="error">
          <p>{errorMessage(failure, frameless)}</p>
        </Alert>
      )}
      {mine ? (
        <>
          <p>
            <MyRegistrationBadge registration={mine} />
          </p>
          {mine.status === 'waitlisted' && <p>{t('event.waiting_note')}</p>}
          <button
            type="button"
            className="button button-secondary"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate(mine.id)}
          >
            {mine.status === 'waitlisted' ? t('event.leave_waiting') : t('event.cancel_registration')}
          </button>
        </>
      ) : event.status === 'open' ? (
        <>
          <p>{event.seatsTaken < event.capacity ? t('event.register_note') : t('event.full_note')}</p>
          <button
            type="button"
            className="button"
            disabled={register.isPending}
            onClick={() => register.mutate({})}
          >
            {event.seatsTaken < event.capacity ? t('event.register') : t('event.join_waiting')}
          </button>
        </>
      ) : (
        <p>{t('event.not_open')}</p>
      )}
    </section>
  );
}

/** What a manager may move the event to from its status (the server checks the same). */
const nextStatuses: Record<LearningEventStatus, readonly LearningEventStatus[]> = {
  draft: ['open', 'cancelled'],
  open: ['closed', 'cancelled'],
  closed: ['open', 'cancelled'],
  cancelled: [],
};

function StatusActions({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const change = useChangeEventStatus(event.id);
  const [isConfirmingCancel, setIsConfirmingCancel] = useState(false);
  const actions: Record<LearningEventStatus, string> = {
    draft: '',
    open: event.status === 'closed' ? t('event.reopen') : t('event.open'),
    closed: t('event.close'),
    cancelled: t('event.cancel_event'),
  };
  if (nextStatuses[event.status].length === 0) return null;
  const move = (status: LearningEventStatus) => change.mutate({ status, version: event.version });
  return (
    <div className="learning-actions">
      {event.status === 'draft' && <p>{t('event.draft_note')}</p>}
      {isConfirmingCancel ? (
        <>
          <p>{t('event.cancel_confirm')}</p>
          <button type="button" className="button button-danger" onClick={() => move('cancelled')}>
            {t('event.cancel_yes')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setIsConfirmingCancel(false)}
          >
            {t('event.cancel_no')}
          </button>
        </>
      ) : (
        nextStatuses[event.status].map((status) => (
          <button
            key={status}
            type="button"
            className={status === 'cancelled' ? 'button button-secondary' : 'button'}
            disabled={change.isPending}
            onClick={() => (status === 'cancelled' ? setIsConfirmingCancel(true) : move(status))}
          >
            {actions[status]}
          </button>
        ))
      )}
      {change.isError && (
        <Alert tone="error">
          <p>{errorMessage(change.error, frameless)}</p>
        </Alert>
      )}
    </div>
  );
}

/**
 * /my-sessions/:id — one of one's own sessions, read-only, for an entrepreneur presenting at it or a
 * buyer registered for it (decision 0019): its title in the reader's language, its time in Bangkok and
 * in each city, the meeting link while it is to be held, a calendar file on one's own clock, and the
 * agenda. Nothing here changes the session: the office does.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OwnSessionDetail } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { ownSessionCalendarUrl, useOwnSession } from '../api/own-sessions.ts';
import { useSessionLabels } from '../hooks/use-session-labels.ts';
import { SlotTimes } from './new-session-page.tsx';
import { useCityName } from './own-sessions-page.tsx';
import { SessionStatusBadge } from './session-badges.tsx';
import { FallbackNote, Shown } from './shown-text.tsx';
import '../programme.css';
import { SessionLinks } from './session-links.tsx';

export function OwnSessionPage() {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const id = useParams().id ?? '';
  const session = useOwnSession(id, format.locale);
  return (
    <>
      <p>
        <Link to={paths.mySessions}>{t('own_sessions.back')}</Link>
      </p>
      {session.isPending ? (
        <Loading />
      ) : session.isError ? (
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      ) : (
        <OwnSessionView session={session.data} />
      )}
    </>
  );
}

function OwnSessionView({ session }: { session: OwnSessionDetail }) {
  const { t } = useTranslation('programme_pages');
  const cityName = useCityName(session.cities);
  const labels = useSessionLabels(cityName);
  const timesId = useId();
  const agendaId = useId();
  return (
    <>
      <PageHeader
        title={session.title.text}
        titleLang={session.title.lang}
        heading={<Shown value={session.title} />}
        intro={
          <p className="inline-badges">
            <SessionStatusBadge status={session.status} />
            <FallbackNote value={session.title} />
          </p>
        }
      />
      <p className="muted">{t('own_sessions.read_only')}</p>
      <section className="card" aria-labelledby={timesId}>
        <h2 id={timesId}>{t('session.times')}</h2>
        <SlotTimes times={session.times} cityName={cityName} />
        {session.status === 'planned' && (
          <SessionLinks calendarUrl={ownSessionCalendarUrl(session.id)} meetingUrl={session.meetingUrl} />
        )}
      </section>
      <section className="card" aria-labelledby={agendaId}>
        <h2 id={agendaId}>{t('session.agenda')}</h2>
        <ol>
          {session.agenda.map((item, index) => (
            <li key={`${item.kind}-${index}`}>
              {item.title ? <Shown value={item.title} /> : labels.agendaKind(item.kind)} —{' '}
              {t('session.minutes_value', { minutes: item.minutes })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

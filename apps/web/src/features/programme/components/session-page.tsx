/**
 * /programme/sessions/:id — one session: every side's local time, what does not suit about it and
 * why it was kept, moving it while it is to come, the meeting link, the connection test before it
 * (always, seed 003 §6.1.6), its title in the partner cities' languages, and the agenda, whose
 * durations are added up against the session's length.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SessionDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { sessionCalendarUrl, useSession } from '../api/programmes.ts';
import { useSessionLabels } from '../hooks/use-session-labels.ts';
import { cityNameOf } from '../utils/names.ts';
import { SlotTimes } from './new-session-page.tsx';
import { AgendaSection } from './session-agenda.tsx';
import { SessionStatusBadge } from './session-badges.tsx';
import { SessionBusinesses } from './session-businesses.tsx';
import { ConnectionTest } from './session-connection-test.tsx';
import { SessionTitleSection } from './session-forms.tsx';
import { SessionInvitations } from './session-invitations.tsx';
import { SessionMove } from './session-move.tsx';
import { SessionRecordSections } from './session-record.tsx';
import '../programme.css';
import { SessionLinks } from './session-links.tsx';

export function SessionPage() {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const id = useParams().id ?? '';
  const session = useSession(id);
  if (session.isPending) return <Loading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const data = session.data;
  const cityName = (partnerId: string | null) => {
    const city = data.cities.find((candidate) => candidate.id === partnerId);
    return city ? cityNameOf(city, format.locale) : t('new_session.bangkok');
  };
  return (
    <>
      {data.canManage && (
        <p>
          <Link to={paths.programme(data.fiscalYear)}>{t('detail.title', { year: data.fiscalYear })}</Link>
        </p>
      )}
      <PageHeader title={data.title} intro={<SessionIntro session={data} />} />
      <SessionTimes session={data} cityName={cityName} />
      {data.canManage && data.status === 'planned' && (
        <SessionMove session={data} onReload={() => void session.refetch()} />
      )}
      <ConnectionTest session={data} onReload={() => void session.refetch()} />
      <SessionBusinesses session={data} />
      {data.canInvite && <SessionInvitations session={data} />}
      {data.canManage && <SessionTitleSection session={data} onReload={() => void session.refetch()} />}
      <AgendaSection session={data} onReload={() => void session.refetch()} />
      <SessionRecordSections session={data} onReload={() => void session.refetch()} />
    </>
  );
}

function SessionIntro({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('programme_pages');
  return (
    <p className="inline-badges">
      <Badge>{t(session.format === 'multilateral' ? 'session.multilateral' : 'session.bilateral')}</Badge>
      <SessionStatusBadge status={session.status} />
      {session.round !== null && <span>{t('session_number', { number: session.round })}</span>}
    </p>
  );
}

function SessionTimes({
  session,
  cityName,
}: {
  session: SessionDetail;
  cityName: (id: string | null) => string;
}) {
  const { t } = useTranslation('programme_pages');
  const labels = useSessionLabels(cityName);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.times')}</h2>
      <SlotTimes times={session.times} cityName={cityName} />
      {session.problems.length > 0 && (
        <Alert tone="warning" title={t('session.problems')}>
          <ul>
            {session.problems.map((problem) => (
              <li key={`${problem.code}-${problem.partnerId}-${problem.localDate}`}>
                {labels.problem(problem)}
              </li>
            ))}
          </ul>
          {session.scheduleOverrideReason && (
            <p>{t('session.override_reason', { reason: session.scheduleOverrideReason })}</p>
          )}
        </Alert>
      )}
      <SessionLinks calendarUrl={sessionCalendarUrl(session.id)} meetingUrl={session.meetingUrl} />
    </section>
  );
}

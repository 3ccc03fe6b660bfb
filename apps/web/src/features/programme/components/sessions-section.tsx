/** The year's sessions on the programme page: when (Bangkok time), with whom, and how far along. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeDetail } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSessions } from '../api/programmes.ts';
import { cityNameOf } from '../utils/names.ts';
import { ConnectionTestBadge, SessionStatusBadge } from './session-badges.tsx';

export function SessionsSection({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const sessions = useSessions(programme.fiscalYear);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{t('sessions.title')}</h2>
        {programme.canManage && (
          <Link className="button" to={paths.newSession(programme.fiscalYear)}>
            {t('sessions.schedule')}
          </Link>
        )}
      </div>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <p className="empty">{t('sessions.none')}</p>
      ) : (
        <ul className="plain-list programme-sessions">
          {sessions.data.map((session) => (
            <li key={session.id}>
              <Link to={paths.session(session.id)}>{session.title}</Link>
              <span>{format.dateTime(session.startsAt)}</span>
              <span>{session.cities.map((city) => cityNameOf(city, format.locale)).join(', ')}</span>
              <span className="inline-badges">
                <SessionStatusBadge status={session.status} />
                <ConnectionTestBadge result={session.connectionTestResult} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

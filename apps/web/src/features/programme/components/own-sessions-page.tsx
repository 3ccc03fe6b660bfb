/**
 * /my-sessions — the sessions of one's own, for those outside the office (decision 0019): a partner
 * city's coordinator sees their city's, an entrepreneur those their business presents at, a buyer
 * those they registered for. Each shows its title in the reader's language, its status, and its time
 * in Bangkok and in each city. A coordinator opens the session's own page (they may: their city's);
 * the others open a read-only page of it (the staff's page is not theirs to open).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OwnSession, OwnSessionRelation } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useOwnSessions } from '../api/own-sessions.ts';
import { cityNameOf } from '../utils/names.ts';
import { SlotTimes } from './new-session-page.tsx';
import { SessionStatusBadge } from './session-badges.tsx';
import { FallbackNote, Shown } from './shown-text.tsx';
import '../programme.css';

const relationKeys = {
  coordinator: 'own_sessions.relations.coordinator',
  entrepreneur: 'own_sessions.relations.entrepreneur',
  buyer: 'own_sessions.relations.buyer',
} as const satisfies Record<OwnSessionRelation, string>;

/** Where a session of one's own opens: the session's page for those who may open it, else the read-only one. */
export function ownSessionLink(session: Pick<OwnSession, 'id' | 'canOpenSessionPage'>): string {
  return session.canOpenSessionPage ? paths.session(session.id) : paths.ownSession(session.id);
}

/** Each side's name for the times: the city's in the reader's language, or Bangkok. */
export function useCityName(cities: OwnSession['cities']) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  return (partnerId: string | null) => {
    const city = cities.find((candidate) => candidate.id === partnerId);
    return city ? cityNameOf(city, format.locale) : t('new_session.bangkok');
  };
}

export function OwnSessionsPage() {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const sessions = useOwnSessions(format.locale);
  return (
    <>
      <PageHeader title={t('own_sessions.title')} intro={<p>{t('own_sessions.intro')}</p>} />
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <p className="empty card">{t('own_sessions.none')}</p>
      ) : (
        <ul className="plain-list programme-own-sessions">
          {sessions.data.map((session) => (
            <OwnSessionItem key={session.id} session={session} />
          ))}
        </ul>
      )}
    </>
  );
}

function OwnSessionItem({ session }: { session: OwnSession }) {
  const { t } = useTranslation('programme_pages');
  const cityName = useCityName(session.cities);
  return (
    <li className="card">
      <h2>
        <Link to={ownSessionLink(session)}>
          <Shown value={session.title} />
        </Link>
      </h2>
      <p className="inline-badges">
        <SessionStatusBadge status={session.status} />
        {session.relations.map((relation) => (
          <span key={relation}>{t(relationKeys[relation])}</span>
        ))}
        <FallbackNote value={session.title} />
      </p>
      <SlotTimes times={session.times} cityName={cityName} />
    </li>
  );
}

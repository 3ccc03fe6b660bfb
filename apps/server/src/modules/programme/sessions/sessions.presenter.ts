/** Shapes a year's trade sessions for the API: the summary in lists, the detail with times and problems. */
import {
  agendaItemKinds,
  connectionTestResults,
  sessionStatuses,
  type CityTime,
  type OwnSession,
  type OwnSessionDetail,
  type SessionDetail,
  type SessionSummary,
  type SlotProblem,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { can, type Actor } from '../../../shared/actor.ts';
import { MINUTE_MS } from '../../../shared/time.ts';
import { presentPartnerName } from '../cities/cities.presenter.ts';
import { oneOfOr } from '../programme.values.ts';
import { agendaItemIn, sessionTitleIn } from './session-texts.ts';
import type { SessionRow } from './sessions.repository.ts';
import type { OwnSessionParts, SessionWithCities } from './sessions.service.ts';

export function presentSessionSummary(parts: SessionWithCities): SessionSummary {
  const { session, programme, cities } = parts;
  return {
    id: session.id,
    fiscalYear: programme.fiscalYear,
    round: session.round,
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    status: oneOfOr(sessionStatuses, session.status, 'planned'),
    format: cities.length > 1 ? 'multilateral' : 'bilateral',
    cities: cities.map((city) => presentPartnerName(city, city.id)),
    connectionTestResult: oneOfOr(connectionTestResults, session.connectionTestResult, 'not_tested'),
  };
}

export function presentSession(
  parts: SessionWithCities,
  extra: { times: CityTime[]; problems: SlotProblem[] },
  actor: Actor | null,
): SessionDetail {
  const { session } = parts;
  const agenda = agendaOf(session);
  return {
    ...presentSessionSummary(parts),
    titleTranslations: session.titleTranslations,
    meetingUrl: session.meetingUrl,
    times: extra.times,
    problems: extra.problems,
    scheduleOverrideReason: session.scheduleOverrideReason,
    connectionTestAt: session.connectionTestAt?.toISOString() ?? null,
    connectionTestNote: session.connectionTestNote,
    agenda,
    agendaMinutes: agenda.reduce((sum, item) => sum + item.minutes, 0),
    sessionMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / MINUTE_MS),
    canManage: can(actor, 'programme:manage'),
    canChooseBusinesses: can(actor, 'sessions:entrepreneurs'),
    canInvite: can(actor, 'sessions:invite'),
    canReadRecord: can(actor, 'programme:read'),
    version: session.version,
    updatedAt: session.updatedAt.toISOString(),
  };
}

/** A session's agenda as the API gives it to those who plan it: each title in Thai and its translations. */
export function agendaOf(session: Pick<SessionRow, 'agenda'>) {
  return session.agenda.map((item) => ({
    kind: oneOfOr(agendaItemKinds, item.kind, 'custom'),
    title: item.title,
    titleTranslations: item.titleTranslations ?? {},
    minutes: item.minutes,
  }));
}

/** One of the reader's own sessions, its title in their language (the fallback said). */
export function presentOwnSession(
  parts: OwnSessionParts,
  times: CityTime[],
  locale: InterfaceLocale,
): OwnSession {
  const summary = presentSessionSummary(parts);
  return {
    id: summary.id,
    fiscalYear: summary.fiscalYear,
    title: sessionTitleIn(parts.session, locale),
    startsAt: summary.startsAt,
    endsAt: summary.endsAt,
    status: summary.status,
    format: summary.format,
    cities: summary.cities,
    times,
    ownPartnerId: parts.ownPartnerId,
    relations: parts.relations,
    canOpenSessionPage: parts.canOpenSessionPage,
  };
}

/** The read-only page of one's own session: its agenda, and the meeting link unless it was cancelled. */
export function presentOwnSessionDetail(
  parts: OwnSessionParts,
  times: CityTime[],
  locale: InterfaceLocale,
): OwnSessionDetail {
  return {
    ...presentOwnSession(parts, times, locale),
    agenda: parts.session.agenda.map((item) => agendaItemIn(item, locale)),
    meetingUrl: parts.session.status === 'cancelled' ? null : parts.session.meetingUrl,
  };
}

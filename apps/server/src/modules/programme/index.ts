/** The trade programme: a fiscal year's plan of sister-city trade sessions (seed 003 §6). */
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { ContentLanguage } from '@bia/contracts';
import { fiscalYearOf } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { ParticipationSession, ProgrammeParticipation } from '../partners/index.ts';
import { createRouter } from '../../shared/http.ts';
import { createProgrammeCitiesRoutes } from './cities/cities.routes.ts';
import { createProgrammeCities } from './cities/cities.service.ts';
import { createProgrammeLettersRoutes } from './cities/letters.routes.ts';
import { createProgrammeLetters } from './cities/letters.service.ts';
import { createProgrammeRoutes } from './plan/plan.routes.ts';
import { createProgrammeService } from './plan/plan.service.ts';
import { createStepDocumentsRoutes } from './plan/step-documents.routes.ts';
import { createStepDocuments } from './plan/step-documents.service.ts';
import { createSessionBusinessesRoutes } from './record/businesses.routes.ts';
import { createSessionBusinesses } from './record/businesses.service.ts';
import { createSessionRecordRoutes } from './record/record.routes.ts';
import { createSessionRecords } from './record/record.service.ts';
import { createProgrammeInvitationsRoutes } from './sessions/invitations.routes.ts';
import { createProgrammeInvitations } from './sessions/invitations.service.ts';
import { createOwnSessionsRoutes } from './sessions/own-sessions.routes.ts';
import { createProgrammeSessionsRoutes } from './sessions/sessions.routes.ts';
import { createProgrammeSessions } from './sessions/sessions.service.ts';
import { sessionTitleIn } from './sessions/session-texts.ts';
import type { ProgrammeDeps } from './programme.deps.ts';
import {
  programmeCities,
  programmeSessions,
  sessionCities,
  sessionContactExchanges,
  sessionEntrepreneurs,
  sessionInterests,
  tradeProgrammes,
} from './programme.schema.ts';

export type { ProgrammeService } from './plan/plan.service.ts';
export { createProgrammeAuditDirectory } from './programme.audit-directory.ts';
export { programmeYearFacts, type ProgrammeYearFacts } from './programme.year-facts.ts';
export { loadHolidayReferenceData } from './sessions/holidays.reference.ts';
export { createSessionReminders } from './sessions/reminders.service.ts';
export { pruneSentReminders } from './sessions/sessions.repository.ts';
// What the outcomes module reads of the sessions (deals started from the contacts exchanged at one,
// the cities a business met) and how it checks the evidence it keeps (as the steps' documents).
export {
  citiesMetByBusiness,
  listParticipants,
  listSessions,
  loadSession,
  type ParticipantRow,
  type SessionRow,
} from './sessions/sessions.repository.ts';
export {
  findContactExchange,
  listContacts as listSessionContacts,
  listInterests as listSessionInterests,
} from './record/record.repository.ts';
export { cleanFileName, contentTypeOf, stepDocumentTypeOf } from './plan/step-documents.service.ts';
// The pure rules the demo's sample year is built with (demo/demo-programme.ts).
export { planSteps } from './plan/plan.ts';
export { agendaFor } from './sessions/agenda.ts';
export { storedLetterhead } from './cities/letters.service.ts';
// A session's title in a reader's language (the coordination requests' session picker).
export { sessionTitleIn };

/**
 * The day each partner city last took part in the programme, by partner id, for the partner
 * registry's dormant rule: the day of its latest session not cancelled, held or to come (in Bangkok),
 * and at least `today` while it is chosen for this fiscal year's programme and has not declined.
 */
async function lastParticipationDays(db: Db, today: string): Promise<Map<string, string>> {
  const [sessions, chosen] = await Promise.all([
    db
      .select({
        partnerId: sessionCities.partnerId,
        lastOn: sql<string>`max((${programmeSessions.startsAt} at time zone 'Asia/Bangkok')::date)::text`,
      })
      .from(sessionCities)
      .innerJoin(programmeSessions, eq(programmeSessions.id, sessionCities.sessionId))
      .where(ne(programmeSessions.status, 'cancelled'))
      .groupBy(sessionCities.partnerId),
    db
      .select({ partnerId: programmeCities.partnerId })
      .from(programmeCities)
      .innerJoin(tradeProgrammes, eq(tradeProgrammes.id, programmeCities.programmeId))
      .where(
        and(
          eq(tradeProgrammes.fiscalYear, fiscalYearOf(today).buddhistYear),
          ne(programmeCities.replyStatus, 'declined'),
        ),
      ),
  ]);
  const days = new Map(sessions.map((row) => [row.partnerId, row.lastOn]));
  for (const { partnerId } of chosen) {
    const lastOn = days.get(partnerId);
    if (!lastOn || lastOn < today) days.set(partnerId, today);
  }
  return days;
}

/**
 * A partner city's sessions for its page in the partner registry (issue 14): those not cancelled,
 * each once (a city takes part in a session once), earliest first, the title in the reader's
 * language (decision 0025), the day it starts in Bangkok as the dormant rule counts it. One query.
 */
async function sessionsOfPartner(
  db: Db,
  partnerId: string,
  lang: ContentLanguage,
): Promise<ParticipationSession[]> {
  const rows = await db
    .select({
      id: programmeSessions.id,
      title: programmeSessions.title,
      titleTranslations: programmeSessions.titleTranslations,
      startsAt: programmeSessions.startsAt,
      endsAt: programmeSessions.endsAt,
      startsOn: sql<string>`((${programmeSessions.startsAt} at time zone 'Asia/Bangkok')::date)::text`,
      status: programmeSessions.status,
      fiscalYear: tradeProgrammes.fiscalYear,
    })
    .from(sessionCities)
    .innerJoin(programmeSessions, eq(programmeSessions.id, sessionCities.sessionId))
    .innerJoin(tradeProgrammes, eq(tradeProgrammes.id, programmeSessions.programmeId))
    .where(and(eq(sessionCities.partnerId, partnerId), ne(programmeSessions.status, 'cancelled')))
    .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.id));
  return rows.map((row) => ({
    id: row.id,
    title: sessionTitleIn(row, lang),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    startsOn: row.startsOn,
    status: row.status === 'held' ? 'held' : 'planned',
    fiscalYear: row.fiscalYear,
  }));
}

/**
 * What the partner registry reads of the programme (app.ts hands it to the partners module): when
 * each city last took part, for the dormant rule, and a city's sessions, for its page.
 */
export const programmeParticipation: ProgrammeParticipation = {
  lastDays: lastParticipationDays,
  sessionsOf: sessionsOfPartner,
};

/** What the module is built from (see ProgrammeDeps). */
export type ProgrammeModuleDeps = ProgrammeDeps;

export function createProgrammeModule(deps: ProgrammeModuleDeps) {
  const programme = createProgrammeService(deps);
  const cities = createProgrammeCities(deps);
  const sessions = createProgrammeSessions(deps);
  const letters = createProgrammeLetters({ ...deps, cities });
  return {
    service: programme,
    routes: createRouter()
      .route('/', createProgrammeRoutes({ programme }))
      .route('/', createStepDocumentsRoutes({ documents: createStepDocuments(deps) }))
      .route('/', createProgrammeCitiesRoutes({ cities }))
      .route('/', createProgrammeLettersRoutes({ letters }))
      .route('/', createProgrammeSessionsRoutes({ sessions }))
      .route('/', createOwnSessionsRoutes({ sessions }))
      .route('/', createSessionBusinessesRoutes({ businesses: createSessionBusinesses(deps), sessions }))
      .route('/', createProgrammeInvitationsRoutes({ invitations: createProgrammeInvitations(deps) }))
      .route(
        '/',
        createSessionRecordRoutes({ records: createSessionRecords({ ...deps, sessions, letters }) }),
      ),
  };
}

/**
 * How many trade sessions a business presents (or presented) at, or has buyers' interest or contacts
 * recorded at: the catalogue asks before deleting a business (its `businessUses` port).
 */
export async function sessionsOfBusiness(db: Db, entrepreneurId: string): Promise<number> {
  const [presented, interests, contacts] = await Promise.all([
    db
      .select({ sessionId: sessionEntrepreneurs.sessionId })
      .from(sessionEntrepreneurs)
      .where(eq(sessionEntrepreneurs.entrepreneurId, entrepreneurId)),
    db
      .select({ sessionId: sessionInterests.sessionId })
      .from(sessionInterests)
      .where(eq(sessionInterests.entrepreneurId, entrepreneurId)),
    db
      .select({ sessionId: sessionContactExchanges.sessionId })
      .from(sessionContactExchanges)
      .where(eq(sessionContactExchanges.entrepreneurId, entrepreneurId)),
  ]);
  return new Set([...presented, ...interests, ...contacts].map((row) => row.sessionId)).size;
}

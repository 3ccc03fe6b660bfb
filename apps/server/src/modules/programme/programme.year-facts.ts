/**
 * What another module needs to know of a fiscal year's programme to judge its outcomes (the outcomes
 * module's KPIs, seed 003 §9.1.2 and plan KPI 1.1.1): the cities chosen for the year and the sessions
 * held, each with its day in Bangkok, its partner cities and the businesses that presented. Read only.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bangkokToday } from '../../shared/clock.ts';
import {
  programmeCities,
  programmeSessions,
  sessionCities,
  sessionEntrepreneurs,
  tradeProgrammes,
} from './programme.schema.ts';

export interface ProgrammeYearFacts {
  programmeId: string;
  fiscalYear: number;
  /** The partner cities chosen for the year, with their answer and the day (Bangkok) they were chosen. */
  cities: { id: string; partnerId: string; replyStatus: string; chosenOn: string }[];
  /** The year's sessions marked held, in the order they took place. */
  heldSessions: {
    id: string;
    title: string;
    round: number | null;
    /** The session's day in Bangkok. */
    heldOn: string;
    partnerIds: string[];
    entrepreneurIds: string[];
  }[];
}

/** The year's programme, its cities and held sessions; undefined when the year has no programme. */
export async function programmeYearFacts(
  db: Db,
  fiscalYear: number,
): Promise<ProgrammeYearFacts | undefined> {
  const [programme] = await db
    .select({ id: tradeProgrammes.id })
    .from(tradeProgrammes)
    .where(eq(tradeProgrammes.fiscalYear, fiscalYear));
  if (!programme) return undefined;
  const [cities, sessions] = await Promise.all([
    db
      .select({
        id: programmeCities.id,
        partnerId: programmeCities.partnerId,
        replyStatus: programmeCities.replyStatus,
        createdAt: programmeCities.createdAt,
      })
      .from(programmeCities)
      .where(eq(programmeCities.programmeId, programme.id))
      .orderBy(asc(programmeCities.createdAt), asc(programmeCities.id)),
    db
      .select({
        id: programmeSessions.id,
        title: programmeSessions.title,
        round: programmeSessions.round,
        startsAt: programmeSessions.startsAt,
      })
      .from(programmeSessions)
      .where(and(eq(programmeSessions.programmeId, programme.id), eq(programmeSessions.status, 'held')))
      .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.id)),
  ]);
  const sessionIds = sessions.map((session) => session.id);
  const [sessionCityRows, presenting] =
    sessionIds.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .select({ sessionId: sessionCities.sessionId, partnerId: sessionCities.partnerId })
            .from(sessionCities)
            .where(inArray(sessionCities.sessionId, sessionIds))
            .orderBy(asc(sessionCities.position)),
          db
            .select({
              sessionId: sessionEntrepreneurs.sessionId,
              entrepreneurId: sessionEntrepreneurs.entrepreneurId,
            })
            .from(sessionEntrepreneurs)
            .where(inArray(sessionEntrepreneurs.sessionId, sessionIds))
            .orderBy(asc(sessionEntrepreneurs.createdAt), asc(sessionEntrepreneurs.entrepreneurId)),
        ]);
  return {
    programmeId: programme.id,
    fiscalYear,
    cities: cities.map((city) => ({
      id: city.id,
      partnerId: city.partnerId,
      replyStatus: city.replyStatus,
      chosenOn: bangkokToday(city.createdAt),
    })),
    heldSessions: sessions.map((session) => ({
      id: session.id,
      title: session.title,
      round: session.round,
      heldOn: bangkokToday(session.startsAt),
      partnerIds: sessionCityRows.filter((row) => row.sessionId === session.id).map((row) => row.partnerId),
      entrepreneurIds: presenting
        .filter((row) => row.sessionId === session.id)
        .map((row) => row.entrepreneurId),
    })),
  };
}

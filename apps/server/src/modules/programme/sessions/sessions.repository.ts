/**
 * SQL for a year's trade sessions: the session itself (the one way to load or lock it), its cities,
 * the public holidays it is checked against, and who is at it (registered participants and the
 * businesses presenting). No rules here beyond "no such session": the services decide.
 */
import { and, asc, between, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { AppError } from '../../../shared/errors.ts';
import { findSessionBusinesses, type CandidateBusiness } from '../../catalogue/index.ts';
import { programmeErrors } from '../programme.errors.ts';
import {
  programmeSessions,
  publicHolidays,
  sessionCities,
  sessionEntrepreneurs,
  sessionParticipants,
  sessionReminders,
} from '../programme.schema.ts';

export type SessionRow = typeof programmeSessions.$inferSelect;
export type ParticipantRow = typeof sessionParticipants.$inferSelect;
type NewSession = typeof programmeSessions.$inferInsert;

/**
 * The session, `session_not_found` when there is none; with `forUpdate`, locked until the
 * transaction ends. Every part of the programme loads a session through here.
 */
export async function loadSession(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SessionRow> {
  const query = db.select().from(programmeSessions).where(eq(programmeSessions.id, id));
  const [session] = options.forUpdate ? await query.for('update') : await query;
  if (!session) throw new AppError(programmeErrors.session_not_found);
  return session;
}

/** The session locked `FOR UPDATE` (in the caller's transaction); `session_not_found` when there is none. */
export function lockSession(tx: Db, id: string): Promise<SessionRow> {
  return loadSession(tx, id, { forUpdate: true });
}

/** A programme's sessions, or (with none given) every programme's, newest first. */
export async function listSessions(db: Db, programmeId: string | undefined): Promise<SessionRow[]> {
  return db
    .select()
    .from(programmeSessions)
    .where(programmeId ? eq(programmeSessions.programmeId, programmeId) : undefined)
    .orderBy(sql`${programmeSessions.startsAt} desc`, asc(programmeSessions.id));
}

/** The sessions with these ids, soonest first. */
export async function listSessionsByIds(db: Db, ids: readonly string[]): Promise<SessionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(programmeSessions)
    .where(inArray(programmeSessions.id, [...ids]))
    .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.id));
}

/**
 * Why a session is someone's own, as found in the database: `partnerId` is the city whose clock they
 * read it on (the coordinator's city, the city a buyer registered from), null for a business (Bangkok).
 */
export interface OwnSessionLink {
  sessionId: string;
  relation: 'coordinator' | 'entrepreneur' | 'buyer';
  partnerId: string | null;
}

/**
 * The sessions of the partner cities given, those at which the businesses given present, and those
 * someone registered for with the address given (in any case).
 */
export async function listOwnSessionLinks(
  db: Db,
  scope: { partnerIds: readonly string[]; businessIds: readonly string[]; buyerEmail: string | null },
): Promise<OwnSessionLink[]> {
  const [cities, businesses, registrations] = await Promise.all([
    scope.partnerIds.length === 0
      ? []
      : db
          .select({ sessionId: sessionCities.sessionId, partnerId: sessionCities.partnerId })
          .from(sessionCities)
          .where(inArray(sessionCities.partnerId, [...scope.partnerIds])),
    scope.businessIds.length === 0
      ? []
      : db
          .select({ sessionId: sessionEntrepreneurs.sessionId })
          .from(sessionEntrepreneurs)
          .where(inArray(sessionEntrepreneurs.entrepreneurId, [...scope.businessIds])),
    scope.buyerEmail === null
      ? []
      : db
          .select({ sessionId: sessionParticipants.sessionId, partnerId: sessionParticipants.partnerId })
          .from(sessionParticipants)
          .where(sql`lower(${sessionParticipants.email}) = lower(${scope.buyerEmail})`),
  ]);
  return [
    ...cities.map((row) => ({ ...row, relation: 'coordinator' as const })),
    ...businesses.map((row) => ({ ...row, relation: 'entrepreneur' as const, partnerId: null })),
    ...registrations.map((row) => ({ ...row, relation: 'buyer' as const })),
  ];
}

/** The planned sessions starting after `from`, up to and including `to`. */
export async function listPlannedSessionsStarting(db: Db, from: Date, to: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(programmeSessions)
    .where(
      and(
        eq(programmeSessions.status, 'planned'),
        gt(programmeSessions.startsAt, from),
        lte(programmeSessions.startsAt, to),
      ),
    );
}

/** Adds a session with its cities, in the order given. */
export async function insertSession(
  db: Db,
  values: NewSession,
  partnerIds: readonly string[],
): Promise<SessionRow> {
  const [session] = await db.insert(programmeSessions).values(values).returning();
  if (!session) throw new Error('the session was not added');
  await db
    .insert(sessionCities)
    .values(partnerIds.map((partnerId, position) => ({ sessionId: session.id, partnerId, position })));
  return session;
}

/** Changes a session, raising its version. */
export async function updateSession(db: Db, id: string, changes: Partial<NewSession>): Promise<SessionRow> {
  const [row] = await db
    .update(programmeSessions)
    .set({ ...changes, version: sql`${programmeSessions.version} + 1` })
    .where(eq(programmeSessions.id, id))
    .returning();
  if (!row) throw new Error(`session ${id} vanished during its update`);
  return row;
}

/** The partners of a session, in the order they were given. */
export async function sessionPartnerIds(db: Db, sessionId: string): Promise<string[]> {
  const rows = await db
    .select()
    .from(sessionCities)
    .where(eq(sessionCities.sessionId, sessionId))
    .orderBy(asc(sessionCities.position));
  return rows.map((row) => row.partnerId);
}

/** The public holidays of the countries given, on the days from `from` to `to` (ISO dates). */
export async function listHolidays(db: Db, countries: readonly string[], from: string, to: string) {
  return db
    .select()
    .from(publicHolidays)
    .where(and(inArray(publicHolidays.countryCode, [...countries]), between(publicHolidays.date, from, to)));
}

/** Adds the public holidays not known yet; answers how many were added. */
export async function insertHolidays(
  db: Db,
  rows: readonly (typeof publicHolidays.$inferInsert)[],
): Promise<number> {
  const added = await db
    .insert(publicHolidays)
    .values([...rows])
    .onConflictDoNothing()
    .returning();
  return added.length;
}

/**
 * The partner cities a business has met: those of the sessions it presented at that were not
 * cancelled and had started by `until`.
 */
export async function citiesMetByBusiness(db: Db, entrepreneurId: string, until: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ partnerId: sessionCities.partnerId })
    .from(sessionEntrepreneurs)
    .innerJoin(programmeSessions, eq(programmeSessions.id, sessionEntrepreneurs.sessionId))
    .innerJoin(sessionCities, eq(sessionCities.sessionId, sessionEntrepreneurs.sessionId))
    .where(
      and(
        eq(sessionEntrepreneurs.entrepreneurId, entrepreneurId),
        ne(programmeSessions.status, 'cancelled'),
        lte(programmeSessions.startsAt, until),
      ),
    );
  return rows.map((row) => row.partnerId);
}

/** The participants registered for a session. */
export async function listParticipants(db: Db, sessionId: string): Promise<ParticipantRow[]> {
  return db.select().from(sessionParticipants).where(eq(sessionParticipants.sessionId, sessionId));
}

/** Records that a reminder is sent; false when it was recorded already (sent before). */
export async function claimReminder(db: Db, values: typeof sessionReminders.$inferInsert): Promise<boolean> {
  const [claimed] = await db.insert(sessionReminders).values(values).onConflictDoNothing().returning();
  return claimed !== undefined;
}

/**
 * Deletes the records of reminders whose session start has passed (the nightly housekeeping): no
 * reminder is sent once a session has started, so nothing reads them any more. Answers how many went.
 */
export async function pruneSentReminders(db: Db, now: Date): Promise<{ sentReminders: number }> {
  const pruned = await db
    .delete(sessionReminders)
    .where(lte(sessionReminders.startsAt, now))
    .returning({ sessionId: sessionReminders.sessionId });
  return { sentReminders: pruned.length };
}

/** A business presenting at a session, the products it presents, and when it checked in. */
export interface PresentingBusiness {
  business: CandidateBusiness;
  products: CandidateBusiness['products'];
  checkedInAt: Date | null;
}

/**
 * The businesses presenting at a session, whether or not their products are still listed today; with
 * `lockForShare`, their records (their consent) held unchanged until the transaction ends.
 */
export async function listPresentingBusinesses(
  db: Db,
  sessionId: string,
  options: { lockForShare?: boolean } = {},
): Promise<PresentingBusiness[]> {
  const rows = await db
    .select()
    .from(sessionEntrepreneurs)
    .where(eq(sessionEntrepreneurs.sessionId, sessionId));
  const found = await findSessionBusinesses(
    db,
    rows.map((row) => row.entrepreneurId),
    options,
  );
  return found.flatMap((business) => {
    const row = rows.find((candidate) => candidate.entrepreneurId === business.id);
    if (!row) return [];
    return [
      {
        business,
        products: business.products.filter((product) => row.productIds.includes(product.id)),
        checkedInAt: row.checkedInAt,
      },
    ];
  });
}

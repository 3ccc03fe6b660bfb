/** The events' SQL: events, their sessions and check-in links, registrations, attendance and feedback. */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  learningEvents,
  learningEventSessions,
  learningRegistrations,
  type LearningEventStatus,
  type LearningRegistrationStatus,
} from '../learning.schema.ts';
import { learningAttendance, learningFeedback, learningSessionCheckInLinks } from './events.schema.ts';

export type EventRow = typeof learningEvents.$inferSelect;
export type NewEvent = typeof learningEvents.$inferInsert;
export type SessionRow = typeof learningEventSessions.$inferSelect;
export type RegistrationRow = typeof learningRegistrations.$inferSelect;
export type AttendanceRow = typeof learningAttendance.$inferSelect;
export type FeedbackRow = typeof learningFeedback.$inferSelect;

// --- Events -------------------------------------------------------------------------------------

export async function listEvents(db: Db, options: { includeDrafts: boolean }): Promise<EventRow[]> {
  return db
    .select()
    .from(learningEvents)
    .where(options.includeDrafts ? undefined : ne(learningEvents.status, 'draft'))
    .orderBy(asc(learningEvents.createdAt));
}

export async function findEvent(
  db: Db,
  id: string,
  options: { lock?: 'update' } = {},
): Promise<EventRow | undefined> {
  const query = db.select().from(learningEvents).where(eq(learningEvents.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertEvent(db: Db, values: NewEvent): Promise<EventRow> {
  const [row] = await db.insert(learningEvents).values(values).returning();
  if (!row) throw new Error('event not inserted');
  return row;
}

export async function updateEvent(
  db: Db,
  id: string,
  changes: Partial<NewEvent> & { status?: LearningEventStatus },
  now: Date,
): Promise<EventRow> {
  const [row] = await db
    .update(learningEvents)
    .set({ ...changes, version: sql`${learningEvents.version} + 1`, updatedAt: now })
    .where(eq(learningEvents.id, id))
    .returning();
  if (!row) throw new Error('event not updated');
  return row;
}

// --- Sessions and their check-in links ----------------------------------------------------------

export async function listSessions(db: Db, eventIds: string[]): Promise<SessionRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(learningEventSessions)
    .where(inArray(learningEventSessions.eventId, eventIds))
    .orderBy(asc(learningEventSessions.startsAt), asc(learningEventSessions.id));
}

export async function findSession(db: Db, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(learningEventSessions).where(eq(learningEventSessions.id, id));
  return row;
}

export async function insertSession(
  db: Db,
  values: typeof learningEventSessions.$inferInsert,
  token: string,
): Promise<SessionRow> {
  const [row] = await db.insert(learningEventSessions).values(values).returning();
  if (!row) throw new Error('session not inserted');
  await db.insert(learningSessionCheckInLinks).values({ sessionId: row.id, token });
  return row;
}

export async function updateSession(
  db: Db,
  id: string,
  changes: Pick<SessionRow, 'startsAt' | 'endsAt' | 'room' | 'onlineUrl'>,
  now: Date,
): Promise<void> {
  await db
    .update(learningEventSessions)
    .set({ ...changes, version: sql`${learningEventSessions.version} + 1`, updatedAt: now })
    .where(eq(learningEventSessions.id, id));
}

export async function deleteSessions(db: Db, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.delete(learningEventSessions).where(inArray(learningEventSessions.id, ids));
}

export async function listCheckInLinks(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .select()
    .from(learningSessionCheckInLinks)
    .where(inArray(learningSessionCheckInLinks.sessionId, sessionIds));
}

/** The session a check-in token opens, with its event. */
export async function findSessionByToken(db: Db, token: string) {
  const [row] = await db
    .select({ session: learningEventSessions, event: learningEvents })
    .from(learningSessionCheckInLinks)
    .innerJoin(learningEventSessions, eq(learningEventSessions.id, learningSessionCheckInLinks.sessionId))
    .innerJoin(learningEvents, eq(learningEvents.id, learningEventSessions.eventId))
    .where(eq(learningSessionCheckInLinks.token, token));
  return row;
}

// --- Registrations ------------------------------------------------------------------------------

/** Every registration of the events, cancelled ones included, in the order they were made. */
export async function listRegistrations(db: Db, eventIds: string[]): Promise<RegistrationRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(learningRegistrations)
    .where(inArray(learningRegistrations.eventId, eventIds))
    .orderBy(asc(learningRegistrations.registeredAt), asc(learningRegistrations.id));
}

export async function findRegistration(
  db: Db,
  id: string,
  options: { lock?: 'update' } = {},
): Promise<RegistrationRow | undefined> {
  const query = db.select().from(learningRegistrations).where(eq(learningRegistrations.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function findRegistrationOf(
  db: Db,
  eventId: string,
  userId: string,
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(learningRegistrations)
    .where(and(eq(learningRegistrations.eventId, eventId), eq(learningRegistrations.userId, userId)));
  return row;
}

export async function countSeatsTaken(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(learningRegistrations)
    .where(and(eq(learningRegistrations.eventId, eventId), eq(learningRegistrations.status, 'registered')));
  return row?.count ?? 0;
}

export async function insertRegistration(
  db: Db,
  values: typeof learningRegistrations.$inferInsert,
): Promise<RegistrationRow> {
  const [row] = await db.insert(learningRegistrations).values(values).returning();
  if (!row) throw new Error('registration not inserted');
  return row;
}

export async function updateRegistration(
  db: Db,
  id: string,
  changes: {
    status: LearningRegistrationStatus;
    unitCode?: string | null;
    registeredAt?: Date;
    cancelledAt?: Date | null;
  },
  now: Date,
): Promise<RegistrationRow> {
  const [row] = await db
    .update(learningRegistrations)
    .set({ ...changes, version: sql`${learningRegistrations.version} + 1`, updatedAt: now })
    .where(eq(learningRegistrations.id, id))
    .returning();
  if (!row) throw new Error('registration not updated');
  return row;
}

// --- Attendance and feedback --------------------------------------------------------------------

export async function listAttendance(db: Db, sessionIds: string[]): Promise<AttendanceRow[]> {
  if (sessionIds.length === 0) return [];
  return db.select().from(learningAttendance).where(inArray(learningAttendance.sessionId, sessionIds));
}

export async function findAttendance(
  db: Db,
  sessionId: string,
  userId: string,
): Promise<AttendanceRow | undefined> {
  const [row] = await db
    .select()
    .from(learningAttendance)
    .where(and(eq(learningAttendance.sessionId, sessionId), eq(learningAttendance.userId, userId)));
  return row;
}

/** Records a person present; answers the row kept (the earlier one when they were checked in already). */
export async function insertAttendance(
  db: Db,
  values: typeof learningAttendance.$inferInsert,
): Promise<{ row: AttendanceRow; isNew: boolean }> {
  const [row] = await db.insert(learningAttendance).values(values).onConflictDoNothing().returning();
  if (row) return { row, isNew: true };
  const existing = await findAttendance(db, values.sessionId, values.userId);
  if (!existing) throw new Error('attendance not recorded');
  return { row: existing, isNew: false };
}

export async function deleteAttendance(db: Db, id: string): Promise<void> {
  await db.delete(learningAttendance).where(eq(learningAttendance.id, id));
}

export async function listFeedback(db: Db, eventIds: string[]): Promise<FeedbackRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(learningFeedback)
    .where(inArray(learningFeedback.eventId, eventIds))
    .orderBy(asc(learningFeedback.createdAt));
}

/** Keeps a person's feedback; answers null when they gave it already. */
export async function insertFeedback(
  db: Db,
  values: typeof learningFeedback.$inferInsert,
): Promise<FeedbackRow | null> {
  const [row] = await db.insert(learningFeedback).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

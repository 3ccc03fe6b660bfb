/** SQL for the question banks, the tests before and after, and the participants' attempts. No rules here. */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { learningEvents, learningRegistrations } from '../learning.schema.ts';
import {
  learningQuestionBanks,
  learningTestAttempts,
  learningTestQuestions,
  learningTests,
  type LearningTestKind,
} from './tests.schema.ts';

export type QuestionBankRow = typeof learningQuestionBanks.$inferSelect;
export type QuestionRow = typeof learningTestQuestions.$inferSelect;
export type NewQuestion = typeof learningTestQuestions.$inferInsert;
export type TestRow = typeof learningTests.$inferSelect;
export type AttemptRow = typeof learningTestAttempts.$inferSelect;
export type NewAttempt = typeof learningTestAttempts.$inferInsert;

export async function findEvent(db: Db, eventId: string) {
  const [row] = await db
    .select({ id: learningEvents.id, titleTh: learningEvents.titleTh, titleEn: learningEvents.titleEn })
    .from(learningEvents)
    .where(eq(learningEvents.id, eventId));
  return row;
}

export async function findBank(
  db: Db,
  eventId: string,
  options: { lock?: 'update' } = {},
): Promise<QuestionBankRow | undefined> {
  const query = db.select().from(learningQuestionBanks).where(eq(learningQuestionBanks.eventId, eventId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertBankIfNew(
  db: Db,
  eventId: string,
  now: Date,
): Promise<QuestionBankRow | undefined> {
  const [row] = await db
    .insert(learningQuestionBanks)
    .values({ eventId, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function setBankVersion(
  db: Db,
  eventId: string,
  version: number,
  now: Date,
): Promise<QuestionBankRow> {
  const [row] = await db
    .update(learningQuestionBanks)
    .set({ version, updatedAt: now })
    .where(eq(learningQuestionBanks.eventId, eventId))
    .returning();
  if (!row) throw new Error(`no question bank for event ${eventId}`);
  return row;
}

export async function listQuestions(db: Db, eventId: string): Promise<QuestionRow[]> {
  return db
    .select()
    .from(learningTestQuestions)
    .where(eq(learningTestQuestions.eventId, eventId))
    .orderBy(asc(learningTestQuestions.position));
}

export async function replaceQuestions(db: Db, eventId: string, questions: NewQuestion[]): Promise<void> {
  await db.delete(learningTestQuestions).where(eq(learningTestQuestions.eventId, eventId));
  if (questions.length > 0) await db.insert(learningTestQuestions).values(questions);
}

export async function insertTests(db: Db, eventId: string, kinds: readonly LearningTestKind[], now: Date) {
  await db
    .insert(learningTests)
    .values(kinds.map((kind) => ({ eventId, kind, createdAt: now, updatedAt: now })))
    .onConflictDoNothing();
}

export async function listTests(db: Db, eventId: string): Promise<TestRow[]> {
  const rows = await db.select().from(learningTests).where(eq(learningTests.eventId, eventId));
  return rows.sort((a, b) => Number(a.kind === 'post') - Number(b.kind === 'post'));
}

export async function findTest(db: Db, testId: string, options: { lock?: 'update' } = {}) {
  const query = db.select().from(learningTests).where(eq(learningTests.id, testId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function updateTest(
  db: Db,
  testId: string,
  values: Pick<TestRow, 'opensAt' | 'closesAt' | 'isOpen' | 'version' | 'updatedAt'>,
): Promise<TestRow> {
  const [row] = await db.update(learningTests).set(values).where(eq(learningTests.id, testId)).returning();
  if (!row) throw new Error(`no test ${testId}`);
  return row;
}

/** The number of attempts at each of the tests. */
export async function attemptCounts(db: Db, testIds: string[]): Promise<Map<string, number>> {
  if (testIds.length === 0) return new Map();
  const rows = await db
    .select({ testId: learningTestAttempts.testId, count: count() })
    .from(learningTestAttempts)
    .where(inArray(learningTestAttempts.testId, testIds))
    .groupBy(learningTestAttempts.testId);
  return new Map(rows.map((row) => [row.testId, Number(row.count)]));
}

export async function listAttempts(db: Db, testIds: string[]): Promise<AttemptRow[]> {
  if (testIds.length === 0) return [];
  return db.select().from(learningTestAttempts).where(inArray(learningTestAttempts.testId, testIds));
}

export async function findAttempt(db: Db, testId: string, userId: string): Promise<AttemptRow | undefined> {
  const [row] = await db
    .select()
    .from(learningTestAttempts)
    .where(and(eq(learningTestAttempts.testId, testId), eq(learningTestAttempts.userId, userId)));
  return row;
}

/** Inserts the attempt, or nothing when the person has one at this test already. */
export async function insertAttemptIfNew(db: Db, values: NewAttempt): Promise<AttemptRow | undefined> {
  const [row] = await db.insert(learningTestAttempts).values(values).onConflictDoNothing().returning();
  return row;
}

/** The person's registration status at the event, if they registered. */
export async function registrationStatus(
  db: Db,
  eventId: string,
  userId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ status: learningRegistrations.status })
    .from(learningRegistrations)
    .where(and(eq(learningRegistrations.eventId, eventId), eq(learningRegistrations.userId, userId)));
  return row?.status;
}

/** Those holding a seat at the event (status `registered`), with the unit they came for. */
export async function registeredParticipants(db: Db, eventId: string) {
  return db
    .select({ userId: learningRegistrations.userId, unitCode: learningRegistrations.unitCode })
    .from(learningRegistrations)
    .where(and(eq(learningRegistrations.eventId, eventId), eq(learningRegistrations.status, 'registered')))
    .orderBy(asc(learningRegistrations.registeredAt));
}

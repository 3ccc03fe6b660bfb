/** SQL for the plan's progress rounds, their items, the units' reports and their reviews. No rules here. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  strategyPlanVersions,
  strategyReviews,
  strategyRoundItems,
  strategyRoundReminders,
  strategyRounds,
  strategySubmissions,
} from './strategy.schema.ts';

export type StrategyRoundRow = typeof strategyRounds.$inferSelect;
export type NewStrategyRound = typeof strategyRounds.$inferInsert;
export type RoundItemRow = typeof strategyRoundItems.$inferSelect;
export type SubmissionRow = typeof strategySubmissions.$inferSelect;
export type NewSubmission = typeof strategySubmissions.$inferInsert;
export type ReviewRow = typeof strategyReviews.$inferSelect;

/** A round with the number of its plan version. */
export type RoundWithPlan = StrategyRoundRow & { planVersion: number };

const roundWithPlan = { round: strategyRounds, planVersion: strategyPlanVersions.version };

export async function listRounds(db: Db): Promise<RoundWithPlan[]> {
  const rows = await db
    .select(roundWithPlan)
    .from(strategyRounds)
    .innerJoin(strategyPlanVersions, eq(strategyPlanVersions.id, strategyRounds.planVersionId))
    .orderBy(desc(strategyRounds.periodEnd), desc(strategyRounds.createdAt));
  return rows.map((row) => ({ ...row.round, planVersion: row.planVersion }));
}

export async function findRound(
  db: Db,
  id: string,
  options: { lock?: 'update' } = {},
): Promise<StrategyRoundRow | undefined> {
  const query = db.select().from(strategyRounds).where(eq(strategyRounds.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function findRoundWithPlan(db: Db, id: string): Promise<RoundWithPlan | undefined> {
  const [row] = await db
    .select(roundWithPlan)
    .from(strategyRounds)
    .innerJoin(strategyPlanVersions, eq(strategyPlanVersions.id, strategyRounds.planVersionId))
    .where(eq(strategyRounds.id, id));
  return row ? { ...row.round, planVersion: row.planVersion } : undefined;
}

/** Inserts the round, or nothing when one for the same plan version and period exists. */
export async function insertRoundIfNew(
  db: Db,
  values: NewStrategyRound,
): Promise<StrategyRoundRow | undefined> {
  const [row] = await db.insert(strategyRounds).values(values).onConflictDoNothing().returning();
  return row;
}

export async function insertItems(db: Db, values: (typeof strategyRoundItems.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(strategyRoundItems).values(values);
}

export async function approveRound(
  db: Db,
  before: StrategyRoundRow,
  values: { approvedBy: string; approvedAt: Date },
): Promise<StrategyRoundRow> {
  const [row] = await db
    .update(strategyRounds)
    .set({ ...values, status: 'approved', updatedAt: values.approvedAt, version: before.version + 1 })
    .where(eq(strategyRounds.id, before.id))
    .returning();
  if (!row) throw new Error('strategy round vanished while approved');
  return row;
}

export async function listItems(db: Db, roundIds: readonly string[]): Promise<RoundItemRow[]> {
  if (roundIds.length === 0) return [];
  return db
    .select()
    .from(strategyRoundItems)
    .where(inArray(strategyRoundItems.roundId, [...roundIds]))
    .orderBy(
      asc(strategyRoundItems.createdAt),
      asc(strategyRoundItems.itemKind),
      asc(strategyRoundItems.itemCode),
    );
}

export async function findItem(db: Db, id: string): Promise<RoundItemRow | undefined> {
  const [row] = await db.select().from(strategyRoundItems).where(eq(strategyRoundItems.id, id));
  return row;
}

export async function setItemStatus(db: Db, id: string, status: string, at: Date): Promise<void> {
  const [item] = await db
    .select()
    .from(strategyRoundItems)
    .where(eq(strategyRoundItems.id, id))
    .for('update');
  if (!item) return;
  await db
    .update(strategyRoundItems)
    .set({ status, version: item.version + 1, updatedAt: at })
    .where(eq(strategyRoundItems.id, id));
}

export async function listSubmissions(db: Db, itemIds: readonly string[]): Promise<SubmissionRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(strategySubmissions)
    .where(inArray(strategySubmissions.itemId, [...itemIds]))
    .orderBy(asc(strategySubmissions.createdAt));
}

export async function findSubmission(
  db: Db,
  itemId: string,
  unitCode: string,
  options: { lock?: 'update' } = {},
): Promise<SubmissionRow | undefined> {
  const query = db
    .select()
    .from(strategySubmissions)
    .where(and(eq(strategySubmissions.itemId, itemId), eq(strategySubmissions.unitCode, unitCode)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Inserts a unit's first report on an item, or nothing when another save made it first. */
export async function insertSubmissionIfNew(
  db: Db,
  values: NewSubmission,
): Promise<SubmissionRow | undefined> {
  const [row] = await db.insert(strategySubmissions).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateSubmission(
  db: Db,
  before: SubmissionRow,
  values: Partial<NewSubmission>,
): Promise<SubmissionRow> {
  const [row] = await db
    .update(strategySubmissions)
    .set({ ...values, version: before.version + 1 })
    .where(eq(strategySubmissions.id, before.id))
    .returning();
  if (!row) throw new Error('strategy submission vanished while updated');
  return row;
}

export async function insertReview(db: Db, values: typeof strategyReviews.$inferInsert): Promise<void> {
  await db.insert(strategyReviews).values(values);
}

export async function listReviews(db: Db, submissionIds: readonly string[]): Promise<ReviewRow[]> {
  if (submissionIds.length === 0) return [];
  return db
    .select()
    .from(strategyReviews)
    .where(inArray(strategyReviews.submissionId, [...submissionIds]))
    .orderBy(asc(strategyReviews.position));
}

export async function listOpenRounds(db: Db): Promise<StrategyRoundRow[]> {
  return db.select().from(strategyRounds).where(eq(strategyRounds.status, 'open'));
}

/** Records the reminder of a unit for a round; false when it was recorded already (it is sent once). */
export async function claimReminder(
  db: Db,
  values: { roundId: string; unitCode: string; kind: string; itemCodes: string[]; sentAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(strategyRoundReminders)
    .values(values)
    .onConflictDoNothing()
    .returning({ roundId: strategyRoundReminders.roundId });
  return rows.length > 0;
}

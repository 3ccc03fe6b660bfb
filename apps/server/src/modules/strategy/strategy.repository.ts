/** SQL for the versions of the strategic plan. No rules here: the service and the loader decide. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { PlanDocument } from './plan-data.ts';
import { strategyPlanVersions } from './strategy.schema.ts';

export type PlanVersionRow = typeof strategyPlanVersions.$inferSelect;
export type NewPlanVersion = typeof strategyPlanVersions.$inferInsert;

/** The current version of every plan. */
export async function listCurrentVersions(db: Db): Promise<PlanVersionRow[]> {
  return db
    .select()
    .from(strategyPlanVersions)
    .where(eq(strategyPlanVersions.isCurrent, true))
    .orderBy(asc(strategyPlanVersions.planKey));
}

/** Every version of one plan, oldest first. */
export async function listVersionsOf(db: Db, planKey: string): Promise<PlanVersionRow[]> {
  return db
    .select()
    .from(strategyPlanVersions)
    .where(eq(strategyPlanVersions.planKey, planKey))
    .orderBy(asc(strategyPlanVersions.version));
}

/** Holds the plan's versions for this transaction: two servers loading at once add one version, not two. */
export async function lockPlan(db: Db, planKey: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`strategy.plan:${planKey}`}))`);
}

/** Whether the version's document is this one (compared as jsonb, so key order and spacing do not count). */
export async function hasDocument(db: Db, id: string, document: PlanDocument): Promise<boolean> {
  const [row] = await db
    .select({ id: strategyPlanVersions.id })
    .from(strategyPlanVersions)
    .where(
      and(
        eq(strategyPlanVersions.id, id),
        sql`${strategyPlanVersions.document} = ${JSON.stringify(document)}::jsonb`,
      ),
    );
  return row !== undefined;
}

/** No version of the plan is current any more (before another one is made current). */
export async function clearCurrent(db: Db, planKey: string): Promise<void> {
  await db
    .update(strategyPlanVersions)
    .set({ isCurrent: false })
    .where(and(eq(strategyPlanVersions.planKey, planKey), eq(strategyPlanVersions.isCurrent, true)));
}

export async function insertVersion(db: Db, values: NewPlanVersion): Promise<PlanVersionRow> {
  const [row] = await db.insert(strategyPlanVersions).values(values).returning();
  if (!row) throw new Error('strategy plan version insert returned nothing');
  return row;
}

export async function findVersion(db: Db, id: string): Promise<PlanVersionRow | undefined> {
  const [row] = await db.select().from(strategyPlanVersions).where(eq(strategyPlanVersions.id, id));
  return row;
}

/** A plan's version by its number (1, 2, …). */
export async function findVersionByNumber(
  db: Db,
  planKey: string,
  version: number,
): Promise<PlanVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyPlanVersions)
    .where(and(eq(strategyPlanVersions.planKey, planKey), eq(strategyPlanVersions.version, version)));
  return row;
}

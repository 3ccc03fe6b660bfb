/** SQL for the versions administrators record (decision 0051). No rules here: the service decides. */
import { and, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { PlanVersionRow } from './strategy.repository.ts';
import { strategyPlanVersions } from './strategy.schema.ts';

/** The plan's current version, locked `FOR UPDATE` until the transaction ends. */
export async function lockCurrentVersion(db: Db, planKey: string): Promise<PlanVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(strategyPlanVersions)
    .where(and(eq(strategyPlanVersions.planKey, planKey), eq(strategyPlanVersions.isCurrent, true)))
    .for('update');
  return row;
}

/** The number the plan's next version takes. */
export async function nextVersionNumber(db: Db, planKey: string): Promise<number> {
  const [row] = await db
    .select({ latest: max(strategyPlanVersions.version) })
    .from(strategyPlanVersions)
    .where(eq(strategyPlanVersions.planKey, planKey));
  return (row?.latest ?? 0) + 1;
}

/** Every version of a plan without its document, newest first. */
export async function listVersionFacts(db: Db, planKey: string): Promise<Omit<PlanVersionRow, 'document'>[]> {
  return db
    .select({
      id: strategyPlanVersions.id,
      planKey: strategyPlanVersions.planKey,
      version: strategyPlanVersions.version,
      note: strategyPlanVersions.note,
      isCurrent: strategyPlanVersions.isCurrent,
      referenceFile: strategyPlanVersions.referenceFile,
      createdAt: strategyPlanVersions.createdAt,
      createdBy: strategyPlanVersions.createdBy,
      kind: strategyPlanVersions.kind,
    })
    .from(strategyPlanVersions)
    .where(eq(strategyPlanVersions.planKey, planKey))
    .orderBy(desc(strategyPlanVersions.version));
}

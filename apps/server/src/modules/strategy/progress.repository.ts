/** SQL for the plan's progress as its pages read it: the round items of one KPI, or of every project. No rules here. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { RoundItemRow, RoundWithPlan } from './rounds.repository.ts';
import { strategyPlanVersions, strategyRoundItems, strategyRounds } from './strategy.schema.ts';

/** A round item with its round (and the number of the plan version it reported against). */
export interface ItemInRoundRow {
  round: RoundWithPlan;
  item: RoundItemRow;
}

/**
 * The items of a kind (one code, or every code) in every round of every version of a plan, the
 * latest period first (then the round opened last).
 */
export async function listItemsInRounds(
  db: Db,
  planKey: string,
  itemKind: 'kpi' | 'project',
  itemCode?: string,
): Promise<ItemInRoundRow[]> {
  const rows = await db
    .select({ round: strategyRounds, planVersion: strategyPlanVersions.version, item: strategyRoundItems })
    .from(strategyRounds)
    .innerJoin(
      strategyPlanVersions,
      and(
        eq(strategyPlanVersions.id, strategyRounds.planVersionId),
        eq(strategyPlanVersions.planKey, planKey),
      ),
    )
    .innerJoin(
      strategyRoundItems,
      and(
        eq(strategyRoundItems.roundId, strategyRounds.id),
        eq(strategyRoundItems.itemKind, itemKind),
        itemCode === undefined ? undefined : eq(strategyRoundItems.itemCode, itemCode),
      ),
    )
    .orderBy(desc(strategyRounds.periodEnd), desc(strategyRounds.createdAt));
  return rows.map((row) => ({ round: { ...row.round, planVersion: row.planVersion }, item: row.item }));
}

/** SQL for the plan's scorecard: every round's KPI items of a plan with their lead report. No rules here. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  strategyPlanVersions,
  strategyReviews,
  strategyRoundItems,
  strategyRounds,
  strategySubmissions,
} from './strategy.schema.ts';

/** A KPI item of a round of the plan, with its round and its lead unit's report (if any). */
export interface KpiItemReportRow {
  roundId: string;
  planVersionId: string;
  fiscalYear: number;
  kind: string;
  roundStatus: string;
  periodStart: string;
  periodEnd: string;
  roundCreatedAt: Date;
  itemId: string;
  kpiCode: string;
  submissionId: string | null;
  submissionStatus: string | null;
  isAmendment: boolean | null;
  levelReached: number | null;
  value: string | null;
}

/** The KPI items of every round of every version of the plan, each with its lead unit's report. */
export async function listKpiItemReports(db: Db, planKey: string): Promise<KpiItemReportRow[]> {
  return db
    .select({
      roundId: strategyRounds.id,
      planVersionId: strategyRounds.planVersionId,
      fiscalYear: strategyRounds.fiscalYear,
      kind: strategyRounds.kind,
      roundStatus: strategyRounds.status,
      periodStart: strategyRounds.periodStart,
      periodEnd: strategyRounds.periodEnd,
      roundCreatedAt: strategyRounds.createdAt,
      itemId: strategyRoundItems.id,
      kpiCode: strategyRoundItems.itemCode,
      submissionId: strategySubmissions.id,
      submissionStatus: strategySubmissions.status,
      isAmendment: strategySubmissions.isAmendment,
      levelReached: strategySubmissions.levelReached,
      value: strategySubmissions.value,
    })
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
      and(eq(strategyRoundItems.roundId, strategyRounds.id), eq(strategyRoundItems.itemKind, 'kpi')),
    )
    .leftJoin(
      strategySubmissions,
      and(
        eq(strategySubmissions.itemId, strategyRoundItems.id),
        eq(strategySubmissions.unitCode, strategyRoundItems.leadUnitCode),
      ),
    );
}

/** For each submission, what its latest amendment replaced (the `previous` of its latest `amended` review). */
export async function latestAmendedPrevious(
  db: Db,
  submissionIds: readonly string[],
): Promise<Map<string, unknown>> {
  const replaced = new Map<string, unknown>();
  if (submissionIds.length === 0) return replaced;
  const rows = await db
    .select({ submissionId: strategyReviews.submissionId, previous: strategyReviews.previous })
    .from(strategyReviews)
    .where(
      and(inArray(strategyReviews.submissionId, [...submissionIds]), eq(strategyReviews.action, 'amended')),
    )
    .orderBy(desc(strategyReviews.position));
  for (const row of rows) if (!replaced.has(row.submissionId)) replaced.set(row.submissionId, row.previous);
  return replaced;
}

/**
 * Outcomes of the trade programme (seed 003 §9, §10.4; plan KPI 1.1.1): deals between Bangkok Brand
 * businesses and partner cities' buyers, the six-monthly follow-up rounds, and the figures computed
 * from them.
 */
import { count, eq } from 'drizzle-orm';
import type { PlanKpi } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createRouter } from '../../shared/http.ts';
import { createConfirmationRoutes } from './confirmations.routes.ts';
import { createDealsRoutes } from './deals.routes.ts';
import { presentPlanKpi } from './kpis.presenter.ts';
import { createOutcomeKpiRoutes } from './kpis.routes.ts';
import { createOutcomeKpis } from './kpis.service.ts';
import { createFollowUpRoundRoutes } from './rounds.routes.ts';
import { createStatisticsRoutes } from './statistics.routes.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';
import { deals, followUpRoundBusinesses } from './outcomes.schema.ts';

export { createOutcomesAuditDirectory } from './outcomes.audit-directory.ts';
export { createFollowUpRoundsAuditDirectory } from './rounds.audit-directory.ts';
export { createFollowUpReminders, type FollowUpReminders } from './rounds.reminders.ts';
export {
  addBenchmarkRounds,
  generateSampleDeals,
  removeSampleDeals,
  type SampleDealsResult,
} from './statistics.samples.ts';
export { computeStatisticsFigures } from './statistics.service.ts';

export type OutcomesModuleDeps = OutcomesDeps;

/**
 * How many outcome records name a business — its deals with buyers, and the follow-up rounds it was
 * asked in: the catalogue asks before deleting a business (its `businessUses` port).
 */
export async function outcomeRecordsOfBusiness(db: Db, entrepreneurId: string): Promise<number> {
  const [[dealCount], [roundCount]] = await Promise.all([
    db.select({ count: count() }).from(deals).where(eq(deals.entrepreneurId, entrepreneurId)),
    db
      .select({ count: count() })
      .from(followUpRoundBusinesses)
      .where(eq(followUpRoundBusinesses.entrepreneurId, entrepreneurId)),
  ]);
  return (dealCount?.count ?? 0) + (roundCount?.count ?? 0);
}

/**
 * Plan KPI 1.1.1 of a fiscal year counted from its first day to `upTo` (decision 0030's rules): its
 * level, each level's records named in `locale` and what a level that does not hold lacks. The
 * strategic plan's computed KPIs read it (their `planLevelOfYear` port, decision 0050).
 */
export async function planLevelOfYear(
  deps: { db: Db; clock: Clock },
  fiscalYear: number,
  options: { upTo: string; locale: InterfaceLocale },
): Promise<{ from: string; to: string; hasProgramme: boolean; plan: PlanKpi }> {
  const year = await createOutcomeKpis(deps).planLevel(fiscalYear, options.upTo, options.locale);
  return {
    from: year.startDate,
    to: year.endDate,
    hasProgramme: year.hasProgramme,
    plan: presentPlanKpi(year.plan, year.names),
  };
}

export function createOutcomesModule(deps: OutcomesModuleDeps) {
  return {
    routes: createRouter()
      .route('/', createDealsRoutes(deps))
      .route('/', createOutcomeKpiRoutes(deps))
      .route('/', createConfirmationRoutes(deps))
      .route('/', createFollowUpRoundRoutes(deps))
      .route('/', createStatisticsRoutes(deps)),
  };
}

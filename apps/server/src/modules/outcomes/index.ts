/**
 * Outcomes of the trade programme (seed 003 §9, §10.4; plan KPI 1.1.1): deals between Bangkok Brand
 * businesses and partner cities' buyers, the six-monthly follow-up rounds, and the figures computed
 * from them.
 */
import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { createRouter } from '../../shared/http.ts';
import { createConfirmationRoutes } from './confirmations.routes.ts';
import { createDealsRoutes } from './deals.routes.ts';
import { createOutcomeKpiRoutes } from './kpis.routes.ts';
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

/**
 * Strategy: the BMA's foreign-affairs strategic plan for FY2566–2570 (seed 001, issue 15), kept as
 * versions of one document (decision 0042), loaded from the reference data, and read as a tree, by
 * KPI and by unit.
 */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { ActivityFactsPort } from './computed-kpis.ts';
import { createComputedKpiRoutes } from './computed-kpis.routes.ts';
import { createComputedKpis } from './computed-kpis.service.ts';
import { createStrategyRoundRoutes } from './rounds.routes.ts';
import { createStrategyRounds } from './rounds.service.ts';
import { createStrategyRoutes } from './strategy.routes.ts';
import { createStrategyService } from './strategy.service.ts';

export type { StrategyService } from './strategy.service.ts';
export type { ActivityFactsPort, StrategyActivityFact } from './computed-kpis.ts';
export { InvalidPlanDataError } from './reference-data.ts';
export { createStrategyRoundsAuditDirectory } from './rounds.audit-directory.ts';
export { createStrategyRoundReminders, type StrategyRoundReminders } from './rounds.reminders.ts';
export { loadStrategyReferenceData, type LoadedPlanVersion } from './reference-loader.ts';

export interface StrategyModuleDeps {
  db: Db;
  clock: Clock;
  /** The partner activities' plan facts for the computed KPIs (app.ts: the partners module's). */
  activityFacts: ActivityFactsPort;
}

export function createStrategyModule(deps: StrategyModuleDeps) {
  const strategy = createStrategyService(deps);
  const rounds = createStrategyRounds(deps);
  const computedKpis = createComputedKpis(deps);
  return {
    service: strategy,
    routes: createStrategyRoutes({ strategy })
      .route('/', createStrategyRoundRoutes({ rounds }))
      .route('/', createComputedKpiRoutes({ computedKpis })),
  };
}

/**
 * Strategy: the BMA's foreign-affairs strategic plan for FY2566–2570 (seed 001, issue 15), kept as
 * versions of one document (decision 0042), loaded from the reference data, and read as a tree, by
 * KPI and by unit.
 */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type {
  ActivityFactsPort,
  OfficersDevelopedPort,
  PartnerNamesPort,
  PlanLevelPort,
} from './computed-kpis.ts';
import { createComputedKpiRoutes } from './computed-kpis.routes.ts';
import { createComputedKpis } from './computed-kpis.service.ts';
import { createStrategyEvidence } from './rounds.evidence.ts';
import { createStrategyEvidenceRoutes } from './rounds.evidence.routes.ts';
import { createPlanVersionRoutes } from './plan-versions.routes.ts';
import { createPlanVersions } from './plan-versions.service.ts';
import { createStrategyProgressRoutes } from './progress.routes.ts';
import { createStrategyProgress, type LiaisonCoveragePort } from './progress.service.ts';
import { createRoundReportFacts } from './round-report.facts.ts';
import { createRoundReportRoutes } from './round-report.routes.ts';
import { createStrategyRoundRoutes } from './rounds.routes.ts';
import { createStrategyRounds } from './rounds.service.ts';
import { createScorecardRoutes } from './scorecard.routes.ts';
import { createStrategyScorecard } from './scorecard.service.ts';
import { createStrategyRoutes } from './strategy.routes.ts';
import { createStrategyService } from './strategy.service.ts';

export type { StrategyService } from './strategy.service.ts';
export type {
  ActivityFactsPort,
  OfficersDevelopedAnswer,
  OfficersDevelopedPort,
  PartnerNamesPort,
  PlanLevelAnswer,
  PlanLevelPort,
  StrategyActivityFact,
} from './computed-kpis.ts';
export { InvalidPlanDataError } from './reference-data.ts';
export { createStrategyRoundsAuditDirectory } from './rounds.audit-directory.ts';
export { createPlanVersionsAuditDirectory } from './plan-versions.audit-directory.ts';
export { createStrategyRoundReminders, type StrategyRoundReminders } from './rounds.reminders.ts';
export { loadStrategyReferenceData, type LoadedPlanVersion } from './reference-loader.ts';
export {
  scorecardOf,
  type ScorecardCellFacts,
  type ScorecardFacts,
  type ScorecardSourceFacts,
} from './scorecard.service.ts';
export { acceptedFigureOf, judgeKpi, type AcceptedFigure, type Judgement } from './scorecard.rules.ts';

export interface StrategyModuleDeps {
  db: Db;
  clock: Clock;
  /** The partner activities' plan facts for the computed KPIs (app.ts: the partners module's). */
  activityFacts: ActivityFactsPort;
  /** The partners' names in Thai and English, for those activities (app.ts: the partners module's). */
  partnerNames: PartnerNamesPort;
  /** KPI 1.1.1 of a fiscal year, from the deals (app.ts: the outcomes module's `planLevelOfYear`). */
  planLevelOfYear: PlanLevelPort;
  /** KPI 3.2.1 of a fiscal year, from the training records (app.ts: the learning module's `officersDevelopedOfYear`). */
  officersDeveloped?: OfficersDevelopedPort;
  /** The units' liaison coverage, shown as supporting evidence of tactic 2.3 (app.ts: the liaison module's). */
  liaisonCoverage: LiaisonCoveragePort;
}

export function createStrategyModule(deps: StrategyModuleDeps) {
  const strategy = createStrategyService(deps);
  const computedKpis = createComputedKpis(deps);
  const rounds = createStrategyRounds({ ...deps, computedKpis });
  const progress = createStrategyProgress(deps);
  return {
    service: strategy,
    routes: createStrategyRoutes({ strategy })
      .route('/', createPlanVersionRoutes({ versions: createPlanVersions(deps) }))
      .route('/', createStrategyRoundRoutes({ rounds }))
      .route('/', createRoundReportRoutes({ reports: createRoundReportFacts(deps) }))
      .route('/', createStrategyEvidenceRoutes({ evidence: createStrategyEvidence(deps) }))
      .route('/', createComputedKpiRoutes({ computedKpis }))
      .route('/', createScorecardRoutes({ scorecard: createStrategyScorecard(deps) }))
      .route('/', createStrategyProgressRoutes({ progress })),
  };
}

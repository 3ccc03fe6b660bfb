/**
 * The plan's progress for its readers (`strategy:read`, decision 0059): a KPI's reports in every
 * round, each project's latest report, and the liaison coverage shown under tactic 2.3.
 */
import {
  ErrorResponseSchema,
  PlanKpiParamsSchema,
  StrategyKpiReportListSchema,
  StrategyLiaisonCoverageSchema,
  StrategyProjectProgressListSchema,
} from '@bia/contracts';
import { actorOf, createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { presentKpiReports, presentLiaisonCoverage, presentProjectProgress } from './progress.presenter.ts';
import type { StrategyProgress } from './progress.service.ts';

const tags = ['strategy'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);

const getKpiReports = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/kpis/{code}/reports',
  tags,
  summary:
    "A KPI's item in every round of the plan in force, newest period first: the round, the item's state, the lead unit's level or value with the rubric's sentence, each supporting unit's contribution, evidence links and files, amendments marked",
  description:
    'A report not yet submitted (a draft) is listed only for those who report for its unit. Files download at `/api/strategy/round-items/{itemId}/submissions/{unitCode}/evidence/{fileId}`.',
  request: { params: PlanKpiParamsSchema },
  responses: {
    200: jsonAnswer(StrategyKpiReportListSchema, "The KPI's reports, round by round"),
    404: error('No plan is loaded, or no version of it has a KPI with this code'),
  },
});

const getProjectProgress = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/projects/progress',
  tags,
  summary:
    "Each project's latest lead report that was submitted or accepted: its status, progress and round (a project not listed has not been reported)",
  responses: {
    200: jsonAnswer(StrategyProjectProgressListSchema, 'The projects reported'),
    404: error('No plan is loaded'),
  },
});

const getLiaisonCoverage = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/liaison-coverage',
  tags,
  summary:
    'The share of units that name a liaison officer, overall and by kind of unit: supporting evidence of tactic 2.3 and KPI 2.3.1',
  responses: { 200: jsonAnswer(StrategyLiaisonCoverageSchema, 'The coverage, as of now') },
});

export function createStrategyProgressRoutes({ progress }: { progress: StrategyProgress }) {
  return createRouter()
    .openapi(getKpiReports, async (c) => {
      const locale = c.get('locale');
      const facts = await progress.kpiReports(actorOf(c), c.req.valid('param').code, locale);
      return c.json(presentKpiReports(facts, locale), 200);
    })
    .openapi(getProjectProgress, async (c) =>
      c.json(presentProjectProgress(await progress.projectProgress()), 200),
    )
    .openapi(getLiaisonCoverage, async (c) =>
      c.json(presentLiaisonCoverage(await progress.liaisonCoverage()), 200),
    );
}

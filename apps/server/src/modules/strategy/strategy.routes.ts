/** The strategic plan, read: the plan in force as a tree (or an earlier version), one KPI, and what a unit leads or supports. */
import {
  ErrorResponseSchema,
  PlanKpiParamsSchema,
  PlanVersionQuerySchema,
  StrategyKpiDetailSchema,
  StrategyPlanSchema,
  UnitCodeParamsSchema,
  UnitStrategySchema,
} from '@bia/contracts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { presentKpiDetail, presentPlan, presentUnitStrategy } from './strategy.presenter.ts';
import type { StrategyService } from './strategy.service.ts';

const tags = ['strategy'];

const getPlan = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/plan',
  tags,
  summary:
    "The strategic plan in force (its current version) as a tree in the reader's language: vision, missions, strategies, tactics with their goals, KPIs (rubric or unit, yearly targets, lead and supporting units) and projects",
  description:
    'Each text is the seed’s Thai, or its English with `isTranslation` true where the English is the platform’s translation. Units of the directory carry their code and their name there. `?version=N` reads an earlier version of the plan in force.',
  request: { query: PlanVersionQuerySchema },
  responses: {
    200: jsonAnswer(StrategyPlanSchema, 'The plan in force'),
    404: jsonAnswer(ErrorResponseSchema, 'No strategic plan is loaded, or it has no such version'),
  },
});

const getKpi = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/kpis/{code}',
  tags,
  summary: 'One KPI of the plan in force, with its tactic and strategy and the projects that list it',
  description: '`?version=N` reads the KPI as an earlier version of the plan in force has it.',
  request: { params: PlanKpiParamsSchema, query: PlanVersionQuerySchema },
  responses: {
    200: jsonAnswer(StrategyKpiDetailSchema, 'The KPI'),
    404: jsonAnswer(ErrorResponseSchema, 'No plan is loaded, or it has no KPI with this code'),
  },
});

const getUnitStrategy = defineRoute('strategy:read', {
  method: 'get',
  path: '/units/{code}/strategy',
  tags,
  summary: 'The KPIs and projects of the plan in force that a unit leads or supports',
  request: { params: UnitCodeParamsSchema },
  responses: {
    200: jsonAnswer(UnitStrategySchema, "The unit's part in the plan (empty when no plan is loaded)"),
    404: jsonAnswer(ErrorResponseSchema, 'No such unit'),
  },
});

export function createStrategyRoutes({ strategy }: { strategy: StrategyService }) {
  return createRouter()
    .openapi(getPlan, async (c) => {
      const locale = c.get('locale');
      return c.json(presentPlan(await strategy.plan(locale, c.req.valid('query').version), locale), 200);
    })
    .openapi(getKpi, async (c) => {
      const locale = c.get('locale');
      const view = await strategy.kpi(c.req.valid('param').code, locale, c.req.valid('query').version);
      return c.json(presentKpiDetail(view, locale), 200);
    })
    .openapi(getUnitStrategy, async (c) =>
      c.json(
        presentUnitStrategy(await strategy.unitStrategy(c.req.valid('param').code), c.get('locale')),
        200,
      ),
    );
}

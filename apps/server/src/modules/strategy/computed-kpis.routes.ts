/** The KPIs the platform computes from its own records (1.1.1, 1.3.1, 2.3.1), for a fiscal year. */
import {
  ComputedKpiParamsSchema,
  ComputedKpiQuerySchema,
  ErrorResponseSchema,
  StrategyComputedKpiSchema,
} from '@bia/contracts';
import { can } from '../../shared/actor.ts';
import { actorOf, createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import type { ComputedKpis } from './computed-kpis.service.ts';

const getComputedKpi = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/kpis/{code}/computed',
  tags: ['strategy'],
  summary:
    'A KPI computed from the platform’s records for a fiscal year (1.1.1: the level of business matching from the deals; 1.3.1: activities by area; 2.3.1: the BMA’s highest part with an international network), with the records behind it',
  request: { params: ComputedKpiParamsSchema, query: ComputedKpiQuerySchema },
  responses: {
    200: jsonAnswer(StrategyComputedKpiSchema, 'The computed value and its records'),
    404: jsonAnswer(ErrorResponseSchema, 'The platform does not compute this KPI'),
  },
});

export function createComputedKpiRoutes({ computedKpis }: { computedKpis: ComputedKpis }) {
  return createRouter().openapi(getComputedKpi, async (c) => {
    // KPI 1.1.1's businesses and buyers are named only to those who read the outcomes (decision 0050).
    const reader = { locale: c.get('locale'), canReadOutcomes: can(actorOf(c), 'outcomes:read') };
    const { code } = c.req.valid('param');
    return c.json(await computedKpis.compute(code, c.req.valid('query').fiscalYear, reader), 200);
  });
}

/** The KPIs the platform computes from its own records (1.3.1, 2.3.1), for a fiscal year. */
import {
  ComputedKpiParamsSchema,
  ComputedKpiQuerySchema,
  ErrorResponseSchema,
  StrategyComputedKpiSchema,
} from '@bia/contracts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import type { ComputedKpis } from './computed-kpis.service.ts';

const getComputedKpi = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/kpis/{code}/computed',
  tags: ['strategy'],
  summary:
    'A KPI computed from the partner activities for a fiscal year (1.3.1: activities by area; 2.3.1: the BMA’s highest part with an international network), with the activities behind it',
  request: { params: ComputedKpiParamsSchema, query: ComputedKpiQuerySchema },
  responses: {
    200: jsonAnswer(StrategyComputedKpiSchema, 'The computed value and its records'),
    404: jsonAnswer(ErrorResponseSchema, 'The platform does not compute this KPI'),
  },
});

export function createComputedKpiRoutes({ computedKpis }: { computedKpis: ComputedKpis }) {
  return createRouter().openapi(getComputedKpi, async (c) =>
    c.json(await computedKpis.compute(c.req.valid('param').code, c.req.valid('query').fiscalYear), 200),
  );
}

/** The programme's outcome KPI and the plan's KPI 1.1.1, computed from the deals. */
import { ErrorResponseSchema, OutcomeKpiParamsSchema, ProgrammeOutcomesSchema } from '@bia/contracts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';
import { presentOutcomes } from './kpis.presenter.ts';
import { createOutcomeKpis } from './kpis.service.ts';

const tags = ['outcomes'];

// Business names and deals: only those who read the outcomes (not every reader of the programme).
const getYearOutcomes = defineRoute('outcomes:read', {
  method: 'get',
  path: '/programmes/{fiscalYear}/outcomes',
  tags,
  summary:
    "A fiscal year's outcome KPI (businesses that presented and were in touch about an order with a buyer of their session's city, against the 50% target), plan KPI 1.1.1 with its evidence, and the contacts and orders by session and city",
  request: { params: OutcomeKpiParamsSchema },
  responses: {
    200: jsonAnswer(ProgrammeOutcomesSchema, "The year's KPIs, as of today"),
    404: jsonAnswer(ErrorResponseSchema, 'No programme for this fiscal year'),
  },
});

export function createOutcomeKpiRoutes(deps: OutcomesDeps) {
  const kpis = createOutcomeKpis(deps);
  return createRouter().openapi(getYearOutcomes, async (c) => {
    const locale = c.get('locale');
    const outcomes = await kpis.yearOutcomes(c.req.valid('param').fiscalYear, locale);
    return c.json(presentOutcomes(outcomes, locale), 200);
  });
}

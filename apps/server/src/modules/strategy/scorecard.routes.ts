/** The plan's scorecard for the office's staff (`strategy:read`): as JSON for the page, and as a workbook. */
import { z } from 'zod';
import { ErrorResponseSchema, ScorecardQuerySchema, StrategyScorecardSchema } from '@bia/contracts';
import { createRouter, defineRoute, fileAnswer, jsonAnswer } from '../../shared/http.ts';
import { presentScorecard } from './scorecard.presenter.ts';
import type { StrategyScorecardService } from './scorecard.service.ts';
import { XLSX_MEDIA_TYPE } from './scorecard.workbook.ts';

const tags = ['strategy'];
const notFound = jsonAnswer(ErrorResponseSchema, 'No plan is loaded, or it has no version with this number');

const getScorecard = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/scorecard',
  tags,
  summary:
    "Every KPI of the plan × each fiscal year: the target, the accepted result and its status, with the round it came from, and each year's counts per status",
  description:
    'A year takes the figure of its approved twelve-month round, else of its latest round with an accepted lead report; an amendment not yet accepted counts as the report it replaces. Conditional targets are not judged. See decision 0048.',
  request: { query: ScorecardQuerySchema },
  responses: { 200: jsonAnswer(StrategyScorecardSchema, 'The scorecard, as of today'), 404: notFound },
});

const exportScorecard = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/scorecard.xlsx',
  tags,
  summary: "The scorecard as an XLSX workbook in the requester's language, with the counts and a legend",
  request: { query: ScorecardQuerySchema },
  responses: {
    200: {
      description: 'An XLSX workbook, as an attachment',
      content: {
        [XLSX_MEDIA_TYPE]: {
          schema: z.string().meta({ format: 'binary', description: 'An XLSX workbook' }),
        },
      },
    },
    404: notFound,
  },
});

export function createScorecardRoutes({ scorecard }: { scorecard: StrategyScorecardService }) {
  return createRouter()
    .openapi(getScorecard, async (c) => {
      const locale = c.get('locale');
      const facts = await scorecard.scorecard(c.req.valid('query').planVersion);
      return c.json(presentScorecard(facts, locale), 200);
    })
    .openapi(exportScorecard, async (c) =>
      fileAnswer(c, await scorecard.workbook(c.req.valid('query').planVersion, c.get('locale'))),
    );
}

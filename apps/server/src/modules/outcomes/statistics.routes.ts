/**
 * The statistics of the programme's outcomes (seed 003 §10.4): the figures grouped and filtered, the
 * filters' choices, and the workbook. For those who read every deal (`outcomes:read`): Social
 * Development, the IAO, Strategy and Evaluation, executives.
 */
import { z } from 'zod';
import { OutcomeStatisticsSchema, StatisticsOptionsSchema, StatisticsQuerySchema } from '@bia/contracts';
import { createRouter, defineRoute, fileAnswer, jsonAnswer } from '../../shared/http.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';
import { presentChoices, presentStatistics } from './statistics.presenter.ts';
import { createOutcomeStatistics } from './statistics.service.ts';
import { createStatisticsExport, XLSX_MEDIA_TYPE } from './statistics.workbook.ts';

const tags = ['outcomes'];

const getStatistics = defineRoute('outcomes:read', {
  method: 'get',
  path: '/outcomes/statistics',
  tags,
  summary:
    'Contacts, deals by stage and orders (lines, quantities per unit, value in baht and in the original currency), grouped by one dimension, with filters',
  description:
    "Entries superseded by an amendment are left out. Values are converted with the rate of the entry's follow-up round, else the latest round's; values in a currency without a rate are reported apart. The largest groups are listed first (fiscal years and rounds in time order).",
  request: { query: StatisticsQuerySchema },
  responses: { 200: jsonAnswer(OutcomeStatisticsSchema, 'The figures, as of today') },
});

const getOptions = defineRoute('outcomes:read', {
  method: 'get',
  path: '/outcomes/statistics/options',
  tags,
  summary:
    "What the statistics' filters can be set to: the cities, countries, districts, fiscal years and rounds of the deals",
  responses: { 200: jsonAnswer(StatisticsOptionsSchema, 'The choices, each named') },
});

const exportWorkbook = defineRoute('outcomes:read', {
  method: 'get',
  path: '/outcomes/statistics.xlsx',
  tags,
  summary:
    "The statistics as an XLSX workbook in the requester's language: a summary, then every group of each dimension",
  description: 'Takes the same query as GET /api/outcomes/statistics; its dimension is the first sheet.',
  request: { query: StatisticsQuerySchema },
  responses: {
    200: {
      description: 'An XLSX workbook, as an attachment',
      content: {
        [XLSX_MEDIA_TYPE]: {
          schema: z.string().meta({ format: 'binary', description: 'An XLSX workbook' }),
        },
      },
    },
  },
});

export function createStatisticsRoutes(deps: OutcomesDeps) {
  const statistics = createOutcomeStatistics(deps);
  const exports = createStatisticsExport({ statistics, clock: deps.clock });
  return createRouter()
    .openapi(exportWorkbook, async (c) =>
      fileAnswer(c, await exports.workbook(c.req.valid('query'), c.get('locale'))),
    )
    .openapi(getOptions, async (c) => {
      const locale = c.get('locale');
      return c.json(presentChoices(await statistics.choices(locale), locale), 200);
    })
    .openapi(getStatistics, async (c) => {
      const locale = c.get('locale');
      return c.json(
        presentStatistics(await statistics.statistics(c.req.valid('query'), locale), locale),
        200,
      );
    });
}

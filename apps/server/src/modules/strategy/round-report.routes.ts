/**
 * The annual monitoring report of a progress round (issue 15, decision 0049), as DOCX or PDF, in Thai
 * or English (`?lang=`): what executives read once the IAO has consolidated the units' reports.
 * Anyone who follows the rounds (`strategy:read`) may take it; until the round is approved it says
 * it is provisional.
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  StrategyRoundParamsSchema,
  StrategyRoundReportQuerySchema,
} from '@bia/contracts';
import { renderDocx, renderPdf } from '../../shared/documents/official-document.ts';
import { createRouter, defineRoute, fileAnswer, jsonAnswer } from '../../shared/http.ts';
import { roundReportFileName, roundReportOf } from './round-report.document.ts';
import type { RoundReportFactsReader } from './round-report.facts.ts';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF_MEDIA_TYPE = 'application/pdf';
const binary = (mediaType: string) => ({ [mediaType]: { schema: z.string().meta({ format: 'binary' }) } });

function reportRoute(format: 'docx' | 'pdf') {
  return defineRoute('strategy:read', {
    method: 'get',
    path: `/strategy/rounds/{id}/report.${format}`,
    tags: ['strategy'],
    summary: `The round's monitoring report for the executives as ${format.toUpperCase()}, in Thai or English (?lang=)`,
    request: { params: StrategyRoundParamsSchema, query: StrategyRoundReportQuerySchema },
    responses: {
      200: {
        description: 'The report, as an attachment',
        content: binary(format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE),
      },
      404: jsonAnswer(ErrorResponseSchema, 'No such round'),
    },
  });
}

export function createRoundReportRoutes({ reports }: { reports: RoundReportFactsReader }) {
  const router = createRouter();
  for (const format of ['docx', 'pdf'] as const) {
    router.openapi(reportRoute(format), async (c) => {
      const { lang: language } = c.req.valid('query');
      const facts = await reports.facts(c.req.valid('param').id, language);
      const document = roundReportOf(facts, language);
      return fileAnswer(c, {
        content: format === 'docx' ? await renderDocx(document) : await renderPdf(document),
        mediaType: format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE,
        fileName: roundReportFileName(facts, language, format),
      });
    });
  }
  return router;
}

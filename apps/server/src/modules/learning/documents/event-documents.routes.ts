/**
 * An event's documents (issue 16): the certificate of attendance as PDF — one's own, or anyone's for
 * those who run events — and the event's summary report as DOCX or PDF for them, in Thai or English.
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  LearningCertificateQuerySchema,
  LearningEventParamsSchema,
  LearningEventReportQuerySchema,
} from '@bia/contracts';
import { renderDocx, renderPdf } from '../../../shared/documents/official-document.ts';
import { actorOf, createRouter, defineRoute, fileAnswer, jsonAnswer } from '../../../shared/http.ts';
import { certificateFileName, certificateOf, eventReportFileName, eventReportOf } from './event-documents.ts';
import type { EventDocuments } from './event-documents.service.ts';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF_MEDIA_TYPE = 'application/pdf';
const tags = ['learning'];
const binary = (mediaType: string) => ({ [mediaType]: { schema: z.string().meta({ format: 'binary' }) } });
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);

const certificate = defineRoute('learning:attend', {
  method: 'get',
  path: '/learning/events/{id}/certificate.pdf',
  tags,
  summary:
    'The certificate of attendance of one who attended a session: one’s own, or anyone’s (?userId=) for those who run events',
  request: { params: LearningEventParamsSchema, query: LearningCertificateQuerySchema },
  responses: {
    200: { description: 'The certificate, as an attachment', content: binary(PDF_MEDIA_TYPE) },
    403: error('No attendance recorded, or someone else’s certificate without running events'),
    404: error('No such event'),
    409: error('A draft or cancelled event'),
  },
});

function reportRoute(format: 'docx' | 'pdf') {
  return defineRoute('learning:manage', {
    method: 'get',
    path: `/learning/events/{id}/report.${format}`,
    tags,
    summary: `The event’s summary report (participants by unit, tests and gains, feedback) as ${format.toUpperCase()}`,
    request: { params: LearningEventParamsSchema, query: LearningEventReportQuerySchema },
    responses: {
      200: {
        description: 'The report, as an attachment',
        content: binary(format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE),
      },
      404: error('No such event'),
      409: error('A draft or cancelled event'),
    },
  });
}

export function createEventDocumentRoutes({ documents }: { documents: EventDocuments }) {
  const router = createRouter();
  router.openapi(certificate, async (c) => {
    const { lang: language, userId } = c.req.valid('query');
    const facts = await documents.certificate(actorOf(c), c.req.valid('param').id, {
      language,
      ...(userId ? { userId } : {}),
    });
    return fileAnswer(c, {
      content: await renderPdf(certificateOf(facts, language)),
      mediaType: PDF_MEDIA_TYPE,
      fileName: certificateFileName(facts, language),
    });
  });
  for (const format of ['docx', 'pdf'] as const) {
    router.openapi(reportRoute(format), async (c) => {
      const { lang: language } = c.req.valid('query');
      const { id } = c.req.valid('param');
      const document = eventReportOf(await documents.report(actorOf(c), id, language), language);
      return fileAnswer(c, {
        content: format === 'docx' ? await renderDocx(document) : await renderPdf(document),
        mediaType: format === 'docx' ? DOCX_MEDIA_TYPE : PDF_MEDIA_TYPE,
        fileName: eventReportFileName(id, language, format),
      });
    });
  }
  return router;
}

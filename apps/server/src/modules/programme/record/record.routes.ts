/**
 * During and after a session: attendance, the interest of each buyer in each product, the contacts
 * exchanged, the minutes and the report's words; the report itself (DOCX, PDF) and its delivery.
 */
import {
  AttendanceInputSchema,
  ContactsInputSchema,
  ErrorResponseSchema,
  InterestsInputSchema,
  LetterQuerySchema,
  RecordTextsInputSchema,
  ReportDeliveryInputSchema,
  SessionParamsSchema,
  SessionRecordSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../../shared/http.ts';
import { documentContent } from '../programme.documents.ts';
import { presentSessionRecord } from './record.presenter.ts';
import type { SessionRecords } from './record.service.ts';

const tags = ['programme'];
const recordAnswer = jsonAnswer(SessionRecordSchema, "The session's record");
const notFound = jsonAnswer(ErrorResponseSchema, 'No such session');
const invalid = jsonAnswer(
  ErrorResponseSchema,
  'A participant or business not at the session, a product not presented, an item twice; nothing was saved',
);
const notOpen = jsonAnswer(
  ErrorResponseSchema,
  'The session is cancelled, or starts more than an hour from now; nothing was saved',
);

const getRecord = defineRoute('programme:read', {
  method: 'get',
  path: '/programme-sessions/{id}/record',
  tags,
  summary: 'Who attended, the interest shown, the contacts exchanged, the minutes and the report’s words',
  request: { params: SessionParamsSchema },
  responses: { 200: recordAnswer, 404: notFound },
});

const putAttendance = defineRoute('programme:manage', {
  method: 'put',
  path: '/programme-sessions/{id}/attendance',
  tags,
  summary: 'Check in (or out) the businesses presenting and the registered participants',
  request: { params: SessionParamsSchema, body: jsonBody(AttendanceInputSchema) },
  responses: { 200: recordAnswer, 400: invalid, 404: notFound, 409: notOpen },
});

const putInterests = defineRoute('programme:manage', {
  method: 'put',
  path: '/programme-sessions/{id}/interests',
  tags,
  summary: 'The interest each buyer showed in each product presented (replaces what was recorded)',
  request: { params: SessionParamsSchema, body: jsonBody(InterestsInputSchema) },
  responses: { 200: recordAnswer, 400: invalid, 404: notFound, 409: notOpen },
});

const putContacts = defineRoute('programme:manage', {
  method: 'put',
  path: '/programme-sessions/{id}/contacts',
  tags,
  summary: 'The contacts exchanged between businesses and buyers (replaces what was recorded)',
  request: { params: SessionParamsSchema, body: jsonBody(ContactsInputSchema) },
  responses: {
    200: recordAnswer,
    400: invalid,
    404: notFound,
    409: jsonAnswer(
      ErrorResponseSchema,
      'A business that has not consented to its contacts being given, or a session not open; nothing was saved',
    ),
  },
});

const patchTexts = defineRoute('programme:manage', {
  method: 'patch',
  path: '/programme-sessions/{id}/record',
  tags,
  summary: 'The minutes, summary, evaluation, problems and suggestions (send the version you loaded)',
  request: { params: SessionParamsSchema, body: jsonBody(RecordTextsInputSchema) },
  responses: {
    200: recordAnswer,
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The session changed since it was loaded; nothing was saved'),
  },
});

const postDelivery = defineRoute('programme:manage', {
  method: 'post',
  path: '/programme-sessions/{id}/report-delivery',
  tags,
  summary: "The day the report went to the executives: completes the round's report step",
  request: { params: SessionParamsSchema, body: jsonBody(ReportDeliveryInputSchema) },
  responses: {
    200: recordAnswer,
    400: jsonAnswer(ErrorResponseSchema, 'A day before the session or after today'),
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The session has not taken place'),
  },
});

function reportRoute(format: 'docx' | 'pdf') {
  return defineRoute('programme:read', {
    method: 'get',
    path: `/programme-sessions/{id}/report.${format}`,
    tags,
    summary: `The session's report as ${format.toUpperCase()}, in Thai or English (?lang=)`,
    request: { params: SessionParamsSchema, query: LetterQuerySchema },
    responses: {
      200: {
        description: 'The report, as an attachment',
        content: documentContent(format),
      },
      404: notFound,
      409: jsonAnswer(ErrorResponseSchema, 'The session has not taken place: there is nothing to report yet'),
    },
  });
}

export function createSessionRecordRoutes({ records }: { records: SessionRecords }) {
  const router = createRouter()
    .openapi(getRecord, async (c) =>
      c.json(presentSessionRecord(await records.record(actorOf(c), c.req.valid('param').id)), 200),
    )
    .openapi(putAttendance, async (c) =>
      c.json(
        presentSessionRecord(
          await records.saveAttendance(c.req.valid('param').id, c.req.valid('json'), requestContext(c)),
        ),
        200,
      ),
    )
    .openapi(putInterests, async (c) =>
      c.json(
        presentSessionRecord(
          await records.saveInterests(c.req.valid('param').id, c.req.valid('json'), requestContext(c)),
        ),
        200,
      ),
    )
    .openapi(putContacts, async (c) =>
      c.json(
        presentSessionRecord(
          await records.saveContacts(c.req.valid('param').id, c.req.valid('json'), requestContext(c)),
        ),
        200,
      ),
    )
    .openapi(patchTexts, async (c) =>
      c.json(
        presentSessionRecord(
          await records.saveTexts(c.req.valid('param').id, c.req.valid('json'), requestContext(c)),
        ),
        200,
      ),
    )
    .openapi(postDelivery, async (c) =>
      c.json(
        presentSessionRecord(
          await records.deliverReport(c.req.valid('param').id, c.req.valid('json'), requestContext(c)),
        ),
        200,
      ),
    );
  for (const format of ['docx', 'pdf'] as const) {
    router.openapi(reportRoute(format), async (c) => {
      const report = await records.report(
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('query').lang,
        format,
      );
      return fileAnswer(c, report);
    });
  }
  return router;
}

/**
 * Coordination requests (issue 16, decision 0054). Staff (`coordination:use`) open requests and work
 * those of their unit or addressed to them (a liaison officer only for their own unit: the service
 * checks it); the IAO (`coordination:manage`) works all of them; executives (`coordination:overview`)
 * read the overview and its figures and may open a request to read it.
 */
import { z } from 'zod';
import {
  CoordinationAssigneeListSchema,
  CoordinationAssigneesQuerySchema,
  CoordinationAssignSchema,
  CoordinationCommentSchema,
  CoordinationFileParamsSchema,
  CoordinationFileSchema,
  CoordinationFiguresQuerySchema,
  CoordinationFiguresSchema,
  CoordinationListQuerySchema,
  CoordinationListSchema,
  CoordinationOverviewQuerySchema,
  CoordinationOverviewSchema,
  CoordinationRequestCreateSchema,
  CoordinationRequestDetailSchema,
  CoordinationRequestParamsSchema,
  CoordinationStatusChangeSchema,
  CoordinationSessionOptionListSchema,
  CoordinationUnitOptionsSchema,
  ErrorResponseSchema,
  MAX_COORDINATION_FILE_BYTES,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  jsonBody,
  requestContext,
  uploadBodyLimit,
} from '../../shared/http.ts';
import { fileTooLarge, type CoordinationFiles } from './coordination.files.ts';
import { presentFile } from './coordination.presenter.ts';
import type { CoordinationReads } from './coordination.reads.ts';
import type { CoordinationService } from './coordination.service.ts';

const tags = ['coordination'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const detailAnswer = jsonAnswer(
  CoordinationRequestDetailSchema,
  'The request: its history, files and what the reader may do',
);
const params = { params: CoordinationRequestParamsSchema };
const MAX_MEGABYTES = MAX_COORDINATION_FILE_BYTES / 1024 / 1024;

const listRequests = defineRoute('coordination:use', {
  method: 'get',
  path: '/coordination/requests',
  tags,
  summary:
    "A queue of the reader's requests (assigned to them, their unit's, opened by them) and each queue's open count",
  request: { query: CoordinationListQuerySchema },
  responses: { 200: jsonAnswer(CoordinationListSchema, 'The requests, the soonest due first') },
});

const openRequest = defineRoute('coordination:use', {
  method: 'post',
  path: '/coordination/requests',
  tags,
  summary: 'Open a request from the reader’s unit to the IAO (or, for the IAO, to any unit)',
  request: { body: jsonBody(CoordinationRequestCreateSchema) },
  responses: {
    201: detailAnswer,
    400: error(
      'A field is wrong: a due date in the past, an unknown unit, partner or session, an assignee not of the unit',
    ),
    403: error('A unit not the reader’s, or a liaison officer assigning another unit'),
  },
});

const unitOptions = defineRoute('coordination:use', {
  method: 'get',
  path: '/coordination/unit-options',
  tags,
  summary: 'The units the reader may open a request from, and those they may send one to',
  responses: { 200: jsonAnswer(CoordinationUnitOptionsSchema, 'The units') },
});

const sessionOptions = defineRoute('coordination:use', {
  method: 'get',
  path: '/coordination/session-options',
  tags,
  summary: "The trade sessions a request may concern (not cancelled, newest first), in the reader's language",
  responses: { 200: jsonAnswer(CoordinationSessionOptionListSchema, 'The sessions') },
});

const assignees = defineRoute('coordination:use', {
  method: 'get',
  path: '/coordination/assignees',
  tags,
  summary: "The people the reader may assign a unit's requests to (its liaison officers; the IAO's officers)",
  request: { query: CoordinationAssigneesQuerySchema },
  responses: {
    200: jsonAnswer(CoordinationAssigneeListSchema, 'The people, empty when the reader may not assign there'),
  },
});

const getRequest = defineRoute('authenticated', {
  method: 'get',
  path: '/coordination/requests/{id}',
  tags,
  summary: 'A request: details, files, history; for those taking part, the IAO and executives',
  request: params,
  responses: {
    200: detailAnswer,
    403: error('The reader takes no part in it'),
    404: error('No such request'),
  },
});

const changeStatus = defineRoute('coordination:use', {
  method: 'post',
  path: '/coordination/requests/{id}/status',
  tags,
  summary: 'Move the status (received, in progress, waiting, done, declined) at the version read',
  request: { ...params, body: jsonBody(CoordinationStatusChangeSchema) },
  responses: {
    200: detailAnswer,
    400: error('A decline without its reason'),
    403: error('Not the unit handling it'),
    404: error('No such request'),
    409: error('A move not allowed from its status, or it changed since it was read'),
  },
});

const assign = defineRoute('coordination:use', {
  method: 'post',
  path: '/coordination/requests/{id}/assignment',
  tags,
  summary: 'Assign the request to a unit and a person there, at the version read',
  request: { ...params, body: jsonBody(CoordinationAssignSchema) },
  responses: {
    200: detailAnswer,
    400: error('An unknown unit, or a person who does not handle its requests'),
    403: error('Not the unit handling it, or a liaison officer assigning another unit'),
    404: error('No such request'),
    409: error('It changed since it was read'),
  },
});

const comment = defineRoute('coordination:use', {
  method: 'post',
  path: '/coordination/requests/{id}/comments',
  tags,
  summary: 'Comment on the request, optionally addressed to a person taking part (mailed)',
  request: { ...params, body: jsonBody(CoordinationCommentSchema) },
  responses: {
    201: detailAnswer,
    403: error('The reader takes no part in it'),
    404: error('No such request'),
  },
});

const FileUploadSchema = z.object({
  file: z
    .file()
    .min(1, { message: 'errors:field.required' })
    .meta({
      type: 'string',
      format: 'binary',
      description: `A PDF, Word, Excel, PowerPoint, image, text or CSV file of at most ${MAX_MEGABYTES} MB; its type is read from its content`,
    }),
});

const uploadFile = defineRoute('coordination:use', {
  method: 'post',
  path: '/coordination/requests/{id}/files',
  bodyLimit: uploadBodyLimit(MAX_COORDINATION_FILE_BYTES, fileTooLarge),
  tags,
  summary: 'Attach a file to the request',
  request: {
    ...params,
    body: { content: { 'multipart/form-data': { schema: FileUploadSchema } }, required: true },
  },
  responses: {
    201: jsonAnswer(CoordinationFileSchema, 'The file kept'),
    403: error('The reader takes no part in it'),
    404: error('No such request'),
    409: error('The request keeps as many files as it may'),
    413: error(`Larger than ${MAX_MEGABYTES} MB`),
    415: error('Not a kind of document kept, whatever its name says'),
  },
});

const downloadFile = defineRoute('authenticated', {
  method: 'get',
  path: '/coordination/requests/{id}/files/{fileId}',
  tags,
  summary: 'Download a file of the request',
  request: { params: CoordinationFileParamsSchema },
  responses: {
    200: {
      description: 'The file, as an attachment, with the media type read when it was uploaded',
      content: {
        'application/octet-stream': {
          schema: z.string().meta({ format: 'binary', description: 'The file' }),
        },
      },
    },
    403: error('The reader takes no part in it'),
    404: error('No such request or file'),
  },
});

const overview = defineRoute('coordination:overview', {
  method: 'get',
  path: '/coordination/overview',
  tags,
  summary: 'The open requests by unit, urgency and age, overdue first (the IAO, executives)',
  request: { query: CoordinationOverviewQuerySchema },
  responses: { 200: jsonAnswer(CoordinationOverviewSchema, 'The overview') },
});

const figures = defineRoute('coordination:overview', {
  method: 'get',
  path: '/coordination/figures',
  tags,
  summary: 'The figures of a fiscal year: requests per unit, median days to done (tactic 2.3)',
  request: { query: CoordinationFiguresQuerySchema },
  responses: { 200: jsonAnswer(CoordinationFiguresSchema, 'The figures') },
});

export function createCoordinationRoutes({
  service,
  reads,
  files,
}: {
  service: CoordinationService;
  reads: CoordinationReads;
  files: CoordinationFiles;
}) {
  return createRouter()
    .openapi(listRequests, async (c) => {
      const { queue, state } = c.req.valid('query');
      return c.json(await reads.list(actorOf(c), queue, state, c.get('locale')), 200);
    })
    .openapi(openRequest, async (c) => {
      const actor = actorOf(c);
      const id = await service.open(actor, c.req.valid('json'), requestContext(c));
      return c.json(await reads.detail(actor, id, c.get('locale')), 201);
    })
    .openapi(unitOptions, async (c) => c.json(await reads.unitOptions(actorOf(c), c.get('locale')), 200))
    .openapi(sessionOptions, async (c) => c.json(await reads.sessionOptions(c.get('locale')), 200))
    .openapi(assignees, async (c) =>
      c.json({ items: await reads.assignees(actorOf(c), c.req.valid('query').unitCode) }, 200),
    )
    .openapi(getRequest, async (c) =>
      c.json(await reads.detail(actorOf(c), c.req.valid('param').id, c.get('locale')), 200),
    )
    .openapi(changeStatus, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await service.changeStatus(requestContext(c), actor, id, c.req.valid('json'));
      return c.json(await reads.detail(actor, id, c.get('locale')), 200);
    })
    .openapi(assign, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await service.assign(requestContext(c), actor, id, c.req.valid('json'));
      return c.json(await reads.detail(actor, id, c.get('locale')), 200);
    })
    .openapi(comment, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      await service.comment(requestContext(c), actor, id, c.req.valid('json'));
      return c.json(await reads.detail(actor, id, c.get('locale')), 201);
    })
    .openapi(uploadFile, async (c) => {
      const actor = actorOf(c);
      const file = await files.upload(
        requestContext(c),
        actor,
        c.req.valid('param').id,
        c.req.valid('form').file,
      );
      return c.json(
        presentFile(file, {
          units: new Map(),
          people: new Map([[actor.userId, actor.displayName]]),
          today: '',
        }),
        201,
      );
    })
    .openapi(downloadFile, async (c) => {
      const { id, fileId } = c.req.valid('param');
      return fileAnswer(c, await files.download(actorOf(c), id, fileId));
    })
    .openapi(overview, async (c) =>
      c.json(await reads.overview(actorOf(c), c.req.valid('query'), c.get('locale')), 200),
    )
    .openapi(figures, async (c) =>
      c.json(await reads.figures(c.req.valid('query').fiscalYear, c.get('locale')), 200),
    );
}

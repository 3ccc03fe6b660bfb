/**
 * Officers' training records (decision 0058): the competency list (read by every officer, kept by the
 * IAO), one's own record and outside courses (`learning:attend`), the officers and the share of them
 * developed in a fiscal year (`training:read`), and corrections by the IAO (`training:manage`).
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  MAX_TRAINING_CERTIFICATE_BYTES,
  MyTrainingSchema,
  TrainingCompetencyInputSchema,
  TrainingCompetencySchema,
  TrainingCompetencyUpdateSchema,
  TrainingFromEventResultSchema,
  TrainingFromEventSchema,
  TrainingIdParamsSchema,
  TrainingOfficerDetailSchema,
  TrainingRecordInputSchema,
  TrainingRecordSchema,
  TrainingRecordUpdateSchema,
  TrainingShareQuerySchema,
  TrainingShareSchema,
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
} from '../../../shared/http.ts';
import { certificateTooLarge, type TrainingCertificates } from './training.certificates.ts';
import {
  presentCompetency,
  presentMine,
  presentOfficerDetail,
  presentRecord,
  presentShare,
} from './training.presenter.ts';
import type { TrainingService } from './training.service.ts';

const tags = ['training'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const MAX_MEGABYTES = MAX_TRAINING_CERTIFICATE_BYTES / 1024 / 1024;

const listCompetencies = defineRoute('learning:attend', {
  method: 'get',
  path: '/training/competencies',
  tags,
  summary: 'The competency list, in the IAO’s order (retired ones included, marked)',
  responses: { 200: jsonAnswer(z.array(TrainingCompetencySchema), 'The competencies') },
});

const createCompetency = defineRoute('training:manage', {
  method: 'post',
  path: '/training/competencies',
  tags,
  summary: 'Add a competency to the list',
  request: { body: jsonBody(TrainingCompetencyInputSchema) },
  responses: {
    201: jsonAnswer(TrainingCompetencySchema, 'The competency added'),
    400: error('A field is missing or invalid'),
    409: error('Another competency has this Thai name'),
  },
});

const updateCompetency = defineRoute('training:manage', {
  method: 'put',
  path: '/training/competencies/{id}',
  tags,
  summary: 'Rename, reorder, retire or restore a competency, at the version read',
  request: { params: TrainingIdParamsSchema, body: jsonBody(TrainingCompetencyUpdateSchema) },
  responses: {
    200: jsonAnswer(TrainingCompetencySchema, 'The competency as saved'),
    400: error('A field is missing or invalid'),
    404: error('No such competency'),
    409: error('Saved by someone else meanwhile, or another competency has this Thai name'),
  },
});

const mine = defineRoute('learning:attend', {
  method: 'get',
  path: '/training/me',
  tags,
  summary: 'The reader’s own training record',
  responses: { 200: jsonAnswer(MyTrainingSchema, 'Who the reader is as an officer, and their trainings') },
});

const share = defineRoute('training:read', {
  method: 'get',
  path: '/training/officers',
  tags,
  summary:
    'The officers counted for KPI 3.2.1 and the share of them developed in a fiscal year, against the plan’s target',
  request: { query: TrainingShareQuerySchema },
  responses: { 200: jsonAnswer(TrainingShareSchema, 'The share, the target and each officer') },
});

const officer = defineRoute('training:read', {
  method: 'get',
  path: '/training/officers/{id}',
  tags,
  summary: 'One officer’s training record',
  request: { params: TrainingIdParamsSchema },
  responses: {
    200: jsonAnswer(TrainingOfficerDetailSchema, 'The officer and their trainings'),
    404: error('No such officer'),
  },
});

const createRecord = defineRoute('learning:attend', {
  method: 'post',
  path: '/training/records',
  tags,
  summary: 'Record an outside course: one’s own, or (the IAO) any officer’s',
  request: { body: jsonBody(TrainingRecordInputSchema) },
  responses: {
    201: jsonAnswer(TrainingRecordSchema, 'The record kept'),
    400: error('A field is missing or invalid'),
    403: error('Another officer’s record, without training:manage'),
    404: error('No such officer'),
  },
});

const updateRecord = defineRoute('learning:attend', {
  method: 'put',
  path: '/training/records/{id}',
  tags,
  summary: 'Correct a record (the IAO any, an officer their own outside course), at the version read',
  request: { params: TrainingIdParamsSchema, body: jsonBody(TrainingRecordUpdateSchema) },
  responses: {
    200: jsonAnswer(TrainingRecordSchema, 'The record as saved'),
    400: error('A field is missing or invalid'),
    403: error('Not the reader’s to correct'),
    404: error('No such record'),
    409: error('Saved by someone else meanwhile'),
  },
});

const CertificateUploadSchema = z.object({
  file: z
    .file()
    .min(1, { message: 'errors:field.required' })
    .meta({
      type: 'string',
      format: 'binary',
      description: `A PDF, JPEG, PNG or WebP file of at most ${MAX_MEGABYTES} MB; its type is read from its content`,
    }),
});

const uploadCertificate = defineRoute('learning:attend', {
  method: 'post',
  path: '/training/records/{id}/certificate',
  bodyLimit: uploadBodyLimit(MAX_TRAINING_CERTIFICATE_BYTES, certificateTooLarge),
  tags,
  summary: 'Upload the certificate of an outside course (replacing the one it had)',
  request: {
    params: TrainingIdParamsSchema,
    body: { content: { 'multipart/form-data': { schema: CertificateUploadSchema } }, required: true },
  },
  responses: {
    201: jsonAnswer(TrainingRecordSchema, 'The record with its certificate'),
    403: error('Not the reader’s to correct'),
    404: error('No such record'),
    409: error('A record from an event has no certificate'),
    413: error(`Larger than ${MAX_MEGABYTES} MB`),
    415: error('Not a PDF or an image, whatever its name says'),
  },
});

const downloadCertificate = defineRoute('learning:attend', {
  method: 'get',
  path: '/training/records/{id}/certificate',
  tags,
  summary: 'Download a record’s certificate (its officer, or a reader of the records)',
  request: { params: TrainingIdParamsSchema },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
    },
    404: error('No such record or certificate'),
  },
});

const recordEventAttendees = defineRoute('training:manage', {
  method: 'post',
  path: '/learning/events/{id}/training-records',
  tags,
  summary:
    'Give everyone who attended a session of the event the event in their training record, with its competencies and hours (again: corrects them)',
  request: { params: TrainingIdParamsSchema, body: jsonBody(TrainingFromEventSchema) },
  responses: {
    200: jsonAnswer(TrainingFromEventResultSchema, 'How many attendees have it in their record'),
    400: error('An unknown or retired competency'),
    404: error('No such event'),
    409: error('Nobody attended yet'),
  },
});

export function createTrainingRoutes({
  training,
  certificates,
}: {
  training: TrainingService;
  certificates: TrainingCertificates;
}) {
  return createRouter()
    .openapi(listCompetencies, async (c) =>
      c.json((await training.competencies()).map(presentCompetency), 200),
    )
    .openapi(createCompetency, async (c) =>
      c.json(presentCompetency(await training.createCompetency(requestContext(c), c.req.valid('json'))), 201),
    )
    .openapi(updateCompetency, async (c) => {
      const { id } = c.req.valid('param');
      const saved = await training.updateCompetency(requestContext(c), id, c.req.valid('json'));
      return c.json(presentCompetency(saved), 200);
    })
    .openapi(mine, async (c) => {
      const actor = actorOf(c);
      const own = await training.mine(actor);
      return c.json(presentMine(own, { actor, ...(await training.describe(own.records)) }), 200);
    })
    .openapi(share, async (c) =>
      c.json(presentShare(await training.share(c.req.valid('query').fiscalYear)), 200),
    )
    .openapi(officer, async (c) => {
      const actor = actorOf(c);
      const detail = await training.officer(c.req.valid('param').id);
      return c.json(
        presentOfficerDetail(detail, { actor, ...(await training.describe(detail.records)) }),
        200,
      );
    })
    .openapi(createRecord, async (c) => {
      const actor = actorOf(c);
      const saved = await training.createRecord(requestContext(c), actor, c.req.valid('json'));
      return c.json(presentRecord(saved, { actor, ...(await training.describe([saved])) }), 201);
    })
    .openapi(updateRecord, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      const saved = await training.updateRecord(requestContext(c), actor, id, c.req.valid('json'));
      return c.json(presentRecord(saved, { actor, ...(await training.describe([saved])) }), 200);
    })
    .openapi(uploadCertificate, async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      const { record } = await certificates.upload(requestContext(c), actor, id, c.req.valid('form').file);
      return c.json(presentRecord(record, { actor, ...(await training.describe([record])) }), 201);
    })
    .openapi(downloadCertificate, async (c) =>
      fileAnswer(c, await certificates.download(actorOf(c), c.req.valid('param').id)),
    )
    .openapi(recordEventAttendees, async (c) => {
      const { ipAddress } = requestContext(c);
      const saved = await training.recordAttendees(
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        ipAddress,
      );
      return c.json({ recorded: saved.length }, 200);
    });
}

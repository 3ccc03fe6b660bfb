/**
 * A report's evidence files (decision 0047): the unit that reports (`strategy:submit`) uploads and
 * removes them while the report is editable; the office's staff (`strategy:read`) download them.
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  MAX_STRATEGY_EVIDENCE_BYTES,
  StrategyEvidenceFileSchema,
  StrategyEvidenceParamsSchema,
  StrategySubmissionParamsSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  requestContext,
  uploadBodyLimit,
} from '../../shared/http.ts';
import { evidenceTooLarge, type StrategyEvidence } from './rounds.evidence.ts';
import { presentEvidenceFile } from './rounds.presenter.ts';

const tags = ['strategy'];
const error = (description: string) => jsonAnswer(ErrorResponseSchema, description);
const notYours = error('Not the reader’s unit, or the unit neither leads nor supports the item');
const notEditable = error(
  'The report is not saved yet, is submitted or accepted, or the round is approved and the report is not an amendment awaiting review',
);
const MAX_MEGABYTES = MAX_STRATEGY_EVIDENCE_BYTES / 1024 / 1024;

const EvidenceUploadSchema = z.object({
  file: z
    .file()
    .min(1, { message: 'errors:field.required' })
    .meta({
      type: 'string',
      format: 'binary',
      description: `A PDF, Word, Excel, PowerPoint, JPEG, PNG, WebP, text or CSV file of at most ${MAX_MEGABYTES} MB; its type is read from its content`,
    }),
});

const uploadEvidence = defineRoute('strategy:submit', {
  method: 'post',
  path: '/strategy/round-items/{id}/submissions/{unitCode}/evidence',
  bodyLimit: uploadBodyLimit(MAX_STRATEGY_EVIDENCE_BYTES, evidenceTooLarge),
  tags,
  summary: "Upload a file as evidence of a unit's report (minutes, a letter, photos)",
  description:
    'multipart/form-data with `file`, checked as deal documents are. The report must be saved first.',
  request: {
    params: StrategySubmissionParamsSchema,
    body: { content: { 'multipart/form-data': { schema: EvidenceUploadSchema } }, required: true },
  },
  responses: {
    201: jsonAnswer(StrategyEvidenceFileSchema, 'The file kept'),
    403: notYours,
    404: error('No such item'),
    409: notEditable,
    413: error(`Larger than ${MAX_MEGABYTES} MB`),
    415: error('Not a kind of document kept, whatever its name says'),
  },
});

const downloadEvidence = defineRoute('strategy:read', {
  method: 'get',
  path: '/strategy/round-items/{id}/submissions/{unitCode}/evidence/{fileId}',
  tags,
  summary: "Download an evidence file of a unit's report",
  request: { params: StrategyEvidenceParamsSchema },
  responses: {
    200: {
      description: 'The file, as an attachment, with the media type read when it was uploaded',
      content: {
        'application/octet-stream': {
          schema: z.string().meta({ format: 'binary', description: 'The file' }),
        },
      },
    },
    404: error('No such item, report or file'),
  },
});

const removeEvidence = defineRoute('strategy:submit', {
  method: 'delete',
  path: '/strategy/round-items/{id}/submissions/{unitCode}/evidence/{fileId}',
  tags,
  summary:
    'Remove an evidence file uploaded by mistake (the audit trail keeps its name, type, size and SHA-256)',
  request: { params: StrategyEvidenceParamsSchema },
  responses: {
    204: { description: 'Removed' },
    403: notYours,
    404: error('No such item, report or file'),
    409: notEditable,
  },
});

export function createStrategyEvidenceRoutes({ evidence }: { evidence: StrategyEvidence }) {
  return createRouter()
    .openapi(uploadEvidence, async (c) => {
      const { id, unitCode } = c.req.valid('param');
      const actor = actorOf(c);
      const file = await evidence.upload(requestContext(c), actor, id, unitCode, c.req.valid('form').file);
      return c.json(presentEvidenceFile(file, new Map([[actor.userId, actor.displayName]])), 201);
    })
    .openapi(downloadEvidence, async (c) => {
      const { id, unitCode, fileId } = c.req.valid('param');
      return fileAnswer(c, await evidence.download(id, unitCode, fileId));
    })
    .openapi(removeEvidence, async (c) => {
      const { id, unitCode, fileId } = c.req.valid('param');
      await evidence.remove(requestContext(c), actorOf(c), id, unitCode, fileId);
      return c.body(null, 204);
    });
}

/**
 * The documents attached to a programme step: listed and downloaded by anyone who reads the programme,
 * attached and removed by whoever may change the step (`programme:steps`, then the step's policy).
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  MAX_STEP_DOCUMENT_BYTES,
  ProgrammeStepParamsSchema,
  StepDocumentListSchema,
  StepDocumentParamsSchema,
  StepDocumentSchema,
} from '@bia/contracts';
import { AppError } from '../../../shared/errors.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  requestContext,
  uploadBodyLimit,
} from '../../../shared/http.ts';
import { programmeErrors } from '../programme.errors.ts';
import { presentStepDocument } from './plan.presenter.ts';
import { MAX_STEP_DOCUMENT_SIZE_TEXT, contentTypeOf, type StepDocuments } from './step-documents.service.ts';

const tags = ['programme'];

const StepDocumentUploadSchema = z.object({
  file: z
    .file()
    .min(1, { message: 'errors:field.required' })
    .meta({
      type: 'string',
      format: 'binary',
      description: `A PDF, Word, Excel, PowerPoint, JPEG, PNG, WebP, text or CSV file of at most ${MAX_STEP_DOCUMENT_BYTES / 1024 / 1024} MB; its type is read from its content`,
    }),
});

const notFound = jsonAnswer(ErrorResponseSchema, 'No such step, or no such document of the step');
const notYourStep = jsonAnswer(
  ErrorResponseSchema,
  "Not a step of the actor's unit (without programme:manage)",
);

const listDocuments = defineRoute('programme:read', {
  method: 'get',
  path: '/programme-steps/{id}/documents',
  tags,
  summary: "A step's documents (approvals, orders, minutes, reports), oldest first",
  request: { params: ProgrammeStepParamsSchema },
  responses: { 200: jsonAnswer(StepDocumentListSchema, 'The documents'), 404: notFound },
});

const uploadDocument = defineRoute('programme:steps', {
  method: 'post',
  path: '/programme-steps/{id}/documents',
  bodyLimit: uploadBodyLimit(
    MAX_STEP_DOCUMENT_BYTES,
    () => new AppError(programmeErrors.step_document_too_large, [], { max: MAX_STEP_DOCUMENT_SIZE_TEXT }),
  ),
  tags,
  summary: "Attach a document to a step (any step with programme:manage, else those of one's unit)",
  description:
    'multipart/form-data with `file`. The type is read from the bytes (an Office file by its ending once the content is a zip or an OLE file); the name is kept without folders or control characters.',
  request: {
    params: ProgrammeStepParamsSchema,
    body: { content: { 'multipart/form-data': { schema: StepDocumentUploadSchema } }, required: true },
  },
  responses: {
    201: jsonAnswer(StepDocumentSchema, 'The document kept'),
    403: notYourStep,
    404: notFound,
    413: jsonAnswer(ErrorResponseSchema, 'Larger than 20 MB'),
    415: jsonAnswer(ErrorResponseSchema, 'Not a kind of document kept, whatever its name says'),
  },
});

const downloadDocument = defineRoute('programme:read', {
  method: 'get',
  path: '/programme-steps/{id}/documents/{documentId}/file',
  tags,
  summary: 'Download a document of a step',
  request: { params: StepDocumentParamsSchema },
  responses: {
    200: {
      description: 'The file, as an attachment, with the media type read when it was uploaded',
      content: {
        'application/octet-stream': {
          schema: z.string().meta({ format: 'binary', description: 'The document' }),
        },
      },
    },
    404: notFound,
  },
});

const removeDocument = defineRoute('programme:steps', {
  method: 'delete',
  path: '/programme-steps/{id}/documents/{documentId}',
  tags,
  summary: 'Remove a document from a step (the audit trail keeps its name, type, size and SHA-256)',
  request: { params: StepDocumentParamsSchema },
  responses: { 204: { description: 'Removed' }, 403: notYourStep, 404: notFound },
});

export function createStepDocumentsRoutes({ documents }: { documents: StepDocuments }) {
  return createRouter()
    .openapi(listDocuments, async (c) => {
      const items = await documents.list(c.req.valid('param').id);
      return c.json({ items: items.map(presentStepDocument) }, 200);
    })
    .openapi(uploadDocument, async (c) => {
      const document = await documents.upload(
        requestContext(c),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('form').file,
      );
      return c.json(presentStepDocument(document), 201);
    })
    .openapi(downloadDocument, async (c) => {
      const { id, documentId } = c.req.valid('param');
      const document = await documents.download(id, documentId);
      return fileAnswer(c, { ...document, mediaType: contentTypeOf(document.mediaType) });
    })
    .openapi(removeDocument, async (c) => {
      const { id, documentId } = c.req.valid('param');
      await documents.remove(requestContext(c), actorOf(c), id, documentId);
      return c.body(null, 204);
    });
}

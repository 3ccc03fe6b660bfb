/**
 * Deals: a business and a partner city's buyer, from first contact to repeat order. Every route asks
 * for a signed-in reader; what they see and may record follows from their outcomes permissions and
 * scopes, checked by the service (outcomes.policy.ts, decision 0031): staff every deal (the IAO and
 * Social Development record them), an entrepreneur their business's, a coordinator their city's
 * (read only), a buyer those naming them (read only).
 */
import { z } from 'zod';
import {
  DealCreateSchema,
  DealDocumentParamsSchema,
  DealDocumentSchema,
  DealEntryChangeSchema,
  DealEntryInputSchema,
  DealEntryParamsSchema,
  DealEntryUpdateSchema,
  DealFromSessionSchema,
  DealListQuerySchema,
  DealListSchema,
  DealParamsSchema,
  DealSchema,
  DealUpdateSchema,
  ErrorResponseSchema,
  MAX_DEAL_DOCUMENT_BYTES,
  SessionDealLinkListSchema,
  SessionParamsSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  jsonBody,
  pageAnswer,
  requestContext,
  uploadBodyLimit,
} from '../../shared/http.ts';
import { createDealDocuments, tooLarge, type DealDocuments } from './deals.documents.ts';
import {
  presentDeal,
  presentDealDocument,
  presentDealSummary,
  presentSessionDealLink,
} from './deals.presenter.ts';
import { createDeals, type Deals } from './deals.service.ts';
import type { OutcomesDeps } from './outcomes.deps.ts';

const tags = ['outcomes'];
const dealAnswer = jsonAnswer(DealSchema, 'The deal with its whole history');
const changeAnswer = jsonAnswer(
  DealEntryChangeSchema,
  'The deal as it is now, the entry written, and whether it is an amendment',
);
const notFound = jsonAnswer(ErrorResponseSchema, 'No such deal (or entry) among those the reader may see');
const readOnly = jsonAnswer(
  ErrorResponseSchema,
  'The reader may see the deal but not record it (executives, coordinators, buyers; an entrepreneur for another business)',
);
const invalid = jsonAnswer(
  ErrorResponseSchema,
  'A field at fault (a date to come, a product of another business, a city the business never met, a currency not of ISO 4217, a quantity out of range, a shipment before its order or of lines not of the deal); nothing was written',
);
const stale = jsonAnswer(
  ErrorResponseSchema,
  'Changed by someone else since it was loaded (`conflict_stale`)',
);

const listDeals = defineRoute('authenticated', {
  method: 'get',
  path: '/deals',
  tags,
  summary:
    'The deals the reader may see, the latest changed first (outcomes:read all; own business; own city; a buyer those naming them)',
  request: { query: DealListQuerySchema },
  responses: {
    200: jsonAnswer(DealListSchema, 'A page of deals'),
    403: jsonAnswer(ErrorResponseSchema, 'No outcomes permission'),
  },
});

const createDeal = defineRoute('authenticated', {
  method: 'post',
  path: '/deals',
  tags,
  summary: 'Enter a deal with its first entry (outcomes:edit any business; outcomes:own the own business)',
  request: { body: jsonBody(DealCreateSchema) },
  responses: { 201: dealAnswer, 400: invalid, 403: readOnly },
});

const getDeal = defineRoute('authenticated', {
  method: 'get',
  path: '/deals/{id}',
  tags,
  summary: 'A deal: its buyer, business, products, and its history of entries with their evidence',
  request: { params: DealParamsSchema },
  responses: { 200: dealAnswer, 404: notFound },
});

const updateDeal = defineRoute('authenticated', {
  method: 'patch',
  path: '/deals/{id}',
  tags,
  summary: "Change the buyer's details or the products concerned (at the version loaded)",
  request: { params: DealParamsSchema, body: jsonBody(DealUpdateSchema) },
  responses: { 200: dealAnswer, 400: invalid, 403: readOnly, 404: notFound, 409: stale },
});

const addEntry = defineRoute('authenticated', {
  method: 'post',
  path: '/deals/{id}/entries',
  tags,
  summary:
    "Record an entry of the deal's history: a contact, samples, negotiating, an agreement, an order, a shipment, a repeat order, a closing",
  request: { params: DealParamsSchema, body: jsonBody(DealEntryInputSchema) },
  responses: { 201: changeAnswer, 400: invalid, 403: readOnly, 404: notFound },
});

const changeEntry = defineRoute('authenticated', {
  method: 'patch',
  path: '/deals/{id}/entries/{entryId}',
  tags,
  summary:
    'Change an entry (at the version loaded); one of a closed follow-up round is amended by a new entry that supersedes it',
  request: { params: DealEntryParamsSchema, body: jsonBody(DealEntryUpdateSchema) },
  responses: {
    200: changeAnswer,
    400: invalid,
    403: readOnly,
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'Changed since it was loaded, or superseded by an amendment'),
  },
});

const removeEntry = defineRoute('authenticated', {
  method: 'delete',
  path: '/deals/{id}/entries/{entryId}',
  tags,
  summary: 'Remove an entry recorded by mistake (never one of a closed follow-up round, nor the only one)',
  request: { params: DealEntryParamsSchema },
  responses: {
    200: dealAnswer,
    403: readOnly,
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'In a closed follow-up round, superseded, or the only entry'),
  },
});

const DealDocumentUploadSchema = z.object({
  file: z
    .file()
    .min(1, { message: 'errors:field.required' })
    .meta({
      type: 'string',
      format: 'binary',
      description: `A PDF, Word, Excel, PowerPoint, JPEG, PNG, WebP, text or CSV file of at most ${MAX_DEAL_DOCUMENT_BYTES / 1024 / 1024} MB; its type is read from its content`,
    }),
});

const uploadDocument = defineRoute('authenticated', {
  method: 'post',
  path: '/deals/{id}/entries/{entryId}/documents',
  bodyLimit: uploadBodyLimit(MAX_DEAL_DOCUMENT_BYTES, tooLarge),
  tags,
  summary: 'Attach evidence to an entry (the agreement, an order form, a shipping document)',
  description: 'multipart/form-data with `file`, checked as the programme steps’ documents are.',
  request: {
    params: DealEntryParamsSchema,
    body: { content: { 'multipart/form-data': { schema: DealDocumentUploadSchema } }, required: true },
  },
  responses: {
    201: jsonAnswer(DealDocumentSchema, 'The document kept'),
    403: readOnly,
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The entry was superseded by an amendment'),
    413: jsonAnswer(ErrorResponseSchema, 'Larger than 20 MB'),
    415: jsonAnswer(ErrorResponseSchema, 'Not a kind of document kept, whatever its name says'),
  },
});

const downloadDocument = defineRoute('authenticated', {
  method: 'get',
  path: '/deals/{id}/entries/{entryId}/documents/{documentId}/file',
  tags,
  summary: 'Download a document of an entry',
  request: { params: DealDocumentParamsSchema },
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

const removeDocument = defineRoute('authenticated', {
  method: 'delete',
  path: '/deals/{id}/entries/{entryId}/documents/{documentId}',
  tags,
  summary: 'Remove a document attached by mistake (the audit trail keeps its name, type, size and SHA-256)',
  request: { params: DealDocumentParamsSchema },
  responses: {
    204: { description: 'Removed' },
    403: readOnly,
    404: notFound,
    409: jsonAnswer(ErrorResponseSchema, 'The entry is in a closed follow-up round, or superseded'),
  },
});

const startFromSession = defineRoute('authenticated', {
  method: 'post',
  path: '/programme-sessions/{id}/deals',
  tags,
  summary:
    'Start a deal from a contact exchanged at the session (its buyer, interest and contact come from the record); the contact’s deal if started already',
  request: { params: SessionParamsSchema, body: jsonBody(DealFromSessionSchema) },
  responses: {
    200: jsonAnswer(DealSchema, 'The deal started from this contact before'),
    201: jsonAnswer(DealSchema, 'The deal started'),
    403: readOnly,
    404: jsonAnswer(ErrorResponseSchema, 'No such session, or no such contact exchanged at it'),
  },
});

const sessionDeals = defineRoute('authenticated', {
  method: 'get',
  path: '/programme-sessions/{id}/deals',
  tags,
  summary: 'The contacts exchanged at the session, each with the deal started from it (if any)',
  request: { params: SessionParamsSchema },
  responses: {
    200: jsonAnswer(SessionDealLinkListSchema, 'The contacts the reader may see'),
    404: jsonAnswer(ErrorResponseSchema, 'No such session'),
  },
});

export function createDealsRoutes(deps: OutcomesDeps) {
  return createDealsRouter({ deals: createDeals(deps), documents: createDealDocuments(deps) });
}

function createDealsRouter({ deals, documents }: { deals: Deals; documents: DealDocuments }) {
  return createRouter()
    .openapi(listDeals, async (c) => {
      const query = c.req.valid('query');
      const { rows, total, names } = await deals.list(actorOf(c), query);
      const locale = c.get('locale');
      return c.json(
        pageAnswer(
          rows.map((row) => presentDealSummary(row, names, locale)),
          total,
          query,
        ),
        200,
      );
    })
    .openapi(createDeal, async (c) => {
      const { view, names } = await deals.create(requestContext(c), actorOf(c), c.req.valid('json'));
      return c.json(presentDeal(view, names, c.get('locale')), 201);
    })
    .openapi(getDeal, async (c) => {
      const { view, names } = await deals.get(actorOf(c), c.req.valid('param').id);
      return c.json(presentDeal(view, names, c.get('locale')), 200);
    })
    .openapi(updateDeal, async (c) => {
      const { view, names } = await deals.update(
        requestContext(c),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(presentDeal(view, names, c.get('locale')), 200);
    })
    .openapi(addEntry, async (c) => {
      const { view, names, entryId, isAmendment } = await deals.addEntry(
        requestContext(c),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ deal: presentDeal(view, names, c.get('locale')), entryId, isAmendment }, 201);
    })
    .openapi(changeEntry, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const changed = await deals.changeEntry(
        requestContext(c),
        actorOf(c),
        id,
        entryId,
        c.req.valid('json'),
      );
      return c.json(
        {
          deal: presentDeal(changed.view, changed.names, c.get('locale')),
          entryId: changed.entryId,
          isAmendment: changed.isAmendment,
        },
        200,
      );
    })
    .openapi(removeEntry, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const { view, names } = await deals.removeEntry(requestContext(c), actorOf(c), id, entryId);
      return c.json(presentDeal(view, names, c.get('locale')), 200);
    })
    .openapi(uploadDocument, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const document = await documents.upload(
        requestContext(c),
        actorOf(c),
        id,
        entryId,
        c.req.valid('form').file,
      );
      return c.json(presentDealDocument(document), 201);
    })
    .openapi(downloadDocument, async (c) => {
      const { id, entryId, documentId } = c.req.valid('param');
      return fileAnswer(c, await documents.download(actorOf(c), id, entryId, documentId));
    })
    .openapi(removeDocument, async (c) => {
      const { id, entryId, documentId } = c.req.valid('param');
      await documents.remove(requestContext(c), actorOf(c), id, entryId, documentId);
      return c.body(null, 204);
    })
    .openapi(startFromSession, async (c) => {
      const { view, names, isNew } = await deals.startFromSession(
        requestContext(c),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      const deal = presentDeal(view, names, c.get('locale'));
      return isNew ? c.json(deal, 201) : c.json(deal, 200);
    })
    .openapi(sessionDeals, async (c) => {
      const links = await deals.sessionDeals(actorOf(c), c.req.valid('param').id);
      return c.json({ items: links.map(presentSessionDealLink) }, 200);
    });
}

/**
 * The partner registry's files: documents attached to a partner, the partner list exported as XLSX or
 * CSV, and the import of partners, agreements and activities (a preview, then apply). Mounted before
 * the routes of partners.routes.ts, so `/partners/export.xlsx` is not taken for a partner's id.
 */
import { z } from 'zod';
import {
  ErrorResponseSchema,
  ImportKindSchema,
  ImportPreviewSchema,
  PartnerDocumentSchema,
  PartnerListQuerySchema,
  PartnerParamsSchema,
} from '@bia/contracts';
import { AppError } from '../../shared/errors.ts';
import {
  actorOf,
  createRouter,
  defineRoute,
  fileAnswer,
  jsonAnswer,
  requestContext,
  uploadBodyLimit,
} from '../../shared/http.ts';
import { attachmentDisposition } from '../../shared/file-names.ts';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_SIZE_TEXT, type PartnerDocuments } from './partners.documents.ts';
import { partnerErrors } from './partners.errors.ts';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, type PartnerExport } from './partners.export.ts';
import { importRoutesOf } from '../../shared/import-routes.ts';
import { importTemplateCsv } from '../../shared/spreadsheet-import.ts';
import { importLayouts } from './partners.import-layout.ts';
import { presentImport, type PartnerImport } from './partners.import.ts';
import { presentDocument } from './partners.presenter.ts';

const tags = ['partners'];
const binary = (description: string) => z.string().meta({ format: 'binary', description });
const fileField = (description: string) => z.file().meta({ type: 'string', format: 'binary', description });

const DocumentParamsSchema = z.object({ id: z.uuid(), documentId: z.uuid() });

const DocumentUploadSchema = z.object({
  file: fileField(
    `A PDF, PNG, JPEG or WebP file of at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; its type is read from its content`,
  ),
  title: z.string().trim().max(300).optional(),
  agreementId: z.uuid().optional().describe("One of this partner's agreements the document belongs to"),
  activityId: z.uuid().optional().describe("One of this partner's activities the document belongs to"),
});

const TemplateQuerySchema = z.object({ kind: ImportKindSchema });

const notFound = jsonAnswer(ErrorResponseSchema, 'No such partner or document');
const archived = jsonAnswer(ErrorResponseSchema, 'The partner is archived');

const uploadDocument = defineRoute('partners:edit', {
  method: 'post',
  path: '/partners/{id}/documents',
  bodyLimit: uploadBodyLimit(
    MAX_DOCUMENT_BYTES,
    () => new AppError(partnerErrors.document_too_large, [], { max: MAX_DOCUMENT_SIZE_TEXT }),
  ),
  tags,
  summary: 'Attach a document (PDF, PNG, JPEG or WebP, checked by content, at most 10 MB) to a partner',
  description:
    'multipart/form-data. The type is detected from the bytes; a name claiming `.pdf` for other content is refused (415). The file name is cleaned and the SHA-256 kept.',
  request: {
    params: PartnerParamsSchema,
    body: { content: { 'multipart/form-data': { schema: DocumentUploadSchema } }, required: true },
  },
  responses: {
    201: jsonAnswer(PartnerDocumentSchema, 'The document kept'),
    404: notFound,
    409: archived,
    413: jsonAnswer(ErrorResponseSchema, 'The file is larger than the limit'),
    415: jsonAnswer(ErrorResponseSchema, 'Not a PDF, PNG, JPEG or WebP, or not what its name claims'),
  },
});

const downloadDocument = defineRoute('partners:read', {
  method: 'get',
  path: '/partners/{id}/documents/{documentId}',
  tags,
  summary: 'Download a document of a partner (partner coordinators: of their own partner only)',
  request: { params: DocumentParamsSchema },
  responses: {
    200: {
      description: 'The file, as an attachment, with the media type detected when it was uploaded',
      content: { 'application/octet-stream': { schema: binary('The document') } },
    },
    404: notFound,
  },
});

const removeDocument = defineRoute('partners:edit', {
  method: 'delete',
  path: '/partners/{id}/documents/{documentId}',
  tags,
  summary: 'Take a document off the record (it is kept, marked removed, in the history)',
  request: { params: DocumentParamsSchema },
  responses: { 204: { description: 'Removed' }, 404: notFound, 409: archived },
});

const exportAnswer = (mediaType: string, description: string) => ({
  200: { description, content: { [mediaType]: { schema: binary(description) } } },
});

const exportXlsx = defineRoute('partners:read', {
  method: 'get',
  path: '/partners/export.xlsx',
  tags,
  summary: "The filtered, sorted partner list as an XLSX workbook in the requester's language",
  description: 'Takes the same query as GET /api/partners.',
  request: { query: PartnerListQuerySchema },
  responses: exportAnswer(XLSX_MEDIA_TYPE, 'An XLSX workbook, as an attachment'),
});

const exportCsv = defineRoute('partners:read', {
  method: 'get',
  path: '/partners/export.csv',
  tags,
  summary: "The filtered, sorted partner list as CSV (UTF-8 with BOM) in the requester's language",
  description:
    'Takes the same query as GET /api/partners. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.',
  request: { query: PartnerListQuerySchema },
  responses: exportAnswer('text/csv', 'CSV, as an attachment'),
});

const importTemplate = defineRoute('partners:import', {
  method: 'get',
  path: '/partners/import/template.csv',
  tags,
  summary: 'The header row of an import file of a kind (partners, agreements or activities), as CSV',
  request: { query: TemplateQuerySchema },
  responses: exportAnswer('text/csv', 'The template, as an attachment'),
});

const { previewImport, applyImport } = importRoutesOf({
  permission: 'partners:import',
  path: '/partners/import',
  tags,
  kind: ImportKindSchema,
  preview: ImportPreviewSchema,
  previewSummary:
    'Check an import file row by row: what would be created, updated, unchanged or rejected, and why',
});

export function createPartnerFilesRoutes({
  documents,
  exports,
  imports,
}: {
  documents: PartnerDocuments;
  exports: PartnerExport;
  imports: PartnerImport;
}) {
  return createRouter()
    .openapi(exportXlsx, async (c) =>
      fileAnswer(c, await exports.export(actorOf(c), c.req.valid('query'), c.get('locale'), 'xlsx')),
    )
    .openapi(exportCsv, async (c) =>
      fileAnswer(c, await exports.export(actorOf(c), c.req.valid('query'), c.get('locale'), 'csv')),
    )
    .openapi(importTemplate, (c) => {
      const { kind } = c.req.valid('query');
      return c.body(importTemplateCsv(importLayouts[kind]), 200, {
        'content-type': CSV_MEDIA_TYPE,
        'content-disposition': attachmentDisposition(`partner-import-${kind}.csv`),
      });
    })
    .openapi(previewImport, async (c) => {
      const { kind, file } = c.req.valid('form');
      const outcome = await imports.preview(actorOf(c), { kind, file });
      return c.json(presentImport(outcome, c.get('locale')), 200);
    })
    .openapi(applyImport, async (c) => {
      const { kind, file, token } = c.req.valid('form');
      const outcome = await imports.apply(requestContext(c), actorOf(c), { kind, file }, token);
      return c.json(presentImport(outcome, c.get('locale')), 200);
    })
    .openapi(uploadDocument, async (c) => {
      const document = await documents.upload(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('form'),
      );
      return c.json(presentDocument(document), 201);
    })
    .openapi(downloadDocument, async (c) => {
      const { id, documentId } = c.req.valid('param');
      return fileAnswer(c, await documents.download(actorOf(c), id, documentId));
    })
    .openapi(removeDocument, async (c) => {
      const { id, documentId } = c.req.valid('param');
      await documents.remove(requestContext(c), id, documentId);
      return c.body(null, 204);
    });
}

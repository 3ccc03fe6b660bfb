/**
 * The import of Social Development's spreadsheets of businesses and products: a template per kind, a
 * preview row by row, then apply. Only those who keep the whole catalogue may import.
 */
import { z } from 'zod';
import { CatalogueImportKindSchema, CatalogueImportPreviewSchema, ErrorResponseSchema } from '@bia/contracts';
import { createRouter, defineRoute, jsonAnswer, requestContext } from '../../shared/http.ts';
import {
  importApplySchemaOf,
  importTemplateCsv,
  importUploadSchemaOf,
} from '../../shared/spreadsheet-import.ts';
import { catalogueImportLayouts, presentCatalogueImport, type CatalogueImport } from './catalogue.import.ts';

const tags = ['catalogue'];
const ImportUploadSchema = importUploadSchemaOf(CatalogueImportKindSchema);
const ImportApplySchema = importApplySchemaOf(CatalogueImportKindSchema);

const importBadFile = jsonAnswer(
  ErrorResponseSchema,
  'Not CSV in UTF-8 nor XLSX, empty, missing or unknown columns, or too many rows; nothing is written',
);

const importTemplate = defineRoute('catalogue:manage', {
  method: 'get',
  path: '/catalogue/import/template.csv',
  tags,
  summary: 'The header row of an import file of businesses or products, as CSV',
  request: { query: z.object({ kind: CatalogueImportKindSchema }) },
  responses: {
    200: { description: 'The template, as an attachment', content: { 'text/csv': { schema: z.string() } } },
  },
});

const previewImport = defineRoute('catalogue:manage', {
  method: 'post',
  path: '/catalogue/import/preview',
  tags,
  summary:
    'Check a file of businesses or products row by row: what would be created, updated, unchanged or rejected, and why',
  description: 'multipart/form-data with `kind` and `file`. Writes nothing; answers a token for apply.',
  request: { body: { content: { 'multipart/form-data': { schema: ImportUploadSchema } }, required: true } },
  responses: { 200: jsonAnswer(CatalogueImportPreviewSchema, 'The preview'), 400: importBadFile },
});

const applyImport = defineRoute('catalogue:manage', {
  method: 'post',
  path: '/catalogue/import/apply',
  tags,
  summary: 'Write exactly what the preview of this file showed, in one transaction',
  description:
    "multipart/form-data with the same `kind` and `file`, and the preview's `token`. When the file or the records it touches changed since the preview, nothing is written (409).",
  request: { body: { content: { 'multipart/form-data': { schema: ImportApplySchema } }, required: true } },
  responses: {
    200: jsonAnswer(CatalogueImportPreviewSchema, 'What was written, row by row'),
    400: importBadFile,
    409: jsonAnswer(ErrorResponseSchema, 'The preview is no longer what applying would do; preview again'),
  },
});

export function createCatalogueImportRoutes({ imports }: { imports: CatalogueImport }) {
  return createRouter()
    .openapi(importTemplate, (c) => {
      const { kind } = c.req.valid('query');
      return c.body(importTemplateCsv(catalogueImportLayouts[kind]), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="catalogue-import-${kind}.csv"`,
      });
    })
    .openapi(previewImport, async (c) => {
      const outcome = await imports.preview(c.req.valid('form'));
      return c.json(presentCatalogueImport(outcome, c.get('locale')), 200);
    })
    .openapi(applyImport, async (c) => {
      const { kind, file, token } = c.req.valid('form');
      const outcome = await imports.apply(requestContext(c), { kind, file }, token);
      return c.json(presentCatalogueImport(outcome, c.get('locale')), 200);
    });
}

/**
 * The import of Social Development's spreadsheets of businesses and products: a template per kind, a
 * preview row by row, then apply. Only those who keep the whole catalogue may import.
 */
import { z } from 'zod';
import { CatalogueImportKindSchema, CatalogueImportPreviewSchema } from '@bia/contracts';
import { createRouter, defineRoute, requestContext } from '../../shared/http.ts';
import { importRoutesOf } from '../../shared/import-routes.ts';
import { importTemplateCsv } from '../../shared/spreadsheet-import.ts';
import { catalogueImportLayouts, presentCatalogueImport, type CatalogueImport } from './catalogue.import.ts';

const tags = ['catalogue'];

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

const { previewImport, applyImport } = importRoutesOf({
  permission: 'catalogue:manage',
  path: '/catalogue/import',
  tags,
  kind: CatalogueImportKindSchema,
  preview: CatalogueImportPreviewSchema,
  previewSummary:
    'Check a file of businesses or products row by row: what would be created, updated, unchanged or rejected, and why',
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

/**
 * The routes every spreadsheet import has (shared/spreadsheet-import.ts, decision 0013): a preview of
 * a file row by row, then apply, each taking the file in a multipart form.
 */
import { z } from 'zod';
import { ErrorResponseSchema, type Permission } from '@bia/contracts';
import { defineRoute, jsonAnswer } from './http.ts';
import { MAX_IMPORT_ROWS } from './spreadsheet-import.ts';

/** The multipart body of a preview: the kind of file and the file. */
export function importUploadSchemaOf<K extends z.ZodType>(kind: K) {
  return z.object({
    kind,
    file: z.file().meta({
      type: 'string',
      format: 'binary',
      description: `CSV in UTF-8 (comma-separated, the first row naming the columns) or an XLSX workbook (its first sheet); at most ${MAX_IMPORT_ROWS} rows`,
    }),
  });
}

/** The multipart body of an apply: the same kind and file, and the preview's token. */
export function importApplySchemaOf<K extends z.ZodType>(kind: K) {
  return importUploadSchemaOf(kind).extend({
    token: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe('The token of the preview of this very file'),
  });
}

const importBadFile = jsonAnswer(
  ErrorResponseSchema,
  'Not CSV in UTF-8 nor XLSX, empty, missing or unknown columns, or too many rows; nothing is written',
);

/** What an import's routes differ in: who may import, where, the kinds of file and the preview's answer. */
export interface ImportRoutesOf<K extends z.ZodType, A extends z.ZodType> {
  permission: Permission;
  /** The path of the import, e.g. `/partners/import`; the routes are its `/preview` and `/apply`. */
  path: string;
  tags: string[];
  kind: K;
  preview: A;
  /** What the preview checks, for the OpenAPI document. */
  previewSummary: string;
}

/** The preview and apply routes of an import. */
export function importRoutesOf<K extends z.ZodType, A extends z.ZodType>(of: ImportRoutesOf<K, A>) {
  const previewImport = defineRoute(of.permission, {
    method: 'post',
    path: `${of.path}/preview`,
    tags: of.tags,
    summary: of.previewSummary,
    description: 'multipart/form-data with `kind` and `file`. Writes nothing; answers a token for apply.',
    request: {
      body: { content: { 'multipart/form-data': { schema: importUploadSchemaOf(of.kind) } }, required: true },
    },
    responses: { 200: jsonAnswer(of.preview, 'The preview'), 400: importBadFile },
  });
  const applyImport = defineRoute(of.permission, {
    method: 'post',
    path: `${of.path}/apply`,
    tags: of.tags,
    summary: 'Write exactly what the preview of this file showed, in one transaction',
    description:
      "multipart/form-data with the same `kind` and `file`, and the preview's `token`. When the file or the records it touches changed since the preview, nothing is written (409).",
    request: {
      body: { content: { 'multipart/form-data': { schema: importApplySchemaOf(of.kind) } }, required: true },
    },
    responses: {
      200: jsonAnswer(of.preview, 'What was written, row by row'),
      400: importBadFile,
      409: jsonAnswer(ErrorResponseSchema, 'The preview is no longer what applying would do; preview again'),
    },
  });
  return { previewImport, applyImport };
}

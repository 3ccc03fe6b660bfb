/** The shapes every spreadsheet import shares, whatever its kinds of file. */
import type { z } from 'zod';
import type { importPreviewOf } from '@bia/contracts';
import type { ApiUploadPath } from '../../lib/api-client.ts';

/**
 * What an import's preview and apply answer (the contracts' `importPreviewOf`): row by row, each
 * row's action and its problems in the reader's language, the counts, and the token to apply with.
 */
export type SpreadsheetPreview<Kind extends string = string> = z.infer<
  ReturnType<typeof importPreviewOf<z.ZodType<Kind>>>
>;

export type ImportAction = SpreadsheetPreview['rows'][number]['action'];

/** The routes of the API that preview or apply an import (checked against the server's document). */
export type ImportPath = Extract<ApiUploadPath, `${string}/import/${'preview' | 'apply'}`>;

/** Where a kind of import sends its files: the same multipart body (`kind`, `file`, `token`) to each. */
export interface ImportEndpoints {
  preview: ImportPath;
  apply: ImportPath;
}

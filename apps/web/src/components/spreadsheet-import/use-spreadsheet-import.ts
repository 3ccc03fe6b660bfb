/** A file's preview and its apply over the API: the two steps of every import (decision 0013). */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { answer, apiClient } from '../../lib/api-client.ts';
import type { ImportPath, SpreadsheetPreview } from './types.ts';

export interface ImportRequest<Kind extends string> {
  kind: Kind;
  file: File;
}

function importForm<Kind extends string>({ kind, file }: ImportRequest<Kind>, token?: string): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', file, file.name);
  if (token) form.set('token', token);
  return form;
}

/**
 * Sends the file to one of the import routes. The answer is checked against the shared preview; its
 * kinds are the ones sent, which the caller's `Kind` names.
 */
async function sendImport<Kind extends string>(
  url: ImportPath,
  form: FormData,
): Promise<SpreadsheetPreview<Kind>> {
  const preview: SpreadsheetPreview = await answer(apiClient.POST(url, { body: form }));
  return preview as SpreadsheetPreview<Kind>;
}

/** Checks a file row by row; writes nothing. */
export function usePreviewSpreadsheet<Kind extends string>(url: ImportPath) {
  return useMutation({
    mutationFn: (request: ImportRequest<Kind>) => sendImport<Kind>(url, importForm(request)),
  });
}

/**
 * Writes exactly what the preview of the same file showed (the token says which preview), then
 * refreshes the queries the import made out of date.
 */
export function useApplySpreadsheet<Kind extends string>(url: ImportPath, invalidates: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ token, ...request }: ImportRequest<Kind> & { token: string }) =>
      sendImport<Kind>(url, importForm(request, token)),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

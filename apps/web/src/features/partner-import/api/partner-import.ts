/** The import preview and apply, and the reference lists the import page shows, over the API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportKind, ImportPreview, PartnerReference } from '@bia/contracts';
import { api, apiUpload } from '../../../lib/api-client.ts';

/** Every partner query starts with `partners`: an import or a setting changes what they show. */
export const partnerQueryPrefix = ['partners'] as const;
export const partnerReferenceKey = ['partners', 'reference'] as const;

export interface ImportRequest {
  kind: ImportKind;
  file: File;
}

function importForm({ kind, file }: ImportRequest, token?: string): FormData {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', file, file.name);
  if (token) form.set('token', token);
  return form;
}

export function usePartnerReference() {
  return useQuery({
    queryKey: partnerReferenceKey,
    queryFn: () => api.get<PartnerReference>('/api/partners/reference'),
    staleTime: 60_000,
  });
}

/** Checks a file row by row; writes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (request: ImportRequest) =>
      apiUpload<ImportPreview>('/api/partners/import/preview', importForm(request)),
  });
}

/** Writes exactly what the preview of the same file showed (the token says which preview). */
export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ token, ...request }: ImportRequest & { token: string }) =>
      apiUpload<ImportPreview>('/api/partners/import/apply', importForm(request, token)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryPrefix }),
  });
}

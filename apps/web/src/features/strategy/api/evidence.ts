/**
 * A report's evidence files over the API, through @tanstack/react-query: upload one (the server
 * judges it by its content and refuses anything over 20 MB), remove one, and where each downloads
 * from. Each change answers the file, not the item, so the round item's queries are refreshed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { roundItemKeys } from './round-items.ts';

/** The path parameters of a unit's report on an item. */
const submissionParams = (itemId: string, unitCode: string) => ({ path: { id: itemId, unitCode } });

/** Where an evidence file is downloaded from (as an attachment). */
export function evidenceFileUrl(itemId: string, unitCode: string, fileId: string): string {
  return apiUrl('/api/strategy/round-items/{id}/submissions/{unitCode}/evidence/{fileId}', {
    path: { id: itemId, unitCode, fileId },
  });
}

/** Refreshes the round item (in every language) after a file came or went. */
function useRefreshItem(itemId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: roundItemKeys.item(itemId) });
}

/** Sends a file (multipart: `file`) as evidence of the unit's report. */
export function useUploadEvidence(itemId: string, unitCode: string) {
  const refresh = useRefreshItem(itemId);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return answer(
        apiClient.POST('/api/strategy/round-items/{id}/submissions/{unitCode}/evidence', {
          params: submissionParams(itemId, unitCode),
          body: form,
        }),
      );
    },
    onSuccess: () => void refresh(),
  });
}

export function useRemoveEvidence(itemId: string, unitCode: string) {
  const refresh = useRefreshItem(itemId);
  return useMutation({
    mutationFn: (fileId: string) =>
      answer(
        apiClient.DELETE('/api/strategy/round-items/{id}/submissions/{unitCode}/evidence/{fileId}', {
          params: { path: { id: itemId, unitCode, fileId } },
        }),
      ),
    onSuccess: () => void refresh(),
  });
}

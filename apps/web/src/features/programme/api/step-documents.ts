/** The documents attached to a programme step, over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { programmeKeys } from './programmes.ts';

export const stepDocumentKeys = {
  step: (stepId: string) => [...programmeKeys.all, 'step-documents', stepId] as const,
};

/** The path parameters of one step's routes (`/api/programme-steps/{id}/…`). */
const stepParams = (stepId: string) => ({ path: { id: stepId } });

/** Where a document is downloaded from (as an attachment). */
export function stepDocumentFileUrl(stepId: string, documentId: string): string {
  return apiUrl('/api/programme-steps/{id}/documents/{documentId}/file', {
    path: { id: stepId, documentId },
  });
}

export function useStepDocuments(stepId: string) {
  return useQuery({
    queryKey: stepDocumentKeys.step(stepId),
    queryFn: () =>
      answer(apiClient.GET('/api/programme-steps/{id}/documents', { params: stepParams(stepId) })),
  });
}

/** Sends a file (multipart: `file`); the server judges its type by content and refuses above 20 MB. */
export function useUploadStepDocument(stepId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return answer(
        apiClient.POST('/api/programme-steps/{id}/documents', { params: stepParams(stepId), body: form }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: stepDocumentKeys.step(stepId) }),
  });
}

export function useRemoveStepDocument(stepId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      answer(
        apiClient.DELETE('/api/programme-steps/{id}/documents/{documentId}', {
          params: { path: { id: stepId, documentId } },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: stepDocumentKeys.step(stepId) }),
  });
}

/** The documents attached to a programme step, over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StepDocument, StepDocumentList } from '@bia/contracts';
import { api, apiUpload } from '../../../lib/api-client.ts';
import { programmeKeys } from './programmes.ts';

export const stepDocumentKeys = {
  step: (stepId: string) => [...programmeKeys.all, 'step-documents', stepId] as const,
};

const documentsPath = (stepId: string) => `/api/programme-steps/${encodeURIComponent(stepId)}/documents`;

/** Where a document is downloaded from (as an attachment). */
export function stepDocumentFileUrl(stepId: string, documentId: string): string {
  return `${documentsPath(stepId)}/${encodeURIComponent(documentId)}/file`;
}

export function useStepDocuments(stepId: string) {
  return useQuery({
    queryKey: stepDocumentKeys.step(stepId),
    queryFn: () => api.get<StepDocumentList>(documentsPath(stepId)),
  });
}

/** Sends a file (multipart: `file`); the server judges its type by content and refuses above 20 MB. */
export function useUploadStepDocument(stepId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return apiUpload<StepDocument>(documentsPath(stepId), form);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: stepDocumentKeys.step(stepId) }),
  });
}

export function useRemoveStepDocument(stepId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      api.delete<void>(`${documentsPath(stepId)}/${encodeURIComponent(documentId)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: stepDocumentKeys.step(stepId) }),
  });
}

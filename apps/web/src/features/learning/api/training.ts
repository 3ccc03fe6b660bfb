/**
 * Officers' training records over the API, through @tanstack/react-query (decision 0058): the
 * competency list, one's own record, the officers and the share developed in a fiscal year, one
 * officer's record, and the changes (an outside course, its certificate, the competency list).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TrainingCompetencyInput,
  TrainingCompetencyUpdate,
  TrainingFromEvent,
  TrainingRecordInput,
  TrainingRecordUpdate,
} from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';

/** Every query of the training records starts with `training`. */
export const trainingKeys = {
  all: ['training'] as const,
  competencies: ['training', 'competencies'] as const,
  mine: ['training', 'me'] as const,
  share: (fiscalYear: number | undefined) => ['training', 'share', fiscalYear ?? 'current'] as const,
  officer: (id: string) => ['training', 'officer', id] as const,
};

export function useTrainingCompetencies() {
  return useQuery({
    queryKey: trainingKeys.competencies,
    queryFn: () => answer(apiClient.GET('/api/training/competencies')),
  });
}

export function useMyTraining() {
  return useQuery({
    queryKey: trainingKeys.mine,
    queryFn: () => answer(apiClient.GET('/api/training/me')),
  });
}

/** The share of officers developed in a fiscal year (the current one when absent), with each officer. */
export function useTrainingShare(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: trainingKeys.share(fiscalYear),
    queryFn: () =>
      answer(
        apiClient.GET('/api/training/officers', { params: { query: fiscalYear ? { fiscalYear } : {} } }),
      ),
  });
}

export function useTrainingOfficer(id: string) {
  return useQuery({
    queryKey: trainingKeys.officer(id),
    queryFn: () => answer(apiClient.GET('/api/training/officers/{id}', { params: { path: { id } } })),
  });
}

/** Where a record's certificate is downloaded from (as an attachment). */
export function trainingCertificateUrl(recordId: string): string {
  return apiUrl('/api/training/records/{id}/certificate', { path: { id: recordId } });
}

/** A new outside course, then its certificate when one is chosen; every training query is refreshed. */
export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, certificate }: { input: TrainingRecordInput; certificate: File | null }) => {
      const saved = await answer(apiClient.POST('/api/training/records', { body: input }));
      return certificate ? uploadCertificate(saved.id, certificate) : saved;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/** A correction of a record at the version read, then its new certificate when one is chosen. */
export function useCorrectTraining(recordId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, certificate }: { input: TrainingRecordUpdate; certificate: File | null }) => {
      const saved = await answer(
        apiClient.PUT('/api/training/records/{id}', { params: { path: { id: recordId } }, body: input }),
      );
      return certificate ? uploadCertificate(saved.id, certificate) : saved;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

function uploadCertificate(recordId: string, file: File) {
  const form = new FormData();
  form.set('file', file, file.name);
  return answer(
    apiClient.POST('/api/training/records/{id}/certificate', {
      params: { path: { id: recordId } },
      body: form,
    }),
  );
}

export function useAddCompetency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TrainingCompetencyInput) =>
      answer(apiClient.POST('/api/training/competencies', { body: input })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useUpdateCompetency(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TrainingCompetencyUpdate) =>
      answer(apiClient.PUT('/api/training/competencies/{id}', { params: { path: { id } }, body: input })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/** The event's attendees given the event in their training records (the IAO, from the event page). */
export function useRecordEventAttendees(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TrainingFromEvent) =>
      answer(
        apiClient.POST('/api/learning/events/{id}/training-records', {
          params: { path: { id: eventId } },
          body: input,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

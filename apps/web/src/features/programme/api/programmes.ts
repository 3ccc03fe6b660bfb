/** The trade programme over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProgrammeInput,
  CreateWorkingGroupMemberInput,
  ProgrammeDetail,
  ProgrammeList,
  ProgrammeStep,
  UpdateProgrammeInput,
  UpdateProgrammeStepInput,
  UpdateWorkingGroupMemberInput,
  WorkingGroupMember,
} from '@bia/contracts';
import { api, queryString } from '../../../lib/api-client.ts';

/** Every query of this feature starts with this key, so a change refreshes them together. */
export const programmeKeys = {
  all: ['programmes'] as const,
  list: ['programmes', 'list'] as const,
  year: (fiscalYear: number) => ['programmes', 'year', fiscalYear] as const,
};

export function useProgrammes() {
  return useQuery({ queryKey: programmeKeys.list, queryFn: () => api.get<ProgrammeList>('/api/programmes') });
}

export function useProgramme(fiscalYear: number) {
  return useQuery({
    queryKey: programmeKeys.year(fiscalYear),
    queryFn: () => api.get<ProgrammeDetail>(`/api/programmes/${fiscalYear}`),
  });
}

function useInvalidateProgrammes() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: programmeKeys.all });
}

export function useCreateProgramme() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateProgrammeInput) => api.post<ProgrammeDetail>('/api/programmes', input),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateProgramme(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: UpdateProgrammeInput) =>
      api.patch<ProgrammeDetail>(`/api/programmes/${fiscalYear}`, input),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateStep() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateProgrammeStepInput }) =>
      api.patch<ProgrammeStep>(`/api/programme-steps/${encodeURIComponent(id)}`, input),
    onSuccess: () => invalidate(),
  });
}

export function useAddMember(fiscalYear: number) {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: (input: CreateWorkingGroupMemberInput) =>
      api.post<WorkingGroupMember>(`/api/programmes/${fiscalYear}/working-group`, input),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateMember() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateWorkingGroupMemberInput }) =>
      api.patch<WorkingGroupMember>(`/api/working-group-members/${encodeURIComponent(id)}`, input),
    onSuccess: () => invalidate(),
  });
}

export function useRemoveMember() {
  const invalidate = useInvalidateProgrammes();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<void>(`/api/working-group-members/${encodeURIComponent(id)}${queryString({ version })}`),
    onSuccess: () => invalidate(),
  });
}

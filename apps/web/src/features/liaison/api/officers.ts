/** Adding, changing and removing a unit's liaison officers. */
import { useMutation } from '@tanstack/react-query';
import type { CreateLiaisonOfficerInput, UpdateLiaisonOfficerInput } from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { useInvalidateLiaison } from './units.ts';

export function useCreateOfficer(unitCode: string) {
  const invalidate = useInvalidateLiaison();
  return useMutation({
    mutationFn: (input: CreateLiaisonOfficerInput) =>
      answer(
        apiClient.POST('/api/units/{code}/liaison-officers', {
          params: { path: { code: unitCode } },
          body: input,
        }),
      ),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateOfficer() {
  const invalidate = useInvalidateLiaison();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateLiaisonOfficerInput }) =>
      answer(apiClient.PATCH('/api/liaison-officers/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteOfficer() {
  const invalidate = useInvalidateLiaison();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      answer(
        apiClient.DELETE('/api/liaison-officers/{id}', { params: { path: { id }, query: { version } } }),
      ),
    onSuccess: () => invalidate(),
  });
}

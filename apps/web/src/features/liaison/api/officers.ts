/** Adding, changing and removing a unit's liaison officers. */
import { useMutation } from '@tanstack/react-query';
import type { CreateLiaisonOfficerInput, LiaisonOfficer, UpdateLiaisonOfficerInput } from '@bia/contracts';
import { api, queryString } from '../../../lib/api-client.ts';
import { useInvalidateLiaison } from './units.ts';

export function useCreateOfficer(unitCode: string) {
  const invalidate = useInvalidateLiaison();
  return useMutation({
    mutationFn: (input: CreateLiaisonOfficerInput) =>
      api.post<LiaisonOfficer>(`/api/units/${encodeURIComponent(unitCode)}/liaison-officers`, input),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateOfficer() {
  const invalidate = useInvalidateLiaison();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateLiaisonOfficerInput }) =>
      api.patch<LiaisonOfficer>(`/api/liaison-officers/${encodeURIComponent(id)}`, input),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteOfficer() {
  const invalidate = useInvalidateLiaison();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<void>(`/api/liaison-officers/${encodeURIComponent(id)}${queryString({ version })}`),
    onSuccess: () => invalidate(),
  });
}

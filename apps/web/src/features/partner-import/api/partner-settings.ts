/** The partner registry's settings: the dormant period and the cooperation fields. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CooperationFieldInput } from '@bia/contracts';
import { answer, apiClient, type ApiAnswer } from '../../../lib/api-client.ts';
import { partnerQueryPrefix } from './partner-import.ts';

export type PartnerSettings = ApiAnswer<'/api/partners/settings', 'get'>;

const settingsKey = ['partners', 'settings'] as const;

export function usePartnerSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => answer(apiClient.GET('/api/partners/settings')),
  });
}

export function useUpdatePartnerSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnerSettings) => answer(apiClient.PUT('/api/partners/settings', { body: input })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(settingsKey, saved);
      // Statuses (active, dormant) everywhere follow the new period.
      await queryClient.invalidateQueries({ queryKey: partnerQueryPrefix });
    },
  });
}

export function useAddCooperationField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CooperationFieldInput) =>
      answer(apiClient.POST('/api/partners/cooperation-fields', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryPrefix }),
  });
}

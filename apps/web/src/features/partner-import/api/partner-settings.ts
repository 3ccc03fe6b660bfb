/** The partner registry's settings: the dormant period and the cooperation fields. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CooperationField, CooperationFieldInput } from '@bia/contracts';
import { api, apiRequest } from '../../../lib/api-client.ts';
import { partnerQueryPrefix } from './partner-import.ts';

export interface PartnerSettings {
  dormantAfterMonths: number;
  version: number;
}

const settingsKey = ['partners', 'settings'] as const;

export function usePartnerSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<PartnerSettings>('/api/partners/settings'),
  });
}

export function useUpdatePartnerSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartnerSettings) =>
      apiRequest<PartnerSettings>('PUT', '/api/partners/settings', input),
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
      api.post<CooperationField>('/api/partners/cooperation-fields', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryPrefix }),
  });
}

/** The partner registry over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuditEvent,
  PartnerDetail,
  PartnerInput,
  PartnerList,
  PartnerReference,
  UpdatePartnerInput,
} from '@bia/contracts';
import { api, queryString } from '../../../lib/api-client.ts';

/** Every query of this feature starts with `partners`, so a change invalidates them together. */
export const partnerKeys = {
  all: ['partners'] as const,
  list: (query: string) => ['partners', 'list', query] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
  history: (id: string) => ['partners', 'history', id] as const,
  reference: ['partners', 'reference'] as const,
};

export const partnerPath = (id: string) => `/api/partners/${encodeURIComponent(id)}`;

/** The list, for the query string of the page's filters (`kind=sister_city&sort=name`). */
export function usePartners(query: string) {
  return useQuery({
    queryKey: partnerKeys.list(query),
    queryFn: () => api.get<PartnerList>(`/api/partners${query ? `?${query}` : ''}`),
    placeholderData: (previous) => previous,
  });
}

/** Regions, cooperation fields and the region of each country: they change rarely. */
export function usePartnerReference() {
  return useQuery({
    queryKey: partnerKeys.reference,
    queryFn: () => api.get<PartnerReference>('/api/partners/reference'),
    staleTime: 10 * 60_000,
  });
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.detail(id),
    queryFn: () => api.get<PartnerDetail>(partnerPath(id)),
  });
}

export function usePartnerHistory(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.history(id),
    queryFn: () => api.get<{ items: AuditEvent[] }>(`${partnerPath(id)}/history`),
    select: (data) => data.items,
    enabled: isEnabled,
  });
}

/** Refreshes every list, record and history of the feature after a change. */
export function useInvalidatePartners() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnerKeys.all });
}

/** Keeps the record the server answered, then refreshes the rest. */
function useStoreDetail() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePartners();
  return async (partner: PartnerDetail) => {
    queryClient.setQueryData(partnerKeys.detail(partner.id), partner);
    await invalidate();
  };
}

export function useCreatePartner() {
  const store = useStoreDetail();
  return useMutation({
    mutationFn: (input: PartnerInput) => api.post<PartnerDetail>('/api/partners', input),
    onSuccess: store,
  });
}

export function useUpdatePartner(id: string) {
  const store = useStoreDetail();
  return useMutation({
    mutationFn: (input: UpdatePartnerInput) => api.patch<PartnerDetail>(partnerPath(id), input),
    onSuccess: store,
  });
}

/** Archives (`archive`) or brings back (`restore`) a partner; nothing recorded under it is lost. */
export function useSetArchived(id: string) {
  const store = useStoreDetail();
  return useMutation({
    mutationFn: ({ action, version }: { action: 'archive' | 'restore'; version: number }) =>
      api.post<PartnerDetail>(`${partnerPath(id)}/${action}`, { version }),
    onSuccess: store,
  });
}

/** Deletes a partner entered by mistake; the server refuses (partner_has_history) once it has history. */
export function useDeletePartner(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.delete<void>(`${partnerPath(id)}${queryString({ version })}`),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: partnerKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
}

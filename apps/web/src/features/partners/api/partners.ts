/** The partner registry over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AuditEvent,
  PartnerDetail,
  PartnerInput,
  SimilarPartnersQuery,
  UpdatePartnerInput,
} from '@bia/contracts';
import { answer, apiClient, type ApiAnswer } from '../../../lib/api-client.ts';
import type { Reload } from '../../../lib/reload.ts';

/** Every query of this feature starts with `partners`, so a change invalidates them together. */
export const partnerKeys = {
  all: ['partners'] as const,
  list: (query: string) => ['partners', 'list', query] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
  history: (id: string) => ['partners', 'history', id] as const,
  reference: ['partners', 'reference'] as const,
  similar: (query: SimilarPartnersQuery | null) => ['partners', 'similar', query] as const,
};

/** The path parameters of one partner's routes (`/api/partners/{id}/…`). */
export const partnerParams = (id: string) => ({ path: { id } });

/** The list, for the query string of the page's filters (`kind=sister_city&sort=name`). */
export function usePartners(query: string) {
  return useQuery({
    queryKey: partnerKeys.list(query),
    // The page builds the query string from its filters.
    queryFn: () => answer(apiClient.GET('/api/partners', { querySerializer: () => query })),
    placeholderData: (previous) => previous,
  });
}

/**
 * The partners already recorded that one about to be saved may duplicate: the same country, a name
 * like one of its names in any language. Asked only when the server has refused a likely duplicate.
 */
export function useSimilarPartners(query: SimilarPartnersQuery | null) {
  return useQuery({
    queryKey: partnerKeys.similar(query),
    queryFn: () => answer(apiClient.GET('/api/partners/similar', { params: { query: query ?? {} } })),
    enabled: query !== null,
  });
}

/** Regions, cooperation fields and the region of each country: they change rarely. */
export function usePartnerReference() {
  return useQuery({
    queryKey: partnerKeys.reference,
    queryFn: () => answer(apiClient.GET('/api/partners/reference')),
    staleTime: 10 * 60_000,
  });
}

/** A partner as its page loaded it, and the way to load its latest version after a stale save. */
export interface LoadedPartner {
  partner: PartnerDetail;
  reload: Reload<PartnerDetail>;
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.detail(id),
    queryFn: () => answer(apiClient.GET('/api/partners/{id}', { params: partnerParams(id) })),
  });
}

/**
 * The event as the contract types it. The document leaves `before` and `after` out of the required
 * keys (an `unknown` value may be undefined); the server always sends them, null when there is none.
 */
const auditEventOf = (
  event: ApiAnswer<'/api/partners/{id}/history', 'get'>['items'][number],
): AuditEvent => ({
  ...event,
  before: event.before,
  after: event.after,
});

export function usePartnerHistory(id: string, isEnabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.history(id),
    queryFn: () => answer(apiClient.GET('/api/partners/{id}/history', { params: partnerParams(id) })),
    select: (data) => data.items.map(auditEventOf),
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
    mutationFn: (input: PartnerInput) => answer(apiClient.POST('/api/partners', { body: input })),
    onSuccess: store,
  });
}

export function useUpdatePartner(id: string) {
  const store = useStoreDetail();
  return useMutation({
    mutationFn: (input: UpdatePartnerInput) =>
      answer(apiClient.PATCH('/api/partners/{id}', { params: partnerParams(id), body: input })),
    onSuccess: store,
  });
}

/** Archives (`archive`) or brings back (`restore`) a partner; nothing recorded under it is lost. */
export function useSetArchived(id: string) {
  const store = useStoreDetail();
  return useMutation({
    mutationFn: ({ action, version }: { action: 'archive' | 'restore'; version: number }) =>
      answer(
        apiClient.POST(`/api/partners/{id}/${action}`, { params: partnerParams(id), body: { version } }),
      ),
    onSuccess: store,
  });
}

/** Deletes a partner entered by mistake; the server refuses (partner_has_history) once it has history. */
export function useDeletePartner(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      answer(
        apiClient.DELETE('/api/partners/{id}', { params: { ...partnerParams(id), query: { version } } }),
      ),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: partnerKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
}

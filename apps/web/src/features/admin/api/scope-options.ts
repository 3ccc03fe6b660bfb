/**
 * The partner cities and the businesses a role can be scoped to, searched by name on the server (the
 * partner registry's and the catalogue's own lists, which find Thai and English names).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';

/** How many businesses one search shows; a longer name narrows it. */
const BUSINESS_PAGE_SIZE = 50;

export function usePartnerOptions(search: string) {
  return useQuery({
    queryKey: ['admin', 'partner-options', search],
    queryFn: () => answer(apiClient.GET('/api/partners', { params: { query: search ? { q: search } : {} } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useBusinessOptions(search: string) {
  return useQuery({
    queryKey: ['admin', 'business-options', search],
    queryFn: () =>
      answer(
        apiClient.GET('/api/catalogue/entrepreneurs', {
          params: { query: { ...(search ? { q: search } : {}), pageSize: BUSINESS_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** What the forms choose from: the district offices (units API) and the HS nomenclature. */
import { useQuery } from '@tanstack/react-query';
import type { HsSearchResult, UnitSummary } from '@bia/contracts';
import { api, queryString } from '../../../lib/api-client.ts';

/**
 * The 50 district offices, from the units directory (needs units:read, which staff have). An
 * entrepreneur has no access to the directory: the pages then show the district's code.
 */
export function useDistricts(isEnabled: boolean) {
  return useQuery({
    // The same key and answer as the units directory's full list, so they share one cache entry.
    queryKey: ['units', 'list', {}],
    queryFn: () => api.get<{ items: UnitSummary[] }>('/api/units'),
    select: (data) => data.items.filter((unit) => unit.kind === 'district'),
    staleTime: 5 * 60_000,
    enabled: isEnabled,
  });
}

/** HS headings and subheadings whose code starts with the digits typed, or whose words all appear. */
export function useHsSearch(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['hs-codes', 'search', q],
    queryFn: () => api.get<HsSearchResult>(`/api/hs-codes${queryString({ q, limit: 20 })}`),
    select: (data) => data.items.filter((item) => item.level !== 2),
    enabled: q.length >= 2,
    staleTime: 10 * 60_000,
    placeholderData: (previous) => previous,
  });
}

/** One HS code's description, for the code a product already has. */
export function useHsCode(code: string) {
  return useQuery({
    queryKey: ['hs-codes', 'code', code],
    queryFn: () => api.get<HsSearchResult>(`/api/hs-codes${queryString({ q: code, limit: 5 })}`),
    select: (data) => data.items.find((item) => item.code === code),
    enabled: /^\d{4}(\d{2})?$/.test(code),
    staleTime: 10 * 60_000,
  });
}

/**
 * What the forms choose from: the district offices and the HS nomenclature. The districts come from
 * the units directory for those who may read it, else from the public catalogue (no permission).
 */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient, type ApiAnswer } from '../../../lib/api-client.ts';

/** A district office as the catalogue's pages name it. */
export interface District {
  code: string;
  nameTh: string;
  /** Null when the units directory has no English name: the Thai name is shown. */
  nameEn: string | null;
}

const districtsOfUnits = (data: ApiAnswer<'/api/units', 'get'>): District[] =>
  data.items
    .filter((unit) => unit.kind === 'district')
    .map(({ code, nameTh, nameEn }) => ({ code, nameTh, nameEn }));

const districtsOfCatalogue = (data: ApiAnswer<'/api/public/catalogue/districts', 'get'>): District[] =>
  data.items;

/**
 * The 50 district offices from the units directory (needs units:read, which staff have). Its names
 * are the ones the International Affairs Office keeps up to date.
 */
export function useUnitDistricts(isEnabled: boolean) {
  return useQuery({
    // The same key and answer as the units directory's full list, so they share one cache entry.
    queryKey: ['units', 'list', {}],
    queryFn: () => answer(apiClient.GET('/api/units')),
    select: districtsOfUnits,
    staleTime: 5 * 60_000,
    enabled: isEnabled,
  });
}

/**
 * The same 50 districts from the public catalogue's reference list, which needs no permission: for
 * those without access to the units directory (an entrepreneur).
 */
export function useCatalogueDistricts(isEnabled: boolean) {
  return useQuery({
    // The same key and answer as the public catalogue's district filter, so they share one cache entry.
    queryKey: ['catalogue-public', 'districts'],
    queryFn: () => answer(apiClient.GET('/api/public/catalogue/districts')),
    select: districtsOfCatalogue,
    staleTime: Infinity,
    enabled: isEnabled,
  });
}

/** HS headings and subheadings whose code starts with the digits typed, or whose words all appear. */
export function useHsSearch(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['hs-codes', 'search', q],
    queryFn: () => answer(apiClient.GET('/api/hs-codes', { params: { query: { q, limit: 20 } } })),
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
    queryFn: () => answer(apiClient.GET('/api/hs-codes', { params: { query: { q: code, limit: 5 } } })),
    select: (data) => data.items.find((item) => item.code === code),
    enabled: /^\d{4}(\d{2})?$/.test(code),
    staleTime: 10 * 60_000,
  });
}

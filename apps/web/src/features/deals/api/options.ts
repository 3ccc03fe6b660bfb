/**
 * What a deal's pickers choose from, each searched on the server that keeps it: businesses by name
 * (the catalogue), partner cities by name (the partner registry, for staff; a business's own sessions'
 * cities, for an entrepreneur, who cannot read the registry), and the products of one business.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';

/** How many businesses one search shows; a longer name narrows it. */
const BUSINESS_PAGE_SIZE = 50;
/** The most products one business is shown with: the catalogue's page size at most. */
const PRODUCT_PAGE_SIZE = 200;

export function useBusinessOptions(search: string, isEnabled = true) {
  return useQuery({
    queryKey: ['deals', 'business-options', search],
    queryFn: () =>
      answer(
        apiClient.GET('/api/catalogue/entrepreneurs', {
          params: { query: { ...(search ? { q: search } : {}), pageSize: BUSINESS_PAGE_SIZE } },
        }),
      ),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    select: (data) => data.items,
  });
}

export function usePartnerOptions(search: string, isEnabled = true) {
  return useQuery({
    queryKey: ['deals', 'partner-options', search],
    queryFn: () => answer(apiClient.GET('/api/partners', { params: { query: search ? { q: search } : {} } })),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    select: (data) => data.items,
  });
}

/** The partner cities of one's own sessions (an entrepreneur's), each once. */
export function useOwnSessionCities(isEnabled = true) {
  return useQuery({
    queryKey: ['deals', 'own-session-cities'],
    queryFn: () => answer(apiClient.GET('/api/my-sessions')),
    enabled: isEnabled,
    staleTime: 60_000,
    select: (data) => {
      const cities = new Map(
        data.items.flatMap((session) => session.cities).map((city) => [city.id, city] as const),
      );
      return [...cities.values()];
    },
  });
}

/** The products of one business, by their Thai name (as the catalogue lists them). */
export function useBusinessProducts(businessId: string) {
  return useQuery({
    queryKey: ['deals', 'business-products', businessId],
    queryFn: () =>
      answer(
        apiClient.GET('/api/catalogue/products', {
          params: { query: { entrepreneur: businessId, pageSize: PRODUCT_PAGE_SIZE } },
        }),
      ),
    enabled: businessId !== '',
    staleTime: 60_000,
    select: (data) => data.items,
  });
}

/** One business, for its name (an entrepreneur's own, fixed on their new deal). */
export function useBusiness(businessId: string) {
  return useQuery({
    queryKey: ['deals', 'business', businessId],
    queryFn: () =>
      answer(apiClient.GET('/api/catalogue/entrepreneurs/{id}', { params: { path: { id: businessId } } })),
    enabled: businessId !== '',
    staleTime: 60_000,
  });
}

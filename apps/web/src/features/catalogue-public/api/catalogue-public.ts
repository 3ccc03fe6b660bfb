/** The public catalogue's API: search, one product, the districts, and a buyer's interest. */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { CatalogueLocale } from '@bia/i18n';
import type { InterestInput } from '@bia/contracts';
import { answer, apiClient, apiUrl, type ApiAnswer } from '../../../lib/api-client.ts';

export type PublicDistrict = ApiAnswer<'/api/public/catalogue/districts', 'get'>['items'][number];

/** The catalogue's search; `query` is the API's query string without `lang`. */
export function useCatalogueSearch(query: string, lang: CatalogueLocale) {
  return useQuery({
    queryKey: ['catalogue-public', 'search', lang, query],
    queryFn: () =>
      answer(
        apiClient.GET('/api/public/catalogue/products', {
          // The page builds the query string from its filters; only `lang` is added here.
          querySerializer: () => `${query ? `${query}&` : ''}lang=${lang}`,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogueProduct(id: string, lang: CatalogueLocale) {
  return useQuery({
    queryKey: ['catalogue-public', 'product', lang, id],
    queryFn: () =>
      answer(
        apiClient.GET('/api/public/catalogue/products/{id}', { params: { path: { id }, query: { lang } } }),
      ),
    retry: false,
  });
}

export function useCatalogueDistricts() {
  return useQuery({
    queryKey: ['catalogue-public', 'districts'],
    queryFn: () => answer(apiClient.GET('/api/public/catalogue/districts')),
    staleTime: Infinity,
  });
}

/** A signed-in partner buyer or coordinator tells the business they are interested. */
export function useExpressInterest(productId: string) {
  return useMutation({
    mutationFn: (input: InterestInput) =>
      answer(
        apiClient.POST('/api/catalogue/products/{id}/interests', {
          params: { path: { id: productId } },
          body: input,
        }),
      ),
  });
}

/** A photo's address at one of the sizes the server makes (WebP). */
export function photoUrl(photoId: string, size: 'thumb' | 'card' | 'full'): string {
  return apiUrl('/api/catalogue/photos/{photoId}/{size}', { path: { photoId, size } });
}

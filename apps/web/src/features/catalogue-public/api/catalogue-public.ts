/** The public catalogue's API: search, one product, the districts, and a buyer's interest. */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { CatalogueLocale } from '@bia/i18n';
import type { CatalogueProduct, CataloguePage, Interest, InterestInput } from '@bia/contracts';
import { api } from '../../../lib/api-client.ts';

export interface PublicDistrict {
  code: string;
  nameTh: string;
  nameEn: string;
}

/** The catalogue's search; `query` is the API's query string without `lang`. */
export function useCatalogueSearch(query: string, lang: CatalogueLocale) {
  return useQuery({
    queryKey: ['catalogue-public', 'search', lang, query],
    queryFn: () =>
      api.get<CataloguePage>(`/api/public/catalogue/products?${query ? `${query}&` : ''}lang=${lang}`),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogueProduct(id: string, lang: CatalogueLocale) {
  return useQuery({
    queryKey: ['catalogue-public', 'product', lang, id],
    queryFn: () =>
      api.get<CatalogueProduct>(`/api/public/catalogue/products/${encodeURIComponent(id)}?lang=${lang}`),
    retry: false,
  });
}

export function useCatalogueDistricts() {
  return useQuery({
    queryKey: ['catalogue-public', 'districts'],
    queryFn: () => api.get<{ items: PublicDistrict[] }>('/api/public/catalogue/districts'),
    staleTime: Infinity,
  });
}

/** A signed-in partner buyer or coordinator tells the business they are interested. */
export function useExpressInterest(productId: string) {
  return useMutation({
    mutationFn: (input: InterestInput) =>
      api.post<Interest>(`/api/catalogue/products/${encodeURIComponent(productId)}/interests`, input),
  });
}

/** A photo's address at one of the sizes the server makes (WebP). */
export function photoUrl(photoId: string, size: 'thumb' | 'card' | 'full'): string {
  return `/api/catalogue/photos/${encodeURIComponent(photoId)}/${size}`;
}

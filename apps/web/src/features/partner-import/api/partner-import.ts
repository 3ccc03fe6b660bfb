/** Where the partner import sends its files, and the reference lists its guide shows, over the API. */
import { useQuery } from '@tanstack/react-query';
import type { ImportEndpoints } from '../../../components/spreadsheet-import/index.ts';
import { answer, apiClient } from '../../../lib/api-client.ts';

/** Every partner query starts with `partners`: an import or a setting changes what they show. */
export const partnerQueryPrefix = ['partners'] as const;
export const partnerReferenceKey = ['partners', 'reference'] as const;

export const partnerImportEndpoints: ImportEndpoints = {
  preview: '/api/partners/import/preview',
  apply: '/api/partners/import/apply',
};

export function usePartnerReference() {
  return useQuery({
    queryKey: partnerReferenceKey,
    queryFn: () => answer(apiClient.GET('/api/partners/reference')),
    staleTime: 60_000,
  });
}

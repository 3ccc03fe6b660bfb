/** The analysis figures, the reference lists and the public sister cities, through @tanstack/react-query. */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';

/**
 * Under the `partners` prefix, so that a change made on the partner pages (which invalidate
 * `['partners']`) refreshes these figures too.
 */
export const partnerAnalysisKeys = {
  analysis: ['partners', 'analysis'] as const,
  reference: ['partners', 'reference'] as const,
  names: ['partners', 'analysis-names'] as const,
  publicSisterCities: ['public', 'sister-cities'] as const,
};

export function usePartnerAnalysis() {
  return useQuery({
    queryKey: partnerAnalysisKeys.analysis,
    queryFn: () => answer(apiClient.GET('/api/partners/analysis')),
  });
}

export function usePartnerReference() {
  return useQuery({
    queryKey: partnerAnalysisKeys.reference,
    queryFn: () => answer(apiClient.GET('/api/partners/reference')),
    staleTime: 5 * 60_000,
  });
}

/** Every partner the viewer may read, for the names of the cooperation-field matrix's rows. */
export function usePartnerNames() {
  return useQuery({
    queryKey: partnerAnalysisKeys.names,
    queryFn: () =>
      answer(apiClient.GET('/api/partners', { params: { query: { sort: 'name', order: 'asc' } } })),
    select: (data) => data.items,
  });
}

export function usePublicSisterCities() {
  return useQuery({
    queryKey: partnerAnalysisKeys.publicSisterCities,
    queryFn: () => answer(apiClient.GET('/api/public/sister-cities')),
  });
}

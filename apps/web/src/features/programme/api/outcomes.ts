/**
 * A fiscal year's outcomes over the API: the outcome KPI, plan KPI 1.1.1 and the counts of contacts
 * and orders. Businesses, cities and products come named in the reader's language, so the language is
 * part of the query's key; the key starts as the feature's others do, so a change refreshes it too.
 */
import { useQuery } from '@tanstack/react-query';
import type { InterfaceLocale } from '@bia/i18n';
import { answer, apiClient } from '../../../lib/api-client.ts';

export const outcomeKeys = {
  year: (fiscalYear: number, locale: InterfaceLocale) =>
    ['programmes', 'outcomes', fiscalYear, locale] as const,
};

export function useProgrammeOutcomes(fiscalYear: number, locale: InterfaceLocale) {
  return useQuery({
    queryKey: outcomeKeys.year(fiscalYear, locale),
    queryFn: () =>
      answer(apiClient.GET('/api/programmes/{fiscalYear}/outcomes', { params: { path: { fiscalYear } } })),
  });
}

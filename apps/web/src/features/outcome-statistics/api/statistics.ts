/**
 * The outcome statistics over the API, through @tanstack/react-query. The server names the groups in
 * the reader's language, so the language is part of each query's key; the keys start with `deals`, so
 * that a change made on the deal pages (which refresh `['deals']`) refreshes these figures too.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StatisticsQuery } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const statisticsKeys = {
  figures: (query: StatisticsQuery, locale: InterfaceLocale) =>
    ['deals', 'statistics', query, locale] as const,
  options: (locale: InterfaceLocale) => ['deals', 'statistics-options', locale] as const,
};

export function useOutcomeStatistics(query: StatisticsQuery) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: statisticsKeys.figures(query, locale),
    queryFn: () => answer(apiClient.GET('/api/outcomes/statistics', { params: { query } })),
    // While other filters load, the figures on screen stay.
    placeholderData: keepPreviousData,
  });
}

export function useStatisticsOptions() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: statisticsKeys.options(locale),
    queryFn: () => answer(apiClient.GET('/api/outcomes/statistics/options')),
  });
}

/** The workbook of the same figures, for the browser to download. */
export function statisticsWorkbookUrl(query: StatisticsQuery): string {
  return apiUrl('/api/outcomes/statistics.xlsx', { query });
}

/**
 * The plan's scorecard over the API (decision 0048), through @tanstack/react-query. Its key starts
 * `['strategy', 'rounds']`: a report saved, reviewed or a round approved refreshes it with the rounds.
 * The server words the plan's texts in the reader's language, so the language is part of the key.
 */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const scorecardKeys = {
  scorecard: (planVersion: number | undefined, locale: string) =>
    ['strategy', 'rounds', 'scorecard', planVersion ?? 'current', locale] as const,
};

const queryOf = (planVersion: number | undefined) => (planVersion === undefined ? {} : { planVersion });

/** Every KPI × fiscal year of a plan version (the current one by default): target, result and status. */
export function useScorecard(planVersion?: number) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: scorecardKeys.scorecard(planVersion, locale),
    queryFn: () =>
      answer(apiClient.GET('/api/strategy/scorecard', { params: { query: queryOf(planVersion) } })),
  });
}

/** The same scorecard as a workbook, for the browser to download. */
export function scorecardWorkbookUrl(planVersion?: number): string {
  return apiUrl('/api/strategy/scorecard.xlsx', { query: queryOf(planVersion) });
}

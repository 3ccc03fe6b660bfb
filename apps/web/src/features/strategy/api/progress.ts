/**
 * The plan's progress for its pages (decision 0059), through @tanstack/react-query: a KPI's reports in
 * every round, each project's latest report (the map), and the liaison coverage under tactic 2.3. The
 * first two keys start `['strategy', 'rounds']`: a report saved or reviewed refreshes them with the
 * rounds. The server words the plan's texts in the reader's language, so the language is in the key.
 */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const progressKeys = {
  kpiReports: (code: string, locale: string) => ['strategy', 'rounds', 'kpi-reports', code, locale] as const,
  projectProgress: () => ['strategy', 'rounds', 'project-progress'] as const,
  liaisonCoverage: () => ['strategy', 'liaison-coverage'] as const,
};

/** The KPI's item in every round, newest first, with the reports the reader may see. */
export function useKpiReports(code: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: progressKeys.kpiReports(code, locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/kpis/{code}/reports', { params: { path: { code } } })),
  });
}

/** Each project's latest report submitted or accepted; read once for the map. */
export function useProjectProgress() {
  return useQuery({
    queryKey: progressKeys.projectProgress(),
    queryFn: () => answer(apiClient.GET('/api/strategy/projects/progress')),
  });
}

/** The share of units that name a liaison officer, and where the plan shows it. */
export function useLiaisonCoverage() {
  return useQuery({
    queryKey: progressKeys.liaisonCoverage(),
    queryFn: () => answer(apiClient.GET('/api/strategy/liaison-coverage')),
  });
}

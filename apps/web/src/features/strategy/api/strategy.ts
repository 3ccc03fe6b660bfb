/**
 * The strategic plan over the API, through @tanstack/react-query: the plan in force (or an earlier
 * version by its number), one KPI, what a unit leads or supports.
 */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

/** Every query of this feature starts with `strategy`; the answers are in the interface language. */
export const strategyKeys = {
  plan: (locale: string, version?: number) => ['strategy', 'plan', locale, version ?? 'current'] as const,
  kpi: (code: string, locale: string, version?: number) =>
    ['strategy', 'kpi', code, locale, version ?? 'current'] as const,
  unit: (code: string, locale: string) => ['strategy', 'unit', code, locale] as const,
};

/** The plan in force as a tree: its current version, or version `version` (an earlier one). */
export function usePlan(version?: number) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: strategyKeys.plan(locale, version),
    queryFn: () =>
      answer(apiClient.GET('/api/strategy/plan', { params: { query: version ? { version } : {} } })),
  });
}

/** One KPI with its tactic, strategy and projects: as the current version has it, or version `version`. */
export function useKpi(code: string, version?: number) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: strategyKeys.kpi(code, locale, version),
    queryFn: () =>
      answer(
        apiClient.GET('/api/strategy/kpis/{code}', {
          params: { path: { code }, query: version ? { version } : {} },
        }),
      ),
  });
}

/** What a unit leads or supports in the plan in force. */
export function useUnitStrategy(unitCode: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: strategyKeys.unit(unitCode, locale),
    queryFn: () =>
      answer(apiClient.GET('/api/units/{code}/strategy', { params: { path: { code: unitCode } } })),
  });
}

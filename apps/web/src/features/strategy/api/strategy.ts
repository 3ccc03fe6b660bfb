/** The strategic plan over the API, through @tanstack/react-query. Read only. */
import { useQuery } from '@tanstack/react-query';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

/** Every query of this feature starts with `strategy`; the answers are in the interface language. */
export const strategyKeys = {
  plan: (locale: string) => ['strategy', 'plan', locale] as const,
  kpi: (code: string, locale: string) => ['strategy', 'kpi', code, locale] as const,
  unit: (code: string, locale: string) => ['strategy', 'unit', code, locale] as const,
};

/** The plan in force as a tree. */
export function usePlan() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: strategyKeys.plan(locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/plan')),
  });
}

/** One KPI with its tactic, strategy and projects. */
export function useKpi(code: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: strategyKeys.kpi(code, locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/kpis/{code}', { params: { path: { code } } })),
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

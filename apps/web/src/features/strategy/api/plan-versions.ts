/**
 * The versions of the strategic plan over the API (decision 0051): the list, one KPI as the plan
 * keeps it (both languages), and its correction, which records the plan's new version. A new version
 * changes what every strategy query answers, so they are all refreshed.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KpiCorrection } from '@bia/contracts';
import { answer, apiClient } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const planVersionKeys = {
  list: (locale: string) => ['strategy', 'plan-versions', locale] as const,
  editableKpi: (code: string) => ['strategy', 'plan-kpi', code] as const,
};

/** Every version of the plan in force, newest first. */
export function usePlanVersions() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: planVersionKeys.list(locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/plan/versions')),
  });
}

/** One KPI of the current version, both languages of each text (loaded when the form opens). */
export function useEditableKpi(code: string) {
  return useQuery({
    queryKey: planVersionKeys.editableKpi(code),
    queryFn: () => answer(apiClient.GET('/api/strategy/plan/kpis/{code}', { params: { path: { code } } })),
  });
}

/** Corrects one KPI at a base version: the plan's new current version. */
export function useCorrectKpi(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KpiCorrection) =>
      answer(apiClient.PATCH('/api/strategy/plan/kpis/{code}', { params: { path: { code } }, body: input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['strategy'] }),
  });
}

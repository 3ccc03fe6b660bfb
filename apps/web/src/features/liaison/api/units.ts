/** The units directory and coverage over the API, through @tanstack/react-query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitKind, UpdateUnitInput } from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';

export type CoverageFilter = 'covered' | 'uncovered' | 'all';

export interface UnitListParams {
  q?: string;
  kind?: UnitKind;
  coverage?: CoverageFilter;
}

/** Every query of this feature starts with one of these, so changes invalidate them together. */
export const liaisonKeys = {
  units: ['units'] as const,
  unitList: (params: UnitListParams) => ['units', 'list', params] as const,
  unit: (code: string) => ['units', 'detail', code] as const,
  coverage: ['liaison', 'coverage'] as const,
};

export const coverageExportUrl = apiUrl('/api/liaison/coverage.xlsx', {});

export function useUnits(params: UnitListParams) {
  return useQuery({
    queryKey: liaisonKeys.unitList(params),
    queryFn: () =>
      answer(
        apiClient.GET('/api/units', {
          params: { query: { q: params.q, kind: params.kind, coverage: params.coverage } },
        }),
      ),
    placeholderData: (previous) => previous,
    select: (data) => data.items,
  });
}

export function useUnit(code: string) {
  return useQuery({
    queryKey: liaisonKeys.unit(code),
    queryFn: () => answer(apiClient.GET('/api/units/{code}', { params: { path: { code } } })),
  });
}

export function useCoverage() {
  return useQuery({
    queryKey: liaisonKeys.coverage,
    queryFn: () => answer(apiClient.GET('/api/liaison/coverage')),
  });
}

/** Refreshes every list, unit and coverage figure after a change. */
export function useInvalidateLiaison() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: liaisonKeys.units }),
      queryClient.invalidateQueries({ queryKey: liaisonKeys.coverage }),
    ]);
}

export function useUpdateUnit(code: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateLiaison();
  return useMutation({
    mutationFn: (input: UpdateUnitInput) =>
      answer(apiClient.PATCH('/api/units/{code}', { params: { path: { code } }, body: input })),
    onSuccess: async (unit) => {
      queryClient.setQueryData(liaisonKeys.unit(code), unit);
      await invalidate();
    },
  });
}

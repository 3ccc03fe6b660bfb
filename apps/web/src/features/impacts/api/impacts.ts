/**
 * The impact register over the API, through @tanstack/react-query: the themes (with the reader's own
 * units' answers), a theme's units, the matrix, a unit's answer, and the changes to them. A change to
 * an answer answers the answer as it is now, which replaces the one held; the lists are refreshed.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  ImpactAnswerDetail,
  ImpactAnswerSave,
  ImpactReviewInput,
  ImpactThemeInput,
  ImpactThemeUpdate,
  UnitKind,
} from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const impactKeys = {
  all: ['impacts'] as const,
  themes: (locale: string) => ['impacts', 'themes', locale] as const,
  theme: (id: string, kind: string, locale: string) => ['impacts', 'theme', id, kind, locale] as const,
  matrix: (kind: string, locale: string) => ['impacts', 'matrix', kind, locale] as const,
  answer: (id: string, unitCode: string, locale: string) =>
    ['impacts', 'answer', id, unitCode, locale] as const,
};

/** The workbook of the matrix (every unit, or those of a kind), in the reader's language. */
export function matrixExportUrl(kind: UnitKind | undefined): string {
  return apiUrl('/api/impacts/matrix.xlsx', { query: kind ? { kind } : {} });
}

export function useImpactThemes() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: impactKeys.themes(locale),
    queryFn: () => answer(apiClient.GET('/api/impacts/themes')),
  });
}

export function useImpactMatrix(kind: UnitKind | undefined, isEnabled = true) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: impactKeys.matrix(kind ?? 'all', locale),
    queryFn: () => answer(apiClient.GET('/api/impacts/matrix', { params: { query: kind ? { kind } : {} } })),
    enabled: isEnabled,
  });
}

export function useImpactTheme(id: string, kind: UnitKind | undefined) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: impactKeys.theme(id, kind ?? 'all', locale),
    queryFn: () =>
      answer(
        apiClient.GET('/api/impacts/themes/{id}', {
          params: { path: { id }, query: kind ? { kind } : {} },
        }),
      ),
  });
}

export function useImpactAnswer(id: string, unitCode: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: impactKeys.answer(id, unitCode, locale),
    queryFn: () =>
      answer(
        apiClient.GET('/api/impacts/themes/{id}/units/{unitCode}', { params: { path: { id, unitCode } } }),
      ),
  });
}

/** Refreshes what lists themes and answers (the one held is replaced by what the server answered). */
function refreshLists(queryClient: QueryClient) {
  void queryClient.invalidateQueries({
    queryKey: impactKeys.all,
    predicate: (query) => query.queryKey[1] !== 'answer',
  });
}

function storeAnswer(queryClient: QueryClient, locale: string, detail: ImpactAnswerDetail) {
  queryClient.setQueryData(impactKeys.answer(detail.theme.id, detail.unit.code, locale), detail);
  refreshLists(queryClient);
}

export function useCreateImpactTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImpactThemeInput) => answer(apiClient.POST('/api/impacts/themes', { body: input })),
    onSuccess: () => refreshLists(queryClient),
  });
}

export function useUpdateImpactTheme(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImpactThemeUpdate) =>
      answer(apiClient.PUT('/api/impacts/themes/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: impactKeys.all }),
  });
}

const answerParams = (id: string, unitCode: string) => ({ path: { id, unitCode } });

export function useSaveImpactAnswer(id: string, unitCode: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: ImpactAnswerSave) =>
      answer(
        apiClient.PUT('/api/impacts/themes/{id}/units/{unitCode}', {
          params: answerParams(id, unitCode),
          body: input,
        }),
      ),
    onSuccess: (detail) => storeAnswer(queryClient, locale, detail),
  });
}

export function useReviewImpactAnswer(id: string, unitCode: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: ImpactReviewInput) =>
      answer(
        apiClient.POST('/api/impacts/themes/{id}/units/{unitCode}/review', {
          params: answerParams(id, unitCode),
          body: input,
        }),
      ),
    onSuccess: (detail) => storeAnswer(queryClient, locale, detail),
  });
}

/** Turns an impact or a duty into a coordination request. */
export function useOpenImpactRequest() {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (itemId: string) =>
      answer(apiClient.POST('/api/impacts/items/{id}/request', { params: { path: { id: itemId } } })),
    onSuccess: (detail) => storeAnswer(queryClient, locale, detail),
  });
}

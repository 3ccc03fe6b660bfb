/**
 * Reporting in the plan's progress rounds over the API, through @tanstack/react-query: what the
 * reader's unit must report, one round item with every unit's report, and the changes made to a
 * unit's report (saved, submitted, amended, reviewed). Every change answers the item as it is now,
 * which replaces the one held; the lists of items and rounds are refreshed.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  StrategyAmendment,
  StrategyItemDetail,
  StrategyReviewInput,
  StrategySubmissionSave,
} from '@bia/contracts';
import { answer, apiClient, type ApiAnswer } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

/** An item of an open round the reader's unit leads or supports, with its own report's state. */
export type MyItem = ApiAnswer<'/api/strategy/my-items', 'get'>['items'][number];

/**
 * The queries of the reporting pages. A round item's key starts `['strategy', 'round-item', id]`, so
 * a change made elsewhere (an evidence file) refreshes it by that prefix whatever the language.
 */
export const roundItemKeys = {
  myItems: ['strategy', 'my-items'] as const,
  myItemsIn: (locale: string) => ['strategy', 'my-items', locale] as const,
  item: (id: string) => ['strategy', 'round-item', id] as const,
  itemIn: (id: string, locale: string) => ['strategy', 'round-item', id, locale] as const,
};

/** The items of open rounds the reader's unit must report or contribute to. */
export function useMyItems(isEnabled = true) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundItemKeys.myItemsIn(locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/my-items')),
    select: (data) => data.items,
    enabled: isEnabled,
  });
}

/** A round's item: its measure, the round, every unit's report and its reviews. */
export function useRoundItem(id: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundItemKeys.itemIn(id, locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/round-items/{id}', { params: { path: { id } } })),
  });
}

/** Keeps the item the server answered after a change, and refreshes the lists that count it. */
function storeItem(queryClient: QueryClient, locale: string, detail: StrategyItemDetail) {
  queryClient.setQueryData(roundItemKeys.itemIn(detail.item.id, locale), detail);
  void queryClient.invalidateQueries({
    queryKey: ['strategy'],
    predicate: (query) => query.queryKey[1] === 'my-items' || query.queryKey[1] === 'rounds',
  });
}

const submissionParams = (id: string, unitCode: string) => ({ path: { id, unitCode } });

/** Saves a unit's report as a draft or submits it, at the version read (none for the first save). */
export function useSaveSubmission(itemId: string, unitCode: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: StrategySubmissionSave) =>
      answer(
        apiClient.PUT('/api/strategy/round-items/{id}/submissions/{unitCode}', {
          params: submissionParams(itemId, unitCode),
          body: input,
        }),
      ),
    onSuccess: (detail) => storeItem(queryClient, locale, detail),
  });
}

/** Corrects an accepted report of an approved round, with the reason: reviewed again. */
export function useAmendSubmission(itemId: string, unitCode: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: StrategyAmendment) =>
      answer(
        apiClient.POST('/api/strategy/round-items/{id}/submissions/{unitCode}/amendment', {
          params: submissionParams(itemId, unitCode),
          body: input,
        }),
      ),
    onSuccess: (detail) => storeItem(queryClient, locale, detail),
  });
}

/** Accepts a submitted report, or returns it with a comment, at the version read. */
export function useReviewSubmission(itemId: string, unitCode: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: StrategyReviewInput) =>
      answer(
        apiClient.POST('/api/strategy/round-items/{id}/submissions/{unitCode}/review', {
          params: submissionParams(itemId, unitCode),
          body: input,
        }),
      ),
    onSuccess: (detail) => storeItem(queryClient, locale, detail),
  });
}

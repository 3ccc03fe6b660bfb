/**
 * The plan's progress rounds over the API (decision 0043), through @tanstack/react-query: the rounds,
 * one round with its items and who is late, opening a round and approving it. The server names units
 * and the plan's texts in the reader's language, so the language is part of every query's key. Every
 * key starts with `strategy`, `rounds`: a change refreshes them together.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StrategyRoundCreate } from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const roundKeys = {
  all: ['strategy', 'rounds'] as const,
  list: (locale: string) => ['strategy', 'rounds', 'list', locale] as const,
  one: (id: string, locale: string) => ['strategy', 'rounds', 'one', id, locale] as const,
};

const roundParams = (id: string) => ({ path: { id } });

/** Every round, the latest period first. */
export function useStrategyRounds() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.list(locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/rounds')),
    select: (data) => data.items,
  });
}

/** One round: its items, the units late or due soon, and what the reader may do. */
export function useStrategyRound(id: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.one(id, locale),
    queryFn: () => answer(apiClient.GET('/api/strategy/rounds/{id}', { params: roundParams(id) })),
  });
}

/** Opens a round; the round answered is kept for its page, and the list is refreshed. */
export function useOpenStrategyRound() {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: StrategyRoundCreate) =>
      answer(apiClient.POST('/api/strategy/rounds', { body: input })),
    onSuccess: (opened) => {
      queryClient.setQueryData(roundKeys.one(opened.round.id, locale), opened);
      void queryClient.invalidateQueries({ queryKey: roundKeys.list(locale) });
    },
  });
}

/** Approves the round at the version shown; the approved round answered replaces the one held. */
export function useApproveStrategyRound(id: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (version: number) =>
      answer(
        apiClient.POST('/api/strategy/rounds/{id}/approve', { params: roundParams(id), body: { version } }),
      ),
    onSuccess: (round) => {
      queryClient.setQueryData(roundKeys.one(id, locale), round);
      void queryClient.invalidateQueries({ queryKey: roundKeys.list(locale) });
    },
  });
}

/** The round's monitoring report (decision 0049) as DOCX or PDF, in Thai or English, for a link to download. */
export function roundReportUrl(id: string, format: 'docx' | 'pdf', lang: 'th' | 'en'): string {
  const parameters = { path: { id }, query: { lang } };
  if (format === 'docx') return apiUrl('/api/strategy/rounds/{id}/report.docx', parameters);
  return apiUrl('/api/strategy/rounds/{id}/report.pdf', parameters);
}

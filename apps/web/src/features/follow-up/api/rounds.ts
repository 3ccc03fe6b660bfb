/**
 * Follow-up rounds over the API, through @tanstack/react-query. The server names businesses, cities
 * and products in the reader's language, so the language is part of every query's key. An answer
 * answers the form as it is now, which replaces the one held; the rounds' lists are refreshed.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FollowUpAnswerInput,
  FollowUpForm,
  FollowUpLinkAnswerInput,
  FollowUpRatesUpdateInput,
  FollowUpRoundCreateInput,
} from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

/** Every query of this feature starts with `follow-up`, so a change refreshes them together. */
export const roundKeys = {
  all: ['follow-up'] as const,
  list: (locale: string) => ['follow-up', 'list', locale] as const,
  defaults: (locale: string) => ['follow-up', 'defaults', locale] as const,
  one: (id: string, locale: string) => ['follow-up', 'one', id, locale] as const,
  own: (locale: string) => ['follow-up', 'own', locale] as const,
  form: (roundId: string, businessId: string, locale: string) =>
    ['follow-up', 'form', roundId, businessId, locale] as const,
  link: (token: string, locale: string) => ['follow-up', 'link', token, locale] as const,
};

const roundParams = (id: string) => ({ path: { id } });

export function useRounds() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.list(locale),
    queryFn: () => answer(apiClient.GET('/api/follow-up-rounds')),
    select: (data) => data.items,
  });
}

/** What a new round proposes (loaded only when the officer starts one). */
export function useRoundDefaults(isEnabled: boolean) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.defaults(locale),
    queryFn: () => answer(apiClient.GET('/api/follow-up-rounds/defaults')),
    enabled: isEnabled,
    staleTime: Infinity,
  });
}

export function useRound(id: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.one(id, locale),
    queryFn: () => answer(apiClient.GET('/api/follow-up-rounds/{id}', { params: roundParams(id) })),
  });
}

export function useOpenRound() {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: FollowUpRoundCreateInput) =>
      answer(apiClient.POST('/api/follow-up-rounds', { body: input })),
    onSuccess: (opened) => {
      queryClient.setQueryData(roundKeys.one(opened.round.id, locale), opened.round);
      void queryClient.invalidateQueries({ queryKey: roundKeys.all });
    },
  });
}

export function useCloseRound(id: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (version: number) =>
      answer(
        apiClient.POST('/api/follow-up-rounds/{id}/close', { params: roundParams(id), body: { version } }),
      ),
    onSuccess: (round) => {
      queryClient.setQueryData(roundKeys.one(id, locale), round);
      void queryClient.invalidateQueries({ queryKey: roundKeys.all });
    },
  });
}

/** Sets an open round's rates (the whole list, at the version loaded); the round answered replaces the one held. */
export function useSetRates(id: string) {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return useMutation({
    mutationFn: (input: FollowUpRatesUpdateInput) =>
      answer(apiClient.PUT('/api/follow-up-rounds/{id}/rates', { params: roundParams(id), body: input })),
    onSuccess: (round) => {
      queryClient.setQueryData(roundKeys.one(id, locale), round);
      void queryClient.invalidateQueries({ queryKey: roundKeys.list(locale) });
    },
  });
}

/** The rounds that asked the signed-in entrepreneur's business. */
export function useOwnRounds(isEnabled: boolean) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.own(locale),
    queryFn: () => answer(apiClient.GET('/api/my-follow-up-rounds')),
    select: (data) => data.items,
    enabled: isEnabled,
  });
}

/** A signed-in reader's form: their business's, or (staff) the business named. */
export function useRoundForm(roundId: string, businessId: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.form(roundId, businessId, locale),
    queryFn: () =>
      answer(
        apiClient.GET('/api/follow-up-rounds/{id}/form', {
          params: { path: { id: roundId }, query: businessId ? { entrepreneurId: businessId } : {} },
        }),
      ),
    retry: false,
  });
}

/** Keeps the form the server answered after an answer, and refreshes the rounds. */
function useStoreForm(key: readonly unknown[]) {
  const queryClient = useQueryClient();
  return (form: FollowUpForm) => {
    queryClient.setQueryData(key, form);
    void queryClient.invalidateQueries({
      queryKey: roundKeys.all,
      predicate: (query) => query.queryKey[1] !== 'form' && query.queryKey[1] !== 'link',
    });
  };
}

export function useAnswer(roundId: string, businessId: string) {
  const { locale } = useFormat();
  const store = useStoreForm(roundKeys.form(roundId, businessId, locale));
  return useMutation({
    mutationFn: (input: FollowUpAnswerInput) =>
      answer(
        apiClient.POST('/api/follow-up-rounds/{id}/answers', { params: roundParams(roundId), body: input }),
      ),
    onSuccess: store,
  });
}

/** The form a single-use link opens (no account). */
export function useLinkForm(token: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: roundKeys.link(token, locale),
    queryFn: () => answer(apiClient.GET('/api/public/follow-up/{token}', { params: { path: { token } } })),
    retry: false,
    // Once answered, the link is used: asking again would only say so, over the answer just shown.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useLinkAnswer(token: string) {
  const { locale } = useFormat();
  const store = useStoreForm(roundKeys.link(token, locale));
  return useMutation({
    mutationFn: (input: FollowUpLinkAnswerInput) =>
      answer(
        apiClient.POST('/api/public/follow-up/{token}/answer', { params: { path: { token } }, body: input }),
      ),
    onSuccess: store,
  });
}

export type RoundDocument = 'xlsx' | 'docx' | 'pdf';

/** The round's workbook (the seed's form) or report, in Thai or English, for a link to download. */
export function roundDocumentUrl(id: string, document: RoundDocument, lang: 'th' | 'en'): string {
  const parameters = { path: { id }, query: { lang } };
  if (document === 'xlsx') return apiUrl('/api/follow-up-rounds/{id}/export.xlsx', parameters);
  if (document === 'docx') return apiUrl('/api/follow-up-rounds/{id}/report.docx', parameters);
  return apiUrl('/api/follow-up-rounds/{id}/report.pdf', parameters);
}

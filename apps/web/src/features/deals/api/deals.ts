/**
 * Deals over the API, through @tanstack/react-query. The server names businesses, cities and products
 * in the reader's language, so the language is part of every query's key; every change answers the
 * deal as it is now, which replaces the one held, and the lists are refreshed.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Deal, DealCreate, DealEntryInput, DealEntryUpdate, DealFromSession } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

/** Every query of this feature starts with `deals`, so a change refreshes them together. */
export const dealKeys = {
  all: ['deals'] as const,
  list: (query: string, locale: InterfaceLocale) => ['deals', 'list', query, locale] as const,
  one: (id: string, locale: InterfaceLocale) => ['deals', 'one', id, locale] as const,
  session: (sessionId: string) => ['deals', 'session', sessionId] as const,
};

/** The path parameters of one deal's routes (`/api/deals/{id}/…`). */
const dealParams = (id: string) => ({ path: { id } });
const entryParams = (id: string, entryId: string) => ({ path: { id, entryId } });

/** The list, for the query string of the page's filters (`stage=order&fiscalYear=2569`). */
export function useDeals(query: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: dealKeys.list(query, locale),
    // The page builds the query string from its filters.
    queryFn: () => answer(apiClient.GET('/api/deals', { querySerializer: () => query })),
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: dealKeys.one(id, locale),
    queryFn: () => answer(apiClient.GET('/api/deals/{id}', { params: dealParams(id) })),
  });
}

/**
 * Keeps the deal the server answered, then refreshes the lists (and the sessions' links, and the
 * deal's requests for confirmation).
 */
export function useStoreDeal() {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return (deal: Deal) => {
    queryClient.setQueryData(dealKeys.one(deal.id, locale), deal);
    void queryClient.invalidateQueries({
      queryKey: dealKeys.all,
      predicate: (query) => query.queryKey[1] !== 'one' || query.queryKey[2] !== deal.id,
    });
  };
}

export function useCreateDeal() {
  const store = useStoreDeal();
  return useMutation({
    mutationFn: (input: DealCreate) => answer(apiClient.POST('/api/deals', { body: input })),
    onSuccess: store,
  });
}

export function useAddEntry(dealId: string) {
  const store = useStoreDeal();
  return useMutation({
    mutationFn: (input: DealEntryInput) =>
      answer(apiClient.POST('/api/deals/{id}/entries', { params: dealParams(dealId), body: input })),
    onSuccess: (change) => store(change.deal),
  });
}

export function useChangeEntry(dealId: string, entryId: string) {
  const store = useStoreDeal();
  return useMutation({
    mutationFn: (input: DealEntryUpdate) =>
      answer(
        apiClient.PATCH('/api/deals/{id}/entries/{entryId}', {
          params: entryParams(dealId, entryId),
          body: input,
        }),
      ),
    onSuccess: (change) => store(change.deal),
  });
}

export function useRemoveEntry(dealId: string) {
  const store = useStoreDeal();
  return useMutation({
    mutationFn: (entryId: string) =>
      answer(apiClient.DELETE('/api/deals/{id}/entries/{entryId}', { params: entryParams(dealId, entryId) })),
    onSuccess: store,
  });
}

/** Where a document of an entry is downloaded from (as an attachment). */
export function dealDocumentFileUrl(dealId: string, entryId: string, documentId: string): string {
  return apiUrl('/api/deals/{id}/entries/{entryId}/documents/{documentId}/file', {
    path: { id: dealId, entryId, documentId },
  });
}

/** Refreshes the deal after a document came or went (its answer is the document, not the deal). */
function useRefreshDeal(dealId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['deals', 'one', dealId] });
}

/** Sends a file (multipart: `file`); the server judges its type by content and refuses above 20 MB. */
export function useUploadDealDocument(dealId: string, entryId: string) {
  const refresh = useRefreshDeal(dealId);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return answer(
        apiClient.POST('/api/deals/{id}/entries/{entryId}/documents', {
          params: entryParams(dealId, entryId),
          body: form,
        }),
      );
    },
    onSuccess: () => void refresh(),
  });
}

export function useRemoveDealDocument(dealId: string, entryId: string) {
  const refresh = useRefreshDeal(dealId);
  return useMutation({
    mutationFn: (documentId: string) =>
      answer(
        apiClient.DELETE('/api/deals/{id}/entries/{entryId}/documents/{documentId}', {
          params: { path: { id: dealId, entryId, documentId } },
        }),
      ),
    onSuccess: () => void refresh(),
  });
}

/** The contacts exchanged at a session, each with the deal started from it (if any). */
export function useSessionDeals(sessionId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: dealKeys.session(sessionId),
    queryFn: () =>
      answer(apiClient.GET('/api/programme-sessions/{id}/deals', { params: dealParams(sessionId) })),
    enabled: isEnabled,
    select: (data) => data.items,
  });
}

/** Starts the deal of a contact exchanged at a session (or answers the one started already). */
export function useStartSessionDeal(sessionId: string) {
  const store = useStoreDeal();
  return useMutation({
    mutationFn: (input: DealFromSession) =>
      answer(
        apiClient.POST('/api/programme-sessions/{id}/deals', { params: dealParams(sessionId), body: input }),
      ),
    onSuccess: store,
  });
}

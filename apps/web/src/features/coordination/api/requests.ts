/**
 * Coordination requests over the API, through @tanstack/react-query: the reader's queues, one
 * request, opening one, its status, assignment, comments and files, the units, people and trade
 * sessions to choose from, the IAO's overview and the figures of a fiscal year. The server names
 * units, people and sessions in the reader's language, so the language is part of every key; every
 * key starts with `coordination`.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CoordinationAssign,
  CoordinationComment,
  CoordinationQueue,
  CoordinationRequestCreate,
  CoordinationRequestDetail,
  CoordinationStatusChange,
  CoordinationUrgency,
} from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export type CoordinationState = 'open' | 'closed' | 'all';

export const coordinationKeys = {
  all: ['coordination'] as const,
  list: (queue: CoordinationQueue, state: CoordinationState, locale: string) =>
    ['coordination', 'list', queue, state, locale] as const,
  one: (id: string, locale: string) => ['coordination', 'one', id, locale] as const,
  unitOptions: (locale: string) => ['coordination', 'unit-options', locale] as const,
  sessionOptions: (locale: string) => ['coordination', 'session-options', locale] as const,
  assignees: (unitCode: string) => ['coordination', 'assignees', unitCode] as const,
  overview: (unitCode: string, urgency: string, locale: string) =>
    ['coordination', 'overview', unitCode, urgency, locale] as const,
  figures: (fiscalYear: number, locale: string) => ['coordination', 'figures', fiscalYear, locale] as const,
};

export function useCoordinationList(queue: CoordinationQueue, state: CoordinationState) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: coordinationKeys.list(queue, state, locale),
    queryFn: () =>
      answer(apiClient.GET('/api/coordination/requests', { params: { query: { queue, state } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCoordinationRequest(id: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: coordinationKeys.one(id, locale),
    queryFn: () => answer(apiClient.GET('/api/coordination/requests/{id}', { params: { path: { id } } })),
  });
}

export function useUnitOptions() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: coordinationKeys.unitOptions(locale),
    queryFn: () => answer(apiClient.GET('/api/coordination/unit-options')),
    staleTime: 5 * 60_000,
  });
}

/** The people the reader may assign the unit's requests to (empty when they may not). */
export function useAssignees(unitCode: string) {
  return useQuery({
    queryKey: coordinationKeys.assignees(unitCode),
    queryFn: () => answer(apiClient.GET('/api/coordination/assignees', { params: { query: { unitCode } } })),
    enabled: unitCode !== '',
    select: (data) => data.items,
  });
}

/** Partners by name, from the partner registry (every staff member reads it). */
export function usePartnerOptions(search: string) {
  return useQuery({
    queryKey: ['coordination', 'partner-options', search],
    queryFn: () => answer(apiClient.GET('/api/partners', { params: { query: search ? { q: search } : {} } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    select: (data) => data.items,
  });
}

/** The trade sessions a request may concern (not cancelled, newest first), titled in the reader's language. */
export function useSessionOptions() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: coordinationKeys.sessionOptions(locale),
    queryFn: () => answer(apiClient.GET('/api/coordination/session-options')),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useCoordinationOverview(filter: { unitCode: string; urgency: CoordinationUrgency | '' }) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: coordinationKeys.overview(filter.unitCode, filter.urgency, locale),
    queryFn: () =>
      answer(
        apiClient.GET('/api/coordination/overview', {
          params: {
            query: {
              ...(filter.unitCode ? { unitCode: filter.unitCode } : {}),
              ...(filter.urgency ? { urgency: filter.urgency } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCoordinationFigures(fiscalYear: number) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: coordinationKeys.figures(fiscalYear, locale),
    queryFn: () => answer(apiClient.GET('/api/coordination/figures', { params: { query: { fiscalYear } } })),
    placeholderData: keepPreviousData,
  });
}

/** Keeps the request answered for its page and refreshes the lists. */
function useKeepRequest() {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return (request: CoordinationRequestDetail) => {
    queryClient.setQueryData(coordinationKeys.one(request.id, locale), request);
    void queryClient.invalidateQueries({ queryKey: ['coordination', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['coordination', 'overview'] });
  };
}

export function useOpenRequest() {
  const keep = useKeepRequest();
  return useMutation({
    mutationFn: (input: CoordinationRequestCreate) =>
      answer(apiClient.POST('/api/coordination/requests', { body: input })),
    onSuccess: keep,
  });
}

const requestParams = (id: string) => ({ path: { id } });

export function useChangeStatus(id: string) {
  const keep = useKeepRequest();
  return useMutation({
    mutationFn: (input: CoordinationStatusChange) =>
      answer(
        apiClient.POST('/api/coordination/requests/{id}/status', { params: requestParams(id), body: input }),
      ),
    onSuccess: keep,
  });
}

export function useAssign(id: string) {
  const keep = useKeepRequest();
  return useMutation({
    mutationFn: (input: CoordinationAssign) =>
      answer(
        apiClient.POST('/api/coordination/requests/{id}/assignment', {
          params: requestParams(id),
          body: input,
        }),
      ),
    onSuccess: keep,
  });
}

export function useComment(id: string) {
  const keep = useKeepRequest();
  return useMutation({
    mutationFn: (input: CoordinationComment) =>
      answer(
        apiClient.POST('/api/coordination/requests/{id}/comments', {
          params: requestParams(id),
          body: input,
        }),
      ),
    onSuccess: keep,
  });
}

/** Attaches a file (multipart: `file`) to a request; the request is refreshed afterwards. */
export function useUploadFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return answer(
        apiClient.POST('/api/coordination/requests/{id}/files', { params: requestParams(id), body: form }),
      );
    },
    onSuccess: (_file, { id }) =>
      void queryClient.invalidateQueries({ queryKey: ['coordination', 'one', id] }),
  });
}

/** Where a file of a request is downloaded from. */
export function requestFileUrl(id: string, fileId: string): string {
  return apiUrl('/api/coordination/requests/{id}/files/{fileId}', { path: { id, fileId } });
}

/**
 * Seminars and workshops over the API (issue 16), through @tanstack/react-query: the events, one
 * event, its roster (managers), and the changes — an event saved, its status, a registration or its
 * cancellation, attendance, feedback, a check-in. The server answers titles in the reader's language,
 * so the language is part of every key; every key starts with `learning`, `events`, so a change
 * refreshes them together.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LearningEventCreate,
  LearningEventDetail,
  LearningEventStatus,
  LearningEventUpdate,
  LearningFeedbackCreate,
  LearningRegistrationCreate,
} from '@bia/contracts';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';
import { useFormat } from '../../../lib/format.ts';

export const eventKeys = {
  all: ['learning', 'events'] as const,
  list: (locale: string) => ['learning', 'events', 'list', locale] as const,
  one: (id: string, locale: string) => ['learning', 'events', 'one', id, locale] as const,
  roster: (id: string, locale: string) => ['learning', 'events', 'roster', id, locale] as const,
};

const byId = (id: string) => ({ path: { id } });

/** The first part of every key of the tests before and after (`testKeys.all` in tests.ts). */
const learningTestsKey = ['learning', 'tests'] as const;

export function useLearningEvents() {
  const { locale } = useFormat();
  return useQuery({
    queryKey: eventKeys.list(locale),
    queryFn: () => answer(apiClient.GET('/api/learning/events')),
  });
}

export function useLearningEvent(id: string) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: eventKeys.one(id, locale),
    queryFn: () => answer(apiClient.GET('/api/learning/events/{id}', { params: byId(id) })),
  });
}

/** Registrants, attendance, check-in links, coverage and comments: managers only. */
export function useLearningRoster(id: string, isEnabled: boolean) {
  const { locale } = useFormat();
  return useQuery({
    queryKey: eventKeys.roster(id, locale),
    queryFn: () => answer(apiClient.GET('/api/learning/events/{id}/roster', { params: byId(id) })),
    enabled: isEnabled,
  });
}

/** After a change: the event answered is kept for its page, and the lists and roster are refreshed. */
function useKeepEvent() {
  const queryClient = useQueryClient();
  const { locale } = useFormat();
  return (event: LearningEventDetail) => {
    queryClient.setQueryData(eventKeys.one(event.id, locale), event);
    void queryClient.invalidateQueries({ queryKey: eventKeys.all });
    // A seat taken or given up changes which tests the reader may take (tests.ts' keys).
    void queryClient.invalidateQueries({ queryKey: learningTestsKey });
  };
}

export function useCreateLearningEvent() {
  const keep = useKeepEvent();
  return useMutation({
    mutationFn: (input: LearningEventCreate) =>
      answer(apiClient.POST('/api/learning/events', { body: input })),
    onSuccess: keep,
  });
}

export function useUpdateLearningEvent(id: string) {
  const keep = useKeepEvent();
  return useMutation({
    mutationFn: (input: LearningEventUpdate) =>
      answer(apiClient.PUT('/api/learning/events/{id}', { params: byId(id), body: input })),
    onSuccess: keep,
  });
}

export function useChangeEventStatus(id: string) {
  const keep = useKeepEvent();
  return useMutation({
    mutationFn: (input: { status: LearningEventStatus; version: number }) =>
      answer(apiClient.POST('/api/learning/events/{id}/status', { params: byId(id), body: input })),
    onSuccess: keep,
  });
}

export function useRegister(id: string) {
  const keep = useKeepEvent();
  return useMutation({
    mutationFn: (input: LearningRegistrationCreate) =>
      answer(apiClient.POST('/api/learning/events/{id}/registrations', { params: byId(id), body: input })),
    onSuccess: keep,
  });
}

export function useCancelRegistration() {
  const keep = useKeepEvent();
  return useMutation({
    mutationFn: (registrationId: string) =>
      answer(apiClient.POST('/api/learning/registrations/{id}/cancel', { params: byId(registrationId) })),
    onSuccess: keep,
  });
}

export function useSetAttendance() {
  const keep = useKeepEvent();
  return useMutation({
    mutationFn: (input: { sessionId: string; userId: string; isPresent: boolean }) =>
      answer(
        apiClient.PUT('/api/learning/sessions/{sessionId}/attendance/{userId}', {
          params: { path: { sessionId: input.sessionId, userId: input.userId } },
          body: { isPresent: input.isPresent },
        }),
      ),
    onSuccess: keep,
  });
}

export function useGiveFeedback(id: string) {
  const keep = useKeepEvent();
  return useMutation({
    mutationFn: (input: LearningFeedbackCreate) =>
      answer(apiClient.POST('/api/learning/events/{id}/feedback', { params: byId(id), body: input })),
    onSuccess: keep,
  });
}

export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      answer(apiClient.POST('/api/learning/check-in/{token}', { params: { path: { token } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.all }),
  });
}

/** Every unit of the directory, to invite by name (the form filters them as the manager types). */
export function useUnitsToInvite() {
  return useQuery({
    queryKey: ['learning', 'units'] as const,
    queryFn: () => answer(apiClient.GET('/api/units', { params: { query: { coverage: 'all' } } })),
    select: (data) => data.items,
    staleTime: 10 * 60 * 1000,
  });
}

/** One's certificate of attendance as PDF (a manager's copy of someone else's with `userId`). */
export function certificateUrl(eventId: string, lang: 'th' | 'en', userId?: string): string {
  return apiUrl('/api/learning/events/{id}/certificate.pdf', {
    path: { id: eventId },
    query: { lang, ...(userId ? { userId } : {}) },
  });
}

/** The event's summary report as DOCX or PDF, in Thai or English. */
export function eventReportUrl(eventId: string, format: 'docx' | 'pdf', lang: 'th' | 'en'): string {
  const parameters = { path: { id: eventId }, query: { lang } };
  if (format === 'docx') return apiUrl('/api/learning/events/{id}/report.docx', parameters);
  return apiUrl('/api/learning/events/{id}/report.pdf', parameters);
}

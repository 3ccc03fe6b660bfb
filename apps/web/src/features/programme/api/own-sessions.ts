/**
 * One's own sessions over the API (a coordinator's city's, an entrepreneur's, a registered buyer's):
 * their titles come in the reader's language, so the language is part of each query's key.
 */
import { useQuery } from '@tanstack/react-query';
import type { InterfaceLocale } from '@bia/i18n';
import { answer, apiClient, apiUrl } from '../../../lib/api-client.ts';

export const ownSessionKeys = {
  list: (locale: InterfaceLocale) => ['programmes', 'own-sessions', locale] as const,
  one: (id: string, locale: InterfaceLocale) => ['programmes', 'own-session', id, locale] as const,
};

export function useOwnSessions(locale: InterfaceLocale) {
  return useQuery({
    queryKey: ownSessionKeys.list(locale),
    queryFn: () => answer(apiClient.GET('/api/my-sessions')),
    select: (data) => data.items,
  });
}

export function useOwnSession(id: string, locale: InterfaceLocale) {
  return useQuery({
    queryKey: ownSessionKeys.one(id, locale),
    queryFn: () => answer(apiClient.GET('/api/my-sessions/{id}', { params: { path: { id } } })),
  });
}

/** One's own session's calendar file, on one's own city's clock (Bangkok's for a business). */
export function ownSessionCalendarUrl(id: string): string {
  return apiUrl('/api/my-sessions/{id}/calendar.ics', { path: { id } });
}

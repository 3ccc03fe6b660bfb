import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission, SessionInfo } from '@bia/contracts';
import { answer, apiClient, setCsrfToken } from '../../../lib/api-client.ts';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<SessionInfo> {
  const session = await answer(apiClient.GET('/api/auth/session'));
  setCsrfToken(session.csrfToken);
  return session;
}

/** Who is signed in; every page reads it through this hook. */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** Stores a session answered by sign-in or a profile change, so the app updates at once. */
export function useSetSession() {
  const queryClient = useQueryClient();
  return (session: SessionInfo) => {
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(sessionQueryKey, session);
  };
}

export function hasPermission(session: SessionInfo | undefined, permission: Permission): boolean {
  return Boolean(session?.permissions.includes(permission));
}

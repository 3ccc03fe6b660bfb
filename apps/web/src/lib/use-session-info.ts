/**
 * The session already in the query cache. The identity feature keeps it there (the sign-in guard and
 * the app shell load it before any page renders), and a feature may not import another, so features
 * read it (and follow it) here rather than fetch it again.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Permission, SessionInfo } from '@bia/contracts';

/** The query key under which the identity feature keeps the session. */
const sessionKey = ['session'] as const;
const none: readonly Permission[] = [];

/** Who is signed in: `undefined` while the session loads. */
export function useSessionInfo(): SessionInfo | undefined {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  return useSyncExternalStore(subscribe, () => queryClient.getQueryData<SessionInfo>(sessionKey));
}

/** The signed-in person's permissions. */
export function usePermissions(): readonly Permission[] {
  return useSessionInfo()?.permissions ?? none;
}

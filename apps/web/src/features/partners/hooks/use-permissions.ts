import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Permission, SessionInfo } from '@bia/contracts';

/** The query key under which the identity feature keeps the session (loaded by the sign-in guard). */
const sessionKey = ['session'] as const;
const none: readonly Permission[] = [];

/**
 * The signed-in person's permissions, read from the session already in the query cache. A feature may
 * not import another (the lint rule), and the sign-in guard has loaded the session before any page of
 * this feature renders, so the cache is read (and followed) rather than fetched again.
 */
export function usePermissions(): readonly Permission[] {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  const session = useSyncExternalStore(subscribe, () => queryClient.getQueryData<SessionInfo>(sessionKey));
  return session?.permissions ?? none;
}

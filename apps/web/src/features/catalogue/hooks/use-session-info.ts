import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Permission, SessionInfo } from '@bia/contracts';
import { ownBusinessIdOf } from '../../../config/navigation.ts';

/** The query key under which the identity feature keeps the session (loaded by the sign-in guard). */
const sessionKey = ['session'] as const;
const none: readonly Permission[] = [];

/**
 * The session already in the query cache. A feature may not import another (the lint rule), and the
 * sign-in guard has loaded the session before any page of this feature renders, so the cache is read
 * (and followed) rather than fetched again.
 */
function useSessionInfo(): SessionInfo | undefined {
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

/** The business an entrepreneur keeps (their role's scope), if the signed-in person is one. */
export function useOwnBusinessId(): string | null {
  return ownBusinessIdOf(useSessionInfo());
}

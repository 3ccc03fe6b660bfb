import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@bia/contracts';

/** The query key under which the identity feature keeps the session (loaded by the app shell). */
const sessionKey = ['session'] as const;

/**
 * Who is signed in, read from the session the app shell keeps in the query cache (a feature may not
 * import another): `undefined` while it loads.
 */
export function useSessionInfo(): SessionInfo | undefined {
  const queryClient = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  );
  return useSyncExternalStore(subscribe, () => queryClient.getQueryData<SessionInfo>(sessionKey));
}

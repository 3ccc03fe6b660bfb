/** Someone signed in, for component tests: the session the app shell keeps in the query cache. */
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Permission, SessionInfo } from '@bia/contracts';

/** Puts a session with these permissions where `lib/use-session-info.ts` reads it. */
export function SignedInWith({ permissions, children }: { permissions: Permission[]; children: ReactNode }) {
  const session: SessionInfo = { user: null, permissions, csrfToken: 'csrf-token', isDemoMode: false };
  useQueryClient().setQueryData(['session'], session);
  return children;
}

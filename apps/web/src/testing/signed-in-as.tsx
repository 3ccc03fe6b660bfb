/** Someone signed in with their roles, for component tests of pages that read the roles' scopes. */
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@bia/contracts';

/** Puts the session where `lib/use-session-info.ts` reads it (the app shell keeps it there). */
export function SignedInAs({ session, children }: { session: SessionInfo; children: ReactNode }) {
  useQueryClient().setQueryData(['session'], session);
  return children;
}

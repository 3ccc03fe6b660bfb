import { ownBusinessIdOf } from '../../../config/navigation.ts';
import { useSessionInfo } from '../../../lib/use-session-info.ts';

/** The business an entrepreneur keeps (their role's scope), if the signed-in person is one. */
export function useOwnBusinessId(): string | null {
  return ownBusinessIdOf(useSessionInfo());
}

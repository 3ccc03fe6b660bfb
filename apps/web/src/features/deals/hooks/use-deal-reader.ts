/**
 * Who reads the deals, as the pages need to know it: staff see every deal (and the IAO and Social
 * Development record them for any business), an entrepreneur their own business's, a partner city's
 * coordinator their city's buyers'. The server decides what each may see and do; the pages only
 * offer what it would allow.
 */
import { ownBusinessIdOf } from '../../../config/navigation.ts';
import { useSessionInfo } from '../../../lib/use-session-info.ts';

export interface DealReader {
  /** Reads every deal (`outcomes:read`): picks businesses and cities by name among all. */
  isStaff: boolean;
  /** Records deals of any business (`outcomes:edit`). */
  canRecordAny: boolean;
  /** The business an entrepreneur keeps and records deals of (`outcomes:own`). */
  ownBusinessId: string | null;
  /** Reads the deals of their city's buyers (`outcomes:city`, a partner city's coordinator). */
  isCoordinator: boolean;
  /** May enter a new deal: for any business, or for their own. */
  canCreate: boolean;
}

export function useDealReader(): DealReader {
  const session = useSessionInfo();
  const permissions = session?.permissions ?? [];
  const isStaff = permissions.includes('outcomes:read');
  const canRecordAny = permissions.includes('outcomes:edit');
  const ownBusinessId = permissions.includes('outcomes:own') ? ownBusinessIdOf(session) : null;
  return {
    isStaff,
    canRecordAny,
    ownBusinessId,
    isCoordinator: permissions.includes('outcomes:city'),
    canCreate: canRecordAny || ownBusinessId !== null,
  };
}

import type { ScopeType } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';

/**
 * What identity needs to know about the things a role can be scoped to (units now; businesses and
 * partner cities when their modules exist). The owning modules provide it; `app.ts` wires it in.
 */
export interface ScopeDirectory {
  /** Whether the scope exists; a scope type without a directory yet accepts any id. */
  exists(scopeType: ScopeType, scopeId: string): Promise<boolean>;
  /** Readable names of scopes, in a language, keyed by id. */
  labels(scopeType: ScopeType, scopeIds: string[], locale: InterfaceLocale): Promise<Map<string, string>>;
}

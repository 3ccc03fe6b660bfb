import type { Permission, Role, ScopeType } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';

export interface RoleGrant {
  role: Role;
  scopeType: ScopeType | null;
  scopeId: string | null;
}

/** The signed-in person making a request, as the services see them. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  locale: InterfaceLocale;
  grants: RoleGrant[];
  permissions: ReadonlySet<Permission>;
  sessionId: string;
  csrfToken: string;
}

export function can(actor: Actor | null, permission: Permission): boolean {
  if (permission === 'public') return true;
  return actor !== null && actor.permissions.has(permission);
}

/** The scope ids (unit codes, business ids, partner ids) the actor holds a role for. */
export function scopesOf(actor: Actor, scopeType: ScopeType): string[] {
  return actor.grants
    .filter((grant) => grant.scopeType === scopeType && grant.scopeId)
    .map((grant) => grant.scopeId as string);
}

/** Who did something, for the audit trail. */
export interface RequestContext {
  actor: Actor | null;
  ipAddress: string;
}

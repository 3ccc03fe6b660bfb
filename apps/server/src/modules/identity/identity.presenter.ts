import {
  scopeTypes,
  type CurrentUser,
  type RoleGrantView,
  type ScopeType,
  type SessionInfo,
  type User,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Actor, RoleGrant } from '../../shared/actor.ts';
import type { UserRow } from './identity.repository.ts';
import type { ScopeDirectory } from './scope-directory.ts';

/** Names the scopes of many grants at once (one question to the directory per scope type). */
export async function presentGrants(
  grantLists: RoleGrant[][],
  scopes: ScopeDirectory,
  locale: InterfaceLocale,
): Promise<RoleGrantView[][]> {
  const grants = grantLists.flat();
  const labels = new Map<ScopeType, Map<string, string>>();
  for (const scopeType of scopeTypes) {
    const ids = grants.flatMap((grant) =>
      grant.scopeType === scopeType && grant.scopeId ? [grant.scopeId] : [],
    );
    if (ids.length > 0) labels.set(scopeType, await scopes.labels(scopeType, [...new Set(ids)], locale));
  }
  return grantLists.map((list) =>
    list.map((grant) => ({
      role: grant.role,
      scopeType: grant.scopeType,
      scopeId: grant.scopeId,
      scopeLabel:
        grant.scopeType && grant.scopeId ? (labels.get(grant.scopeType)?.get(grant.scopeId) ?? null) : null,
    })),
  );
}

export async function presentSession(
  actor: Actor | null,
  isSample: boolean,
  options: { scopes: ScopeDirectory; locale: InterfaceLocale; isDemoMode: boolean },
): Promise<SessionInfo> {
  if (!actor) return { user: null, permissions: ['public'], csrfToken: null, isDemoMode: options.isDemoMode };
  const [roles = []] = await presentGrants([actor.grants], options.scopes, options.locale);
  const user: CurrentUser = {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    locale: actor.locale,
    roles,
    isSample,
  };
  return {
    user,
    permissions: [...actor.permissions],
    csrfToken: actor.csrfToken,
    isDemoMode: options.isDemoMode,
  };
}

/** A user for administrators: with their roles' scopes named, and their sign-in lock when locked. */
export function presentUser(row: UserRow, roles: RoleGrantView[], signInLockedUntil: Date | null): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale === 'en' ? 'en' : 'th',
    roles,
    isActive: row.isActive,
    isSample: row.isSample,
    hasPassword: row.passwordHash !== null,
    signInLockedUntil: signInLockedUntil?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

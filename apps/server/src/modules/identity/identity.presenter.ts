import type { CurrentUser, RoleGrantView, SessionInfo, User } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Actor, RoleGrant } from '../../shared/actor.ts';
import type { UserRow } from './identity.repository.ts';
import type { ScopeDirectory } from './scope-directory.ts';

/** Names the scopes of many grants at once (one query per scope type). */
export async function presentGrants(
  grantLists: RoleGrant[][],
  scopes: ScopeDirectory,
  locale: InterfaceLocale,
): Promise<RoleGrantView[][]> {
  const unitIds = grantLists
    .flat()
    .flatMap((grant) => (grant.scopeType === 'unit' && grant.scopeId ? [grant.scopeId] : []));
  const unitLabels = await scopes.labels('unit', [...new Set(unitIds)], locale);
  return grantLists.map((grants) =>
    grants.map((grant) => ({
      role: grant.role,
      scopeType: grant.scopeType,
      scopeId: grant.scopeId,
      scopeLabel:
        grant.scopeType === 'unit' && grant.scopeId ? (unitLabels.get(grant.scopeId) ?? null) : null,
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

export function presentUser(row: UserRow, roles: RoleGrantView[]): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale === 'en' ? 'en' : 'th',
    roles,
    isActive: row.isActive,
    isSample: row.isSample,
    hasPassword: row.passwordHash !== null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The roles being chosen in the user form: at most one grant per role, kept in the order of `roles`
 * so that the server's field paths (`roles.2.scopeId`) point back at the right role.
 */
import { roles, roleScope, type Role, type RoleGrantInput, type RoleGrantView } from '@bia/contracts';

export interface RoleDraft {
  role: Role;
  /** Empty for roles without a scope. */
  scopeId: string;
  /** The scope's readable name as the server last gave it, when known. */
  scopeLabel: string | null;
}

export function draftsFromGrants(grants: readonly RoleGrantView[]): RoleDraft[] {
  const byRole = new Map<Role, RoleDraft>();
  for (const grant of grants) {
    if (!byRole.has(grant.role)) {
      byRole.set(grant.role, {
        role: grant.role,
        scopeId: grant.scopeId ?? '',
        scopeLabel: grant.scopeLabel,
      });
    }
  }
  return roles.flatMap((role) => {
    const draft = byRole.get(role);
    return draft ? [draft] : [];
  });
}

export function toggleRole(drafts: readonly RoleDraft[], role: Role, isChosen: boolean): RoleDraft[] {
  const others = drafts.filter((draft) => draft.role !== role);
  const next = isChosen ? [...others, { role, scopeId: '', scopeLabel: null }] : others;
  return roles.flatMap((candidate) => next.filter((draft) => draft.role === candidate));
}

/** Sets a role's scope, with its name as the picker showed it (kept for when a new search hides it). */
export function setScope(
  drafts: readonly RoleDraft[],
  role: Role,
  scopeId: string,
  scopeLabel: string | null = null,
): RoleDraft[] {
  return drafts.map((draft) => (draft.role === role ? { ...draft, scopeId, scopeLabel } : draft));
}

export function grantsFromDrafts(drafts: readonly RoleDraft[]): RoleGrantInput[] {
  return drafts.map((draft) =>
    roleScope[draft.role] ? { role: draft.role, scopeId: draft.scopeId.trim() } : { role: draft.role },
  );
}

/** Whether two sets of grants are the same (to tell whether the roles were changed). */
export function sameGrants(a: readonly RoleGrantInput[], b: readonly RoleGrantInput[]): boolean {
  const key = (grants: readonly RoleGrantInput[]) =>
    grants
      .map((grant) => `${grant.role}:${grant.scopeId ?? ''}`)
      .sort()
      .join('|');
  return key(a) === key(b);
}

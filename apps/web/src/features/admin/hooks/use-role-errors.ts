import { useTranslation } from 'react-i18next';
import type { Role } from '@bia/contracts';
import { fieldError } from '../../../lib/errors.ts';
import type { RoleDraft } from '../utils/role-drafts.ts';

/**
 * The message for one role's scope: the form's own check first, then what the server said about
 * `roles.<index>.scopeId` (the index of the role in the list that was sent).
 */
export function useRoleScopeError(
  sentDrafts: readonly RoleDraft[] | null,
  missingScope: readonly Role[],
  error: unknown,
) {
  const { t } = useTranslation(['common', 'admin']);
  return (role: Role): string | undefined => {
    if (missingScope.includes(role)) return t('admin:user_form.scope_required');
    const index = sentDrafts?.findIndex((draft) => draft.role === role) ?? -1;
    if (index < 0) return undefined;
    return fieldError(error, `roles.${index}.scopeId`) ?? fieldError(error, `roles.${index}`);
  };
}

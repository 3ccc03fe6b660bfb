import { useTranslation } from 'react-i18next';
import type { RoleGrantView } from '@bia/contracts';
import { roleLabelKey } from '../config/role-labels.ts';

/** A person's roles, each with its scope ("Liaison officer (Phra Nakhon District)"). */
export function RoleList({ roles }: { roles: readonly RoleGrantView[] }) {
  const { t } = useTranslation(['common', 'identity']);
  return (
    <ul className="plain-list">
      {roles.map((grant) => (
        <li key={`${grant.role}:${grant.scopeId ?? ''}`}>
          {grant.scopeId
            ? t('identity:role_with_scope', {
                role: t(roleLabelKey[grant.role]),
                scope: grant.scopeLabel ?? grant.scopeId,
              })
            : t(roleLabelKey[grant.role])}
        </li>
      ))}
    </ul>
  );
}

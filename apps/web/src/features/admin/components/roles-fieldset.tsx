import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, roleScope, type Role, type ScopeType } from '@bia/contracts';
import { roleLabelKey } from '../../../config/role-labels.ts';
import { setScope, toggleRole, type RoleDraft } from '../utils/role-drafts.ts';
import { BusinessPicker } from './business-picker.tsx';
import { PartnerPicker } from './partner-picker.tsx';
import type { ScopePickerProps } from './scope-select.tsx';
import { UnitPicker } from './unit-picker.tsx';

interface RolesFieldsetProps {
  drafts: readonly RoleDraft[];
  onChange: (drafts: RoleDraft[]) => void;
  /**
   * The form's message at a path: `roles` for the roles as a whole (none chosen), `roles.2.scopeId`
   * for the scope of the third role chosen (the server names it by its place in the list sent).
   */
  errorOf: (path: string) => string | undefined;
}

/** One checkbox per role; a role with a scope asks for it by name (a unit, a business, a partner city) once ticked. */
export function RolesFieldset({ drafts, onChange, errorOf }: RolesFieldsetProps) {
  const { t } = useTranslation(['common', 'admin', 'identity']);
  const errorId = useId();
  const error = errorOf('roles');
  const scopeError = (role: Role) =>
    errorOf(`roles.${drafts.findIndex((draft) => draft.role === role)}.scopeId`);
  return (
    <fieldset
      className={error ? 'fieldset field-invalid' : 'fieldset'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{t('admin:user_form.roles')}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <ul className="role-options">
        {roles.map((role) => {
          const draft = drafts.find((candidate) => candidate.role === role);
          const scope = roleScope[role];
          return (
            <li key={role} className="role-option">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={Boolean(draft)}
                  onChange={(event) => onChange(toggleRole(drafts, role, event.target.checked))}
                />
                <span>{t(roleLabelKey[role])}</span>
              </label>
              {draft && scope ? (
                <div className="role-scope">
                  <ScopePicker
                    kind={scope}
                    value={draft.scopeId}
                    valueLabel={draft.scopeLabel}
                    onChange={(id, label) => onChange(setScope(drafts, role, id, label))}
                    error={scopeError(role)}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The picker of each kind of scope. */
function ScopePicker({ kind, ...props }: ScopePickerProps & { kind: ScopeType }) {
  switch (kind) {
    case 'unit':
      return <UnitPicker {...props} />;
    case 'partner':
      return <PartnerPicker {...props} />;
    case 'business':
      return <BusinessPicker {...props} />;
  }
}

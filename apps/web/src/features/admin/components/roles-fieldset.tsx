import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, roleScope, type Role } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { roleLabelKey } from '../../../config/role-labels.ts';
import { setScope, toggleRole, type RoleDraft } from '../utils/role-drafts.ts';
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

const scopeFieldLabel = {
  business: 'admin:user_form.scope_business',
  partner: 'admin:user_form.scope_partner',
} as const;

const scopeFieldHint = {
  business: 'admin:user_form.scope_business_hint',
  partner: 'admin:user_form.scope_partner_hint',
} as const;

/** One checkbox per role; a role with a scope asks for it (a unit, a business, a partner city) once ticked. */
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
              {draft && scope === 'unit' ? (
                <div className="role-scope">
                  <UnitPicker
                    value={draft.scopeId}
                    valueLabel={draft.scopeLabel}
                    onChange={(code) => onChange(setScope(drafts, role, code))}
                    error={scopeError(role)}
                  />
                </div>
              ) : null}
              {draft && (scope === 'business' || scope === 'partner') ? (
                <div className="role-scope">
                  <Field
                    label={t(scopeFieldLabel[scope])}
                    hint={t(scopeFieldHint[scope])}
                    required
                    error={scopeError(role)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        value={draft.scopeId}
                        onChange={(event) => onChange(setScope(drafts, role, event.target.value))}
                      />
                    )}
                  </Field>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

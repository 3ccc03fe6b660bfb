/**
 * Adding a user: the address, the name shown, the language, the roles (with their scopes) and how the
 * person gets in the first time. The browser checks what the server checks (the contract's schema,
 * through utils/user-form-values.ts); the server's field errors land on their fields.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PASSWORD_MIN_LENGTH, type CreateUserInput } from '@bia/contracts';
import { interfaceLocales, type InterfaceLocale } from '@bia/i18n';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useCreateUser } from '../api/users.ts';
import type { RoleDraft } from '../utils/role-drafts.ts';
import {
  createUserFormFields,
  createUserFormSchema,
  emptyCreateUserValues,
  roleScopeFields,
  type CreateUserFormValues,
} from '../utils/user-form-values.ts';
import { DisplayNameField } from './display-name-field.tsx';
import { RolesFieldset } from './roles-fieldset.tsx';
import type { UserNotice } from './user-notice.ts';

const languageName = { th: 'language.th', en: 'language.en' } as const satisfies Record<
  InterfaceLocale,
  string
>;

export function CreateUserPage() {
  const { t } = useTranslation(['common', 'admin', 'errors', 'identity']);
  const navigate = useNavigate();
  const create = useCreateUser();
  const form = useContractForm<CreateUserFormValues, CreateUserInput>({
    schema: createUserFormSchema,
    defaultValues: emptyCreateUserValues,
  });
  const { register, errorAt } = form;
  // Registered here, in the order the fields stand, so that a failed check focuses the first of them.
  const emailRegistration = register('email');
  const drafts = form.watch('roles');
  const access = form.watch('access');

  function changeRoles(next: RoleDraft[]) {
    // Once sent, the roles are checked again as they change (a scope filled in clears its message).
    form.setValue('roles', next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  }

  function saveInput(input: CreateUserInput) {
    create.mutate(input, {
      onSuccess: (user) => {
        const notice: UserNotice = user.invitation
          ? { kind: 'created_invited', delivery: user.invitation.delivery }
          : { kind: 'created_with_password' };
        void navigate(paths.user(user.id), { state: { notice } });
      },
      onError: (failure) => {
        form.showServerErrors(failure, [...createUserFormFields, ...roleScopeFields(drafts)]);
        const rolesMessage = fieldError(failure, 'roles');
        if (rolesMessage) form.setError('roles', { type: 'server', message: rolesMessage });
      },
    });
  }

  function submit(event: FormEvent) {
    void form.handleSubmit(saveInput, () => create.reset())(event);
  }

  const hasFieldProblems = Object.keys(form.formState.errors).length > 0;
  return (
    <>
      <PageHeader
        title={t('admin:user_form.create_title')}
        intro={<p>{t('admin:user_form.create_intro')}</p>}
      />
      <p>
        <Link to={paths.users}>{t('admin:users.back_to_list')}</Link>
      </p>
      <form className="card form" onSubmit={submit} noValidate>
        {create.isError ? <Alert tone="error">{errorMessage(create.error, t)}</Alert> : null}
        {hasFieldProblems && !create.isError ? (
          <Alert tone="error">{t('errors:validation_failed')}</Alert>
        ) : null}
        <Field label={t('admin:user_form.email')} required error={errorAt('email')}>
          {(control) => (
            <input {...control} type="email" autoComplete="off" inputMode="email" {...emailRegistration} />
          )}
        </Field>
        <DisplayNameField registration={register('displayName')} error={errorAt('displayName')} />
        <Field
          label={t('admin:user_form.locale')}
          hint={t('admin:user_form.locale_hint')}
          error={errorAt('locale')}
        >
          {(control) => (
            <select {...control} {...register('locale')}>
              {interfaceLocales.map((candidate) => (
                <option key={candidate} value={candidate} lang={candidate}>
                  {t(languageName[candidate])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <RolesFieldset drafts={drafts} onChange={changeRoles} errorOf={errorAt} />
        <fieldset className="fieldset">
          <legend>{t('admin:user_form.access')}</legend>
          <label className="radio">
            <input type="radio" value="invite" {...register('access')} />
            <span>{t('admin:user_form.access_invite')}</span>
          </label>
          <label className="radio">
            <input type="radio" value="password" {...register('access')} />
            <span>{t('admin:user_form.access_password')}</span>
          </label>
          {access === 'password' ? (
            <Field
              label={t('admin:user_form.first_password')}
              hint={t('identity:password.rule', { min: PASSWORD_MIN_LENGTH })}
              required
              error={errorAt('password')}
            >
              {(control) => (
                <input {...control} type="password" autoComplete="new-password" {...register('password')} />
              )}
            </Field>
          ) : null}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('admin:user_form.create_submit')}
          </button>
          <Link to={paths.users}>{t('actions.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

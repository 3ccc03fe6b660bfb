/**
 * A person's own account: the display name, the interface language and the password. The forms check
 * what the server checks (the contracts' schemas, through utils/account-form-values.ts), and the
 * server's field errors land on their fields.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePasswordInput, CurrentUser } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RoleList } from '../../../components/role-list.tsx';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useChangePassword, useUpdateProfile } from '../api/auth.ts';
import { useSession } from '../api/session.ts';
import {
  changePasswordFormFields,
  changePasswordFormSchema,
  emptyNewPassword,
  profileFormSchema,
  type ChangePasswordFormValues,
  type ProfileFormValues,
} from '../utils/account-form-values.ts';
import { FormAlert } from './form-alert.tsx';
import { LanguageChoice } from './language-choice.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';

export function AccountPage() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const session = useSession();
  const user = session.data?.user;
  return (
    <>
      <PageHeader title={t('identity:account.title')} />
      {user ? (
        <div className="stack">
          <section className="card" aria-labelledby="account-details">
            <h2 id="account-details">{t('identity:account.details_heading')}</h2>
            <dl className="details">
              <dt>{t('identity:fields.email')}</dt>
              <dd>{user.email}</dd>
              <dt>{t('identity:account.roles')}</dt>
              <dd>
                <RoleList roles={user.roles} />
              </dd>
            </dl>
            <ProfileForm user={user} />
          </section>
          <section className="card" aria-labelledby="account-language">
            <h2 id="account-language">{t('identity:account.language_heading')}</h2>
            <p>{t('identity:account.language_intro')}</p>
            <LanguageChoice variant="full" />
          </section>
          <ChangePasswordForm />
        </div>
      ) : (
        <Loading />
      )}
    </>
  );
}

function ProfileForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const saveProfile = useUpdateProfile();
  const form = useContractForm<ProfileFormValues, ProfileFormValues>({
    schema: profileFormSchema,
    defaultValues: { displayName: user.displayName },
  });

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) =>
        saveProfile.mutate(input, { onError: (failure) => form.showServerErrors(failure, ['displayName']) }),
      () => saveProfile.reset(),
    )(event);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert error={saveProfile.error} fieldErrors={form.formState.errors} />
      {saveProfile.isSuccess ? <Alert tone="success">{t('identity:account.profile_saved')}</Alert> : null}
      <Field label={t('identity:fields.display_name')} required error={form.errorAt('displayName')}>
        {(control) => (
          <input {...control} type="text" autoComplete="name" {...form.register('displayName')} />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saveProfile.isPending}>
          {t('actions.save')}
        </button>
      </div>
    </form>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const changePassword = useChangePassword();
  const form = useContractForm<ChangePasswordFormValues, ChangePasswordInput>({
    schema: changePasswordFormSchema,
    defaultValues: { currentPassword: '', ...emptyNewPassword },
  });

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) =>
        changePassword.mutate(input, {
          onSuccess: () => form.reset(),
          onError: (failure) => form.showServerErrors(failure, changePasswordFormFields),
        }),
      () => changePassword.reset(),
    )(event);
  }

  return (
    <section className="card" aria-labelledby="account-password">
      <h2 id="account-password">{t('identity:account.password_heading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert error={changePassword.error} fieldErrors={form.formState.errors} />
        {changePassword.isSuccess ? (
          <Alert tone="success">{t('identity:account.password_changed')}</Alert>
        ) : null}
        <Field label={t('identity:password.current')} required error={form.errorAt('currentPassword')}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              {...form.register('currentPassword')}
            />
          )}
        </Field>
        <NewPasswordFields register={form.register} errorOf={form.errorAt} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={changePassword.isPending}>
            {t('identity:account.change_password')}
          </button>
        </div>
      </form>
    </section>
  );
}

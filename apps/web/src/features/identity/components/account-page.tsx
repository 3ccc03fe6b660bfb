import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useChangePassword, useUpdateProfile } from '../api/auth.ts';
import { useSession } from '../api/session.ts';
import { usePasswordProblemText } from '../hooks/use-password-problem-text.ts';
import { checkNewPassword, type NewPasswordProblems } from '../utils/password-rules.ts';
import { LanguageChoice } from './language-choice.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';
import { RoleList } from '../../../components/role-list.tsx';

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
  const update = useUpdateProfile();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [isMissing, setIsMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsMissing(displayName.trim() === '');
    if (displayName.trim() === '') {
      update.reset();
      return;
    }
    update.mutate({ displayName: displayName.trim() });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {update.isError ? <Alert tone="error">{errorMessage(update.error, t)}</Alert> : null}
      {isMissing ? <Alert tone="error">{t('errors:validation_failed')}</Alert> : null}
      {update.isSuccess ? <Alert tone="success">{t('identity:account.profile_saved')}</Alert> : null}
      <Field
        label={t('identity:fields.display_name')}
        required
        error={isMissing ? t('errors:field.required') : fieldError(update.error, 'displayName')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            name="displayName"
            autoComplete="name"
            value={displayName}
            onChange={(event) => {
              setDisplayName(event.target.value);
              setIsMissing(false);
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('actions.save')}
        </button>
      </div>
    </form>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const changePassword = useChangePassword();
  const problemText = usePasswordProblemText();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [problems, setProblems] = useState<NewPasswordProblems & { currentPassword?: boolean }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...checkNewPassword(newPassword, confirmPassword),
      currentPassword: currentPassword === '',
    };
    setProblems(found);
    if (found.newPassword || found.confirmPassword || found.currentPassword) {
      changePassword.reset();
      return;
    }
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmPassword('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="account-password">
      <h2 id="account-password">{t('identity:account.password_heading')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        {changePassword.isError ? <Alert tone="error">{errorMessage(changePassword.error, t)}</Alert> : null}
        {problems.currentPassword || problems.newPassword || problems.confirmPassword ? (
          <Alert tone="error">{t('errors:validation_failed')}</Alert>
        ) : null}
        {changePassword.isSuccess ? (
          <Alert tone="success">{t('identity:account.password_changed')}</Alert>
        ) : null}
        <Field
          label={t('identity:password.current')}
          required
          error={
            problems.currentPassword
              ? t('errors:field.required')
              : fieldError(changePassword.error, 'currentPassword')
          }
        >
          {(control) => (
            <input
              {...control}
              type="password"
              name="current-password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={(event) => {
                setCurrentPassword(event.target.value);
                setProblems((current) => ({ ...current, currentPassword: false }));
              }}
            />
          )}
        </Field>
        <NewPasswordFields
          newPassword={newPassword}
          confirmPassword={confirmPassword}
          onNewPasswordChange={(value) => {
            setNewPassword(value);
            setProblems((current) => ({ ...current, newPassword: undefined }));
          }}
          onConfirmPasswordChange={(value) => {
            setConfirmPassword(value);
            setProblems((current) => ({ ...current, confirmPassword: undefined }));
          }}
          newPasswordError={
            problemText(problems.newPassword) ?? fieldError(changePassword.error, 'newPassword')
          }
          confirmPasswordError={problemText(problems.confirmPassword)}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={changePassword.isPending}>
            {t('identity:account.change_password')}
          </button>
        </div>
      </form>
    </section>
  );
}

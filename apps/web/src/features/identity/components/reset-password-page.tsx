import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError, isApiError } from '../../../lib/errors.ts';
import { useResetPassword } from '../api/auth.ts';
import { usePasswordProblemText } from '../hooks/use-password-problem-text.ts';
import { checkNewPassword, type NewPasswordProblems } from '../utils/password-rules.ts';
import { NewPasswordFields } from './new-password-fields.tsx';

const tokenErrors = ['token_invalid', 'token_expired', 'token_used'] as const;

/** Sets a password from an e-mailed link: a reset, or (with `invite=1`) accepting an invitation. */
export function ResetPasswordPage() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const isInvite = params.get('invite') === '1';
  const reset = useResetPassword();
  const problemText = usePasswordProblemText();
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [problems, setProblems] = useState<NewPasswordProblems>({});

  const title = isInvite ? t('identity:reset.title_invite') : t('identity:reset.title');
  const intro = isInvite ? t('identity:reset.intro_invite') : t('identity:reset.intro');

  if (!token) {
    return (
      <div className="narrow-page">
        <PageHeader title={title} />
        <Alert tone="error">
          <p>{t('identity:reset.missing_token')}</p>
        </Alert>
        <p>
          <Link to={paths.forgotPassword}>{t('identity:reset.request_new')}</Link>
        </p>
      </div>
    );
  }

  if (reset.isSuccess) {
    return (
      <div className="narrow-page">
        <PageHeader title={title} />
        <div className="card">
          <Alert tone="success">
            <p>{t('identity:reset.done')}</p>
          </Alert>
          <p>
            <Link className="button" to={paths.signIn}>
              {t('identity:reset.go_to_sign_in')}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkNewPassword(newPassword, confirmPassword);
    setProblems(found);
    if (found.newPassword || found.confirmPassword) {
      reset.reset();
      return;
    }
    reset.mutate({ token, newPassword });
  };

  const isTokenError = tokenErrors.some((code) => isApiError(reset.error, code));
  return (
    <div className="narrow-page">
      <PageHeader title={title} intro={<p>{intro}</p>} />
      <form className="card form" onSubmit={onSubmit} noValidate>
        {problems.newPassword || problems.confirmPassword ? (
          <Alert tone="error">{t('errors:validation_failed')}</Alert>
        ) : null}
        {reset.isError ? (
          <Alert tone="error">
            <p>{errorMessage(reset.error, t)}</p>
            {isTokenError ? (
              <p>
                <Link to={paths.forgotPassword}>{t('identity:reset.request_new')}</Link>
              </p>
            ) : null}
          </Alert>
        ) : null}
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
          newPasswordError={problemText(problems.newPassword) ?? fieldError(reset.error, 'newPassword')}
          confirmPasswordError={problemText(problems.confirmPassword)}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={reset.isPending}>
            {isInvite ? t('identity:reset.submit_invite') : t('identity:reset.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

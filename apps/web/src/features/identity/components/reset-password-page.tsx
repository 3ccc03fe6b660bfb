import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/errors.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useResetPassword } from '../api/auth.ts';
import {
  emptyNewPassword,
  newPasswordFormFields,
  resetPasswordFormSchema,
  type NewPasswordFormValues,
} from '../utils/account-form-values.ts';
import { FormAlert } from './form-alert.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';

const tokenErrors = ['token_invalid', 'token_expired', 'token_used'] as const;

/** Sets a password from an e-mailed link: a reset, or (with `invite=1`) accepting an invitation. */
export function ResetPasswordPage() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const isInvite = params.get('invite') === '1';
  const reset = useResetPassword();
  const form = useContractForm<NewPasswordFormValues, { newPassword: string }>({
    schema: resetPasswordFormSchema,
    defaultValues: emptyNewPassword,
  });

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

  function submit(event: FormEvent) {
    void form.handleSubmit(
      ({ newPassword }) =>
        reset.mutate(
          { token, newPassword },
          { onError: (failure) => form.showServerErrors(failure, newPasswordFormFields) },
        ),
      () => reset.reset(),
    )(event);
  }

  const isTokenError = tokenErrors.some((code) => isApiError(reset.error, code));
  return (
    <div className="narrow-page">
      <PageHeader title={title} intro={<p>{intro}</p>} />
      <form className="card form" onSubmit={submit} noValidate>
        <FormAlert error={reset.error} fieldErrors={form.formState.errors}>
          {isTokenError ? (
            <p>
              <Link to={paths.forgotPassword}>{t('identity:reset.request_new')}</Link>
            </p>
          ) : null}
        </FormAlert>
        <NewPasswordFields register={form.register} errorOf={form.errorAt} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={reset.isPending}>
            {isInvite ? t('identity:reset.submit_invite') : t('identity:reset.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

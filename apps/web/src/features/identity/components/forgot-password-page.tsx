import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ForgotPasswordInput } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useForgotPassword } from '../api/auth.ts';
import { forgotPasswordFormSchema, type ForgotPasswordFormValues } from '../utils/account-form-values.ts';
import { FormAlert } from './form-alert.tsx';

/**
 * Asks for a reset link. The answer never tells whether an account exists, but it does tell whether
 * links are e-mailed at all: without a mail server, an administrator copies it from the outbox.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const forgot = useForgotPassword();
  const form = useContractForm<ForgotPasswordFormValues, ForgotPasswordInput>({
    schema: forgotPasswordFormSchema,
    defaultValues: { email: '' },
  });

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) => forgot.mutate(input, { onError: (failure) => form.showServerErrors(failure, ['email']) }),
      () => forgot.reset(),
    )(event);
  }

  return (
    <div className="narrow-page">
      <PageHeader title={t('identity:forgot.title')} intro={<p>{t('identity:forgot.intro')}</p>} />
      {forgot.isSuccess ? (
        <div className="card">
          <Alert tone="success" title={t('identity:forgot.sent_title')}>
            <p>
              {forgot.data.mail === 'smtp'
                ? t('identity:forgot.sent', { email: forgot.variables.email })
                : t('identity:forgot.sent_outbox', { email: forgot.variables.email })}
            </p>
          </Alert>
          <p>
            <Link to={paths.signIn}>{t('identity:forgot.back_to_sign_in')}</Link>
          </p>
        </div>
      ) : (
        <form className="card form" onSubmit={submit} noValidate>
          <FormAlert error={forgot.error} fieldErrors={form.formState.errors} />
          <Field label={t('identity:fields.email')} required error={form.errorAt('email')}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="email"
                inputMode="email"
                {...form.register('email')}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={forgot.isPending}>
              {t('identity:forgot.submit')}
            </button>
            <Link to={paths.signIn}>{t('identity:forgot.back_to_sign_in')}</Link>
          </div>
        </form>
      )}
    </div>
  );
}

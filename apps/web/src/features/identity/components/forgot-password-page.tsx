import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useForgotPassword } from '../api/auth.ts';

/** Asks for a reset link. The answer never tells whether an account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const [isMissing, setIsMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsMissing(email.trim() === '');
    if (email.trim() === '') {
      forgot.reset();
      return;
    }
    forgot.mutate({ email: email.trim() });
  };

  return (
    <div className="narrow-page">
      <PageHeader title={t('identity:forgot.title')} intro={<p>{t('identity:forgot.intro')}</p>} />
      {forgot.isSuccess ? (
        <div className="card">
          <Alert tone="success" title={t('identity:forgot.sent_title')}>
            <p>{t('identity:forgot.sent', { email: forgot.variables.email })}</p>
          </Alert>
          <p>
            <Link to={paths.signIn}>{t('identity:forgot.back_to_sign_in')}</Link>
          </p>
        </div>
      ) : (
        <form className="card form" onSubmit={onSubmit} noValidate>
          {forgot.isError ? <Alert tone="error">{errorMessage(forgot.error, t)}</Alert> : null}
          {isMissing ? <Alert tone="error">{t('errors:validation_failed')}</Alert> : null}
          <Field
            label={t('identity:fields.email')}
            required
            error={isMissing ? t('errors:field.required') : fieldError(forgot.error, 'email')}
          >
            {(control) => (
              <input
                {...control}
                type="email"
                name="email"
                autoComplete="email"
                inputMode="email"
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                  setIsMissing(false);
                }}
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

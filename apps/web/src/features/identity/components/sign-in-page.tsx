import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useSignIn } from '../api/auth.ts';
import { useSession } from '../api/session.ts';

export function SignInPage() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  if (session.isPending) return <Loading />;
  if (session.data?.user) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = { email: email.trim() === '', password: password === '' };
    setMissing(problems);
    if (problems.email || problems.password) {
      signIn.reset();
      return;
    }
    signIn.mutate({ email: email.trim(), password });
  };

  const required = t('errors:field.required');
  return (
    <div className="narrow-page">
      <PageHeader title={t('identity:sign_in.title')} intro={<p>{t('identity:sign_in.intro')}</p>} />
      <form className="card form" onSubmit={onSubmit} noValidate>
        {signIn.isError ? <Alert tone="error">{errorMessage(signIn.error, t)}</Alert> : null}
        {missing.email || missing.password ? (
          <Alert tone="error">{t('errors:validation_failed')}</Alert>
        ) : null}
        <Field
          label={t('identity:fields.email')}
          required
          error={missing.email ? required : fieldError(signIn.error, 'email')}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              value={email}
              onChange={(event) => {
                setEmail(event.target.value);
                setMissing((current) => ({ ...current, email: false }));
              }}
            />
          )}
        </Field>
        <Field
          label={t('identity:fields.password')}
          required
          error={missing.password ? required : fieldError(signIn.error, 'password')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                setMissing((current) => ({ ...current, password: false }));
              }}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? t('identity:sign_in.submitting') : t('identity:sign_in.submit')}
          </button>
          <Link to={paths.forgotPassword}>{t('identity:sign_in.forgot_link')}</Link>
        </div>
      </form>
    </div>
  );
}

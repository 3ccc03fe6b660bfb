/**
 * Signing in with an e-mail address and a password. The browser checks what the server checks (the
 * contract's schema, through utils/account-form-values.ts); the server's field errors land on their
 * fields, any other refusal (a wrong password) is the form's alert, in the interface language.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import type { SignInInput } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths, safeNextPath } from '../../../config/paths.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useSignIn } from '../api/auth.ts';
import { useSession } from '../api/session.ts';
import { FormAlert } from './form-alert.tsx';
import { signInFormFields, signInFormSchema, type SignInFormValues } from '../utils/account-form-values.ts';

export function SignInPage() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const form = useContractForm<SignInFormValues, SignInInput>({
    schema: signInFormSchema,
    defaultValues: { email: '', password: '' },
  });
  const { register, errorAt } = form;

  if (session.isPending) return <Loading />;
  if (session.data?.user) return <Navigate to={next} replace />;

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) =>
        signIn.mutate(input, { onError: (failure) => form.showServerErrors(failure, signInFormFields) }),
      () => signIn.reset(),
    )(event);
  }

  return (
    <div className="narrow-page">
      <PageHeader title={t('identity:sign_in.title')} intro={<p>{t('identity:sign_in.intro')}</p>} />
      <form className="card form" onSubmit={submit} noValidate>
        <FormAlert error={signIn.error} fieldErrors={form.formState.errors} />
        <Field label={t('identity:fields.email')} required error={errorAt('email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              inputMode="email"
              {...register('email')}
            />
          )}
        </Field>
        <Field label={t('identity:fields.password')} required error={errorAt('password')}>
          {(control) => (
            <input {...control} type="password" autoComplete="current-password" {...register('password')} />
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

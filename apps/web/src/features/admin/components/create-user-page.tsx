import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PASSWORD_MIN_LENGTH, type Role } from '@bia/contracts';
import { interfaceLocales, type InterfaceLocale } from '@bia/i18n';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useCreateUser } from '../api/users.ts';
import { useRoleScopeError } from '../hooks/use-role-errors.ts';
import { grantsFromDrafts, rolesMissingScope, type RoleDraft } from '../utils/role-drafts.ts';
import { RolesFieldset } from './roles-fieldset.tsx';
import type { UserNotice } from './user-notice.ts';

const languageName = { th: 'language.th', en: 'language.en' } as const satisfies Record<
  InterfaceLocale,
  string
>;

type Access = 'invite' | 'password';

interface Problems {
  email?: boolean;
  displayName?: boolean;
  roles?: boolean;
  password?: 'required' | 'too_short';
  missingScope: Role[];
}

export function CreateUserPage() {
  const { t } = useTranslation(['common', 'admin', 'errors', 'identity']);
  const navigate = useNavigate();
  const create = useCreateUser();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [locale, setLocale] = useState<InterfaceLocale>('th');
  const [drafts, setDrafts] = useState<RoleDraft[]>([]);
  const [access, setAccess] = useState<Access>('invite');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({ missingScope: [] });
  const [sentDrafts, setSentDrafts] = useState<RoleDraft[] | null>(null);
  const scopeError = useRoleScopeError(sentDrafts, problems.missingScope, create.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problems = {
      email: email.trim() === '',
      displayName: displayName.trim() === '',
      roles: drafts.length === 0,
      missingScope: rolesMissingScope(drafts),
      ...(access === 'password' && password.length === 0 ? { password: 'required' as const } : {}),
      ...(access === 'password' && password.length > 0 && password.length < PASSWORD_MIN_LENGTH
        ? { password: 'too_short' as const }
        : {}),
    };
    setProblems(found);
    if (found.email || found.displayName || found.roles || found.password || found.missingScope.length > 0) {
      create.reset();
      return;
    }
    setSentDrafts(drafts);
    create.mutate(
      {
        email: email.trim(),
        displayName: displayName.trim(),
        locale,
        roles: grantsFromDrafts(drafts),
        ...(access === 'password' ? { password } : {}),
      },
      {
        onSuccess: (user) => {
          const notice: UserNotice = access === 'invite' ? 'created_invited' : 'created_with_password';
          void navigate(paths.user(user.id), { state: { notice } });
        },
      },
    );
  };

  const required = t('errors:field.required');
  const hasClientProblems = Boolean(
    problems.email ||
    problems.displayName ||
    problems.roles ||
    problems.password ||
    problems.missingScope.length,
  );
  return (
    <>
      <PageHeader
        title={t('admin:user_form.create_title')}
        intro={<p>{t('admin:user_form.create_intro')}</p>}
      />
      <p>
        <Link to={paths.users}>{t('admin:users.back_to_list')}</Link>
      </p>
      <form className="card form" onSubmit={onSubmit} noValidate>
        {create.isError ? <Alert tone="error">{errorMessage(create.error, t)}</Alert> : null}
        {hasClientProblems && !create.isError ? (
          <Alert tone="error">{t('errors:validation_failed')}</Alert>
        ) : null}
        <Field
          label={t('admin:user_form.email')}
          required
          error={problems.email ? required : fieldError(create.error, 'email')}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              inputMode="email"
              value={email}
              onChange={(event) => {
                setEmail(event.target.value);
                setProblems((current) => ({ ...current, email: false }));
              }}
            />
          )}
        </Field>
        <Field
          label={t('admin:user_form.display_name')}
          required
          error={problems.displayName ? required : fieldError(create.error, 'displayName')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={displayName}
              onChange={(event) => {
                setDisplayName(event.target.value);
                setProblems((current) => ({ ...current, displayName: false }));
              }}
            />
          )}
        </Field>
        <Field
          label={t('admin:user_form.locale')}
          hint={t('admin:user_form.locale_hint')}
          error={fieldError(create.error, 'locale')}
        >
          {(control) => (
            <select
              {...control}
              value={locale}
              onChange={(event) => {
                const chosen = interfaceLocales.find((candidate) => candidate === event.target.value);
                if (chosen) setLocale(chosen);
              }}
            >
              {interfaceLocales.map((candidate) => (
                <option key={candidate} value={candidate} lang={candidate}>
                  {t(languageName[candidate])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <RolesFieldset
          drafts={drafts}
          onChange={(next) => {
            setDrafts(next);
            setProblems((current) => ({
              ...current,
              roles: false,
              missingScope: current.missingScope.filter((role) => rolesMissingScope(next).includes(role)),
            }));
          }}
          error={problems.roles ? t('admin:user_form.roles_required') : fieldError(create.error, 'roles')}
          scopeError={scopeError}
        />
        <fieldset className="fieldset">
          <legend>{t('admin:user_form.access')}</legend>
          <label className="radio">
            <input
              type="radio"
              name="access"
              value="invite"
              checked={access === 'invite'}
              onChange={() => setAccess('invite')}
            />
            <span>{t('admin:user_form.access_invite')}</span>
          </label>
          <label className="radio">
            <input
              type="radio"
              name="access"
              value="password"
              checked={access === 'password'}
              onChange={() => setAccess('password')}
            />
            <span>{t('admin:user_form.access_password')}</span>
          </label>
          {access === 'password' ? (
            <Field
              label={t('admin:user_form.first_password')}
              hint={t('identity:password.rule', { min: PASSWORD_MIN_LENGTH })}
              required
              error={
                problems.password === 'required'
                  ? required
                  : problems.password === 'too_short'
                    ? t('errors:field.too_short', { min: PASSWORD_MIN_LENGTH })
                    : fieldError(create.error, 'password')
              }
            >
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(event) => {
                    setPassword(event.target.value);
                    setProblems(({ password: _password, ...current }) => current);
                  }}
                />
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

/**
 * Inviting the entrepreneur to keep this business's page (Social Development officers): an account
 * scoped to the business is made and an e-mail with a link to set a password is sent. The result —
 * or the server's reason for refusing (an address that has an account already) — is shown here.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntrepreneurDetail, User } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { useInviteEntrepreneur } from '../api/businesses.ts';
import { asApiError, fieldOrItemError } from '../../../lib/errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import { textOrNull } from '../../../lib/form-values.ts';

export function InviteSection({ business }: { business: EntrepreneurDetail }) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const headingId = useId();
  const alertId = useId();
  const resultId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const invite = useInviteEntrepreneur(business.id);
  const error = asApiError(invite.error);
  // An address that has an account already (409) is said at the field.
  const emailError = fieldOrItemError(error, 'email') ?? (error?.status === 409 ? error.text() : undefined);
  const [email, setEmail] = useState(business.contactsHidden ? '' : (business.email ?? ''));
  const [displayName, setDisplayName] = useState(business.ownerName ?? '');
  const [locale, setLocale] = useState<'th' | 'en'>('th');
  const [invited, setInvited] = useState<User | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setInvited(null);
    const name = textOrNull(displayName);
    invite.mutate(
      { email: email.trim(), locale, ...(name ? { displayName: name } : {}) },
      {
        onSuccess: (user) => {
          setInvited(user);
          setEmail('');
          window.setTimeout(() => document.getElementById(resultId)?.focus());
        },
        onError: () =>
          window.setTimeout(() =>
            (
              formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
              document.getElementById(alertId)
            )?.focus(),
          ),
      },
    );
  }

  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      {invited && (
        <div id={resultId} tabIndex={-1} className="biz-focus-target">
          <Alert tone="success" title={t('invite.sent_title')}>
            <p>{t('invite.sent', { email: invited.email, name: invited.displayName })}</p>
          </Alert>
        </div>
      )}
      <form ref={formRef} className="form" aria-labelledby={headingId} noValidate onSubmit={submit}>
        {invite.isError && !emailError && (
          <ErrorAlert focusClassName="biz-focus-target" error={invite.error} id={alertId} />
        )}
        <Field
          label={<RequiredLabel>{t('invite.email')}</RequiredLabel>}
          hint={t('invite.email_hint')}
          error={emailError}
        >
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="off"
              maxLength={254}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('invite.display_name')}
          hint={t('invite.display_name_hint')}
          error={fieldOrItemError(error, 'displayName')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              name="displayName"
              autoComplete="off"
              maxLength={200}
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('invite.locale')} error={fieldOrItemError(error, 'locale')}>
          {(control) => (
            <select
              {...control}
              name="locale"
              value={locale}
              onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'th')}
            >
              <option value="th">{t('invite.locale_th')}</option>
              <option value="en">{t('invite.locale_en')}</option>
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={invite.isPending}>
            {invite.isPending ? t('invite.sending') : t('invite.send')}
          </button>
        </div>
      </form>
    </section>
  );
}

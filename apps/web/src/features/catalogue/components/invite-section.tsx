/**
 * Inviting the entrepreneur to keep this business's page (Social Development officers): an account
 * scoped to the business is made and an e-mail with a link to set a password goes out. What became of
 * the e-mail — sent, or waiting in the outbox when no mail server is configured, or refused — or the
 * server's reason for refusing (an address that has an account already) is shown here. The
 * form checks what the server checks (the contract's schema, through utils/invite-form-values.ts).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedUser, EntrepreneurDetail, InviteEntrepreneurInput } from '@bia/contracts';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { useInviteEntrepreneur } from '../api/businesses.ts';
import { asApiError } from '../../../lib/errors.ts';
import { firstProblem } from '../../../lib/form-values.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { paths } from '../../../config/paths.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { RequiredLabel } from '../../../components/required-label.tsx';
import {
  inviteFormFields,
  inviteFormSchema,
  inviteFormValuesOf,
  type InviteFormValues,
} from '../utils/invite-form-values.ts';

export function InviteSection({ business }: { business: EntrepreneurDetail }) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  const headingId = useId();
  const alertId = useId();
  const resultId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const invite = useInviteEntrepreneur(business.id);
  const [invited, setInvited] = useState<CreatedUser | null>(null);
  const mayReadOutbox = usePermissions().includes('outbox:read');
  const form = useContractForm<InviteFormValues, InviteEntrepreneurInput>({
    schema: inviteFormSchema,
    defaultValues: inviteFormValuesOf(business),
  });
  const { register, errorAt } = form;
  const error = asApiError(invite.error);
  // An address that has an account already (409) is said at the field.
  const emailError = errorAt('email') ?? (error?.status === 409 ? error.text() : undefined);

  function submit(event: FormEvent) {
    void form.handleSubmit(
      (input) => {
        setInvited(null);
        invite.mutate(input, {
          onSuccess: (user) => {
            setInvited(user);
            form.resetField('email', { defaultValue: '' });
            focusAfterRender(resultId);
          },
          onError: (failure) => {
            form.showServerErrors(failure, inviteFormFields);
            focusAfterRender(() => firstProblem(formRef.current, alertId));
          },
        });
      },
      () => {
        setInvited(null);
        invite.reset();
      },
    )(event);
  }

  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      {invited && (
        <div id={resultId} tabIndex={-1} className="biz-focus-target">
          <InvitationResult invited={invited} mayReadOutbox={mayReadOutbox} />
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
            <input {...control} type="email" autoComplete="off" maxLength={254} {...register('email')} />
          )}
        </Field>
        <Field
          label={t('invite.display_name')}
          hint={t('invite.display_name_hint')}
          error={errorAt('displayName')}
        >
          {(control) => (
            <input {...control} type="text" autoComplete="off" maxLength={200} {...register('displayName')} />
          )}
        </Field>
        <Field label={t('invite.locale')} error={errorAt('locale')}>
          {(control) => (
            <select {...control} {...register('locale')}>
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

/** Only a message really handed to a mail server is called sent; otherwise, where the link is. */
function InvitationResult({ invited, mayReadOutbox }: { invited: CreatedUser; mayReadOutbox: boolean }) {
  const { t } = useTranslation('catalogue_pages');
  const values = { email: invited.email, name: invited.displayName };
  // No invitation is never called sent.
  const delivery = invited.invitation?.delivery ?? 'outbox';
  if (delivery === 'sent') {
    return (
      <Alert tone="success" title={t('invite.sent_title')}>
        <p>{t('invite.sent', values)}</p>
      </Alert>
    );
  }
  return (
    <Alert
      tone={delivery === 'failed' ? 'error' : 'warning'}
      title={delivery === 'failed' ? t('invite.failed_title') : t('invite.outbox_title')}
    >
      <p>{delivery === 'failed' ? t('invite.failed', values) : t('invite.outbox', values)}</p>
      {mayReadOutbox ? (
        <p>
          <Link to={paths.outbox}>{t('invite.open_outbox')}</Link>
        </p>
      ) : null}
    </Alert>
  );
}

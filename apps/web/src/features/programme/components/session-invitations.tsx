/**
 * Invitation links for a session's partner side: one per participant, in the language their page
 * opens in. Given the invitee's address, the platform mails them the link; the form then says what
 * became of the mail as the server answered it: sent, waiting in the e-mail outbox because no mail
 * server is set up, or refused. Nothing is called sent unless a mail server took it (issue 13, item
 * 10; decision 0037). The link is shown once when made (only its hash is kept); a lost link is replaced from the list
 * ("new link": the old one stops working), and the new one may be mailed again. A link serves until the
 * session ends unless the officer sets an earlier expiry, and the form warns when that expiry comes
 * before the session starts (decision 0019). The browser checks what the server checks
 * (utils/invitation-form-values.ts).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  participantLanguages,
  type CreatedInvitation,
  type Invitation,
  type MailDelivery,
  type ParticipantLanguage,
  type SessionDetail,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { Field, InputField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useInvite, useNewInvitationLink, useSessionInvitations } from '../api/programmes.ts';
import {
  invitationFormFields,
  invitationFormSchema,
  isExpiryBeforeStart,
  newInvitationValues,
  type InvitationFormValues,
  type InvitationRequest,
} from '../utils/invitation-form-values.ts';
import { cityNameOf } from '../utils/names.ts';

/** Each language named in itself, as the participant would look for it. */
const languageNames: Record<ParticipantLanguage, string> = {
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  zh: '中文',
  th: 'ไทย',
};

/** A link just made, shown once: with a new invitation, or as a new link for one whose link was lost. */
interface ShownLink {
  invitation: CreatedInvitation;
  isNewLink: boolean;
}

export function SessionInvitations({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const resultId = useId();
  const focusAfterRender = useFocusAfterRender();
  const invitations = useSessionInvitations(session.id);
  const invite = useInvite(session.id);
  const [shown, setShown] = useState<ShownLink | null>(null);
  const form = useContractForm<InvitationFormValues, InvitationRequest>({
    schema: invitationFormSchema,
    defaultValues: newInvitationValues(session),
  });
  const { register } = form;
  const errors = form.formState.errors;
  const [partnerId, expiresOn, expiresTime] = form.watch(['partnerId', 'expiresOn', 'expiresTime']);
  const closesEarly = isExpiryBeforeStart({ expiresOn, expiresTime }, session);
  // The server's word on the expiry (already past, after the session) lands under its day.
  const expiryError = fieldError(invite.error, 'expiresAt');
  const isOnFields =
    expiryError !== undefined ||
    invitationFormFields.some((field) => fieldError(invite.error, field) !== undefined);
  const cityName = (id: string) => {
    const city = session.cities.find((candidate) => candidate.id === id);
    return city ? cityNameOf(city, format.locale) : '';
  };

  function show(link: ShownLink) {
    setShown(link);
    focusAfterRender(resultId);
  }

  const submit = form.handleSubmit(
    (input) => {
      setShown(null);
      invite.mutate(input, {
        onSuccess: (created) => {
          show({ invitation: created, isNewLink: false });
          form.resetField('email', { defaultValue: '' });
        },
        onError: (failure) => form.showServerErrors(failure, invitationFormFields),
      });
    },
    () => invite.reset(),
  );

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('invitations.title')}</h2>
      <p className="muted">{t('invitations.hint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="programme-form-grid">
        <Field label={t('invitations.city')} error={errors.partnerId?.message}>
          {(control) => (
            <select {...control} {...register('partnerId')}>
              {session.cities.map((city) => (
                <option key={city.id} value={city.id}>
                  {cityNameOf(city, format.locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('invitations.language')} error={errors.language?.message}>
          {(control) => (
            <select {...control} {...register('language')}>
              {participantLanguages.map((option) => (
                <option key={option} value={option} lang={option}>
                  {languageNames[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('invitations.email')}
          hint={t('invitations.email_hint')}
          error={errors.email?.message}
        >
          {(control) => <input {...control} type="email" autoComplete="off" {...register('email')} />}
        </Field>
        <FormDateField
          control={form.control}
          name="expiresOn"
          label={t('invitations.expires_on')}
          hint={t('invitations.expires_hint')}
          error={errors.expiresOn?.message ?? expiryError}
          required
        />
        <InputField
          type="time"
          label={t('invitations.expires_time')}
          hint={t('new_session.bangkok_time')}
          error={errors.expiresTime?.message}
          required
          {...register('expiresTime')}
        />
        {closesEarly && (
          <Alert tone="warning" title={t('invitations.closes_early_title')}>
            <p>
              {t('invitations.closes_early', {
                start: format.dateTime(session.startsAt),
              })}
            </p>
          </Alert>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={invite.isPending || !partnerId}>
            {t('invitations.create')}
          </button>
        </div>
      </form>
      {invite.isError && !isOnFields && <Alert tone="error">{errorMessage(invite.error, tCommon)}</Alert>}
      {shown && (
        <div id={resultId} tabIndex={-1}>
          <LinkShownOnce shown={shown} />
        </div>
      )}
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : (
        <ul className="plain-list programme-businesses">
          {invitations.data.map((item) => (
            <li key={item.id}>
              <strong>{cityName(item.partnerId)}</strong>
              <span lang={item.language}>{languageNames[item.language]}</span>
              {item.email && <span>{item.email}</span>}
              <Badge
                tone={item.status === 'used' ? 'success' : item.status === 'expired' ? 'danger' : 'neutral'}
              >
                {item.status === 'used'
                  ? t('invitations.used', { name: item.participantName ?? '' })
                  : item.status === 'expired'
                    ? t('invitations.expired')
                    : t('invitations.open', { date: format.dateTime(item.expiresAt) })}
              </Badge>
              {item.status === 'open' && item.expiresBeforeStart && (
                <Badge tone="warning">{t('invitations.closes_before_start')}</Badge>
              )}
              {item.status === 'expired' ? (
                <span className="muted">{t('invitations.expired_hint')}</span>
              ) : (
                <NewLink
                  sessionId={session.id}
                  invitation={item}
                  onMade={(made) => show({ invitation: made, isNewLink: true })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A new link for an invitation whose link was lost, after the officer confirms that the old one will
 * stop working; mailed to the invitee only when asked (an invitation not used yet, with an address).
 */
function NewLink({
  sessionId,
  invitation,
  onMade,
}: {
  sessionId: string;
  invitation: Invitation;
  onMade: (made: CreatedInvitation) => void;
}) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const panelId = useId();
  const renew = useNewInvitationLink(sessionId);
  const [isAsking, setIsAsking] = useState(false);
  const [sendMail, setSendMail] = useState(false);
  const mayMail = invitation.status === 'open' && invitation.email !== null;

  function close() {
    setIsAsking(false);
    setSendMail(false);
    renew.reset();
  }

  if (!isAsking)
    return (
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={false}
        aria-controls={panelId}
        onClick={() => setIsAsking(true)}
      >
        {t('invitations.new_link')}
      </button>
    );
  return (
    <div
      id={panelId}
      className="programme-invitation-renew"
      role="group"
      aria-label={t('invitations.new_link')}
    >
      <p>{t('invitations.new_link_hint')}</p>
      {mayMail && (
        <label className="checkbox">
          <input type="checkbox" checked={sendMail} onChange={(event) => setSendMail(event.target.checked)} />
          <span>{t('invitations.new_link_mail', { email: invitation.email })}</span>
        </label>
      )}
      {renew.isError && <Alert tone="error">{errorMessage(renew.error, tCommon)}</Alert>}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={renew.isPending}
          onClick={() =>
            renew.mutate(
              { invitationId: invitation.id, sendMail: mayMail && sendMail },
              {
                onSuccess: (made) => {
                  close();
                  onMade(made);
                },
              },
            )
          }
        >
          {t('invitations.new_link_confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={close}>
          {tCommon('actions.cancel')}
        </button>
      </div>
    </div>
  );
}

const deliveryTone = { sent: 'success', outbox: 'warning', failed: 'error' } as const satisfies Record<
  MailDelivery,
  'success' | 'warning' | 'error'
>;

/**
 * The link, shown this once, and what became of its e-mail as the server said: sent only when a mail
 * server took it; otherwise where it waits (the outbox, opened from here by those who may) or that it
 * was refused. Then where the link can be found again, and how to replace it when it is lost.
 */
function LinkShownOnce({ shown }: { shown: ShownLink }) {
  const { t } = useTranslation('programme_pages');
  const mayReadOutbox = usePermissions().includes('outbox:read');
  const { invitation, isNewLink } = shown;
  const { delivery } = invitation;
  const values = { email: invitation.email ?? '' };
  return (
    <>
      {delivery && (
        <Alert
          tone={deliveryTone[delivery]}
          title={
            delivery === 'sent'
              ? t('invitations.delivery_sent_title')
              : delivery === 'outbox'
                ? t('invitations.delivery_outbox_title')
                : t('invitations.delivery_failed_title')
          }
        >
          <p>
            {delivery === 'sent'
              ? t('invitations.delivery_sent', values)
              : delivery === 'outbox'
                ? t('invitations.delivery_outbox', values)
                : t('invitations.delivery_failed', values)}
          </p>
          {delivery !== 'sent' && mayReadOutbox && (
            <p>
              <Link to={paths.outbox}>{t('invitations.open_outbox')}</Link>
            </p>
          )}
        </Alert>
      )}
      <Alert tone="success" title={isNewLink ? t('invitations.new_link_made') : t('invitations.created')}>
        <p className="programme-invitation-link">
          <a href={invitation.link}>{invitation.link}</a>
        </p>
        <p>{delivery ? t('invitations.shown_once_mailed', values) : t('invitations.shown_once')}</p>
        {isNewLink && <p>{t('invitations.old_link_stopped')}</p>}
      </Alert>
    </>
  );
}

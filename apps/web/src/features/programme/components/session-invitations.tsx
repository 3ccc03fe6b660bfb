/**
 * Invitation links for a session's partner side: one per participant, in the language their page
 * opens in, shown once when made (only its hash is kept); then who registered with each. A link serves
 * until the session ends unless the officer sets an earlier expiry, and the form warns when that
 * expiry comes before the session starts (decision 0019). The browser checks what the server checks
 * (utils/invitation-form-values.ts).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { participantLanguages, type ParticipantLanguage, type SessionDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { FormDateField } from '../../../components/date-field.tsx';
import { Field, InputField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useInvite, useSessionInvitations } from '../api/programmes.ts';
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

export function SessionInvitations({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const invitations = useSessionInvitations(session.id);
  const invite = useInvite(session.id);
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

  const submit = form.handleSubmit(
    (input) =>
      invite.mutate(input, { onError: (failure) => form.showServerErrors(failure, invitationFormFields) }),
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
        <Field label={t('invitations.email')} error={errors.email?.message}>
          {(control) => <input {...control} type="email" {...register('email')} />}
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
      {invite.data && (
        <Alert tone="success" title={t('invitations.created')}>
          <p>{t('invitations.copy_now')}</p>
          <p className="programme-invitation-link">
            <a href={invite.data.link}>{invite.data.link}</a>
          </p>
        </Alert>
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

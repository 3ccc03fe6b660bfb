/**
 * /invitation/:token — a partner-side participant's page, no account: the session in their city's
 * time (and Bangkok's), the agenda and the products to be presented, in English, Japanese, Korean,
 * Chinese or Thai; the registration form; once registered, the meeting link and a calendar file.
 * Every message on the page is in the reader's language: the form's checks and the server's field
 * errors (utils/registration-form-values.ts), and each way a link can fail — unknown, expired, used,
 * the session over or cancelled (utils/invitation-problems.ts). The session's title and the officer's
 * agenda items are in the reader's language where the officer wrote it, else in English or Thai,
 * marked as such (decision 0025).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicInvitation, RegistrationInput } from '@bia/contracts';
import { BANGKOK_TIME_ZONE, formatDateTime, type CatalogueLocale } from '@bia/i18n';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePublicLocale } from '../../../components/public-language/index.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { calendarUrl, joinUrl, usePublicInvitation, useRegister } from '../api/programmes.ts';
import { agendaKeys } from '../hooks/use-session-labels.ts';
import { invitationProblemKey } from '../utils/invitation-problems.ts';
import {
  emptyRegistration,
  readerFieldErrors,
  registrationFormSchema,
  type RegistrationFormValues,
} from '../utils/registration-form-values.ts';
import { FallbackNote, Shown } from './shown-text.tsx';
import '../programme.css';

/** A name in the reader's language, else English, else Thai. */
function shownName(name: Record<CatalogueLocale, string | null>, locale: CatalogueLocale): string {
  return name[locale] ?? name.en ?? name.th ?? '';
}

export function InvitationPage() {
  const { t } = useTranslation('session_public');
  const token = useParams().token ?? '';
  // The page's language switch is the site header's (it offers the five languages on this page).
  const { locale } = usePublicLocale();
  const invitation = usePublicInvitation(token, locale);
  return (
    <div lang={locale} className="programme-invitation">
      <PageHeader title={t('title')} intro={<p>{t('intro')}</p>} />
      {invitation.isPending ? (
        <Loading />
      ) : invitation.isError ? (
        <Alert tone="error">{t(invitationProblemKey(invitation.error))}</Alert>
      ) : (
        <InvitationContent token={token} view={invitation.data} locale={locale} />
      )}
    </div>
  );
}

function InvitationContent({
  token,
  view,
  locale,
}: {
  token: string;
  view: PublicInvitation;
  locale: CatalogueLocale;
}) {
  const { t } = useTranslation('session_public');
  const whenId = useId();
  const agendaId = useId();
  const productsId = useId();
  const cityTime = (value: string) => formatDateTime(value, locale, { timeZone: view.city.timeZone });
  const bangkokTime = (value: string) => formatDateTime(value, locale, { timeZone: BANGKOK_TIME_ZONE });
  const endOnly = (text: string) => text.split(' ').slice(-2).join(' ');
  return (
    <>
      <section className="card" aria-labelledby={whenId}>
        <h2 id={whenId}>
          <Shown value={view.title} />
        </h2>
        <FallbackNote value={view.title} />
        <dl className="programme-times">
          <div>
            <dt>{t('your_time', { zone: view.city.timeZone })}</dt>
            <dd>
              {cityTime(view.startsAt)} – {endOnly(cityTime(view.endsAt))}
            </dd>
          </div>
          <div>
            <dt>{t('bangkok_time')}</dt>
            <dd>
              {bangkokTime(view.startsAt)} – {endOnly(bangkokTime(view.endsAt))}
            </dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby={agendaId}>
        <h2 id={agendaId}>{t('agenda')}</h2>
        <ol>
          {view.agenda.map((item, index) => (
            <li key={index}>
              {item.title ? <Shown value={item.title} /> : t(agendaKeys[item.kind])} —{' '}
              {t('minutes', { minutes: item.minutes })}
              {item.title && <FallbackNote value={item.title} />}
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby={productsId}>
        <h2 id={productsId}>{t('products')}</h2>
        {view.products.length === 0 ? (
          <p className="empty">{t('no_products')}</p>
        ) : (
          <ul>
            {view.products.map((product) => (
              <li key={product.id}>
                <strong>{shownName(product.name, locale)}</strong> — {shownName(product.business, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.participant ? (
        <Registered token={token} view={view} locale={locale} />
      ) : (
        <RegistrationForm token={token} locale={locale} />
      )}
    </>
  );
}

function Registered({
  token,
  view,
  locale,
}: {
  token: string;
  view: PublicInvitation;
  locale: CatalogueLocale;
}) {
  const { t } = useTranslation('session_public');
  return (
    <Alert tone="success" title={t('registered', { name: view.participant?.fullName ?? '' })}>
      <ul className="plain-list">
        {view.meetingUrl && (
          <li>
            {t('join')}:{' '}
            <a href={joinUrl(token)} rel="noreferrer" target="_blank">
              {view.meetingUrl}
            </a>
          </li>
        )}
        <li>
          <a href={calendarUrl(token, locale)} download>
            {t('calendar')}
          </a>
        </li>
      </ul>
    </Alert>
  );
}

function RegistrationForm({ token, locale }: { token: string; locale: CatalogueLocale }) {
  // As a list, so that the problems' keys (`session_public:field_errors.…`) are taken whole.
  const { t } = useTranslation(['session_public']);
  const headingId = useId();
  const registration = useRegister(token, locale);
  const form = useContractForm<RegistrationFormValues, RegistrationInput>({
    schema: registrationFormSchema,
    defaultValues: emptyRegistration,
  });
  const { register } = form;
  const errors = form.formState.errors;
  const fieldErrors =
    registration.error instanceof ApiError ? readerFieldErrors(registration.error.fields) : [];

  const submit = form.handleSubmit(
    (input) =>
      registration.mutate(input, {
        onError: (failure) => {
          if (!(failure instanceof ApiError)) return;
          for (const { path, messageKey, params } of readerFieldErrors(failure.fields))
            form.setError(path, { type: 'server', message: t(messageKey, params) });
        },
      }),
    () => registration.reset(),
  );

  const textFields = [
    { key: 'fullName', label: t('full_name'), type: 'text', autoComplete: 'name', isRequired: true },
    { key: 'company', label: t('company'), type: 'text', autoComplete: 'organization', isRequired: true },
    {
      key: 'position',
      label: t('position'),
      type: 'text',
      autoComplete: 'organization-title',
      isRequired: false,
    },
    { key: 'email', label: t('email'), type: 'email', autoComplete: 'email', isRequired: true },
  ] as const;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register')}</h2>
      {registration.isError && fieldErrors.length === 0 && (
        <Alert tone="error">{t(invitationProblemKey(registration.error))}</Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="programme-form-grid">
          {textFields.map((field) => (
            <Field
              key={field.key}
              label={field.label}
              error={errors[field.key]?.message}
              required={field.isRequired}
            >
              {(control) => (
                <input
                  {...control}
                  type={field.type}
                  maxLength={300}
                  autoComplete={field.autoComplete}
                  {...register(field.key)}
                />
              )}
            </Field>
          ))}
        </div>
        <Field label={t('interests')} error={errors.interests?.message}>
          {(control) => <textarea {...control} rows={3} {...register('interests')} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={registration.isPending}>
            {registration.isPending ? t('registering') : t('submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * /invitation/:token — a partner-side participant's page, no account: the session in their city's
 * time (and Bangkok's), the agenda and the products to be presented, in English, Japanese, Korean,
 * Chinese or Thai; the registration form; once registered, the meeting link and a calendar file.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AgendaItemKind, PublicInvitation, RegistrationInput } from '@bia/contracts';
import { BANGKOK_TIME_ZONE, formatDateTime, type CatalogueLocale } from '@bia/i18n';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PublicLanguageSwitch, usePublicLocale } from '../../../components/public-language/index.ts';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { calendarUrl, joinUrl, usePublicInvitation, useRegister } from '../api/programmes.ts';
import '../programme.css';

const agendaKeys = {
  introductions: 'agenda_items.introductions',
  presentations: 'agenda_items.presentations',
  buyer_questions: 'agenda_items.buyer_questions',
  summary: 'agenda_items.summary',
  custom: 'agenda_items.custom',
} as const satisfies Record<AgendaItemKind, string>;

/** A name in the reader's language, else English, else Thai. */
function shownName(name: Record<CatalogueLocale, string | null>, locale: CatalogueLocale): string {
  return name[locale] ?? name.en ?? name.th ?? '';
}

export function InvitationPage() {
  const { t } = useTranslation('session_public');
  const { t: tCommon } = useTranslation();
  const token = useParams().token ?? '';
  const { locale, change } = usePublicLocale();
  const invitation = usePublicInvitation(token);
  return (
    <div lang={locale} className="programme-invitation">
      <PageHeader
        title={t('title')}
        intro={<p>{t('intro')}</p>}
        actions={<PublicLanguageSwitch locale={locale} onChange={change} />}
      />
      {invitation.isPending ? (
        <Loading />
      ) : invitation.isError ? (
        <Alert tone="error">{errorMessage(invitation.error, tCommon)}</Alert>
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
        <h2 id={whenId}>{view.title}</h2>
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
              {item.title ?? t(agendaKeys[item.kind])} — {t('minutes', { minutes: item.minutes })}
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
      {view.participant ? <Registered token={token} view={view} /> : <RegistrationForm token={token} />}
    </>
  );
}

function Registered({ token, view }: { token: string; view: PublicInvitation }) {
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
          <a href={calendarUrl(token)} download>
            {t('calendar')}
          </a>
        </li>
      </ul>
    </Alert>
  );
}

function RegistrationForm({ token }: { token: string }) {
  const { t } = useTranslation('session_public');
  const { t: tCommon } = useTranslation();
  const headingId = useId();
  const register = useRegister(token);
  const [values, setValues] = useState({ fullName: '', company: '', position: '', email: '', interests: '' });
  const set = (key: keyof typeof values, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: RegistrationInput = {
      fullName: values.fullName.trim(),
      company: values.company.trim(),
      email: values.email.trim(),
      ...(values.position.trim() ? { position: values.position.trim() } : {}),
      ...(values.interests.trim() ? { interests: values.interests.trim() } : {}),
    };
    register.mutate(input);
  }

  const text = (
    key: 'fullName' | 'company' | 'position' | 'email',
    label: string,
    required: boolean,
    type = 'text',
  ) => (
    <Field label={label} error={fieldError(register.error, key)} required={required}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={values[key]}
          maxLength={300}
          autoComplete={
            key === 'fullName'
              ? 'name'
              : key === 'company'
                ? 'organization'
                : key === 'email'
                  ? 'email'
                  : 'organization-title'
          }
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register')}</h2>
      {register.isError && <Alert tone="error">{errorMessage(register.error, tCommon)}</Alert>}
      <form onSubmit={submit} noValidate>
        <div className="programme-form-grid">
          {text('fullName', t('full_name'), true)}
          {text('company', t('company'), true)}
          {text('position', t('position'), false)}
          {text('email', t('email'), true, 'email')}
        </div>
        <Field label={t('interests')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={values.interests}
              onChange={(event) => set('interests', event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={register.isPending}>
            {register.isPending ? t('registering') : t('submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

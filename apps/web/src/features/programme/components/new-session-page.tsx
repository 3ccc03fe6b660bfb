/**
 * /programme/:fiscalYear/sessions/new — schedules a session with one accepted city or several. Times
 * are typed on Bangkok's clock; suggested slots show every city's local time; a time that does not
 * suit a city is explained, and kept only with a reason.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CityTime, ProgrammeCity } from '@bia/contracts';
import { SESSION_MIN_MINUTES } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage, fieldError, isApiError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useCities, useCreateSession, useSlotSuggestions, type SlotQuery } from '../api/programmes.ts';
import { bangkokDayFromToday, bangkokInputToUtc, utcToBangkokInput } from '../utils/bangkok-time.ts';
import { cityNameOf } from '../utils/names.ts';
import '../programme.css';

export function NewSessionPage() {
  const { t } = useTranslation('programme_pages');
  const fiscalYear = Number(useParams().fiscalYear);
  const cities = useCities(fiscalYear);
  if (cities.isPending) return <Loading />;
  if (cities.isError) return <QueryError error={cities.error} onRetry={() => void cities.refetch()} />;
  const accepted = cities.data.filter((city) => city.replyStatus === 'accepted');
  return (
    <>
      <p>
        <Link to={paths.programme(fiscalYear)}>{t('detail.title', { year: fiscalYear })}</Link>
      </p>
      <PageHeader title={t('new_session.title')} intro={<p>{t('new_session.intro')}</p>} />
      {accepted.length === 0 ? (
        <Alert tone="warning">{t('new_session.no_accepted_city')}</Alert>
      ) : (
        <SessionForm fiscalYear={fiscalYear} cities={accepted} />
      )}
    </>
  );
}

function SessionForm({ fiscalYear, cities }: { fiscalYear: number; cities: ProgrammeCity[] }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateSession(fiscalYear);
  const citiesId = useId();
  const [partnerIds, setPartnerIds] = useState<string[]>(
    cities.length === 1 ? [cities[0]?.partner.id ?? ''] : [],
  );
  const [range, setRange] = useState({ from: bangkokDayFromToday(1), to: bangkokDayFromToday(14) });
  const [query, setQuery] = useState<SlotQuery | null>(null);
  const [values, setValues] = useState({
    title: '',
    round: '',
    start: '',
    end: '',
    meetingUrl: '',
    overrideReason: '',
  });
  const suggestions = useSlotSuggestions(fiscalYear, query);
  const needsReason = isApiError(create.error, 'schedule_needs_override');
  const cityName = (partnerId: string | null) => {
    const city = cities.find((candidate) => candidate.partner.id === partnerId);
    return city ? cityNameOf(city.partner, format.locale) : t('new_session.bangkok');
  };
  const set = (key: keyof typeof values, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  function findSlots() {
    setQuery({ partnerIds, from: range.from, to: range.to, minutes: SESSION_MIN_MINUTES });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const startsAt = bangkokInputToUtc(values.start);
    const endsAt = bangkokInputToUtc(values.end);
    create.mutate(
      {
        title: values.title.trim(),
        partnerIds,
        startsAt: startsAt ?? values.start,
        endsAt: endsAt ?? values.end,
        ...(values.round ? { round: Number(values.round) } : {}),
        ...(values.meetingUrl.trim() ? { meetingUrl: values.meetingUrl.trim() } : {}),
        ...(values.overrideReason.trim() ? { overrideReason: values.overrideReason.trim() } : {}),
      },
      { onSuccess: (session) => void navigate(paths.session(session.id)) },
    );
  }

  const scheduleProblems = create.error instanceof ApiError ? create.error.fieldMessages() : [];

  return (
    <form onSubmit={submit} noValidate className="programme-session-form">
      <fieldset className="fieldset" aria-describedby={citiesId}>
        <legend>{t('new_session.cities')}</legend>
        <p id={citiesId} className="field-hint">
          {t('new_session.cities_hint')}
        </p>
        {cities.map((city) => (
          <label key={city.id} className="radio">
            <input
              type="checkbox"
              checked={partnerIds.includes(city.partner.id)}
              onChange={(event) =>
                setPartnerIds((current) =>
                  event.target.checked
                    ? [...current, city.partner.id]
                    : current.filter((id) => id !== city.partner.id),
                )
              }
            />{' '}
            {cityNameOf(city.partner, format.locale)}
            {city.partner.timeZone && <span className="muted"> ({city.partner.timeZone})</span>}
          </label>
        ))}
        {create.error instanceof ApiError && create.error.fieldOrItemMessage('partnerIds') && (
          <p className="field-error">{create.error.fieldOrItemMessage('partnerIds')}</p>
        )}
      </fieldset>

      <section className="programme-slots" aria-labelledby="programme-slots-title">
        <h2 id="programme-slots-title">{t('new_session.suggest_title')}</h2>
        <div className="programme-form-grid">
          <Field label={t('new_session.from')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={range.from}
                onChange={(event) => setRange({ ...range, from: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('new_session.to')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={range.to}
                onChange={(event) => setRange({ ...range, to: event.target.value })}
              />
            )}
          </Field>
        </div>
        <button
          type="button"
          className="button button-secondary"
          disabled={partnerIds.length === 0}
          onClick={findSlots}
        >
          {t('new_session.suggest')}
        </button>
        {suggestions.isFetching && <Loading />}
        {suggestions.isError && <Alert tone="error">{errorMessage(suggestions.error, tCommon)}</Alert>}
        {suggestions.data && (
          <>
            {suggestions.data.slots.length === 0 ? (
              <p className="empty">
                {t('new_session.no_slot', { minutes: suggestions.data.longestSharedMinutes })}
              </p>
            ) : (
              <ul className="plain-list programme-slot-list">
                {suggestions.data.slots.map((slot) => (
                  <li key={slot.startsAt}>
                    <SlotTimes times={slot.times} cityName={cityName} />
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() =>
                        setValues((current) => ({
                          ...current,
                          start: utcToBangkokInput(slot.startsAt),
                          end: utcToBangkokInput(slot.endsAt),
                        }))
                      }
                    >
                      {t('new_session.use_slot')}
                      <span className="visually-hidden"> {format.dateTime(slot.startsAt)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {suggestions.data.holidays.length > 0 && (
              <Alert tone="warning" title={t('new_session.holidays')}>
                <ul>
                  {suggestions.data.holidays.map((holiday) => (
                    <li key={`${holiday.partnerId}-${holiday.date}-${holiday.name}`}>
                      {format.date(holiday.date)} — {cityName(holiday.partnerId)}: {holiday.name}
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
          </>
        )}
      </section>

      <div className="programme-form-grid">
        <Field label={t('new_session.session_title')} error={fieldError(create.error, 'title')} required>
          {(control) => (
            <input
              {...control}
              value={values.title}
              maxLength={300}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('new_session.round')}
          hint={t('new_session.round_hint')}
          error={fieldError(create.error, 'round')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={12}
              value={values.round}
              onChange={(event) => set('round', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('new_session.start')} hint={t('new_session.bangkok_time')} required>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={values.start}
              onChange={(event) => set('start', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('new_session.end')}
          hint={t('new_session.bangkok_time')}
          error={fieldError(create.error, 'endsAt')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={values.end}
              onChange={(event) => set('end', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('new_session.meeting_url')}
          hint={t('new_session.meeting_url_hint')}
          error={fieldError(create.error, 'meetingUrl')}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              value={values.meetingUrl}
              onChange={(event) => set('meetingUrl', event.target.value)}
            />
          )}
        </Field>
      </div>

      {create.isError && (
        <Alert tone={needsReason ? 'warning' : 'error'} title={errorMessage(create.error, tCommon)}>
          {scheduleProblems.length > 0 && (
            <ul>
              {scheduleProblems.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {(needsReason || values.overrideReason) && (
        <Field label={t('new_session.override_reason')} hint={t('new_session.override_hint')}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={values.overrideReason}
              onChange={(event) => set('overrideReason', event.target.value)}
            />
          )}
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending || partnerIds.length === 0}>
          {create.isPending ? t('step_form.saving') : t('new_session.submit')}
        </button>
      </div>
    </form>
  );
}

/** A slot as each city's clock shows it. */
export function SlotTimes({
  times,
  cityName,
}: {
  times: CityTime[];
  cityName: (partnerId: string | null) => string;
}) {
  const format = useFormat();
  return (
    <dl className="programme-times">
      {times.map((time) => (
        <div key={time.partnerId ?? 'bangkok'}>
          <dt>{cityName(time.partnerId)}</dt>
          <dd>
            {format.dateTime(time.localStart, { timeZone: time.timeZone })} –{' '}
            {format.dateTime(time.localEnd, { timeZone: time.timeZone }).split(' ').slice(-2).join(' ')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

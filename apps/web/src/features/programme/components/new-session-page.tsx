/**
 * /programme/:fiscalYear/sessions/new — schedules a session with one accepted city or several, or
 * records one that already took place (last year's: held at once, no one invited or reminded). The
 * day is typed in the reader's calendar (the shared date field: Buddhist-era year in Thai) and the
 * times on Bangkok's clock; suggested slots show every city's local time; a time that does not suit a
 * city is explained, and kept only with a reason. The title is written in Thai, and in the partner
 * cities' languages where the officer has it (decision 0025). The browser checks what the server
 * checks (utils/session-form-values.ts).
 */
import { useId, useState } from 'react';
import { useController, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  SESSION_MIN_MINUTES,
  type CityTime,
  type CreateSessionInput,
  type ProgrammeCity,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { errorMessage, isApiError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useContractForm } from '../../../lib/forms/index.ts';
import { useCities, useCreateSession, useSlotSuggestions, type SlotQuery } from '../api/programmes.ts';
import { bangkokDayFromToday, utcToBangkokDayTime } from '../utils/bangkok-time.ts';
import { cityNameOf } from '../utils/names.ts';
import {
  newSessionFormSchema,
  newSessionValues,
  type NewSessionFormValues,
} from '../utils/session-form-values.ts';
import { TitleTranslationFields } from './session-forms.tsx';
import { SessionTimeFields } from './session-time-fields.tsx';
import '../programme.css';

/**
 * Where the server's field errors land. The time's problems (outside office hours, a holiday, ending
 * before it starts) are listed together above the reason that keeps the time.
 */
const serverErrorFields = [
  'partnerIds',
  'title',
  'titleTranslations.en',
  'titleTranslations.ja',
  'titleTranslations.ko',
  'titleTranslations.zh',
  'round',
  'meetingUrl',
  'overrideReason',
] as const satisfies readonly FieldPath<NewSessionFormValues>[];

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
  const { t } = useTranslation('programme_pages');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateSession(fiscalYear);
  const citiesId = useId();
  const translationsId = useId();
  const form = useContractForm<NewSessionFormValues, CreateSessionInput>({
    schema: newSessionFormSchema,
    defaultValues: newSessionValues(cities.length === 1 ? [cities[0]?.partner.id ?? ''] : []),
  });
  const { register } = form;
  const errors = form.formState.errors;
  const [partnerIds, overrideReason, isAlreadyHeld] = form.watch([
    'partnerIds',
    'overrideReason',
    'isAlreadyHeld',
  ]);
  const day = useController({ control: form.control, name: 'day' }).field;
  const heldId = useId();
  const [range, setRange] = useState({ from: bangkokDayFromToday(1), to: bangkokDayFromToday(14) });
  // A date field holds a half-typed date as it is typed: slots are asked for between whole dates.
  const isRangeComplete = [range.from, range.to].every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date));
  const [query, setQuery] = useState<SlotQuery | null>(null);
  const suggestions = useSlotSuggestions(fiscalYear, query);
  const needsReason = isApiError(create.error, 'schedule_needs_override');
  const cityName = (partnerId: string | null) => {
    const city = cities.find((candidate) => candidate.partner.id === partnerId);
    return city ? cityNameOf(city.partner, format.locale) : t('new_session.bangkok');
  };

  function findSlots() {
    setQuery({ partnerIds, from: range.from, to: range.to, minutes: SESSION_MIN_MINUTES });
  }

  function takeSlot(slot: { startsAt: string; endsAt: string }) {
    const start = utcToBangkokDayTime(slot.startsAt);
    form.setValue('day', start.day, { shouldDirty: true });
    form.setValue('startTime', start.clock, { shouldDirty: true });
    form.setValue('endTime', utcToBangkokDayTime(slot.endsAt).clock, { shouldDirty: true });
  }

  const submit = form.handleSubmit(
    (input) =>
      create.mutate(input, {
        onSuccess: (session) => void navigate(paths.session(session.id)),
        onError: (failure) => form.showServerErrors(failure, serverErrorFields),
      }),
    () => create.reset(),
  );

  const scheduleProblems = create.error instanceof ApiError ? create.error.fieldMessages() : [];

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="programme-session-form">
      <fieldset className="fieldset" aria-describedby={citiesId}>
        <legend>{t('new_session.cities')}</legend>
        <p id={citiesId} className="field-hint">
          {t('new_session.cities_hint')}
        </p>
        {cities.map((city) => (
          <label key={city.id} className="radio">
            <input type="checkbox" value={city.partner.id} {...register('partnerIds')} />{' '}
            {cityNameOf(city.partner, format.locale)}
            {city.partner.timeZone && <span className="muted"> ({city.partner.timeZone})</span>}
          </label>
        ))}
        {errors.partnerIds?.message && <p className="field-error">{errors.partnerIds.message}</p>}
      </fieldset>

      <fieldset className="fieldset" aria-describedby={heldId}>
        <legend>{t('new_session.when')}</legend>
        <label className="radio">
          <input type="checkbox" {...register('isAlreadyHeld')} /> {t('new_session.already_held')}
        </label>
        <p id={heldId} className="field-hint">
          {t(isAlreadyHeld ? 'new_session.already_held_hint' : 'new_session.ahead_hint')}
        </p>
      </fieldset>

      {/* Times that suit every city are suggested only ahead: not for a session that took place. */}
      {!isAlreadyHeld && (
        <section className="programme-slots" aria-labelledby="programme-slots-title">
          <h2 id="programme-slots-title">{t('new_session.suggest_title')}</h2>
          <div className="programme-form-grid">
            <DateField
              label={t('new_session.from')}
              value={range.from}
              onChange={(from) => setRange({ ...range, from })}
            />
            <DateField
              label={t('new_session.to')}
              value={range.to}
              onChange={(to) => setRange({ ...range, to })}
            />
          </div>
          <button
            type="button"
            className="button button-secondary"
            disabled={partnerIds.length === 0 || !isRangeComplete}
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
                      <button type="button" className="button button-small" onClick={() => takeSlot(slot)}>
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
      )}

      <div className="programme-form-grid">
        <Field label={t('new_session.session_title')} error={errors.title?.message} required>
          {(control) => <input {...control} maxLength={300} {...register('title')} />}
        </Field>
        <Field
          label={t('new_session.round')}
          hint={t('new_session.round_hint')}
          error={errors.round?.message}
        >
          {(control) => <input {...control} type="number" min={1} max={12} {...register('round')} />}
        </Field>
        <SessionTimeFields
          day={day}
          startTime={register('startTime')}
          endTime={register('endTime')}
          errors={errors}
        />
        <Field
          label={t('new_session.meeting_url')}
          hint={t('new_session.meeting_url_hint')}
          error={errors.meetingUrl?.message}
        >
          {(control) => <input {...control} type="url" {...register('meetingUrl')} />}
        </Field>
      </div>

      <fieldset className="fieldset" aria-describedby={translationsId}>
        <legend>{t('new_session.title_translations')}</legend>
        <p id={translationsId} className="field-hint">
          {t('new_session.title_translations_hint')}
        </p>
        <div className="programme-form-grid">
          <TitleTranslationFields
            label={(language) => t('new_session.title_in', { language })}
            registerIn={(language) => register(`titleTranslations.${language}`)}
            errorIn={(language) => errors.titleTranslations?.[language]?.message}
          />
        </div>
      </fieldset>

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
      {(needsReason || overrideReason) && (
        <Field
          label={t('new_session.override_reason')}
          hint={t('new_session.override_hint')}
          error={errors.overrideReason?.message}
        >
          {(control) => <textarea {...control} rows={2} {...register('overrideReason')} />}
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending || partnerIds.length === 0}>
          {create.isPending
            ? t('step_form.saving')
            : t(isAlreadyHeld ? 'new_session.submit_held' : 'new_session.submit')}
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

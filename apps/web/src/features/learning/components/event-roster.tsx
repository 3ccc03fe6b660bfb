/**
 * What managers see of an event's people: registering a person by e-mail for a unit; registrants with
 * their units and the waiting list in order, each session's attendance ticked (by QR or by hand); the
 * check-in QR code of each session; the coverage of the invited units; the comments given.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningEventDetail, LearningEventRoster } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { InputField, SelectField } from '../../../components/field.tsx';
import { errorMessage, fieldError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import {
  useCancelRegistration,
  useLearningRoster,
  useRegister,
  useSetAttendance,
  useUnitsToInvite,
} from '../api/events.ts';
import { useEventLabels } from '../hooks/use-event-labels.ts';
import { SessionQr } from './session-qr.tsx';

export function EventRoster({ event }: { event: LearningEventDetail }) {
  const { t } = useTranslation('learning');
  const roster = useLearningRoster(event.id, true);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('roster.heading')}</h2>
      {roster.isPending && <Loading />}
      {roster.isError && <QueryError error={roster.error} onRetry={() => void roster.refetch()} />}
      {roster.data && (
        <>
          {event.status === 'open' && <RegisterPerson eventId={event.id} />}
          <Registrants event={event} roster={roster.data} />
          <CheckInCodes event={event} roster={roster.data} />
          <Coverage roster={roster.data} />
          <Comments roster={roster.data} />
        </>
      )}
    </section>
  );
}

function RegisterPerson({ eventId }: { eventId: string }) {
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const register = useRegister(eventId);
  const units = useUnitsToInvite();
  const { locale } = useFormat();
  const [email, setEmail] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const headingId = useId();
  const emailError = fieldError(register.error, 'email');
  const unitError = fieldError(register.error, 'unitCode');
  return (
    <form
      className="form card"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(submitted) => {
        submitted.preventDefault();
        register.mutate(
          { email: email.trim(), ...(unitCode.trim() ? { unitCode: unitCode.trim() } : {}) },
          { onSuccess: () => setEmail('') },
        );
      }}
    >
      <h3 id={headingId}>{t('roster.register_person')}</h3>
      {register.isError && !emailError && !unitError && (
        <Alert tone="error">
          <p>{errorMessage(register.error, frameless)}</p>
        </Alert>
      )}
      <InputField
        type="email"
        label={t('roster.email')}
        value={email}
        error={emailError}
        onChange={(typed) => setEmail(typed.target.value)}
      />
      <SelectField
        label={t('roster.unit')}
        hint={t('roster.unit_hint')}
        value={unitCode}
        error={unitError}
        onChange={(chosen) => setUnitCode(chosen.target.value)}
      >
        <option value="">{t('roster.no_unit')}</option>
        {(units.data ?? []).map((unit) => (
          <option key={unit.code} value={unit.code}>
            {locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameTh}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button" disabled={register.isPending || !email.trim()}>
        {t('roster.register_submit')}
      </button>
    </form>
  );
}

function Registrants({ event, roster }: { event: LearningEventDetail; roster: LearningEventRoster }) {
  const { t } = useTranslation('learning');
  const { t: frameless } = useTranslation();
  const format = useFormat();
  const labels = useEventLabels();
  const attendance = useSetAttendance();
  const cancel = useCancelRegistration();
  const captionId = useId();
  const failure = attendance.error ?? cancel.error;
  if (roster.registrants.length === 0) return <p className="empty">{t('roster.none')}</p>;
  return (
    <>
      {failure && (
        <Alert tone="error">
          <p>{errorMessage(failure, frameless)}</p>
        </Alert>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="table">
          <caption id={captionId}>{t('roster.registrants')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.name')}</th>
              <th scope="col">{t('roster.unit')}</th>
              <th scope="col">{t('roster.status')}</th>
              {event.sessions.map((session, index) => (
                <th key={session.id} scope="col">
                  {t('roster.session_column', { number: index + 1 })}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('roster.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roster.registrants.map((person) => (
              <tr key={person.registrationId}>
                <th scope="row">{person.name}</th>
                <td>{person.unitName ?? t('roster.no_unit')}</td>
                <td>
                  {person.status === 'waitlisted'
                    ? t('registration.waiting_position', {
                        position: format.number(person.waitingPosition ?? 0),
                      })
                    : labels.registration(person.status)}
                </td>
                {event.sessions.map((session, index) => {
                  const mark = person.attendance.find((row) => row.sessionId === session.id);
                  return (
                    <td key={session.id}>
                      {person.status === 'registered' ? (
                        <label>
                          <input
                            type="checkbox"
                            checked={Boolean(mark)}
                            disabled={attendance.isPending}
                            onChange={(changed) =>
                              attendance.mutate({
                                sessionId: session.id,
                                userId: person.userId,
                                isPresent: changed.target.checked,
                              })
                            }
                          />{' '}
                          <span className="visually-hidden">
                            {t('roster.present_label', { name: person.name, number: index + 1 })}
                          </span>
                          {mark && (mark.method === 'qr' ? t('roster.by_qr') : t('roster.by_hand'))}
                        </label>
                      ) : (
                        '—'
                      )}
                    </td>
                  );
                })}
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={cancel.isPending}
                    onClick={() => cancel.mutate(person.registrationId)}
                  >
                    {t('roster.cancel_for', { name: person.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CheckInCodes({ event, roster }: { event: LearningEventDetail; roster: LearningEventRoster }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('roster.check_in_heading')}</h3>
      <p>{t('roster.check_in_note')}</p>
      <ol className="learning-sessions">
        {event.sessions.map((session, index) => {
          const link = roster.checkInLinks.find((candidate) => candidate.sessionId === session.id);
          const label = t('roster.qr_label', { number: index + 1, when: format.dateTime(session.startsAt) });
          return (
            <li key={session.id} className="list-card">
              <h4>{label}</h4>
              {link && <SessionQr url={link.url} label={label} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Coverage({ roster }: { roster: LearningEventRoster }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const captionId = useId();
  const { coverage } = roster;
  return (
    <section>
      {coverage.isEveryUnit && <p>{t('roster.coverage_every_unit')}</p>}
      {coverage.units.length === 0 ? (
        <p className="empty">{t('roster.coverage_none')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table className="table">
            <caption id={captionId}>{t('roster.coverage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roster.unit')}</th>
                <th scope="col">{t('roster.registered_count')}</th>
                <th scope="col">{t('roster.attended_count')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.units.map((unit) => (
                <tr key={unit.code}>
                  <th scope="row">{unit.name}</th>
                  <td>{unit.registered > 0 ? format.number(unit.registered) : t('roster.nobody')}</td>
                  <td>{unit.attended > 0 ? format.number(unit.attended) : t('roster.nobody')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Comments({ roster }: { roster: LearningEventRoster }) {
  const { t } = useTranslation('learning');
  const headingId = useId();
  const withComments = roster.feedback.filter((row) => row.comments);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('roster.comments')}</h3>
      {withComments.length === 0 ? (
        <p className="empty">{t('roster.comments_none')}</p>
      ) : (
        <ul>
          {withComments.map((row, index) => (
            <li key={index}>{t('roster.comment', { rating: row.rating, comments: row.comments })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

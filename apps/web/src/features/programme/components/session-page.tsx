/**
 * /programme/sessions/:id — one session: every side's local time, what does not suit about it and
 * why it was kept, the meeting link, the connection test before it (always, seed 003 §6.1.6), and the
 * agenda, whose durations are added up against the session's length.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  agendaItemKinds,
  connectionTestResults,
  type AgendaItem,
  type AgendaItemKind,
  type ConnectionTestResult,
  type SessionDetail,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { fieldError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { sessionCalendarUrl, useSession, useUpdateSession } from '../api/programmes.ts';
import { useSessionLabels } from '../hooks/use-session-labels.ts';
import { bangkokInputToUtc, utcToBangkokInput } from '../utils/bangkok-time.ts';
import { cityNameOf } from '../utils/names.ts';
import { SlotTimes } from './new-session-page.tsx';
import { SessionBusinesses } from './session-businesses.tsx';
import { SessionInvitations } from './session-invitations.tsx';
import { SessionRecordSections } from './session-record.tsx';
import { SaveError } from './save-error.tsx';
import '../programme.css';

export function SessionPage() {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const id = useParams().id ?? '';
  const session = useSession(id);
  if (session.isPending) return <Loading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const data = session.data;
  const cityName = (partnerId: string | null) => {
    const city = data.cities.find((candidate) => candidate.id === partnerId);
    return city ? cityNameOf(city, format.locale) : t('new_session.bangkok');
  };
  return (
    <>
      {data.canManage && (
        <p>
          <Link to={paths.programme(data.fiscalYear)}>{t('detail.title', { year: data.fiscalYear })}</Link>
        </p>
      )}
      <PageHeader title={data.title} intro={<SessionIntro session={data} cityName={cityName} />} />
      <SessionTimes session={data} cityName={cityName} />
      <ConnectionTest key={`test-${data.version}`} session={data} onReload={() => void session.refetch()} />
      <SessionBusinesses session={data} />
      {data.canInvite && <SessionInvitations session={data} />}
      <AgendaSection key={`agenda-${data.version}`} session={data} onReload={() => void session.refetch()} />
      <SessionRecordSections session={data} onReload={() => void session.refetch()} />
    </>
  );
}

function SessionIntro({
  session,
  cityName,
}: {
  session: SessionDetail;
  cityName: (id: string | null) => string;
}) {
  const { t } = useTranslation('programme_pages');
  const labels = useSessionLabels(cityName);
  return (
    <p className="inline-badges">
      <Badge>{t(session.format === 'multilateral' ? 'session.multilateral' : 'session.bilateral')}</Badge>
      <Badge
        tone={session.status === 'held' ? 'success' : session.status === 'cancelled' ? 'danger' : 'neutral'}
      >
        {labels.status(session.status)}
      </Badge>
      {session.round !== null && <span>{t('session_number', { number: session.round })}</span>}
    </p>
  );
}

function SessionTimes({
  session,
  cityName,
}: {
  session: SessionDetail;
  cityName: (id: string | null) => string;
}) {
  const { t } = useTranslation('programme_pages');
  const labels = useSessionLabels(cityName);
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.times')}</h2>
      <SlotTimes times={session.times} cityName={cityName} />
      {session.problems.length > 0 && (
        <Alert tone="warning" title={t('session.problems')}>
          <ul>
            {session.problems.map((problem) => (
              <li key={`${problem.code}-${problem.partnerId}-${problem.localDate}`}>
                {labels.problem(problem)}
              </li>
            ))}
          </ul>
          {session.scheduleOverrideReason && (
            <p>{t('session.override_reason', { reason: session.scheduleOverrideReason })}</p>
          )}
        </Alert>
      )}
      <p>
        <a href={sessionCalendarUrl(session.id)} download>
          {t('session.calendar')}
        </a>
      </p>
      {session.meetingUrl ? (
        <p>
          {t('session.meeting')}{' '}
          <a href={session.meetingUrl} rel="noreferrer" target="_blank">
            {session.meetingUrl}
          </a>
        </p>
      ) : (
        <p className="muted">{t('session.no_meeting_url')}</p>
      )}
    </section>
  );
}

function ConnectionTest({ session, onReload }: { session: SessionDetail; onReload: () => void }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const labels = useSessionLabels(() => '');
  const format = useFormat();
  const update = useUpdateSession(session.id);
  const headingId = useId();
  const [at, setAt] = useState(session.connectionTestAt ? utcToBangkokInput(session.connectionTestAt) : '');
  const [result, setResult] = useState<ConnectionTestResult>(session.connectionTestResult);
  const [note, setNote] = useState(session.connectionTestNote ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({
      version: session.version,
      connectionTest: { at: at ? bangkokInputToUtc(at) : null, result, note: note.trim() || null },
    });
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.connection_test')}</h2>
      <p>
        <Badge
          tone={
            session.connectionTestResult === 'passed'
              ? 'success'
              : session.connectionTestResult === 'failed'
                ? 'danger'
                : 'warning'
          }
        >
          {labels.connectionTest(session.connectionTestResult)}
        </Badge>{' '}
        {session.connectionTestAt && format.dateTime(session.connectionTestAt)}
      </p>
      {session.canManage && (
        <form onSubmit={submit} noValidate>
          <SaveError error={update.error} onReload={onReload} />
          <div className="programme-form-grid">
            <Field label={t('session.test_at')} hint={t('new_session.bangkok_time')}>
              {(control) => (
                <input
                  {...control}
                  type="datetime-local"
                  value={at}
                  onChange={(event) => setAt(event.target.value)}
                />
              )}
            </Field>
            <Field label={t('session.test_result')}>
              {(control) => (
                <select
                  {...control}
                  value={result}
                  onChange={(event) => setResult(event.target.value as ConnectionTestResult)}
                >
                  {connectionTestResults.map((option) => (
                    <option key={option} value={option}>
                      {labels.connectionTest(option)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('step_form.note')}>
              {(control) => (
                <input
                  {...control}
                  value={note}
                  maxLength={2000}
                  onChange={(event) => setNote(event.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={update.isPending}>
              {t('session.save_test')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function AgendaSection({ session, onReload }: { session: SessionDetail; onReload: () => void }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const labels = useSessionLabels(() => '');
  const format = useFormat();
  const update = useUpdateSession(session.id);
  const headingId = useId();
  const [items, setItems] = useState<AgendaItem[]>(session.agenda);
  const total = items.reduce((sum, item) => sum + (Number.isFinite(item.minutes) ? item.minutes : 0), 0);
  const change = (index: number, next: Partial<AgendaItem>) =>
    setItems((current) => current.map((item, at) => (at === index ? { ...item, ...next } : item)));

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ version: session.version, agenda: items });
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('session.agenda')}</h2>
      <p className={total === session.sessionMinutes ? 'muted' : 'field-error'}>
        {t('session.agenda_total', {
          total: format.number(total),
          length: format.number(session.sessionMinutes),
        })}
      </p>
      {session.canManage ? (
        <form onSubmit={submit} noValidate>
          <SaveError error={update.error} onReload={onReload} />
          <ol className="programme-agenda">
            {items.map((item, index) => (
              <li key={index}>
                <Field
                  label={t('session.agenda_item', { number: index + 1 })}
                  error={fieldError(update.error, `agenda.${index}.title`)}
                >
                  {(control) =>
                    item.kind === 'custom' ? (
                      <input
                        {...control}
                        value={item.title ?? ''}
                        maxLength={300}
                        onChange={(event) => change(index, { title: event.target.value || null })}
                      />
                    ) : (
                      <select
                        {...control}
                        value={item.kind}
                        onChange={(event) => change(index, { kind: event.target.value as AgendaItemKind })}
                      >
                        {agendaItemKinds
                          .filter((kind) => kind !== 'custom')
                          .map((kind) => (
                            <option key={kind} value={kind}>
                              {labels.agendaKind(kind)}
                            </option>
                          ))}
                      </select>
                    )
                  }
                </Field>
                <Field label={t('session.minutes')}>
                  {(control) => (
                    <input
                      {...control}
                      type="number"
                      min={5}
                      max={240}
                      value={item.minutes}
                      onChange={(event) => change(index, { minutes: Number(event.target.value) })}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={items.length === 1}
                  onClick={() => setItems((current) => current.filter((_, at) => at !== index))}
                >
                  {t('session.remove_item', { number: index + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                setItems((current) => [...current, { kind: 'custom', title: null, minutes: 15 }])
              }
            >
              {t('session.add_item')}
            </button>
            <button type="submit" className="button" disabled={update.isPending}>
              {t('session.save_agenda')}
            </button>
          </div>
        </form>
      ) : (
        <ol>
          {session.agenda.map((item, index) => (
            <li key={index}>
              {labels.agendaItem(item)} —{' '}
              {t('session.minutes_value', { minutes: format.number(item.minutes) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

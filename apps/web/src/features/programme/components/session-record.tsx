/**
 * During and after a session (seed 003 §6.1.7–6.1.8): marking it held or cancelled, check-in of the
 * businesses and the registered buyers, the interest each buyer showed in each product, the contacts
 * exchanged (only for businesses that consented), the minutes and the report's words, and the report
 * itself in Thai or English, with the day it went to the executives.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  interestLevels,
  recordTextFields,
  type InterestLevel,
  type SessionDetail,
  type SessionRecord,
} from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Badge } from '../../../components/badge.tsx';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useUpdateSession } from '../api/programmes.ts';
import {
  reportUrl,
  useDeliverReport,
  useSaveAttendance,
  useSaveContacts,
  useSaveInterests,
  useSaveRecordTexts,
  useSessionRecord,
} from '../api/session-record.ts';
import { cityNameOf, recordNameOf } from '../utils/names.ts';
import { SaveError } from './save-error.tsx';

type Business = SessionRecord['businesses'][number];

const levelKeys = {
  none: 'record.levels.none',
  some: 'record.levels.some',
  strong: 'record.levels.strong',
} as const satisfies Record<InterestLevel, string>;

const textFieldKeys = {
  summary: 'record.fields.summary',
  minutes: 'record.fields.minutes',
  evaluation: 'record.fields.evaluation',
  problems: 'record.fields.problems',
  suggestions: 'record.fields.suggestions',
} as const satisfies Record<(typeof recordTextFields)[number], string>;
type Participant = SessionRecord['participants'][number];

/** What each section of the record is given: the session, its record, and how to load it again. */
interface RecordPartProps {
  session: SessionDetail;
  record: SessionRecord;
  onReload: () => void;
}

function useNames() {
  const { locale } = useFormat();
  return (item: { nameTh: string; nameEn: string | null }) => recordNameOf(item, locale);
}

export function SessionRecordSections({
  session,
  onReload,
}: {
  session: SessionDetail;
  onReload: () => void;
}) {
  const record = useSessionRecord(session.id, session.canReadRecord);
  if (!session.canReadRecord) return null;
  if (record.isPending) return <Loading />;
  if (record.isError) return <QueryError error={record.error} onRetry={() => void record.refetch()} />;
  const data = record.data;
  // A save refused as stale offers to load what was saved since: the record, not the session.
  const reloadRecord = () => void record.refetch();
  // Each form is keyed by what it shows, so that a save of its own (or someone else's, once loaded)
  // refreshes it, while a save of another section leaves what is being typed here alone.
  return (
    <>
      {session.canManage && <SessionStatus session={session} record={data} onReload={onReload} />}
      <Attendance
        key={`attendance-${attendanceKey(data)}`}
        session={session}
        record={data}
        onReload={reloadRecord}
      />
      <Interest
        key={`interest-${JSON.stringify(data.interests)}`}
        session={session}
        record={data}
        onReload={reloadRecord}
      />
      <Contacts
        key={`contacts-${JSON.stringify(data.contacts)}`}
        session={session}
        record={data}
        onReload={reloadRecord}
      />
      <RecordTexts
        key={`texts-${JSON.stringify(recordTextFields.map((field) => data[field]))}`}
        session={session}
        record={data}
        onReload={reloadRecord}
      />
      <Report key={`report-${data.reportDeliveredOn}`} session={session} record={data} />
    </>
  );
}

const attendanceKey = (record: SessionRecord) =>
  [
    ...record.businesses.map((item) => item.checkedInAt),
    ...record.participants.map((item) => item.checkedInAt),
  ].join(',');

/** Why the record cannot be changed now, if it cannot. */
function ClosedNotice({ session, record }: { session: SessionDetail; record: SessionRecord }) {
  const { t } = useTranslation('programme_pages');
  if (session.status === 'cancelled') return <p className="muted">{t('record.cancelled')}</p>;
  if (!record.isOpenForRecording) return <p className="muted">{t('record.not_open')}</p>;
  return null;
}

/**
 * A section of the record: its heading, an introduction and why it cannot be changed now if it
 * cannot, why a save failed, the form's fields and its save button (for those who may save).
 */
function RecordForm({
  title,
  intro,
  error,
  onReload,
  onSubmit,
  canSave,
  isSaving,
  saveLabel,
  children,
}: {
  title: string;
  intro?: ReactNode;
  error: unknown;
  onReload: () => void;
  onSubmit: () => void;
  canSave: boolean;
  isSaving: boolean;
  saveLabel: string;
  children: ReactNode;
}) {
  const headingId = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro}
      <form onSubmit={submit} noValidate>
        <SaveError error={error} onReload={onReload} />
        {children}
        {canSave && (
          <div className="form-actions">
            <button type="submit" className="button" disabled={isSaving}>
              {saveLabel}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

function SessionStatus({
  session,
  record,
  onReload,
}: {
  session: SessionDetail;
  record: SessionRecord;
  onReload: () => void;
}) {
  const { t } = useTranslation('programme_pages');
  const update = useUpdateSession(session.id);
  const headingId = useId();
  if (session.status !== 'planned') return null;
  const { hasStarted } = record;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('record.title_status')}</h2>
      <SaveError error={update.error} onReload={onReload} />
      {!hasStarted && <p className="muted">{t('record.held_after_start')}</p>}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!hasStarted || update.isPending}
          onClick={() => update.mutate({ version: session.version, status: 'held' })}
        >
          {t('record.mark_held')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={update.isPending}
          onClick={() => {
            if (window.confirm(t('record.confirm_cancel')))
              update.mutate({ version: session.version, status: 'cancelled' });
          }}
        >
          {t('record.cancel')}
        </button>
      </div>
    </section>
  );
}

function Attendance({ session, record, onReload }: RecordPartProps) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const nameOf = useNames();
  const save = useSaveAttendance(session.id);
  const [present, setPresent] = useState<Set<string>>(
    () =>
      new Set([
        ...record.businesses.filter((item) => item.checkedInAt).map((item) => item.business.id),
        ...record.participants.filter((item) => item.checkedInAt).map((item) => item.id),
      ]),
  );
  const isEditable = record.canRecord && record.isOpenForRecording;
  const toggle = (id: string, isPresent: boolean) =>
    setPresent((current) => {
      const next = new Set(current);
      if (isPresent) next.add(id);
      else next.delete(id);
      return next;
    });
  const cityOf = (participant: Participant) => {
    const city = session.cities.find((candidate) => candidate.id === participant.partnerId);
    return city ? cityNameOf(city, format.locale) : '';
  };

  function submit() {
    save.mutate({
      version: record.version,
      businesses: record.businesses.map((item) => ({
        entrepreneurId: item.business.id,
        isPresent: present.has(item.business.id),
      })),
      participants: record.participants.map((item) => ({
        participantId: item.id,
        isPresent: present.has(item.id),
      })),
    });
  }

  const person = (id: string, name: string, detail: string, checkedInAt: string | null) => (
    <li key={id}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={present.has(id)}
          disabled={!isEditable}
          onChange={(event) => toggle(id, event.target.checked)}
        />
        <span>
          <strong>{name}</strong> {detail}
        </span>
      </label>
      {checkedInAt && (
        <span className="muted"> {t('record.checked_in_at', { time: format.dateTime(checkedInAt) })}</span>
      )}
    </li>
  );

  return (
    <RecordForm
      title={t('record.attendance')}
      intro={<ClosedNotice session={session} record={record} />}
      error={save.error}
      onReload={onReload}
      onSubmit={submit}
      canSave={isEditable}
      isSaving={save.isPending}
      saveLabel={t('record.save_attendance')}
    >
      <div className="programme-record-columns">
        <fieldset>
          <legend>{t('record.bangkok_side')}</legend>
          {record.businesses.length === 0 ? (
            <p className="muted">{t('record.no_businesses')}</p>
          ) : (
            <ul className="plain-list">
              {record.businesses.map((item) =>
                person(
                  item.business.id,
                  nameOf(item.business),
                  item.products.map(nameOf).join(', '),
                  item.checkedInAt,
                ),
              )}
            </ul>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('record.partner_side')}</legend>
          {record.participants.length === 0 ? (
            <p className="muted">{t('record.no_participants')}</p>
          ) : (
            <ul className="plain-list">
              {record.participants.map((item) =>
                person(item.id, item.fullName, `${item.company} · ${cityOf(item)}`, item.checkedInAt),
              )}
            </ul>
          )}
        </fieldset>
      </div>
    </RecordForm>
  );
}

interface InterestCell {
  level: InterestLevel | '';
  note: string;
}

function Interest({ session, record, onReload }: RecordPartProps) {
  const { t } = useTranslation('programme_pages');
  const nameOf = useNames();
  const save = useSaveInterests(session.id);
  const captionId = useId();
  const cellKey = (participantId: string, productId: string) => `${participantId}:${productId}`;
  const [cells, setCells] = useState<Record<string, InterestCell>>(() =>
    Object.fromEntries(
      record.interests.map((item) => [
        cellKey(item.participantId, item.productId),
        { level: item.level, note: item.note ?? '' },
      ]),
    ),
  );
  const isEditable = record.canRecord && record.isOpenForRecording;
  const products = record.businesses.flatMap((item: Business) =>
    item.products.map((product) => ({ product, business: item.business })),
  );
  const change = (key: string, next: Partial<InterestCell>) =>
    setCells((current) => ({ ...current, [key]: { level: '', note: '', ...current[key], ...next } }));

  function submit() {
    // Only the cells shown: a product or buyer no longer on the session is not sent back.
    save.mutate({
      version: record.version,
      items: products.flatMap(({ product }) =>
        record.participants.flatMap((participant) => {
          const cell = cells[cellKey(participant.id, product.id)];
          return cell?.level
            ? [
                {
                  participantId: participant.id,
                  productId: product.id,
                  level: cell.level,
                  note: cell.note.trim() || null,
                },
              ]
            : [];
        }),
      ),
    });
  }

  if (products.length === 0 || record.participants.length === 0) return null;
  return (
    <RecordForm
      title={t('record.interest')}
      intro={<ClosedNotice session={session} record={record} />}
      error={save.error}
      onReload={onReload}
      onSubmit={submit}
      canSave={isEditable}
      isSaving={save.isPending}
      saveLabel={t('record.save_interest')}
    >
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table programme-interest">
          <caption id={captionId} className="visually-hidden">
            {t('record.interest_caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('record.product')}</th>
              {record.participants.map((participant) => (
                <th scope="col" key={participant.id}>
                  {participant.fullName}
                  <span className="muted"> {participant.company}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {products.map(({ product, business }) => (
              <tr key={product.id}>
                <th scope="row">
                  {nameOf(product)}
                  <span className="muted"> {nameOf(business)}</span>
                </th>
                {record.participants.map((participant) => {
                  const key = cellKey(participant.id, product.id);
                  const cell = cells[key] ?? { level: '', note: '' };
                  const names = { buyer: participant.fullName, product: nameOf(product) };
                  return (
                    <td key={participant.id}>
                      <select
                        aria-label={t('record.level_for', names)}
                        value={cell.level}
                        disabled={!isEditable}
                        onChange={(event) => change(key, { level: event.target.value as InterestLevel | '' })}
                      >
                        <option value="">{t('record.not_recorded')}</option>
                        {interestLevels.map((level) => (
                          <option key={level} value={level}>
                            {t(levelKeys[level])}
                          </option>
                        ))}
                      </select>
                      <input
                        aria-label={t('record.note_for', names)}
                        value={cell.note}
                        maxLength={2000}
                        disabled={!isEditable || !cell.level}
                        onChange={(event) => change(key, { note: event.target.value })}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </RecordForm>
  );
}

function Contacts({ session, record, onReload }: RecordPartProps) {
  const { t } = useTranslation('programme_pages');
  const nameOf = useNames();
  const save = useSaveContacts(session.id);
  const badgeId = useId();
  const pairKey = (entrepreneurId: string, participantId: string) => `${entrepreneurId}:${participantId}`;
  const [pairs, setPairs] = useState<Set<string>>(
    () => new Set(record.contacts.map((item) => pairKey(item.entrepreneurId, item.participantId))),
  );
  const isEditable = record.canRecord && record.isOpenForRecording;

  function submit() {
    save.mutate({
      version: record.version,
      items: record.businesses.flatMap(({ business }) =>
        record.participants
          .filter((participant) => pairs.has(pairKey(business.id, participant.id)))
          .map((participant) => ({ entrepreneurId: business.id, participantId: participant.id })),
      ),
    });
  }

  if (record.businesses.length === 0 || record.participants.length === 0) return null;
  return (
    <RecordForm
      title={t('record.contacts')}
      intro={
        <>
          <p className="muted">{t('record.contacts_intro')}</p>
          <ClosedNotice session={session} record={record} />
        </>
      }
      error={save.error}
      onReload={onReload}
      onSubmit={submit}
      canSave={isEditable}
      isSaving={save.isPending}
      saveLabel={t('record.save_contacts')}
    >
      <ul className="plain-list programme-contacts">
        {record.businesses.map(({ business }) => (
          <li key={business.id}>
            <strong>{nameOf(business)}</strong>{' '}
            {!business.hasConsent && (
              <span id={`${badgeId}-${business.id}`}>
                <Badge tone="warning">{t('record.no_consent')}</Badge>
              </span>
            )}
            <ul className="plain-list">
              {record.participants.map((participant) => {
                const key = pairKey(business.id, participant.id);
                return (
                  <li key={participant.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={pairs.has(key)}
                        // A pair recorded before consent was withdrawn may still be taken off.
                        disabled={!isEditable || (!business.hasConsent && !pairs.has(key))}
                        aria-describedby={business.hasConsent ? undefined : `${badgeId}-${business.id}`}
                        onChange={(event) =>
                          setPairs((current) => {
                            const next = new Set(current);
                            if (event.target.checked) next.add(key);
                            else next.delete(key);
                            return next;
                          })
                        }
                      />
                      <span>
                        <span className="visually-hidden">
                          {t('record.exchanged_with', { business: nameOf(business) })}{' '}
                        </span>
                        {participant.fullName} · {participant.company}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </RecordForm>
  );
}

function RecordTexts({ session, record, onReload }: RecordPartProps) {
  const { t } = useTranslation('programme_pages');
  const save = useSaveRecordTexts(session.id);
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(recordTextFields.map((field) => [field, record[field] ?? ''])),
  );

  function submit() {
    save.mutate({
      version: record.version,
      ...Object.fromEntries(recordTextFields.map((field) => [field, texts[field]?.trim() || null])),
    });
  }

  return (
    <RecordForm
      title={t('record.texts')}
      error={save.error}
      onReload={onReload}
      onSubmit={submit}
      canSave={record.canRecord}
      isSaving={save.isPending}
      saveLabel={t('record.save_texts')}
    >
      {recordTextFields.map((field) => (
        <Field key={field} label={t(textFieldKeys[field])}>
          {(control) => (
            <textarea
              {...control}
              rows={field === 'minutes' ? 8 : 3}
              maxLength={20_000}
              value={texts[field] ?? ''}
              readOnly={!record.canRecord}
              onChange={(event) => setTexts((current) => ({ ...current, [field]: event.target.value }))}
            />
          )}
        </Field>
      ))}
    </RecordForm>
  );
}

function Report({ session, record }: { session: SessionDetail; record: SessionRecord }) {
  const { t } = useTranslation('programme_pages');
  const format = useFormat();
  const deliver = useDeliverReport(session.id);
  const headingId = useId();
  const [deliveredOn, setDeliveredOn] = useState(record.reportDeliveredOn ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    deliver.mutate({ deliveredOn });
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('record.report')}</h2>
      {!record.hasReport ? (
        <p className="muted">{t('record.report_not_yet')}</p>
      ) : (
        <>
          <ul className="plain-list programme-downloads">
            {(['th', 'en'] as const).map((language) => (
              <li key={language}>
                {t(language === 'th' ? 'record.report_th' : 'record.report_en')}:{' '}
                <a href={reportUrl(session.id, language, 'pdf')} download>
                  PDF
                </a>{' '}
                ·{' '}
                <a href={reportUrl(session.id, language, 'docx')} download>
                  DOCX
                </a>
              </li>
            ))}
          </ul>
          {record.reportDeliveredOn && (
            <Alert tone="success">
              {t('record.delivered', { date: format.date(record.reportDeliveredOn) })}
            </Alert>
          )}
          {record.canRecord && (
            <form onSubmit={submit} noValidate>
              <SaveError error={deliver.error} onReload={() => deliver.reset()} />
              <div className="programme-form-grid">
                <Field label={t('record.delivered_on')}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      required
                      value={deliveredOn}
                      onChange={(event) => setDeliveredOn(event.target.value)}
                    />
                  )}
                </Field>
              </div>
              <div className="form-actions">
                <button type="submit" className="button button-secondary" disabled={deliver.isPending}>
                  {t('record.save_delivery')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}

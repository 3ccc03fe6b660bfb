/**
 * During and after a session (seed 003 §6.1.7–6.1.8): marking it held or cancelled, check-in of the
 * businesses and the registered buyers, the interest each buyer showed in each product, the contacts
 * exchanged (only for businesses that consented), the minutes and the report's words, and the report
 * itself in Thai or English, with the day it went to the executives. Each section is a form of its own
 * (record-*.tsx) around the shared RecordForm.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail, SessionRecord } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useUpdateSession } from '../api/programmes.ts';
import { useSessionRecord } from '../api/session-record.ts';
import { RecordAttendance } from './record-attendance.tsx';
import { RecordContacts } from './record-contacts.tsx';
import { RecordInterest } from './record-interest.tsx';
import { RecordReport } from './record-report.tsx';
import { RecordTexts } from './record-texts.tsx';
import { SaveError } from './save-error.tsx';

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
  // A form follows the record as it is loaded again, keeping what is being typed in it; one whose
  // rows changed (a business, product or buyer added or taken off) starts afresh.
  const roster = rosterKey(data);
  return (
    <>
      {session.canManage && <SessionStatus session={session} record={data} onReload={onReload} />}
      <RecordAttendance
        key={`attendance-${roster}`}
        session={session}
        record={data}
        onReload={reloadRecord}
      />
      <RecordInterest key={`interest-${roster}`} session={session} record={data} onReload={reloadRecord} />
      <RecordContacts key={`contacts-${roster}`} session={session} record={data} onReload={reloadRecord} />
      <RecordTexts sessionId={session.id} record={data} onReload={reloadRecord} />
      <RecordReport key={`report-${data.reportDeliveredOn}`} session={session} record={data} />
    </>
  );
}

/** The rows of the record's forms: its businesses with their products, and its buyers. */
const rosterKey = (record: SessionRecord) =>
  [
    ...record.businesses.flatMap((item) => [item.business.id, ...item.products.map((product) => product.id)]),
    ...record.participants.map((item) => item.id),
  ].join(',');

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

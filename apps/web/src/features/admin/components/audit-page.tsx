/**
 * /admin/audit — every change to the shared records, newest first: who made it (by name), what they
 * did (in words), to which record (by name, linked to its page while it is there), and the record
 * before and after. Filtered by picking, with the filters kept in the address.
 */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NamedAuditEvent } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { useAuditEvents } from '../api/audit.ts';
import { auditFiltersFrom, auditRecordPath } from '../utils/audit-filters.ts';
import { auditActionName } from '../utils/audit-names.ts';
import { pageFromParams } from '../utils/search-params.ts';
import { AuditDiff } from './audit-diff.tsx';
import { AuditFilterPanel } from './audit-filters.tsx';

export function AuditPage() {
  const { t } = useTranslation(['common', 'admin']);
  // A new filter starts again at the first page.
  const search = useSearchParamState({ resetsPage: true });
  const { searchParams, updateParams } = search;
  const filters = auditFiltersFrom(searchParams);
  const events = useAuditEvents(filters, pageFromParams(searchParams));

  return (
    <>
      <PageHeader title={t('admin:audit.title')} intro={<p>{t('admin:audit.intro')}</p>} />
      <AuditFilterPanel filters={filters} search={search} />
      {filters.entityId ? (
        <p>
          {t('admin:audit.one_record')}{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => updateParams({ entityId: undefined })}
          >
            {t('admin:audit.all_records')}
          </button>
        </p>
      ) : null}
      {events.isPending ? <Loading /> : null}
      {events.isError ? <QueryError error={events.error} onRetry={() => void events.refetch()} /> : null}
      {events.data ? (
        <>
          <AuditTable events={events.data.items} />
          {events.data.items.length === 0 ? <p className="empty">{t('admin:audit.empty')}</p> : null}
          <Pagination
            page={events.data.page}
            pageSize={events.data.pageSize}
            total={events.data.total}
            onPageChange={(next) => updateParams({ page: next > 1 ? String(next) : undefined })}
          />
        </>
      ) : null}
    </>
  );
}

/** The record by name, linked to its page; what it belongs to; whether it is gone. */
function RecordName({ record }: { record: NamedAuditEvent['record'] }) {
  const { t } = useTranslation(['common', 'admin']);
  // A record without a name of its own (a programme step) is shown by what it belongs to.
  const [shown, within] = record.name ? [record.name, record.within] : [record.within, null];
  const text = shown ?? t('admin:audit.unnamed');
  return (
    <>
      {record.page ? <Link to={auditRecordPath(record.page)}>{text}</Link> : <span>{text}</span>}
      {record.isGone ? <span className="muted"> {t('admin:audit.record_gone')}</span> : null}
      {within ? (
        <>
          <br />
          <span className="muted">{t('admin:audit.record_within', { name: within })}</span>
        </>
      ) : null}
    </>
  );
}

function AuditTable({ events }: { events: NamedAuditEvent[] }) {
  const { t } = useTranslation(['common', 'admin']);
  const format = useFormat();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="table-wrap" role="region" aria-labelledby="audit-table-caption" tabIndex={0}>
      <table className="table">
        <caption id="audit-table-caption" className="visually-hidden">
          {t('admin:audit.table_caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin:audit.column_when')}</th>
            <th scope="col">{t('admin:audit.column_actor')}</th>
            <th scope="col">{t('admin:audit.column_action')}</th>
            <th scope="col">{t('admin:audit.column_entity')}</th>
            <th scope="col">{t('admin:audit.column_details')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const isOpen = expanded.has(event.id);
            const detailId = `audit-detail-${event.id}`;
            const action = auditActionName(t, event.action);
            return (
              <Fragment key={event.id}>
                <tr className={isOpen ? 'row-expanded' : undefined}>
                  <td className="cell-nowrap">{format.dateTime(event.occurredAt)}</td>
                  <td className="cell-break" title={event.actorEmail ?? undefined}>
                    {event.actorName ?? event.actorEmail ?? t('admin:audit.system_actor')}
                  </td>
                  <td>{action}</td>
                  <td className="cell-break">
                    <RecordName record={event.record} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailId : undefined}
                      onClick={() => toggle(event.id)}
                    >
                      {isOpen ? t('admin:audit.hide_changes') : t('admin:audit.show_changes')}
                      <span className="visually-hidden">
                        {t('admin:audit.row_label', {
                          action,
                          entity: event.record.name ?? event.record.within ?? '',
                        })}
                      </span>
                    </button>
                  </td>
                </tr>
                {isOpen ? (
                  <tr id={detailId} className="row-detail">
                    <td colSpan={5}>
                      <AuditDiff before={event.before} after={event.after} />
                      {event.ipAddress ? (
                        <p className="muted">{t('admin:audit.ip_address', { ip: event.ipAddress })}</p>
                      ) : null}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEvent } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useAuditEvents, type AuditFilters } from '../api/audit.ts';
import { pageFromParams, withParams } from '../utils/search-params.ts';
import { AuditDiff } from './audit-diff.tsx';

const filterNames = ['entityType', 'entityId', 'actor', 'action', 'from', 'to'] as const;
type FilterName = (typeof filterNames)[number];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of filterNames) {
    const value = search.get(name)?.trim();
    if (!value) continue;
    if ((name === 'from' || name === 'to') && !isoDate.test(value)) continue;
    filters[name] = value;
  }
  return filters;
}

export function AuditPage() {
  const { t } = useTranslation(['common', 'admin']);
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const page = pageFromParams(search);
  const events = useAuditEvents(filters, page);

  return (
    <>
      <PageHeader title={t('admin:audit.title')} intro={<p>{t('admin:audit.intro')}</p>} />
      <AuditFilterForm
        key={search.toString()}
        filters={filters}
        onApply={(next) => setSearch(withParams(search, { ...next, page: undefined }))}
        onClear={() => setSearch(new URLSearchParams())}
      />
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
            onPageChange={(next) => setSearch(withParams(search, { page: String(next) }))}
          />
        </>
      ) : null}
    </>
  );
}

function AuditTable({ events }: { events: AuditEvent[] }) {
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
            return (
              <Fragment key={event.id}>
                <tr className={isOpen ? 'row-expanded' : undefined}>
                  <td className="cell-nowrap">{format.dateTime(event.occurredAt)}</td>
                  <td className="cell-break">{event.actorEmail ?? t('admin:audit.system_actor')}</td>
                  <td className="cell-code">
                    <code>{event.action}</code>
                  </td>
                  <td className="cell-break">
                    <code>{event.entityType}</code>
                    <br />
                    <span className="muted">{event.entityId}</span>
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
                        {t('admin:audit.row_label', { action: event.action, entity: event.entityId })}
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

interface AuditFilterFormProps {
  filters: AuditFilters;
  onApply: (filters: Record<FilterName, string | undefined>) => void;
  onClear: () => void;
}

function AuditFilterForm({ filters, onApply, onClear }: AuditFilterFormProps) {
  const { t } = useTranslation(['common', 'admin']);
  const [values, setValues] = useState<Record<FilterName, string>>({
    entityType: filters.entityType ?? '',
    entityId: filters.entityId ?? '',
    actor: filters.actor ?? '',
    action: filters.action ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
  });
  const set = (name: FilterName) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({
      entityType: values.entityType.trim() || undefined,
      entityId: values.entityId.trim() || undefined,
      actor: values.actor.trim() || undefined,
      action: values.action.trim() || undefined,
      from: values.from || undefined,
      to: values.to || undefined,
    });
  };

  return (
    <form className="card filters" role="search" aria-label={t('admin:audit.filters')} onSubmit={onSubmit}>
      <Field label={t('admin:audit.entity_type')} hint={t('admin:audit.entity_type_hint')}>
        {(control) => (
          <input {...control} type="text" value={values.entityType} onChange={set('entityType')} />
        )}
      </Field>
      <Field label={t('admin:audit.entity_id')}>
        {(control) => <input {...control} type="text" value={values.entityId} onChange={set('entityId')} />}
      </Field>
      <Field label={t('admin:audit.actor')}>
        {(control) => (
          <input {...control} type="text" inputMode="email" value={values.actor} onChange={set('actor')} />
        )}
      </Field>
      <Field label={t('admin:audit.action')} hint={t('admin:audit.action_hint')}>
        {(control) => <input {...control} type="text" value={values.action} onChange={set('action')} />}
      </Field>
      <Field label={t('admin:audit.from')}>
        {(control) => <input {...control} type="date" value={values.from} onChange={set('from')} />}
      </Field>
      <Field label={t('admin:audit.to')}>
        {(control) => <input {...control} type="date" value={values.to} onChange={set('to')} />}
      </Field>
      <div className="filters-actions">
        <button type="submit" className="button">
          {t('actions.search')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClear}>
          {t('actions.clear_filters')}
        </button>
      </div>
    </form>
  );
}

/**
 * /requests/:id — one coordination request: what is needed, its units and person, due date, urgency,
 * who handles it and its links; the files attached; its history (each change dated and attributed,
 * the comments among them); and, for those allowed, a comment, a status change and the assignment.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CoordinationEvent, CoordinationRequestDetail } from '@bia/contracts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useCoordinationRequest } from '../api/requests.ts';
import { useCoordinationLabels } from '../hooks/use-coordination-labels.ts';
import { OverdueBadge, StatusBadge, UrgencyBadge } from './request-badges.tsx';
import { AssignForm, CommentForm, StatusForm } from './request-actions.tsx';
import { RequestFiles } from './request-files.tsx';
import '../coordination.css';

export function RequestPage() {
  const { id = '' } = useParams();
  const request = useCoordinationRequest(id);
  if (request.isPending) return <Loading />;
  if (request.isError) return <QueryError error={request.error} onRetry={() => void request.refetch()} />;
  return <RequestView request={request.data} />;
}

export function RequestView({ request }: { request: CoordinationRequestDetail }) {
  const { t } = useTranslation('coordination');
  const format = useFormat();
  const labels = useCoordinationLabels();
  const historyId = useId();
  return (
    <div className="coordination-page">
      <p className="coordination-back">
        <Link to={paths.requests}>{t('form.back')}</Link>
      </p>
      <PageHeader title={request.subject} />
      <p className="coordination-badges">
        <StatusBadge request={request} /> <UrgencyBadge request={request} />{' '}
        <OverdueBadge request={request} />
      </p>
      <dl className="coordination-facts">
        <dt>{t('detail.from')}</dt>
        <dd>{request.fromUnit?.name ?? t('list.no_unit')}</dd>
        <dt>{t('detail.to')}</dt>
        <dd>{request.toUnit.name}</dd>
        <dt>{t('detail.assignee')}</dt>
        <dd>{request.assignee?.name ?? t('list.unassigned')}</dd>
        <dt>{t('detail.opened')}</dt>
        <dd>
          {t('detail.opened_by', { name: request.openedBy.name, at: format.dateTime(request.openedAt) })}
        </dd>
        <dt>{t('detail.due')}</dt>
        <dd>{format.date(request.dueDate)}</dd>
        <dt>{t('detail.handled_by')}</dt>
        <dd>{labels.handledBy(request.handledBy)}</dd>
        {request.partner && (
          <>
            <dt>{t('detail.partner')}</dt>
            <dd>
              <Link to={paths.partner(request.partner.id)}>{request.partner.name}</Link>
            </dd>
          </>
        )}
        {request.kpiCode && (
          <>
            <dt>{t('detail.kpi')}</dt>
            <dd>
              <Link to={paths.strategyKpi(request.kpiCode)}>{request.kpiCode}</Link>
            </dd>
          </>
        )}
      </dl>
      <section className="card" aria-label={t('detail.details')}>
        <h2>{t('detail.details')}</h2>
        <p className="coordination-text">{request.details}</p>
      </section>
      <RequestFiles request={request} />
      {request.can.changeStatus && <StatusForm request={request} />}
      {request.can.assign && <AssignForm request={request} />}
      <section aria-labelledby={historyId}>
        <h2 id={historyId}>{t('detail.history')}</h2>
        <ol className="coordination-history">
          {request.history.map((event) => (
            <li key={event.id} className="card">
              <p className="coordination-muted">
                {t('detail.event_by', {
                  name: event.by?.name ?? t('detail.system'),
                  at: format.dateTime(event.at),
                })}
              </p>
              <EventText event={event} />
            </li>
          ))}
        </ol>
      </section>
      {request.can.comment && <CommentForm request={request} />}
    </div>
  );
}

function EventText({ event }: { event: CoordinationEvent }) {
  const { t } = useTranslation('coordination');
  const labels = useCoordinationLabels();
  switch (event.kind) {
    case 'opened':
      return <p>{t('detail.event_opened', { unit: event.toUnit?.name ?? '' })}</p>;
    case 'assigned':
      return (
        <p>
          {event.assignee
            ? t('detail.event_assigned_person', { unit: event.toUnit?.name ?? '', name: event.assignee.name })
            : t('detail.event_assigned_unit', { unit: event.toUnit?.name ?? '' })}
        </p>
      );
    case 'status':
      return (
        <>
          <p>
            {t('detail.event_status', {
              from: event.fromStatus ? labels.status(event.fromStatus) : '',
              to: event.toStatus ? labels.status(event.toStatus) : '',
            })}
          </p>
          {event.body && <p className="coordination-text">{event.body}</p>}
        </>
      );
    case 'comment':
      return (
        <>
          {event.addressedTo && (
            <p className="coordination-muted">{t('detail.addressed_to', { name: event.addressedTo.name })}</p>
          )}
          <p className="coordination-text">{event.body}</p>
        </>
      );
  }
}

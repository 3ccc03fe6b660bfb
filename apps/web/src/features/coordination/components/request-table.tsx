/**
 * A list of requests: a table on a wide screen (in a scrollable region), cards on a phone. Each shows
 * the subject (linking to its page), the units, the due date with its overdue mark, urgency, status and age.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoordinationRequestSummary } from '@bia/contracts';
import { useFormat } from '../../../lib/format.ts';
import { useCoordinationLabels } from '../hooks/use-coordination-labels.ts';
import { paths } from '../../../config/paths.ts';
import { OverdueBadge, StatusBadge, UrgencyBadge } from './request-badges.tsx';

function Units({ request }: { request: CoordinationRequestSummary }) {
  const { t } = useTranslation('coordination');
  return (
    <>
      {t('list.units', {
        from: request.fromUnit?.name ?? t('list.no_unit'),
        to: request.toUnit.name,
      })}
    </>
  );
}

export function RequestTable({
  requests,
  caption,
}: {
  requests: CoordinationRequestSummary[];
  caption: string;
}) {
  const { t } = useTranslation('coordination');
  const format = useFormat();
  const labels = useCoordinationLabels();
  const captionId = useId();
  return (
    <>
      <div className="table-wrap wide-only" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="table">
          <caption id={captionId} className="visually-hidden">
            {caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('list.columns.subject')}</th>
              <th scope="col">{t('list.columns.units')}</th>
              <th scope="col">{t('list.columns.assignee')}</th>
              <th scope="col">{t('list.columns.due')}</th>
              <th scope="col">{t('list.columns.urgency')}</th>
              <th scope="col">{t('list.columns.status')}</th>
              <th scope="col">{t('list.columns.age')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id}>
                <td>
                  <Link to={paths.request(request.id)}>{request.subject}</Link>
                </td>
                <td>
                  <Units request={request} />
                </td>
                <td>{request.assignee?.name ?? t('list.unassigned')}</td>
                <td>
                  <span className="cell-nowrap">{format.date(request.dueDate)}</span>{' '}
                  <OverdueBadge request={request} />
                </td>
                <td>
                  <UrgencyBadge request={request} />
                </td>
                <td>
                  <StatusBadge request={request} />
                </td>
                <td>{labels.age(request.ageDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="phone-cards" aria-label={caption}>
        {requests.map((request) => (
          <li key={request.id} className="list-card">
            <p className="coordination-card-title">
              <Link to={paths.request(request.id)}>{request.subject}</Link>
            </p>
            <p>
              <Units request={request} />
            </p>
            <p>
              {t('list.due', { date: format.date(request.dueDate) })} <OverdueBadge request={request} />
            </p>
            <p className="coordination-badges">
              <UrgencyBadge request={request} /> <StatusBadge request={request} />{' '}
              <span className="coordination-muted">{labels.age(request.ageDays)}</span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

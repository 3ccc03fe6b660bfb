/**
 * /requests — the reader's coordination requests: assigned to them, their unit's, those they opened
 * (tabs, each with its open count), open, closed or all. A new request is opened from here; the IAO
 * and executives reach the overview.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { coordinationQueues, type CoordinationQueue } from '@bia/contracts';
import { SelectField } from '../../../components/field.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSearchParamState } from '../../../lib/use-search-param-state.ts';
import { usePermissions } from '../../../lib/use-session-info.ts';
import { useCoordinationList, type CoordinationState } from '../api/requests.ts';
import { useCoordinationLabels } from '../hooks/use-coordination-labels.ts';
import { RequestTable } from './request-table.tsx';
import '../coordination.css';

const states: readonly CoordinationState[] = ['open', 'closed', 'all'];
const isQueue = (value: string): value is CoordinationQueue =>
  (coordinationQueues as readonly string[]).includes(value);
const isState = (value: string): value is CoordinationState => (states as readonly string[]).includes(value);

export function RequestsPage() {
  const permissions = usePermissions();
  if (!permissions.includes('coordination:use'))
    return permissions.includes('coordination:overview') ? (
      <Navigate to={paths.requestsOverview} replace />
    ) : (
      <ForbiddenNote />
    );
  return <Queues />;
}

function ForbiddenNote() {
  const { t } = useTranslation('coordination');
  return <p className="empty">{t('list.not_allowed')}</p>;
}

function Queues() {
  const { t } = useTranslation('coordination');
  const format = useFormat();
  const labels = useCoordinationLabels();
  const permissions = usePermissions();
  const { searchParams, updateParams } = useSearchParamState();
  const queueParam = searchParams.get('queue') ?? '';
  const stateParam = searchParams.get('state') ?? '';
  const queue: CoordinationQueue = isQueue(queueParam) ? queueParam : 'mine';
  const state: CoordinationState = isState(stateParam) ? stateParam : 'open';
  const setQueue = (next: CoordinationQueue) => updateParams({ queue: next === 'mine' ? undefined : next });
  const setState = (next: string) => updateParams({ state: next === 'open' ? undefined : next });
  const list = useCoordinationList(queue, state);
  const listId = useId();
  const canOverview = permissions.includes('coordination:overview');

  return (
    <div className="coordination-page">
      <PageHeader
        title={t('list.title')}
        intro={<p>{t('list.intro')}</p>}
        actions={
          <div className="coordination-actions">
            <Link className="button" to={paths.newRequest}>
              {t('list.new')}
            </Link>
            {canOverview && (
              <Link className="button button-secondary" to={paths.requestsOverview}>
                {t('list.overview')}
              </Link>
            )}
          </div>
        }
      />
      <nav className="coordination-tabs" aria-label={t('list.queues')}>
        <ul>
          {coordinationQueues.map((each) => (
            <li key={each}>
              <button
                type="button"
                className={each === queue ? 'tab tab-current' : 'tab'}
                aria-pressed={each === queue}
                onClick={() => setQueue(each)}
              >
                {t('list.queue_with_count', {
                  queue: labels.queue(each),
                  count: format.number(list.data?.counts[each] ?? 0),
                })}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <SelectField
        label={t('list.state')}
        value={state}
        onChange={(event) => setState(event.target.value)}
        className="coordination-state"
      >
        <option value="open">{t('list.states.open')}</option>
        <option value="closed">{t('list.states.closed')}</option>
        <option value="all">{t('list.states.all')}</option>
      </SelectField>
      <section aria-labelledby={listId}>
        <h2 id={listId}>{labels.queue(queue)}</h2>
        {list.isPending && <Loading />}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {list.data?.items.length === 0 && <p className="empty">{t('list.empty')}</p>}
        {list.data && list.data.items.length > 0 && (
          <RequestTable requests={list.data.items} caption={labels.queue(queue)} />
        )}
      </section>
    </div>
  );
}

/**
 * /strategy/my-items — what the reader's unit must report in the open progress rounds (a liaison
 * officer's unit, the IAO for its officers): every KPI and project it leads or supports, what waits
 * first (not begun, returned with the reviewer's comment, a draft), then what is submitted or
 * accepted; each with its round, deadline and the days left, the unit's role, and a way to the item.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useMyItems, useRoundItem, type MyItem } from '../api/round-items.ts';
import { useReportingLabels } from '../hooks/use-reporting-labels.ts';
import { isWaiting, myItemsInOrder } from '../utils/reporting.ts';
import { PlanText } from './plan-text.tsx';
import '../strategy.css';
import '../reporting.css';

export function MyItemsPage() {
  const { t } = useTranslation('strategy_reporting');
  const items = useMyItems();
  const waitingId = useId();
  const doneId = useId();
  const ordered = items.data ? myItemsInOrder(items.data) : [];
  const waiting = ordered.filter((item) => isWaiting(item.submissionStatus));
  const done = ordered.filter((item) => !isWaiting(item.submissionStatus));
  // The unit is named on each item only when the reader reports for more than one.
  const isUnitNamed = new Set(ordered.map((item) => item.unitCode)).size > 1;
  return (
    <div className="strategy-page">
      <PageHeader
        title={t('my_items.title')}
        intro={
          <>
            <p>{t('my_items.intro')}</p>
            {waiting.length > 0 && (
              <p>
                <Badge tone="warning">{t('my_items.waiting_count', { count: waiting.length })}</Badge>
              </p>
            )}
          </>
        }
      />
      {items.isPending ? (
        <Loading />
      ) : items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : ordered.length === 0 ? (
        <p className="card">{t('my_items.empty')}</p>
      ) : (
        <div className="stack">
          {waiting.length > 0 && (
            <section aria-labelledby={waitingId}>
              <h2 id={waitingId} className="section-heading">
                {t('my_items.waiting_heading')}
              </h2>
              <ul className="plain-list reporting-items">
                {waiting.map((item) => (
                  <MyItemCard key={`${item.id}/${item.unitCode}`} item={item} isUnitNamed={isUnitNamed} />
                ))}
              </ul>
            </section>
          )}
          {done.length > 0 && (
            <section aria-labelledby={doneId}>
              <h2 id={doneId} className="section-heading">
                {t('my_items.done_heading')}
              </h2>
              <ul className="plain-list reporting-items">
                {done.map((item) => (
                  <MyItemCard key={`${item.id}/${item.unitCode}`} item={item} isUnitNamed={isUnitNamed} />
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}

/** The name of the unit the item is reported for, as the item names it. */
function unitNameOf(item: MyItem): string {
  const unit = [item.leadUnit, ...item.supportingUnits].find((candidate) => candidate.code === item.unitCode);
  return unit?.name ?? item.unitCode;
}

function MyItemCard({ item, isUnitNamed }: { item: MyItem; isUnitNamed: boolean }) {
  const { t } = useTranslation('strategy_reporting');
  const format = useFormat();
  const labels = useReportingLabels();
  const titleId = useId();
  const status = item.submissionStatus;
  return (
    <li className="card reporting-item">
      <h3 id={titleId} className="reporting-item__title">
        <span className="strategy-code">
          {item.kind === 'kpi'
            ? t('item.kpi_code', { code: item.code })
            : t('item.project_code', { code: item.code })}
        </span>{' '}
        <PlanText text={item.name} />
      </h3>
      <p className="inline-badges">
        <Badge tone={labels.statusTone(status)}>{labels.status(status)}</Badge>
        <Badge>{labels.role(item.role)}</Badge>
      </p>
      {isUnitNamed && <p>{t('my_items.unit', { unit: unitNameOf(item) })}</p>}
      <p>
        {t('my_items.round', {
          kind: labels.roundKind(item.round.kind),
          year: item.round.fiscalYear,
        })}
        <br />
        <strong>{t('my_items.deadline', { date: format.date(item.round.deadline) })}</strong>
        {isWaiting(status) && <> · {labels.daysLeft(item.round.daysLeft)}</>}
      </p>
      {status === 'returned' && <ReturnedComment itemId={item.id} unitCode={item.unitCode} />}
      <p className="reporting-item__action">
        <Link
          className={isWaiting(status) ? 'button' : 'button button-secondary'}
          to={paths.strategyRoundItem(item.id)}
          aria-describedby={titleId}
        >
          {isWaiting(status) ? t('my_items.report') : t('my_items.see_report')}
        </Link>
      </p>
    </li>
  );
}

/** The reviewer's latest comment on a report returned to the unit (read from the item). */
function ReturnedComment({ itemId, unitCode }: { itemId: string; unitCode: string }) {
  const { t } = useTranslation('strategy_reporting');
  const format = useFormat();
  const detail = useRoundItem(itemId);
  const submission = detail.data?.submissions.find((candidate) => candidate.unit.code === unitCode);
  const returned = submission?.reviews.filter((review) => review.action === 'returned').at(-1);
  if (!returned) return null;
  return (
    <blockquote className="reporting-comment">
      <p className="reporting-comment__by">
        {returned.by
          ? t('history.returned_by', { name: returned.by, date: format.dateTime(returned.at) })
          : t('history.returned_on', { date: format.dateTime(returned.at) })}
      </p>
      <p className="reporting-comment__text">{returned.comment}</p>
    </blockquote>
  );
}

/** The home page's word on the items waiting for the reader's unit: "3 items to report", or nothing. */
export function MyItemsWaitingNote() {
  const { t } = useTranslation('strategy_reporting');
  const items = useMyItems();
  const waiting = items.data?.filter((item) => isWaiting(item.submissionStatus)).length ?? 0;
  if (waiting === 0) return null;
  return (
    <p>
      <Badge tone="warning">{t('my_items.waiting_count', { count: waiting })}</Badge>
    </p>
  );
}

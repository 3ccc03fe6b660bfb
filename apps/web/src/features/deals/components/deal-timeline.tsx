/**
 * A deal's history as a dated timeline, in the order things happened: each entry's kind, who
 * contacted whom and how, why it closed, what was ordered (and when it was shipped), a note, who
 * recorded it and in which capacity, whether the buyer confirmed it, and its evidence. An entry
 * replaced by an amendment stays, marked as amended; the amendment says which entry it amends. Those
 * who record the deal change or remove a current entry here (the contact exchanged at a session
 * comes from the session's record and is changed there).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  entryNeedsBuyerConfirmation,
  isConfirmableKind,
  type Deal,
  type DealConfirmations,
  type DealEntry,
  type OrderLine,
} from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { Reload } from '../../../lib/reload.ts';
import { useDealLabels } from '../hooks/use-deal-labels.ts';
import { EntryConfirmation } from './confirmation-actions.tsx';
import { EntryDocuments } from './entry-documents.tsx';
import { EntryForm } from './entry-form.tsx';

export interface DealTimelineProps {
  deal: Deal;
  /** The entry being changed, whose form takes its place in the timeline. */
  editingId: string | null;
  onEdit: (entryId: string | null, message?: string | null) => void;
  onRemove: (entry: DealEntry) => void;
  isRemoving: boolean;
  reloadEntry: (entryId: string) => Reload<DealEntry>;
  /** The deal's requests to its buyer and the buyer's disputes, once loaded. */
  confirmations: DealConfirmations | undefined;
}

export function DealTimeline({
  deal,
  confirmations,
  editingId,
  onEdit,
  onRemove,
  isRemoving,
  reloadEntry,
}: DealTimelineProps) {
  const { t } = useTranslation('deal_pages');
  return (
    <ol className="deal-timeline" aria-label={t('timeline.label')}>
      {deal.entries.map((entry) => (
        <li
          key={entry.id}
          className={['deal-timeline__entry', entry.supersededAt ? 'deal-timeline__entry--superseded' : null]
            .filter(Boolean)
            .join(' ')}
        >
          {editingId === entry.id ? (
            <EntryForm
              deal={deal}
              entry={entry}
              reload={reloadEntry(entry.id)}
              onDone={(message) => onEdit(null, message)}
            />
          ) : (
            <TimelineEntry
              deal={deal}
              entry={entry}
              confirmations={confirmations}
              reload={reloadEntry(entry.id)}
              onEdit={() => onEdit(entry.id)}
              onRemove={() => onRemove(entry)}
              isRemoving={isRemoving}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

function TimelineEntry({
  deal,
  entry,
  confirmations,
  reload,
  onEdit,
  onRemove,
  isRemoving,
}: {
  deal: Deal;
  entry: DealEntry;
  confirmations: DealConfirmations | undefined;
  reload: Reload<DealEntry>;
  onEdit: () => void;
  onRemove: () => void;
  isRemoving: boolean;
}) {
  const { t } = useTranslation('deal_pages');
  const labels = useDealLabels();
  const format = useFormat();
  const headingId = useId();
  const isCurrent = entry.supersededAt === null;
  const amended = entry.amendsEntryId
    ? deal.entries.find((other) => other.id === entry.amendsEntryId)
    : undefined;
  const canChange = deal.canEdit && isCurrent;

  return (
    <article className="deal-entry" aria-labelledby={headingId}>
      <header className="deal-entry__header">
        <time className="deal-entry__date" dateTime={entry.occurredOn}>
          {format.date(entry.occurredOn)}
        </time>
        <h3 id={headingId} className="deal-entry__kind">
          {labels.entryKind(entry.kind)}
        </h3>
        <span className="inline-badges">
          {entryNeedsBuyerConfirmation(entry) &&
            (entry.buyerConfirmedAt ? (
              <Badge tone="success">{labels.confirmed()}</Badge>
            ) : (
              <Badge tone="warning">{labels.unconfirmed()}</Badge>
            ))}
          {entry.supersededAt && <Badge tone="neutral">{t('timeline.superseded')}</Badge>}
          {entry.amendsEntryId && <Badge tone="neutral">{t('timeline.amendment')}</Badge>}
        </span>
      </header>

      {entry.supersededAt && (
        <p className="muted">{t('timeline.superseded_on', { date: format.date(entry.supersededAt) })}</p>
      )}
      {amended && <p className="muted">{t('timeline.amends', { date: format.date(amended.occurredOn) })}</p>}

      <dl className="details deal-entry__details">
        {entry.kind === 'contact' && (
          <>
            <dt>{t('timeline.who_contacted')}</dt>
            <dd>
              {entry.contactDirection
                ? labels.direction(entry.contactDirection)
                : entry.contactChannel === 'session'
                  ? labels.exchanged()
                  : t('timeline.not_said')}
            </dd>
            <dt>{t('timeline.how')}</dt>
            <dd>{entry.contactChannel ? labels.channel(entry.contactChannel) : t('timeline.not_said')}</dd>
          </>
        )}
        {entry.closedReason && (
          <>
            <dt>{t('timeline.closed_reason')}</dt>
            <dd className="deal-prewrap">{entry.closedReason}</dd>
          </>
        )}
        {entry.note && (
          <>
            <dt>{t('timeline.note')}</dt>
            <dd className="deal-prewrap">{entry.note}</dd>
          </>
        )}
        <dt>{t('timeline.recorded')}</dt>
        <dd>
          {entry.recordedBy
            ? t('timeline.recorded_by', {
                name: entry.recordedBy,
                capacity: labels.recorder(entry.recordedAs),
              })
            : labels.recorder(entry.recordedAs)}
        </dd>
        {entry.buyerConfirmedAt && (
          <>
            <dt>{t('timeline.confirmed')}</dt>
            <dd>
              {entry.buyerConfirmedVia
                ? t('timeline.confirmed_on_via', {
                    date: format.date(entry.buyerConfirmedAt),
                    way: labels.confirmationWay(entry.buyerConfirmedVia),
                  })
                : format.date(entry.buyerConfirmedAt)}
            </dd>
          </>
        )}
      </dl>

      {entry.orderLines.length > 0 && <EntryLines lines={entry.orderLines} />}

      {isConfirmableKind(entry.kind) && (
        <EntryConfirmation deal={deal} entry={entry} confirmations={confirmations} reload={reload} />
      )}

      <EntryDocuments dealId={deal.id} entry={entry} canChange={canChange} />

      {canChange && (
        <div className="inline-actions deal-entry__actions">
          {entry.recordedAs !== 'session' && (
            <button type="button" className="button button-secondary button-small" onClick={onEdit}>
              {t('timeline.edit', { kind: labels.entryKind(entry.kind) })}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={isRemoving}
            onClick={onRemove}
          >
            {t('timeline.remove', { kind: labels.entryKind(entry.kind) })}
          </button>
        </div>
      )}
    </article>
  );
}

/** What an order ordered, or a shipment shipped: product, quantity, value, dates. */
function EntryLines({ lines }: { lines: readonly OrderLine[] }) {
  const { t } = useTranslation('deal_pages');
  const format = useFormat();
  return (
    <ul className="plain-list deal-lines">
      {lines.map((line) => (
        <li key={line.id} className="deal-line">
          <strong>{line.product.name}</strong>{' '}
          <span>
            {t('timeline.line_quantity', { quantity: format.number(line.quantity), unit: line.unit })}
          </span>
          {line.value !== null && line.currency && (
            <>
              {' · '}
              <span>
                {t('timeline.line_value', { value: format.number(line.value), currency: line.currency })}
              </span>
            </>
          )}
          <span className="muted deal-line__dates">
            {t('timeline.line_ordered', { date: format.date(line.orderedOn) })}
            {line.shippedOn && (
              <>
                {' · '}
                {t('timeline.line_shipped', { date: format.date(line.shippedOn) })}
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

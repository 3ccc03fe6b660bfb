/**
 * The rules of a deal's history, as pure functions: its stage, and what makes an entry wrong beyond
 * its shape (which the contract checks: quantities from 0 to 10^9, ISO 4217 currencies, a closing's
 * reason, an order line shipped before it was ordered).
 */
import {
  dealEntryKinds,
  type DealEntryInput,
  type DealEntryKind,
  type DealStage,
  type OrderLineInput,
} from '@bia/contracts';
import type { FieldProblem, MessageKey } from '../../shared/errors.ts';

/** What the stage is judged from: the kind, date and time of recording of each entry. */
export interface StagedEntry {
  kind: DealEntryKind;
  occurredOn: string;
  createdAt: Date;
  supersededAt: Date | null;
}

/**
 * A deal's stage: `closed` when its latest entry closed it, else the furthest kind (in the order of
 * `dealEntryKinds`) among its entries; superseded entries do not count. A deal revived after a
 * closing moves on from where it stood.
 */
export function stageOf(entries: readonly StagedEntry[]): DealStage {
  const current = entries.filter((entry) => entry.supersededAt === null);
  const latest = current.reduce<StagedEntry | undefined>((found, entry) => {
    if (!found) return entry;
    if (entry.occurredOn !== found.occurredOn) return entry.occurredOn > found.occurredOn ? entry : found;
    return entry.createdAt.getTime() >= found.createdAt.getTime() ? entry : found;
  }, undefined);
  if (!latest) return 'contact';
  if (latest.kind === 'closed') return 'closed';
  const furthest = Math.max(
    ...current.filter((entry) => entry.kind !== 'closed').map((entry) => dealEntryKinds.indexOf(entry.kind)),
  );
  return dealEntryKinds[furthest] ?? 'contact';
}

export const isOrderKind = (kind: DealEntryKind): boolean => kind === 'order' || kind === 'repeat_order';

/** What an entry is checked against. */
export interface EntryContext {
  /** Today in Bangkok: nothing done is dated after it. */
  today: string;
  /** The deal's own partner city, which an order line comes from unless it says otherwise. */
  dealPartnerId: string;
  /** The products of the deal's business. */
  businessProductIds: ReadonlySet<string>;
  /**
   * The cities an order may come from: the deal's own, and those of the sessions the business
   * presented at (decision 0031).
   */
  orderCityIds: ReadonlySet<string>;
  /** The deal's order lines a shipment may name (those of its current orders), with their order date. */
  shippableLines: ReadonlyMap<string, { orderedOn: string }>;
  /** The lines of the entry being changed, which its order lines may keep by their id. */
  entryLineIds: ReadonlySet<string>;
}

function problem(path: string, messageKey: MessageKey, code = 'invalid'): FieldProblem {
  return { path, code, messageKey };
}

function lineProblems(line: OrderLineInput, context: EntryContext, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (line.id !== undefined && !context.entryLineIds.has(line.id))
    problems.push(problem(`${path}.id`, 'outcomes:errors.line_not_of_entry', 'not_of_entry'));
  if (!context.businessProductIds.has(line.productId))
    problems.push(problem(`${path}.productId`, 'outcomes:errors.product_not_of_business', 'not_of_business'));
  if (!context.orderCityIds.has(line.partnerId ?? context.dealPartnerId))
    problems.push(problem(`${path}.partnerId`, 'outcomes:errors.city_never_met', 'city_never_met'));
  if (line.orderedOn > context.today)
    problems.push(problem(`${path}.orderedOn`, 'outcomes:errors.date_in_future', 'in_future'));
  if (line.shippedOn && line.shippedOn > context.today)
    problems.push(problem(`${path}.shippedOn`, 'outcomes:errors.date_in_future', 'in_future'));
  return problems;
}

/**
 * What is wrong with an entry for this deal, each problem at its field under `prefix` (`firstEntry`,
 * `entry`, or none): a date to come, a product of another business, an order from a city the
 * business never met, a shipment of lines not of this deal or before they were ordered, and details
 * that do not belong to the entry's kind.
 */
export function entryProblems(entry: DealEntryInput, context: EntryContext, prefix = ''): FieldProblem[] {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const problems: FieldProblem[] = [];
  const misplaced = (field: string) =>
    problems.push(problem(at(field), 'outcomes:errors.not_for_kind', 'not_for_kind'));

  if (entry.occurredOn > context.today)
    problems.push(problem(at('occurredOn'), 'outcomes:errors.date_in_future', 'in_future'));
  if (entry.kind !== 'contact' && entry.contactDirection) misplaced('contactDirection');
  if (entry.kind !== 'contact' && entry.contactChannel) misplaced('contactChannel');
  if (entry.kind !== 'closed' && entry.closedReason) misplaced('closedReason');
  if (!isOrderKind(entry.kind) && entry.orderLines?.length) misplaced('orderLines');
  if (entry.kind !== 'shipment' && entry.shippedLineIds?.length) misplaced('shippedLineIds');

  if (isOrderKind(entry.kind)) {
    (entry.orderLines ?? []).forEach((line, index) =>
      problems.push(...lineProblems(line, context, at(`orderLines.${index}`))),
    );
  }
  if (entry.kind === 'shipment') {
    (entry.shippedLineIds ?? []).forEach((lineId, index) => {
      const line = context.shippableLines.get(lineId);
      if (!line)
        problems.push(
          problem(at(`shippedLineIds.${index}`), 'outcomes:errors.line_not_of_deal', 'not_of_deal'),
        );
      else if (entry.occurredOn < line.orderedOn)
        problems.push(
          problem(at(`shippedLineIds.${index}`), 'outcomes:errors.shipped_before_ordered', 'before_order'),
        );
    });
  }
  return problems;
}

/**
 * Reaching a deal as the reader may — the deal seen, the deal locked for a change, one of its entries
 * — and reading it back whole, with the names it shows. Shared by the deals themselves
 * (deals.service.ts), their entries (deals.entries.ts), their documents (deals.documents.ts) and the
 * buyers' confirmations.
 */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { entrepreneursNamed, productsNamed } from '../catalogue/index.ts';
import { createIdentityAuditDirectory } from '../identity/index.ts';
import { partnersNamed } from '../partners/index.ts';
import type { DealNames, DealView } from './deals.presenter.ts';
import * as repository from './deals.repository.ts';
import type { DealRow, EntryRow } from './deals.repository.ts';
import { outcomesErrors } from './outcomes.errors.ts';
import { canConfirmDeal, canReadDeals, canRecordFor, dealScopeOf, isDealVisible } from './outcomes.policy.ts';

/** Refuses the input with its problems, each at its field. */
export function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

/** The deal, for a reader who may see it; `deal_not_found` for any other (it is not revealed). */
export async function visibleDeal(
  executor: Db,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DealRow> {
  if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
  const deal = await repository.findDeal(executor, id, options);
  if (!deal || !isDealVisible(dealScopeOf(actor), deal)) throw new AppError(outcomesErrors.deal_not_found);
  return deal;
}

/** The deal locked for a change, for someone who may record it: `not_your_deal` for its other readers. */
export async function editableDeal(tx: Db, actor: Actor, id: string): Promise<DealRow> {
  const deal = await visibleDeal(tx, actor, id, { forUpdate: true });
  if (!canRecordFor(actor, deal.entrepreneurId)) throw new AppError(outcomesErrors.not_your_deal);
  return deal;
}

/** The entry of a deal, `entry_not_found` when the deal has none such. */
export async function entryOf(
  executor: Db,
  dealId: string,
  entryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntryRow> {
  const entry = await repository.findEntry(executor, dealId, entryId, options);
  if (!entry) throw new AppError(outcomesErrors.entry_not_found);
  return entry;
}

/** The deal as it is now, after a change the reader was allowed to make. */
export async function dealOrFail(executor: Db, id: string): Promise<DealRow> {
  const deal = await repository.findDeal(executor, id);
  if (!deal) throw new AppError(outcomesErrors.deal_not_found);
  return deal;
}

/** The products among `productIds` that are the business's. */
export async function productsOfBusiness(
  executor: Db,
  entrepreneurId: string,
  productIds: string[],
): Promise<Set<string>> {
  const found = await productsNamed(executor, [...new Set(productIds)]);
  return new Set(found.filter((product) => product.entrepreneurId === entrepreneurId).map((row) => row.id));
}

export type DealReader = ReturnType<typeof createDealReader>;

/** Reads a deal back whole — its entries, order lines and documents — with the names it shows. */
export function createDealReader(db: Db) {
  const people = createIdentityAuditDirectory(db);

  /** The names a list or a deal shows: of businesses, partner cities, products and people. */
  async function namesOf(ids: {
    businesses: string[];
    partners: string[];
    products: string[];
    people: string[];
  }): Promise<DealNames> {
    const unique = (values: string[]) => [...new Set(values)];
    const [businesses, partners, products, recorders] = await Promise.all([
      entrepreneursNamed(db, unique(ids.businesses)),
      partnersNamed(db, unique(ids.partners)),
      productsNamed(db, unique(ids.products)),
      ids.people.length > 0 ? people.user?.(unique(ids.people), 'th') : undefined,
    ]);
    return {
      businesses: new Map(businesses.map((row) => [row.id, row])),
      partners: new Map(partners.map((row) => [row.id, row])),
      products: new Map(products.map((row) => [row.id, row])),
      people: new Map(
        [...(recorders ?? new Map())].flatMap(([id, person]) =>
          person.name ? [[id, person.name] as const] : [],
        ),
      ),
    };
  }

  async function viewOf(executor: Db, actor: Actor, deal: DealRow): Promise<DealView> {
    const [entries, lines] = await Promise.all([
      repository.listEntries(executor, deal.id),
      repository.listLines(executor, deal.id),
    ]);
    const documents = await repository.listDocuments(
      executor,
      entries.map((entry) => entry.id),
    );
    return {
      deal,
      entries,
      lines,
      documents,
      canEdit: canRecordFor(actor, deal.entrepreneurId),
      canConfirm: canConfirmDeal(actor, deal),
    };
  }

  /** The deal with its history, as the reader sees it, and the names it shows. */
  async function namedView(executor: Db, actor: Actor, deal: DealRow) {
    const view = await viewOf(executor, actor, deal);
    const names = await namesOf({
      businesses: [deal.entrepreneurId],
      partners: [deal.partnerId, ...view.lines.map((line) => line.partnerId)],
      products: [...deal.productIds, ...view.lines.map((line) => line.productId)],
      people: view.entries.flatMap((entry) => (entry.recordedBy ? [entry.recordedBy] : [])),
    });
    return { view, names };
  }

  return { namesOf, namedView };
}

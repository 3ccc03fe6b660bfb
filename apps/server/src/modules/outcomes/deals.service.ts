/**
 * Deals (seed 003 §9; plan KPI 1.1.1): a Bangkok Brand business and a partner city's buyer, from the
 * first contact to a repeat order. A deal is entered by hand or started from a contact exchanged at a
 * session (its buyer, the products they were interested in and the contact itself come from the
 * session's record). Its history is dated entries; its stage follows from them.
 *
 * Rules kept here: who sees and records which deals (outcomes.policy.ts), the checks of an entry
 * beyond its shape (deals.rules.ts), and the follow-up rounds' freeze: an entry reported in a round
 * that is closed is never overwritten — a change is a new entry that supersedes it (an amendment),
 * and it cannot be removed. Every change is audited under the deal, so its trail is its history.
 */
import {
  dealEntryKinds,
  participantLanguages,
  type DealCreate,
  type DealEntryInput,
  type DealEntryUpdate,
  type DealFromSession,
  type DealListQuery,
  type DealUpdate,
  type OrderLineInput,
} from '@bia/contracts';
import { fiscalYearFromBuddhist } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, assertVersion, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { auditSnapshot, definedOnly, known } from '../../shared/records.ts';
import { textOrNull, textOrNullIfSent } from '../../shared/text.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import { entrepreneursNamed, productsNamed } from '../catalogue/index.ts';
import { createIdentityAuditDirectory } from '../identity/index.ts';
import { partnersNamed } from '../partners/index.ts';
import {
  citiesMetByBusiness,
  findContactExchange,
  listParticipants,
  listSessionContacts,
  listSessionInterests,
  loadSession,
} from '../programme/index.ts';
import type { DealNames, DealView } from './deals.presenter.ts';
import * as repository from './deals.repository.ts';
import type { DealRow, EntryRow, LineRow, NewLine } from './deals.repository.ts';
import { entryProblems, isOrderKind, stageOf, type EntryContext } from './deals.rules.ts';
import { outcomesErrors } from './outcomes.errors.ts';
import {
  canConfirmDeal,
  canReadDeals,
  canRecordFor,
  dealScopeOf,
  isDealVisible,
  recorderOf,
} from './outcomes.policy.ts';

/** An entry with the order lines it concerns, as the audit trail keeps it (and its version, checked). */
interface EntryState {
  entry: EntryRow;
  lines: LineRow[];
  version: number;
}

/** A deal just entered, with its first entry. */
interface StartedDeal {
  deal: DealRow;
  first: EntryState;
}

function entrySnapshot({ entry, lines }: EntryState) {
  return {
    ...auditSnapshot(entry),
    orderLines: lines.map((line) => ({
      id: line.id,
      entryId: line.entryId,
      partnerId: line.partnerId,
      productId: line.productId,
      quantity: line.quantity,
      unit: line.unit,
      value: line.value,
      currency: line.currency,
      orderedOn: line.orderedOn,
      shippedOn: line.shippedOn,
    })),
  };
}

function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

/** What an entry stores of what was sent: only the details of its kind. */
function entryValues(input: DealEntryInput) {
  return {
    kind: input.kind,
    occurredOn: input.occurredOn,
    contactDirection: input.kind === 'contact' ? (input.contactDirection ?? null) : null,
    contactChannel: input.kind === 'contact' ? (input.contactChannel ?? null) : null,
    note: textOrNull(input.note),
    closedReason: input.kind === 'closed' ? textOrNull(input.closedReason) : null,
  };
}

/** What an order line stores: the deal's city unless another is named; a currency only with a value. */
function lineValues(line: OrderLineInput, deal: DealRow): Omit<NewLine, 'entryId'> {
  const hasValue = line.value !== undefined && line.value !== null;
  return {
    dealId: deal.id,
    partnerId: line.partnerId ?? deal.partnerId,
    productId: line.productId,
    quantity: String(line.quantity),
    unit: line.unit,
    value: hasValue ? String(line.value) : null,
    currency: hasValue ? (line.currency ?? null) : null,
    orderedOn: line.orderedOn,
    shippedOn: line.shippedOn ?? null,
  };
}

const decodedEntries = (entries: readonly EntryRow[]) =>
  entries.map((entry) => ({ ...entry, kind: known(dealEntryKinds, entry.kind, 'deal entry kind') }));

/** The entries whose order lines are current: orders and repeat orders not superseded. */
function currentOrderIds(entries: readonly EntryRow[]): Set<string> {
  return new Set(
    decodedEntries(entries)
      .filter((entry) => entry.supersededAt === null && isOrderKind(entry.kind))
      .map((entry) => entry.id),
  );
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

export type Deals = ReturnType<typeof createDeals>;

export function createDeals({ db, clock }: { db: Db; clock: Clock }) {
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

  /** The products among `productIds` that are the business's. */
  async function productsOfBusiness(
    executor: Db,
    entrepreneurId: string,
    productIds: string[],
  ): Promise<Set<string>> {
    const found = await productsNamed(executor, [...new Set(productIds)]);
    return new Set(found.filter((product) => product.entrepreneurId === entrepreneurId).map((row) => row.id));
  }

  /** What an entry of the deal is checked against (see EntryContext). */
  async function contextFor(
    executor: Db,
    deal: { id: string | null; entrepreneurId: string; partnerId: string },
    input: DealEntryInput,
    entryLineIds: ReadonlySet<string> = new Set(),
  ): Promise<EntryContext> {
    const [businessProductIds, met, entries, lines] = await Promise.all([
      productsOfBusiness(
        executor,
        deal.entrepreneurId,
        (input.orderLines ?? []).map((line) => line.productId),
      ),
      citiesMetByBusiness(executor, deal.entrepreneurId, clock.now()),
      deal.id ? repository.listEntries(executor, deal.id) : [],
      deal.id ? repository.listLines(executor, deal.id) : [],
    ]);
    const orders = currentOrderIds(entries);
    return {
      today: bangkokToday(clock.now()),
      dealPartnerId: deal.partnerId,
      businessProductIds,
      orderCityIds: new Set([deal.partnerId, ...met]),
      shippableLines: new Map(
        lines
          .filter((line) => orders.has(line.entryId))
          .map((line) => [line.id, { orderedOn: line.orderedOn }]),
      ),
      entryLineIds,
    };
  }

  /** The lines an entry concerns: an order's own; for a shipment, those shipped on its day. */
  async function stateOf(executor: Db, entry: EntryRow): Promise<EntryState> {
    if (entry.kind !== 'shipment')
      return { entry, lines: await repository.linesOfEntry(executor, entry.id), version: entry.version };
    const [entries, lines] = await Promise.all([
      repository.listEntries(executor, entry.dealId),
      repository.listLines(executor, entry.dealId),
    ]);
    const orders = currentOrderIds(entries);
    return {
      entry,
      lines: lines.filter((line) => orders.has(line.entryId) && line.shippedOn === entry.occurredOn),
      version: entry.version,
    };
  }

  /** Writes a new entry with its order lines (or its shipment's dates). */
  async function insertEntry(
    tx: Db,
    deal: DealRow,
    input: DealEntryInput,
    recorded: {
      recordedBy: string | null;
      recordedAs: 'session' | 'staff' | 'entrepreneur';
      roundId?: string | null;
      amendsEntryId?: string | null;
    },
  ): Promise<EntryState> {
    const now = clock.now();
    const entry = await repository.insertEntry(tx, {
      dealId: deal.id,
      ...entryValues(input),
      ...recorded,
      createdAt: now,
      updatedAt: now,
    });
    if (isOrderKind(input.kind)) {
      await repository.insertLines(
        tx,
        (input.orderLines ?? []).map((line) => ({ ...lineValues(line, deal), entryId: entry.id })),
      );
    }
    if (input.kind === 'shipment')
      await repository.setShippedOn(tx, deal.id, input.shippedLineIds ?? [], input.occurredOn);
    return stateOf(tx, entry);
  }

  /**
   * Undoes what a shipment entry did to the lines it shipped (their shipping date), unless another
   * shipment of the deal is dated the same day.
   */
  async function unship(tx: Db, entry: EntryRow): Promise<void> {
    if (entry.kind !== 'shipment') return;
    if (await repository.hasOtherShipmentOn(tx, entry.dealId, entry.occurredOn, entry.id)) return;
    const { lines } = await stateOf(tx, entry);
    await repository.setShippedOn(
      tx,
      entry.dealId,
      lines.map((line) => line.id),
      null,
    );
  }

  /** Changes an entry in place (its round is open, or it has none): its order lines are kept by id. */
  async function changeEntry(
    tx: Db,
    deal: DealRow,
    before: EntryRow,
    input: DealEntryInput,
  ): Promise<EntryState> {
    await unship(tx, before);
    const entry = await repository.updateEntry(tx, before.id, {
      ...entryValues(input),
      // What the buyer confirmed is no longer what the entry says.
      buyerConfirmedAt: null,
      buyerConfirmedVia: null,
      updatedAt: clock.now(),
    });
    const existing = await repository.linesOfEntry(tx, before.id);
    const sent = isOrderKind(input.kind) ? (input.orderLines ?? []) : [];
    const kept = new Set(sent.flatMap((line) => (line.id ? [line.id] : [])));
    await repository.deleteLines(
      tx,
      existing.filter((line) => !kept.has(line.id)).map((line) => line.id),
    );
    for (const line of sent.filter((candidate) => candidate.id !== undefined)) {
      if (line.id) await repository.updateLine(tx, line.id, lineValues(line, deal));
    }
    await repository.insertLines(
      tx,
      sent
        .filter((line) => line.id === undefined)
        .map((line) => ({ ...lineValues(line, deal), entryId: entry.id })),
    );
    if (input.kind === 'shipment')
      await repository.setShippedOn(tx, deal.id, input.shippedLineIds ?? [], input.occurredOn);
    return stateOf(tx, entry);
  }

  /** Keeps the deal's stage as its entries now say. */
  async function restage(tx: Db, dealId: string): Promise<void> {
    const entries = await repository.listEntries(tx, dealId);
    await repository.setDealStage(tx, dealId, stageOf(decodedEntries(entries)), clock.now());
  }

  async function dealOrFail(executor: Db, id: string): Promise<DealRow> {
    const deal = await repository.findDeal(executor, id);
    if (!deal) throw new AppError(outcomesErrors.deal_not_found);
    return deal;
  }

  /** Field problems of the deal's business, partner city and products. */
  async function dealProblems(input: {
    entrepreneurId: string;
    partnerId?: string | undefined;
    productIds?: string[] | undefined;
  }): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const [business] = await entrepreneursNamed(db, [input.entrepreneurId]);
    if (!business)
      problems.push({
        path: 'entrepreneurId',
        code: 'not_found',
        messageKey: 'outcomes:errors.business_not_found',
      });
    if (input.partnerId) {
      const [partner] = await partnersNamed(db, [input.partnerId]);
      if (!partner || partner.archivedAt !== null)
        problems.push({
          path: 'partnerId',
          code: 'not_found',
          messageKey: 'outcomes:errors.partner_not_found',
        });
    }
    const productIds = input.productIds ?? [];
    const ofBusiness = await productsOfBusiness(db, input.entrepreneurId, productIds);
    productIds.forEach((productId, index) => {
      if (!ofBusiness.has(productId))
        problems.push({
          path: `productIds.${index}`,
          code: 'not_of_business',
          messageKey: 'outcomes:errors.product_not_of_business',
        });
    });
    return problems;
  }

  /** The answer to a change of an entry: the deal as it is now. */
  async function changed(actor: Actor, dealId: string, entryId: string, isAmendment: boolean) {
    const deal = await dealOrFail(db, dealId);
    return { ...(await namedView(db, actor, deal)), entryId, isAmendment };
  }

  return {
    /** A page of the deals the reader may see, the latest changed first, with their businesses and cities named. */
    async list(actor: Actor, query: DealListQuery) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      const year = query.fiscalYear ? fiscalYearFromBuddhist(query.fiscalYear) : undefined;
      const { rows, total } = await repository.listDeals(
        db,
        {
          scope: dealScopeOf(actor),
          entrepreneurId: query.entrepreneurId,
          partnerId: query.partnerId,
          stage: query.stage,
          entriesWithin: year ? { from: year.startDate, to: year.endDate } : undefined,
          text: query.q,
        },
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      const names = await namesOf({
        businesses: rows.map((row) => row.entrepreneurId),
        partners: rows.map((row) => row.partnerId),
        products: [],
        people: [],
      });
      return { rows, total, names };
    },

    async get(actor: Actor, id: string) {
      return namedView(db, actor, await visibleDeal(db, actor, id));
    },

    /** Enters a deal by hand (a buyer who wrote after seeing the catalogue), with its first entry. */
    async create(context: RequestContext, actor: Actor, input: DealCreate) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      if (!canRecordFor(actor, input.entrepreneurId)) throw new AppError(outcomesErrors.not_your_deal);
      const productIds = [...new Set(input.productIds)];
      const firstContext = await contextFor(
        db,
        { id: null, entrepreneurId: input.entrepreneurId, partnerId: input.partnerId },
        input.firstEntry,
      );
      failOn([
        ...(await dealProblems({ ...input, productIds })),
        ...entryProblems(input.firstEntry, firstContext, 'firstEntry'),
      ]);
      const created = await db.transaction(async (tx) =>
        createAudited<StartedDeal>(tx, context, {
          action: 'deal.create',
          entityType: 'deal',
          entityId: ({ deal }) => deal.id,
          snapshot: ({ deal, first }) => ({ ...auditSnapshot(deal), firstEntry: entrySnapshot(first) }),
          insert: async (inserting) => {
            const now = clock.now();
            const deal = await repository.insertDealIfNew(inserting, {
              entrepreneurId: input.entrepreneurId,
              partnerId: input.partnerId,
              buyerName: input.buyerName,
              buyerOrganisation: textOrNull(input.buyerOrganisation),
              buyerEmail: textOrNull(input.buyerEmail),
              buyerLanguage: input.buyerLanguage,
              productIds,
              createdBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            });
            if (!deal) throw new Error('a deal entered by hand met a unique index');
            const first = await insertEntry(inserting, deal, input.firstEntry, {
              recordedBy: actor.userId,
              recordedAs: recorderOf(actor),
            });
            await restage(inserting, deal.id);
            return { deal, first };
          },
        }),
      );
      return namedView(db, actor, await dealOrFail(db, created.deal.id));
    },

    /** Changes the buyer's details or the products concerned, at the version the user loaded. */
    async update(context: RequestContext, actor: Actor, id: string, input: DealUpdate) {
      const deal = await visibleDeal(db, actor, id);
      if (!canRecordFor(actor, deal.entrepreneurId)) throw new AppError(outcomesErrors.not_your_deal);
      const productIds = input.productIds ? [...new Set(input.productIds)] : undefined;
      failOn(await dealProblems({ entrepreneurId: deal.entrepreneurId, productIds }));
      await db.transaction(async (tx) =>
        updateAudited(tx, context, {
          action: 'deal.update',
          entityType: 'deal',
          entityId: id,
          expectedVersion: input.version,
          lock: (locking) => editableDeal(locking, actor, id),
          snapshot: auditSnapshot,
          write: (writing) =>
            repository.updateDeal(
              writing,
              id,
              definedOnly({
                buyerName: input.buyerName,
                buyerOrganisation: textOrNullIfSent(input.buyerOrganisation),
                buyerEmail: textOrNullIfSent(input.buyerEmail),
                buyerLanguage: input.buyerLanguage,
                productIds,
                updatedAt: clock.now(),
              }),
            ),
        }),
      );
      return namedView(db, actor, await dealOrFail(db, id));
    },

    /** Records a new entry of a deal's history. */
    async addEntry(context: RequestContext, actor: Actor, dealId: string, input: DealEntryInput) {
      const entry = await db.transaction(async (tx) => {
        const deal = await editableDeal(tx, actor, dealId);
        failOn(entryProblems(input, await contextFor(tx, deal, input)));
        const state = await createAudited(tx, context, {
          action: 'deal_entry.create',
          entityType: 'deal',
          entityId: () => deal.id,
          snapshot: entrySnapshot,
          insert: (inserting) =>
            insertEntry(inserting, deal, input, {
              recordedBy: actor.userId,
              recordedAs: recorderOf(actor),
            }),
        });
        await restage(tx, deal.id);
        return state.entry;
      });
      return changed(actor, dealId, entry.id, false);
    },

    /**
     * Changes an entry at the version the user loaded. An entry of a closed follow-up round is not
     * overwritten: the change is a new entry amending it (it keeps the round, the evidence is copied),
     * and the old one is marked superseded.
     */
    async changeEntry(
      context: RequestContext,
      actor: Actor,
      dealId: string,
      entryId: string,
      { version, entry: input }: DealEntryUpdate,
    ) {
      const result = await db.transaction(async (tx) => {
        const deal = await editableDeal(tx, actor, dealId);
        const before = await entryOf(tx, dealId, entryId, { forUpdate: true });
        if (before.supersededAt) throw new AppError(outcomesErrors.entry_superseded);
        assertVersion(version, before.version);
        const beforeLines = await repository.linesOfEntry(tx, before.id);
        const lineIds = new Set(beforeLines.map((line) => line.id));
        failOn(entryProblems(input, await contextFor(tx, deal, input, lineIds), 'entry'));
        const round = await repository.closedRoundOf(tx, before);
        const { after } = await updateAudited(tx, context, {
          action: round ? 'deal_entry.amend' : 'deal_entry.update',
          entityType: 'deal',
          entityId: deal.id,
          expectedVersion: version,
          lock: async (locking) =>
            stateOf(locking, await entryOf(locking, dealId, entryId, { forUpdate: true })),
          snapshot: entrySnapshot,
          write: async (writing, locked) => {
            if (!round) return changeEntry(writing, deal, locked.entry, input);
            await unship(writing, locked.entry);
            await repository.updateEntry(writing, locked.entry.id, {
              supersededAt: clock.now(),
              updatedAt: clock.now(),
            });
            const amendment = await insertEntry(writing, deal, input, {
              recordedBy: actor.userId,
              recordedAs: recorderOf(actor),
              roundId: round.id,
              amendsEntryId: locked.entry.id,
            });
            await repository.copyDocuments(writing, locked.entry.id, amendment.entry.id);
            return amendment;
          },
        });
        await restage(tx, deal.id);
        return { entryId: after.entry.id, isAmendment: round !== undefined };
      });
      return changed(actor, dealId, result.entryId, result.isAmendment);
    },

    /** Removes an entry recorded by mistake: never one of a closed round, nor the deal's only entry. */
    async removeEntry(context: RequestContext, actor: Actor, dealId: string, entryId: string) {
      await db.transaction(async (tx) => {
        const deal = await editableDeal(tx, actor, dealId);
        const entry = await entryOf(tx, dealId, entryId, { forUpdate: true });
        if (entry.supersededAt) throw new AppError(outcomesErrors.entry_superseded);
        if (await repository.closedRoundOf(tx, entry))
          throw new AppError(outcomesErrors.entry_in_closed_round);
        const others = (await repository.listEntries(tx, deal.id)).filter(
          (candidate) => candidate.id !== entry.id && candidate.supersededAt === null,
        );
        if (others.length === 0) throw new AppError(outcomesErrors.deal_needs_entry);
        await removeAudited(tx, context, {
          action: 'deal_entry.delete',
          entityType: 'deal',
          entityId: deal.id,
          lock: async (locking) =>
            stateOf(locking, await entryOf(locking, dealId, entryId, { forUpdate: true })),
          snapshot: entrySnapshot,
          remove: async (removing, locked) => {
            await unship(removing, locked.entry);
            await repository.deleteEntry(removing, locked.entry.id);
          },
        });
        await restage(tx, deal.id);
      });
      return namedView(db, actor, await dealOrFail(db, dealId));
    },

    /**
     * Starts a deal from a contact exchanged at a session: the buyer (name, organisation, address,
     * language and city) as they registered, the products of the business they showed interest in,
     * and a first entry — the contact, made at the session, dated the session's day in Bangkok. A
     * contact has one deal: asking again answers the one started (`isNew` false).
     */
    async startFromSession(
      context: RequestContext,
      actor: Actor,
      sessionId: string,
      { entrepreneurId, participantId }: DealFromSession,
    ) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      if (!canRecordFor(actor, entrepreneurId)) throw new AppError(outcomesErrors.not_your_deal);
      const session = await loadSession(db, sessionId);
      const contact = { sessionId, entrepreneurId, participantId };
      const existing = await repository.findSessionDeal(db, contact);
      if (existing) return { ...(await namedView(db, actor, existing)), isNew: false };

      const exchange = await findContactExchange(db, contact);
      const participant = (await listParticipants(db, sessionId)).find((row) => row.id === participantId);
      if (!exchange || !participant) throw new AppError(outcomesErrors.contact_not_exchanged);
      const interests = (await listSessionInterests(db, sessionId)).filter(
        (interest) =>
          interest.participantId === participantId &&
          interest.entrepreneurId === entrepreneurId &&
          interest.level !== 'none',
      );
      const notes = interests.flatMap((interest) => (interest.note ? [interest.note] : []));
      const now = clock.now();

      const started = await db
        .transaction(async (tx) =>
          createAudited<StartedDeal>(tx, context, {
            action: 'deal.create',
            entityType: 'deal',
            entityId: ({ deal }) => deal.id,
            snapshot: ({ deal, first }) => ({ ...auditSnapshot(deal), firstEntry: entrySnapshot(first) }),
            insert: async (inserting) => {
              const deal = await repository.insertDealIfNew(inserting, {
                entrepreneurId,
                partnerId: participant.partnerId,
                participantId,
                buyerName: participant.fullName,
                buyerOrganisation: textOrNull(participant.company),
                buyerEmail: participant.email,
                buyerLanguage: known(participantLanguages, participant.language, 'participant language'),
                sessionId,
                productIds: [...new Set(interests.map((interest) => interest.productId))],
                createdBy: actor.userId,
                createdAt: now,
                updatedAt: now,
              });
              // Started meanwhile by someone else: theirs is the deal (answered below).
              if (!deal) throw new AlreadyStarted();
              const first = await insertEntry(
                inserting,
                deal,
                {
                  kind: 'contact',
                  occurredOn: bangkokToday(session.startsAt),
                  contactChannel: 'session',
                  // Exchanged at the session: neither side contacted the other first.
                  contactDirection: null,
                  note: notes.length > 0 ? notes.join('\n') : null,
                },
                { recordedBy: exchange.recordedBy, recordedAs: 'session' },
              );
              await restage(inserting, deal.id);
              return { deal, first };
            },
          }),
        )
        .catch((error: unknown) => {
          if (error instanceof AlreadyStarted) return undefined;
          throw error;
        });
      const deal = started ? started.deal : await repository.findSessionDeal(db, contact);
      if (!deal) throw new AppError(outcomesErrors.deal_not_found);
      return { ...(await namedView(db, actor, deal)), isNew: started !== undefined };
    },

    /**
     * The contacts exchanged at a session, each with the deal started from it (if any), as far as the
     * reader may see them: staff all; a business its own; a coordinator those with their city's
     * buyers; a buyer their own. Deals whose contact was since taken off the record are listed too.
     */
    async sessionDeals(actor: Actor, sessionId: string) {
      if (!canReadDeals(actor)) throw new AppError(outcomesErrors.no_deals);
      await loadSession(db, sessionId);
      const [contacts, participants, deals] = await Promise.all([
        listSessionContacts(db, sessionId),
        listParticipants(db, sessionId),
        repository.listSessionDeals(db, sessionId),
      ]);
      const scope = dealScopeOf(actor);
      const dealOf = (entrepreneurId: string, participantId: string) =>
        deals.find((deal) => deal.entrepreneurId === entrepreneurId && deal.participantId === participantId);
      const links = [
        ...contacts.map((contact) => ({
          entrepreneurId: contact.entrepreneurId,
          participantId: contact.participantId,
          deal: dealOf(contact.entrepreneurId, contact.participantId),
        })),
        ...deals.flatMap((deal) =>
          deal.participantId &&
          !contacts.some(
            (contact) =>
              contact.entrepreneurId === deal.entrepreneurId && contact.participantId === deal.participantId,
          )
            ? [{ entrepreneurId: deal.entrepreneurId, participantId: deal.participantId, deal }]
            : [],
        ),
      ];
      return links.filter((link) => {
        const participant = participants.find((row) => row.id === link.participantId);
        return isDealVisible(scope, {
          entrepreneurId: link.entrepreneurId,
          partnerId: link.deal?.partnerId ?? participant?.partnerId ?? '',
          buyerUserId: link.deal?.buyerUserId ?? null,
          buyerEmail: link.deal?.buyerEmail ?? participant?.email ?? null,
        });
      });
    },
  };
}

/** A contact's deal was started by someone else between the look and the insert. */
class AlreadyStarted extends Error {
  constructor() {
    super('the deal of this contact was started meanwhile');
  }
}

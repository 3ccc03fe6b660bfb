/**
 * A deal's history: its dated entries (contacts, samples, agreements, orders, shipments, the deal
 * closed), each checked beyond its shape by deals.rules.ts, and the stage that follows from them. An
 * order's lines belong to its entry; a shipment dates the lines it shipped.
 *
 * The follow-up rounds' freeze is kept here: an entry reported in a round that is closed is never
 * overwritten — a change is a new entry that supersedes it (an amendment), and it cannot be removed.
 * Every change is audited under the deal, so its trail is its history. The deals themselves (list,
 * create, update, start from a session) are deals.service.ts, which also writes a new deal's first
 * entry with the writer below.
 */
import {
  dealEntryKinds,
  type DealEntryInput,
  type DealEntryUpdate,
  type OrderLineInput,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, assertVersion } from '../../shared/errors.ts';
import { auditSnapshot, known } from '../../shared/records.ts';
import { textOrNull } from '../../shared/text.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import { citiesMetByBusiness } from '../programme/index.ts';
import {
  createDealReader,
  dealOrFail,
  editableDeal,
  entryOf,
  failOn,
  productsOfBusiness,
} from './deals.access.ts';
import * as repository from './deals.repository.ts';
import type { DealRow, EntryRow, LineRow, NewLine } from './deals.repository.ts';
import { entryProblems, isOrderKind, stageOf, type EntryContext } from './deals.rules.ts';
import { outcomesErrors } from './outcomes.errors.ts';
import { recorderOf } from './outcomes.policy.ts';

/** An entry with the order lines it concerns, as the audit trail keeps it (and its version, checked). */
export interface EntryState {
  entry: EntryRow;
  lines: LineRow[];
  version: number;
}

/** Who recorded an entry, and as what; for an amendment, its round and the entry it amends. */
export interface EntryRecorded {
  recordedBy: string | null;
  recordedAs: 'session' | 'staff' | 'entrepreneur';
  roundId?: string | null;
  amendsEntryId?: string | null;
}

export function entrySnapshot({ entry, lines }: EntryState) {
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

export type EntryWriter = ReturnType<typeof createEntryWriter>;

/** Checks and writes entries inside the caller's transaction; the caller audits. */
export function createEntryWriter(clock: Clock) {
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
    recorded: EntryRecorded,
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
  async function changeInPlace(
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

  return { contextFor, stateOf, insertEntry, unship, changeInPlace, restage };
}

export type DealEntries = ReturnType<typeof createDealEntries>;

/** Adding, changing (or amending) and removing a deal's entries; each answers the deal as it is now. */
export function createDealEntries({ db, clock }: { db: Db; clock: Clock }) {
  const reader = createDealReader(db);
  const writer = createEntryWriter(clock);

  /** The answer to a change of an entry: the deal as it is now. */
  async function changed(actor: Actor, dealId: string, entryId: string, isAmendment: boolean) {
    const deal = await dealOrFail(db, dealId);
    return { ...(await reader.namedView(db, actor, deal)), entryId, isAmendment };
  }

  return {
    /** Records a new entry of a deal's history. */
    async addEntry(context: RequestContext, actor: Actor, dealId: string, input: DealEntryInput) {
      const entry = await db.transaction(async (tx) => {
        const deal = await editableDeal(tx, actor, dealId);
        failOn(entryProblems(input, await writer.contextFor(tx, deal, input)));
        const state = await createAudited(tx, context, {
          action: 'deal_entry.create',
          entityType: 'deal',
          entityId: () => deal.id,
          snapshot: entrySnapshot,
          insert: (inserting) =>
            writer.insertEntry(inserting, deal, input, {
              recordedBy: actor.userId,
              recordedAs: recorderOf(actor),
            }),
        });
        await writer.restage(tx, deal.id);
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
        failOn(entryProblems(input, await writer.contextFor(tx, deal, input, lineIds), 'entry'));
        const round = await repository.closedRoundOf(tx, before);
        const { after } = await updateAudited(tx, context, {
          action: round ? 'deal_entry.amend' : 'deal_entry.update',
          entityType: 'deal',
          entityId: deal.id,
          expectedVersion: version,
          lock: async (locking) =>
            writer.stateOf(locking, await entryOf(locking, dealId, entryId, { forUpdate: true })),
          snapshot: entrySnapshot,
          write: async (writing, locked) => {
            if (!round) return writer.changeInPlace(writing, deal, locked.entry, input);
            await writer.unship(writing, locked.entry);
            await repository.updateEntry(writing, locked.entry.id, {
              supersededAt: clock.now(),
              updatedAt: clock.now(),
            });
            const amendment = await writer.insertEntry(writing, deal, input, {
              recordedBy: actor.userId,
              recordedAs: recorderOf(actor),
              roundId: round.id,
              amendsEntryId: locked.entry.id,
            });
            await repository.copyDocuments(writing, locked.entry.id, amendment.entry.id);
            return amendment;
          },
        });
        await writer.restage(tx, deal.id);
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
            writer.stateOf(locking, await entryOf(locking, dealId, entryId, { forUpdate: true })),
          snapshot: entrySnapshot,
          remove: async (removing, locked) => {
            await writer.unship(removing, locked.entry);
            await repository.deleteEntry(removing, locked.entry.id);
          },
        });
        await writer.restage(tx, deal.id);
      });
      return reader.namedView(db, actor, await dealOrFail(db, dealId));
    },
  };
}

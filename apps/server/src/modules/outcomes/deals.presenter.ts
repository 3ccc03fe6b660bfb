/** Deals as the API answers them: never a table row, names in the reader's language. */
import {
  contactChannels,
  contactDirections,
  dealEntryKinds,
  entryNeedsBuyerConfirmation,
  entryRecorders,
  participantLanguages,
  type Deal,
  type DealEntry,
  type DealSummary,
  type OrderLine,
  type SessionDealLink,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { known } from '../../shared/records.ts';
import type { DealRow, DealSummaryRow, DocumentRow, EntryRow, LineRow } from './deals.repository.ts';

/** A name kept in Thai and, where given, in English. */
interface StoredName {
  nameTh: string | null;
  nameEn: string | null;
}

/** The names a deal's answer needs, by id: read from the modules that own them. */
export interface DealNames {
  businesses: ReadonlyMap<string, StoredName>;
  partners: ReadonlyMap<string, StoredName>;
  products: ReadonlyMap<string, StoredName>;
  /** People (who recorded an entry) by their display name. */
  people: ReadonlyMap<string, string>;
}

/** A deal with all it holds, and what the reader may do with it. */
export interface DealView {
  deal: DealRow;
  /** Superseded ones included, in the order they happened. */
  entries: EntryRow[];
  /** Every order line of the deal. */
  lines: LineRow[];
  documents: DocumentRow[];
  canEdit: boolean;
  canConfirm: boolean;
}

function nameIn(name: StoredName | undefined, locale: InterfaceLocale): string {
  if (!name) return '';
  return (locale === 'th' ? (name.nameTh ?? name.nameEn) : (name.nameEn ?? name.nameTh)) ?? '';
}

function named(id: string, names: ReadonlyMap<string, StoredName>, locale: InterfaceLocale) {
  return { id, name: nameIn(names.get(id), locale) };
}

function presentLine(line: LineRow, names: DealNames, locale: InterfaceLocale): OrderLine {
  return {
    id: line.id,
    partner: named(line.partnerId, names.partners, locale),
    product: named(line.productId, names.products, locale),
    quantity: Number(line.quantity),
    unit: line.unit,
    value: line.value === null ? null : Number(line.value),
    currency: line.currency,
    orderedOn: line.orderedOn,
    shippedOn: line.shippedOn,
  };
}

/**
 * The lines an entry concerns: an order's own lines; for a current shipment, the current orders'
 * lines shipped on its day (a shipment names the lines it shipped by dating them).
 */
function linesOf(entry: EntryRow, view: DealView): LineRow[] {
  if (entry.kind !== 'shipment') return view.lines.filter((line) => line.entryId === entry.id);
  if (entry.supersededAt) return [];
  const currentOrders = new Set(
    view.entries
      .filter((candidate) => candidate.supersededAt === null && candidate.kind !== 'shipment')
      .map((candidate) => candidate.id),
  );
  return view.lines.filter((line) => currentOrders.has(line.entryId) && line.shippedOn === entry.occurredOn);
}

function presentEntry(entry: EntryRow, view: DealView, names: DealNames, locale: InterfaceLocale): DealEntry {
  return {
    id: entry.id,
    kind: known(dealEntryKinds, entry.kind, 'deal entry kind'),
    occurredOn: entry.occurredOn,
    contactDirection: entry.contactDirection
      ? known(contactDirections, entry.contactDirection, 'contact direction')
      : null,
    contactChannel: entry.contactChannel
      ? known(contactChannels, entry.contactChannel, 'contact channel')
      : null,
    note: entry.note,
    closedReason: entry.closedReason,
    recordedBy: entry.recordedBy ? (names.people.get(entry.recordedBy) ?? null) : null,
    recordedAs: known(entryRecorders, entry.recordedAs, 'entry recorder'),
    roundId: entry.roundId,
    buyerConfirmedAt: entry.buyerConfirmedAt?.toISOString() ?? null,
    buyerConfirmedVia: entry.buyerConfirmedVia
      ? known(['link', 'account'] as const, entry.buyerConfirmedVia, 'confirmation channel')
      : null,
    amendsEntryId: entry.amendsEntryId,
    supersededAt: entry.supersededAt?.toISOString() ?? null,
    orderLines: linesOf(entry, view).map((line) => presentLine(line, names, locale)),
    documents: view.documents.filter((document) => document.entryId === entry.id).map(presentDealDocument),
    version: entry.version,
  };
}

export function presentDealDocument(document: DocumentRow) {
  return {
    id: document.id,
    fileName: document.fileName,
    mediaType: document.mediaType,
    byteSize: document.byteSize,
    createdAt: document.createdAt.toISOString(),
  };
}

function summaryOf(
  deal: DealRow,
  sums: { lastEntryOn: string | null; entryCount: number; unconfirmedCount: number },
  names: DealNames,
  locale: InterfaceLocale,
): DealSummary {
  return {
    id: deal.id,
    business: named(deal.entrepreneurId, names.businesses, locale),
    partner: named(deal.partnerId, names.partners, locale),
    buyerName: deal.buyerName,
    buyerOrganisation: deal.buyerOrganisation,
    stage: known(dealEntryKinds, deal.stage, 'deal stage'),
    sessionId: deal.sessionId,
    lastEntryOn: sums.lastEntryOn,
    entryCount: sums.entryCount,
    unconfirmedCount: sums.unconfirmedCount,
    isSample: deal.isSample,
    version: deal.version,
  };
}

export function presentDealSummary(
  row: DealSummaryRow,
  names: DealNames,
  locale: InterfaceLocale,
): DealSummary {
  return summaryOf(row, row, names, locale);
}

export function presentDeal(view: DealView, names: DealNames, locale: InterfaceLocale): Deal {
  const entries = view.entries.map((entry) => presentEntry(entry, view, names, locale));
  const current = entries.filter((entry) => entry.supersededAt === null);
  const lastEntryOn = current.reduce<string | null>(
    (latest, entry) => (latest === null || entry.occurredOn > latest ? entry.occurredOn : latest),
    null,
  );
  const { deal } = view;
  return {
    ...summaryOf(
      deal,
      {
        lastEntryOn,
        entryCount: current.length,
        unconfirmedCount: current.filter(
          (entry) => entryNeedsBuyerConfirmation(entry) && entry.buyerConfirmedAt === null,
        ).length,
      },
      names,
      locale,
    ),
    buyerEmail: deal.buyerEmail,
    buyerLanguage: known(participantLanguages, deal.buyerLanguage, 'buyer language'),
    products: deal.productIds.map((id) => named(id, names.products, locale)),
    entries,
    canEdit: view.canEdit,
    canConfirm: view.canConfirm,
  };
}

export function presentSessionDealLink(link: {
  entrepreneurId: string;
  participantId: string;
  deal: DealRow | undefined;
}): SessionDealLink {
  return {
    entrepreneurId: link.entrepreneurId,
    participantId: link.participantId,
    dealId: link.deal?.id ?? null,
    stage: link.deal ? known(dealEntryKinds, link.deal.stage, 'deal stage') : null,
  };
}

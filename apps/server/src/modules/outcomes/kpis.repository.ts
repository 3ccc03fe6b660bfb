/**
 * SQL for the KPIs of a fiscal year: the deals of the businesses that presented with their entries,
 * the entries and order lines of the year that KPI 1.1.1 and the counts of seed 003 §9.2 read. Only
 * what is in force: an entry superseded by an amendment is read as superseded, or not at all. No
 * rules here: kpis.ts decides what counts.
 */
import { and, asc, between, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  contactChannels,
  contactDirections,
  dealEntryKinds,
  type ContactChannel,
  type ContactDirection,
  type DealEntryKind,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { dealEntries, dealOrderLines, deals } from './outcomes.schema.ts';

function oneOf<T extends string>(values: readonly T[], value: string, what: string): T {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new Error(`Unknown ${what} "${value}" in the database`);
}

function oneOfOrNull<T extends string>(values: readonly T[], value: string | null, what: string): T | null {
  return value === null ? null : oneOf(values, value, what);
}

const isConfirmed = sql<boolean>`${dealEntries.buyerConfirmedAt} is not null`;
const inForce = isNull(dealEntries.supersededAt);

export interface KpiDealRow {
  id: string;
  entrepreneurId: string;
  partnerId: string;
  buyerName: string;
  buyerOrganisation: string | null;
  sessionId: string | null;
}

export interface KpiEntryRow {
  id: string;
  dealId: string;
  kind: DealEntryKind;
  occurredOn: string;
  contactDirection: ContactDirection | null;
  contactChannel: ContactChannel | null;
  isConfirmed: boolean;
  isSuperseded: boolean;
}

/** The deals of these businesses, each with every entry (superseded ones marked), oldest first. */
export async function dealsOfBusinesses(
  db: Db,
  entrepreneurIds: readonly string[],
): Promise<{ deals: KpiDealRow[]; entries: KpiEntryRow[] }> {
  if (entrepreneurIds.length === 0) return { deals: [], entries: [] };
  const dealRows = await db
    .select({
      id: deals.id,
      entrepreneurId: deals.entrepreneurId,
      partnerId: deals.partnerId,
      buyerName: deals.buyerName,
      buyerOrganisation: deals.buyerOrganisation,
      sessionId: deals.sessionId,
    })
    .from(deals)
    .where(inArray(deals.entrepreneurId, [...entrepreneurIds]))
    .orderBy(asc(deals.createdAt), asc(deals.id));
  if (dealRows.length === 0) return { deals: [], entries: [] };
  const entryRows = await db
    .select({
      id: dealEntries.id,
      dealId: dealEntries.dealId,
      kind: dealEntries.kind,
      occurredOn: dealEntries.occurredOn,
      contactDirection: dealEntries.contactDirection,
      contactChannel: dealEntries.contactChannel,
      isConfirmed,
      isSuperseded: sql<boolean>`${dealEntries.supersededAt} is not null`,
    })
    .from(dealEntries)
    .innerJoin(deals, eq(deals.id, dealEntries.dealId))
    .where(inArray(deals.entrepreneurId, [...entrepreneurIds]))
    .orderBy(asc(dealEntries.occurredOn), asc(dealEntries.createdAt), asc(dealEntries.id));
  return {
    deals: dealRows,
    entries: entryRows.map((row) => ({
      ...row,
      kind: oneOf(dealEntryKinds, row.kind, 'deal entry kind'),
      contactDirection: oneOfOrNull(contactDirections, row.contactDirection, 'contact direction'),
      contactChannel: oneOfOrNull(contactChannels, row.contactChannel, 'contact channel'),
    })),
  };
}

/** An entry of the year, with its deal's business, city and buyer. */
export interface YearEntryRow {
  id: string;
  dealId: string;
  kind: DealEntryKind;
  occurredOn: string;
  contactChannel: ContactChannel | null;
  isConfirmed: boolean;
  entrepreneurId: string;
  partnerId: string;
  buyerName: string;
  dealSessionId: string | null;
  documentCount: number;
  /** For an agreement: whether its deal had an agreement (in force) before it. */
  followsAgreement: boolean;
}

/**
 * The entries in force dated in the year (`start`–`end`, inclusive) of the kinds KPI 1.1.1 and the
 * counts read: contacts, negotiations, agreements, repeat orders.
 */
export async function entriesOfYear(db: Db, start: string, end: string): Promise<YearEntryRow[]> {
  const rows = await db
    .select({
      id: dealEntries.id,
      dealId: dealEntries.dealId,
      kind: dealEntries.kind,
      occurredOn: dealEntries.occurredOn,
      contactChannel: dealEntries.contactChannel,
      isConfirmed,
      entrepreneurId: deals.entrepreneurId,
      partnerId: deals.partnerId,
      buyerName: deals.buyerName,
      dealSessionId: deals.sessionId,
      documentCount: sql<number>`(select count(*) from deal_documents where deal_documents.entry_id = ${dealEntries.id})::int`,
      followsAgreement: sql<boolean>`${dealEntries.kind} = 'agreement' and exists (
        select 1 from deal_entries earlier
        where earlier.deal_id = ${dealEntries.dealId}
          and earlier.kind = 'agreement'
          and earlier.superseded_at is null
          and earlier.id <> ${dealEntries.id}
          and (earlier.occurred_on < ${dealEntries.occurredOn}
            or (earlier.occurred_on = ${dealEntries.occurredOn} and earlier.created_at < ${dealEntries.createdAt})))`,
    })
    .from(dealEntries)
    .innerJoin(deals, eq(deals.id, dealEntries.dealId))
    .where(
      and(
        inForce,
        between(dealEntries.occurredOn, start, end),
        inArray(dealEntries.kind, ['contact', 'negotiating', 'agreement', 'repeat_order']),
      ),
    )
    .orderBy(asc(dealEntries.occurredOn), asc(dealEntries.id));
  return rows.map((row) => ({
    ...row,
    kind: oneOf(dealEntryKinds, row.kind, 'deal entry kind'),
    contactChannel: oneOfOrNull(contactChannels, row.contactChannel, 'contact channel'),
  }));
}

/** An order line of an entry in force, with its deal's business and buyer. */
export interface YearOrderLineRow {
  id: string;
  entryId: string;
  dealId: string;
  /** The city that ordered. */
  partnerId: string;
  productId: string;
  /** As stored (numeric): a decimal string. */
  quantity: string;
  unit: string;
  orderedOn: string;
  shippedOn: string | null;
  isConfirmed: boolean;
  documentCount: number;
  entrepreneurId: string;
  buyerName: string;
  dealSessionId: string | null;
}

/** The order lines of entries in force that were ordered or shipped in the year. */
export async function orderLinesOfYear(db: Db, start: string, end: string): Promise<YearOrderLineRow[]> {
  return db
    .select({
      id: dealOrderLines.id,
      entryId: dealOrderLines.entryId,
      dealId: dealOrderLines.dealId,
      partnerId: dealOrderLines.partnerId,
      productId: dealOrderLines.productId,
      quantity: dealOrderLines.quantity,
      unit: dealOrderLines.unit,
      orderedOn: dealOrderLines.orderedOn,
      shippedOn: dealOrderLines.shippedOn,
      isConfirmed,
      documentCount: sql<number>`(select count(*) from deal_documents where deal_documents.entry_id = ${dealEntries.id})::int`,
      entrepreneurId: deals.entrepreneurId,
      buyerName: deals.buyerName,
      dealSessionId: deals.sessionId,
    })
    .from(dealOrderLines)
    .innerJoin(dealEntries, eq(dealEntries.id, dealOrderLines.entryId))
    .innerJoin(deals, eq(deals.id, dealOrderLines.dealId))
    .where(
      and(
        inForce,
        or(between(dealOrderLines.orderedOn, start, end), between(dealOrderLines.shippedOn, start, end)),
      ),
    )
    .orderBy(asc(dealOrderLines.orderedOn), asc(dealOrderLines.id));
}

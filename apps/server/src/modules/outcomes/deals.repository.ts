/**
 * SQL for deals, their entries, order lines and evidence, and the follow-up rounds an entry may fall
 * in. No rules here: the services decide. Names of businesses, products and partners are read through
 * their modules (catalogue, partners).
 */
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DealStage } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { containsPattern } from '../../shared/text.ts';
import { businessNamedLikeSql } from '../catalogue/index.ts';
import type { DealScope } from './outcomes.policy.ts';
import { dealDocuments, dealEntries, dealOrderLines, deals, followUpRounds } from './outcomes.schema.ts';

export type DealRow = typeof deals.$inferSelect;
export type NewDeal = typeof deals.$inferInsert;
export type EntryRow = typeof dealEntries.$inferSelect;
export type NewEntry = typeof dealEntries.$inferInsert;
export type LineRow = typeof dealOrderLines.$inferSelect;
export type NewLine = typeof dealOrderLines.$inferInsert;
export type DocumentRow = Omit<typeof dealDocuments.$inferSelect, 'content'>;
export type DocumentWithContent = typeof dealDocuments.$inferSelect;

/** A column of the outer query named with its table, for a correlated subquery (Drizzle writes it bare). */
function dealColumn(name: string): SQL {
  return sql`${sql.identifier('deals')}.${sql.identifier(name)}`;
}

// --- Deals ------------------------------------------------------------------------------------------

/** Adds a deal; undefined when its session contact has a deal already (the unique index). */
export async function insertDealIfNew(db: Db, values: NewDeal): Promise<DealRow | undefined> {
  const [row] = await db.insert(deals).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findDeal(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DealRow | undefined> {
  const query = db.select().from(deals).where(eq(deals.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The deal started from a contact exchanged at a session, if there is one. */
export async function findSessionDeal(
  db: Db,
  contact: { sessionId: string; entrepreneurId: string; participantId: string },
): Promise<DealRow | undefined> {
  const [row] = await db
    .select()
    .from(deals)
    .where(
      and(
        eq(deals.sessionId, contact.sessionId),
        eq(deals.entrepreneurId, contact.entrepreneurId),
        eq(deals.participantId, contact.participantId),
      ),
    );
  return row;
}

/** The deals started from a session's contacts. */
export async function listSessionDeals(db: Db, sessionId: string): Promise<DealRow[]> {
  return db.select().from(deals).where(eq(deals.sessionId, sessionId));
}

/** Changes what the user edits of a deal, raising its version. */
export async function updateDeal(db: Db, id: string, changes: Partial<NewDeal>): Promise<DealRow> {
  const [row] = await db
    .update(deals)
    .set({ ...changes, version: sql`${deals.version} + 1` })
    .where(eq(deals.id, id))
    .returning();
  if (!row) throw new Error(`deal ${id} vanished during its update`);
  return row;
}

/**
 * Keeps the deal's stage (derived from its entries) and the time of its last change. Its version
 * stays: the version guards what people edit of the deal itself, and an entry recorded meanwhile
 * does not make their buyer's details stale.
 */
export async function setDealStage(db: Db, id: string, stage: DealStage, at: Date): Promise<void> {
  await db.update(deals).set({ stage, updatedAt: at }).where(eq(deals.id, id));
}

/** What a list of deals is filtered by: the query's filters and the reader's scope. */
export interface DealFilter {
  scope: DealScope;
  entrepreneurId?: string | undefined;
  partnerId?: string | undefined;
  stage?: DealStage | undefined;
  /** Deals with an entry (not superseded) dated within these days. */
  entriesWithin?: { from: string; to: string } | undefined;
  /** Text in the buyer's name, organisation or address, or in the business's name. */
  text?: string | undefined;
}

function scopeCondition(scope: DealScope): SQL | undefined {
  if (scope.isAll) return undefined;
  const { buyer } = scope;
  const conditions = [
    scope.businessIds.length > 0 ? inArray(deals.entrepreneurId, scope.businessIds) : undefined,
    scope.partnerIds.length > 0 ? inArray(deals.partnerId, scope.partnerIds) : undefined,
    buyer
      ? or(eq(deals.buyerUserId, buyer.userId), sql`lower(${deals.buyerEmail}) = lower(${buyer.email})`)
      : undefined,
  ].filter((condition) => condition !== undefined);
  return conditions.length > 0 ? or(...conditions) : sql`false`;
}

function filterConditions(filter: DealFilter): SQL | undefined {
  const text = filter.text?.trim();
  const pattern = text ? containsPattern(text) : undefined;
  return and(
    scopeCondition(filter.scope),
    filter.entrepreneurId ? eq(deals.entrepreneurId, filter.entrepreneurId) : undefined,
    filter.partnerId ? eq(deals.partnerId, filter.partnerId) : undefined,
    filter.stage ? eq(deals.stage, filter.stage) : undefined,
    filter.entriesWithin
      ? sql`exists (select 1 from ${dealEntries} dated
          where dated.deal_id = ${dealColumn('id')} and dated.superseded_at is null
            and dated.occurred_on between ${filter.entriesWithin.from}::date and ${filter.entriesWithin.to}::date)`
      : undefined,
    text && pattern
      ? or(
          sql`${deals.buyerName} ilike ${pattern}`,
          sql`${deals.buyerOrganisation} ilike ${pattern}`,
          sql`${deals.buyerEmail} ilike ${pattern}`,
          businessNamedLikeSql(dealColumn('entrepreneur_id'), text),
        )
      : undefined,
  );
}

/** A deal of a list, with what its entries (not superseded) add up to. */
export type DealSummaryRow = DealRow & {
  lastEntryOn: string | null;
  entryCount: number;
  unconfirmedCount: number;
};

/**
 * A page of deals, the latest changed first, with the count of all that match. An entry waits for
 * the buyer's confirmation as `entryNeedsBuyerConfirmation` (contracts) says: not a closing, not the
 * contact recorded at the session.
 */
export async function listDeals(
  db: Db,
  filter: DealFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: DealSummaryRow[]; total: number }> {
  const where = filterConditions(filter);
  const current = sql`from ${dealEntries} current_entry
    where current_entry.deal_id = ${dealColumn('id')} and current_entry.superseded_at is null`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        deal: deals,
        lastEntryOn: sql<string | null>`(select max(current_entry.occurred_on)::text ${current})`,
        entryCount: sql<number>`(select count(*)::int ${current})`,
        unconfirmedCount: sql<number>`(select count(*)::int ${current}
          and current_entry.buyer_confirmed_at is null and current_entry.kind <> 'closed'
          and current_entry.recorded_as <> 'session')`,
      })
      .from(deals)
      .where(where)
      .orderBy(desc(deals.updatedAt), asc(deals.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(deals).where(where),
  ]);
  return {
    rows: rows.map(({ deal, ...sums }) => ({ ...deal, ...sums })),
    total: total?.total ?? 0,
  };
}

// --- Entries ----------------------------------------------------------------------------------------

/** A deal's entries, superseded ones included, in the order they happened. */
export async function listEntries(db: Db, dealId: string): Promise<EntryRow[]> {
  return db
    .select()
    .from(dealEntries)
    .where(eq(dealEntries.dealId, dealId))
    .orderBy(asc(dealEntries.occurredOn), asc(dealEntries.createdAt), asc(dealEntries.id));
}

export async function findEntry(
  db: Db,
  dealId: string,
  entryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntryRow | undefined> {
  const query = db
    .select()
    .from(dealEntries)
    .where(and(eq(dealEntries.id, entryId), eq(dealEntries.dealId, dealId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertEntry(db: Db, values: NewEntry): Promise<EntryRow> {
  const [row] = await db.insert(dealEntries).values(values).returning();
  if (!row) throw new Error('insert into deal_entries returned no row');
  return row;
}

/** Changes an entry, raising its version. */
export async function updateEntry(db: Db, id: string, changes: Partial<NewEntry>): Promise<EntryRow> {
  const [row] = await db
    .update(dealEntries)
    .set({ ...changes, version: sql`${dealEntries.version} + 1` })
    .where(eq(dealEntries.id, id))
    .returning();
  if (!row) throw new Error(`deal entry ${id} vanished during its update`);
  return row;
}

/** Removes an entry, with its order lines and documents. */
export async function deleteEntry(db: Db, id: string): Promise<void> {
  await db.delete(dealEntries).where(eq(dealEntries.id, id));
}

/**
 * The closed follow-up round an entry belongs to, if any: the round it was reported in, or — for an
 * entry reported in none — a closed round whose period holds its date (the round's frozen figures
 * counted it). Held `FOR SHARE`, so the round cannot close or reopen while the entry changes.
 */
export async function closedRoundOf(
  db: Db,
  entry: { roundId: string | null; occurredOn: string },
): Promise<{ id: string } | undefined> {
  const [round] = await db
    .select({ id: followUpRounds.id })
    .from(followUpRounds)
    .where(
      and(
        eq(followUpRounds.status, 'closed'),
        entry.roundId
          ? eq(followUpRounds.id, entry.roundId)
          : sql`${entry.occurredOn}::date between ${followUpRounds.periodStart} and ${followUpRounds.periodEnd}`,
      ),
    )
    .orderBy(asc(followUpRounds.periodStart))
    .limit(1)
    .for('share');
  return round;
}

// --- Order lines ------------------------------------------------------------------------------------

/** Every order line of a deal (of superseded entries too). */
export async function listLines(db: Db, dealId: string): Promise<LineRow[]> {
  return db
    .select()
    .from(dealOrderLines)
    .where(eq(dealOrderLines.dealId, dealId))
    .orderBy(asc(dealOrderLines.orderedOn), asc(dealOrderLines.id));
}

export async function linesOfEntry(db: Db, entryId: string): Promise<LineRow[]> {
  return db
    .select()
    .from(dealOrderLines)
    .where(eq(dealOrderLines.entryId, entryId))
    .orderBy(asc(dealOrderLines.orderedOn), asc(dealOrderLines.id));
}

export async function insertLines(db: Db, values: NewLine[]): Promise<LineRow[]> {
  if (values.length === 0) return [];
  return db.insert(dealOrderLines).values(values).returning();
}

export async function updateLine(db: Db, id: string, changes: Partial<NewLine>): Promise<void> {
  await db.update(dealOrderLines).set(changes).where(eq(dealOrderLines.id, id));
}

export async function deleteLines(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(dealOrderLines).where(inArray(dealOrderLines.id, ids));
}

/** Sets (or, with null, clears) the shipping date of a deal's lines. */
export async function setShippedOn(
  db: Db,
  dealId: string,
  lineIds: string[],
  shippedOn: string | null,
): Promise<void> {
  if (lineIds.length === 0) return;
  await db
    .update(dealOrderLines)
    .set({ shippedOn })
    .where(and(eq(dealOrderLines.dealId, dealId), inArray(dealOrderLines.id, lineIds)));
}

// --- Documents --------------------------------------------------------------------------------------

const documentColumns = {
  id: dealDocuments.id,
  entryId: dealDocuments.entryId,
  fileName: dealDocuments.fileName,
  mediaType: dealDocuments.mediaType,
  byteSize: dealDocuments.byteSize,
  uploadedBy: dealDocuments.uploadedBy,
  createdAt: dealDocuments.createdAt,
};

/** The documents of these entries, without their content, oldest first. */
export async function listDocuments(db: Db, entryIds: string[]): Promise<DocumentRow[]> {
  if (entryIds.length === 0) return [];
  return db
    .select(documentColumns)
    .from(dealDocuments)
    .where(inArray(dealDocuments.entryId, entryIds))
    .orderBy(asc(dealDocuments.createdAt), asc(dealDocuments.id));
}

export async function insertDocument(
  db: Db,
  values: typeof dealDocuments.$inferInsert,
): Promise<DocumentRow> {
  const [row] = await db.insert(dealDocuments).values(values).returning(documentColumns);
  if (!row) throw new Error(`document of entry ${values.entryId} not stored`);
  return row;
}

/** A document of an entry, with its content. */
export async function findDocument(
  db: Db,
  entryId: string,
  documentId: string,
): Promise<DocumentWithContent | undefined> {
  const [row] = await db
    .select()
    .from(dealDocuments)
    .where(and(eq(dealDocuments.id, documentId), eq(dealDocuments.entryId, entryId)));
  return row;
}

/** Removes a document of an entry; answers what was removed (undefined: there was none). */
export async function deleteDocument(
  db: Db,
  entryId: string,
  documentId: string,
): Promise<DocumentWithContent | undefined> {
  const [row] = await db
    .delete(dealDocuments)
    .where(and(eq(dealDocuments.id, documentId), eq(dealDocuments.entryId, entryId)))
    .returning();
  return row;
}

/** Copies an entry's documents to its amendment, in the database (the bytes never leave it). */
export async function copyDocuments(db: Db, fromEntryId: string, toEntryId: string): Promise<void> {
  await db.execute(sql`insert into ${dealDocuments}
      (entry_id, file_name, media_type, byte_size, content, uploaded_by, created_at)
    select ${toEntryId}, file_name, media_type, byte_size, content, uploaded_by, created_at
      from ${dealDocuments} where entry_id = ${fromEntryId}`);
}

/** Whether a deal has another current shipment dated `on` besides the entry given. */
export async function hasOtherShipmentOn(
  db: Db,
  dealId: string,
  on: string,
  exceptEntryId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: dealEntries.id })
    .from(dealEntries)
    .where(
      and(
        eq(dealEntries.dealId, dealId),
        eq(dealEntries.kind, 'shipment'),
        eq(dealEntries.occurredOn, on),
        isNull(dealEntries.supersededAt),
        sql`${dealEntries.id} <> ${exceptEntryId}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * SQL for the follow-up rounds: the rounds, their rates, the businesses asked with their links,
 * answers and reminders, and what a round counts of the deals' entries. No rules here: the services
 * decide. A round counts the entries reported in it, and those reported in none whose date falls in
 * its period (as the deals' freeze does, deals.repository.ts `closedRoundOf`); superseded entries
 * never.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { FigureContact, FigureLine } from './rounds.figures.ts';
import {
  dealEntries,
  dealOrderLines,
  deals,
  followUpRates,
  followUpRoundBusinesses,
  followUpRounds,
} from './outcomes.schema.ts';

export type RoundRow = typeof followUpRounds.$inferSelect;
export type NewRound = typeof followUpRounds.$inferInsert;
export type RoundBusinessRow = typeof followUpRoundBusinesses.$inferSelect;
export type RateRow = typeof followUpRates.$inferSelect;

// --- Rounds -----------------------------------------------------------------------------------------

/** Adds a round; undefined when one for the same period exists (the unique index). */
export async function insertRoundIfNew(db: Db, values: NewRound): Promise<RoundRow | undefined> {
  const [row] = await db.insert(followUpRounds).values(values).onConflictDoNothing().returning();
  return row;
}

/** The round; held `FOR UPDATE` (closing it) or `FOR SHARE` (answering it) until the transaction ends. */
export async function findRound(
  db: Db,
  id: string,
  options: { lock?: 'update' | 'share' } = {},
): Promise<RoundRow | undefined> {
  const query = db.select().from(followUpRounds).where(eq(followUpRounds.id, id));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  return row;
}

/** A round with how many businesses it asked and how they answered. */
export type RoundSummaryRow = RoundRow & {
  businessCount: number;
  answeredCount: number;
  reportedCount: number;
  nothingNewCount: number;
};

const summaryColumns = {
  round: followUpRounds,
  businessCount: sql<number>`(select count(*)::int from ${followUpRoundBusinesses} asked
    where asked.round_id = ${followUpRounds.id})`,
  answeredCount: sql<number>`(select count(*)::int from ${followUpRoundBusinesses} asked
    where asked.round_id = ${followUpRounds.id} and asked.answer is not null)`,
  reportedCount: sql<number>`(select count(*)::int from ${followUpRoundBusinesses} asked
    where asked.round_id = ${followUpRounds.id} and asked.answer = 'reported')`,
  nothingNewCount: sql<number>`(select count(*)::int from ${followUpRoundBusinesses} asked
    where asked.round_id = ${followUpRounds.id} and asked.answer = 'nothing_new')`,
};

/** Every round, the latest period first, with its counts. */
export async function listRounds(db: Db): Promise<RoundSummaryRow[]> {
  const rows = await db
    .select(summaryColumns)
    .from(followUpRounds)
    .orderBy(desc(followUpRounds.periodEnd), desc(followUpRounds.createdAt));
  return rows.map(({ round, ...counts }) => ({ ...round, ...counts }));
}

export async function findRoundSummary(db: Db, id: string): Promise<RoundSummaryRow | undefined> {
  const [row] = await db.select(summaryColumns).from(followUpRounds).where(eq(followUpRounds.id, id));
  if (!row) return undefined;
  const { round, ...counts } = row;
  return { ...round, ...counts };
}

export async function listOpenRounds(db: Db): Promise<RoundRow[]> {
  return db
    .select()
    .from(followUpRounds)
    .where(eq(followUpRounds.status, 'open'))
    .orderBy(asc(followUpRounds.deadline));
}

/** Closes a round with its frozen figures, raising its version. */
export async function closeRound(
  db: Db,
  id: string,
  values: { frozenFigures: unknown; closedAt: Date; closedBy: string | null },
): Promise<RoundRow> {
  const [row] = await db
    .update(followUpRounds)
    .set({
      status: 'closed',
      frozenFigures: values.frozenFigures,
      closedAt: values.closedAt,
      closedBy: values.closedBy,
      updatedAt: values.closedAt,
      version: sql`${followUpRounds.version} + 1`,
    })
    .where(eq(followUpRounds.id, id))
    .returning();
  if (!row) throw new Error(`follow-up round ${id} vanished while closing`);
  return row;
}

// --- Rates ------------------------------------------------------------------------------------------

export async function insertRates(
  db: Db,
  roundId: string,
  rates: readonly { currency: string; bahtPerUnit: number }[],
): Promise<void> {
  if (rates.length === 0) return;
  await db
    .insert(followUpRates)
    .values(
      rates.map((rate) => ({ roundId, currency: rate.currency, bahtPerUnit: String(rate.bahtPerUnit) })),
    );
}

/** Replaces the round's rates by these (none: no currency has a rate). */
export async function replaceRates(
  db: Db,
  roundId: string,
  rates: readonly { currency: string; bahtPerUnit: number }[],
): Promise<void> {
  await db.delete(followUpRates).where(eq(followUpRates.roundId, roundId));
  await insertRates(db, roundId, rates);
}

/** Marks the round changed (its rates were), raising its version. */
export async function touchRound(db: Db, id: string, at: Date): Promise<RoundRow> {
  const [row] = await db
    .update(followUpRounds)
    .set({ updatedAt: at, version: sql`${followUpRounds.version} + 1` })
    .where(eq(followUpRounds.id, id))
    .returning();
  if (!row) throw new Error(`follow-up round ${id} vanished while its rates changed`);
  return row;
}

export async function listRates(db: Db, roundId: string): Promise<RateRow[]> {
  return db
    .select()
    .from(followUpRates)
    .where(eq(followUpRates.roundId, roundId))
    .orderBy(asc(followUpRates.currency));
}

/** The currencies of the orders on record (for the rates a new round is likely to need). */
export async function currenciesOnRecord(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ currency: dealOrderLines.currency })
    .from(dealOrderLines)
    .where(isNotNull(dealOrderLines.currency));
  return rows.flatMap((row) => (row.currency ? [row.currency] : [])).sort();
}

// --- The businesses asked ---------------------------------------------------------------------------

export async function insertRoundBusinesses(
  db: Db,
  rows: readonly (typeof followUpRoundBusinesses.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(followUpRoundBusinesses).values([...rows]);
}

export async function listRoundBusinesses(db: Db, roundId: string): Promise<RoundBusinessRow[]> {
  return db.select().from(followUpRoundBusinesses).where(eq(followUpRoundBusinesses.roundId, roundId));
}

export async function findRoundBusiness(
  db: Db,
  roundId: string,
  entrepreneurId: string,
  options: { forUpdate?: boolean } = {},
): Promise<RoundBusinessRow | undefined> {
  const query = db
    .select()
    .from(followUpRoundBusinesses)
    .where(
      and(
        eq(followUpRoundBusinesses.roundId, roundId),
        eq(followUpRoundBusinesses.entrepreneurId, entrepreneurId),
      ),
    );
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The business a single-use link was mailed to, by the link's hash. */
export async function findRoundBusinessByToken(
  db: Db,
  tokenHash: string,
): Promise<RoundBusinessRow | undefined> {
  const [row] = await db
    .select()
    .from(followUpRoundBusinesses)
    .where(eq(followUpRoundBusinesses.tokenHash, tokenHash));
  return row;
}

/** The rounds that asked these businesses, with each business's row, the latest period first. */
export async function roundsAskingBusinesses(
  db: Db,
  entrepreneurIds: readonly string[],
): Promise<{ round: RoundRow; asked: RoundBusinessRow }[]> {
  if (entrepreneurIds.length === 0) return [];
  return db
    .select({ round: followUpRounds, asked: followUpRoundBusinesses })
    .from(followUpRoundBusinesses)
    .innerJoin(followUpRounds, eq(followUpRounds.id, followUpRoundBusinesses.roundId))
    .where(inArray(followUpRoundBusinesses.entrepreneurId, [...entrepreneurIds]))
    .orderBy(desc(followUpRounds.periodEnd), asc(followUpRoundBusinesses.entrepreneurId));
}

export async function recordAnswer(
  db: Db,
  roundId: string,
  entrepreneurId: string,
  values: { answer: string; answeredAt: Date; answeredBy: string | null; answeredAs: string },
): Promise<RoundBusinessRow> {
  const [row] = await db
    .update(followUpRoundBusinesses)
    .set(values)
    .where(
      and(
        eq(followUpRoundBusinesses.roundId, roundId),
        eq(followUpRoundBusinesses.entrepreneurId, entrepreneurId),
      ),
    )
    .returning();
  if (!row) throw new Error(`business ${entrepreneurId} left round ${roundId} while answering`);
  return row;
}

export async function setInvitedAt(db: Db, roundId: string, entrepreneurId: string, at: Date): Promise<void> {
  await db
    .update(followUpRoundBusinesses)
    .set({ invitedAt: at })
    .where(
      and(
        eq(followUpRoundBusinesses.roundId, roundId),
        eq(followUpRoundBusinesses.entrepreneurId, entrepreneurId),
      ),
    );
}

/**
 * Records that a reminder goes to a business that has not answered, once: false when it was recorded
 * before (sent already), or the business has answered meanwhile. With a new link's hash, the link
 * of the reminder replaces the earlier one.
 */
export async function claimReminder(
  db: Db,
  roundId: string,
  entrepreneurId: string,
  kind: 'week_before' | 'two_days_before',
  at: Date,
  newTokenHash: string | null,
): Promise<boolean> {
  const column =
    kind === 'week_before'
      ? followUpRoundBusinesses.remindedWeekBeforeAt
      : followUpRoundBusinesses.remindedTwoDaysBeforeAt;
  const claimed = await db
    .update(followUpRoundBusinesses)
    .set({
      ...(kind === 'week_before' ? { remindedWeekBeforeAt: at } : { remindedTwoDaysBeforeAt: at }),
      ...(newTokenHash ? { tokenHash: newTokenHash } : {}),
    })
    .where(
      and(
        eq(followUpRoundBusinesses.roundId, roundId),
        eq(followUpRoundBusinesses.entrepreneurId, entrepreneurId),
        isNull(followUpRoundBusinesses.answer),
        isNull(column),
      ),
    )
    .returning({ entrepreneurId: followUpRoundBusinesses.entrepreneurId });
  return claimed.length > 0;
}

// --- What a round counts of the deals ---------------------------------------------------------------

/** The entries a round counts: reported in it, or in none and dated in its period; never superseded. */
function ofRound(round: Pick<RoundRow, 'id' | 'periodStart' | 'periodEnd'>): SQL {
  return sql`${dealEntries.supersededAt} is null and (${dealEntries.roundId} = ${round.id}
    or (${dealEntries.roundId} is null
      and ${dealEntries.occurredOn} between ${round.periodStart}::date and ${round.periodEnd}::date))`;
}

/** The contacts a round counts: not the exchange at a session, which the session's record holds already. */
export async function figureContacts(
  db: Db,
  round: Pick<RoundRow, 'id' | 'periodStart' | 'periodEnd'>,
): Promise<FigureContact[]> {
  return db
    .select({
      partnerId: deals.partnerId,
      entrepreneurId: deals.entrepreneurId,
      isConfirmed: sql<boolean>`${dealEntries.buyerConfirmedAt} is not null`,
    })
    .from(dealEntries)
    .innerJoin(deals, eq(deals.id, dealEntries.dealId))
    .where(
      and(
        ofRound(round),
        eq(dealEntries.kind, 'contact'),
        sql`coalesce(${dealEntries.contactChannel}, '') <> 'session'`,
      ),
    );
}

/** The order lines a round counts: those of its orders and repeat orders. */
export async function figureLines(
  db: Db,
  round: Pick<RoundRow, 'id' | 'periodStart' | 'periodEnd'>,
): Promise<FigureLine[]> {
  return db
    .select({
      partnerId: dealOrderLines.partnerId,
      productId: dealOrderLines.productId,
      entrepreneurId: deals.entrepreneurId,
      unit: dealOrderLines.unit,
      quantity: dealOrderLines.quantity,
      value: dealOrderLines.value,
      currency: dealOrderLines.currency,
      isConfirmed: sql<boolean>`${dealEntries.buyerConfirmedAt} is not null`,
    })
    .from(dealOrderLines)
    .innerJoin(dealEntries, eq(dealEntries.id, dealOrderLines.entryId))
    .innerJoin(deals, eq(deals.id, dealOrderLines.dealId))
    .where(and(ofRound(round), inArray(dealEntries.kind, ['order', 'repeat_order'])));
}

/**
 * The entries of a closed round changed since it closed: amendments (which supersede what the round
 * counted) and entries recorded later into its period or for it.
 */
export async function changesSinceClose(db: Db, round: RoundRow) {
  if (!round.closedAt) return [];
  return db
    .select({
      dealId: dealEntries.dealId,
      entryId: dealEntries.id,
      amendsEntryId: dealEntries.amendsEntryId,
      kind: dealEntries.kind,
      occurredOn: dealEntries.occurredOn,
      entrepreneurId: deals.entrepreneurId,
      buyerName: deals.buyerName,
      recordedAt: dealEntries.createdAt,
    })
    .from(dealEntries)
    .innerJoin(deals, eq(deals.id, dealEntries.dealId))
    .where(and(ofRound(round), sql`${dealEntries.createdAt} > ${round.closedAt}`))
    .orderBy(asc(dealEntries.createdAt), asc(dealEntries.id));
}

/**
 * The contacts and orders a business's answer recorded in a round (not superseded; an entry changed on
 * the deal's page since into another kind is no longer what the answer reported), with their buyer.
 */
export async function entriesReportedIn(db: Db, roundId: string, entrepreneurIds: readonly string[]) {
  if (entrepreneurIds.length === 0) return [];
  return db
    .select({
      entryId: dealEntries.id,
      dealId: dealEntries.dealId,
      kind: dealEntries.kind,
      occurredOn: dealEntries.occurredOn,
      entrepreneurId: deals.entrepreneurId,
      partnerId: deals.partnerId,
      buyerName: deals.buyerName,
    })
    .from(dealEntries)
    .innerJoin(deals, eq(deals.id, dealEntries.dealId))
    .where(
      and(
        eq(dealEntries.roundId, roundId),
        isNull(dealEntries.supersededAt),
        inArray(dealEntries.kind, ['contact', 'order', 'repeat_order']),
        inArray(deals.entrepreneurId, [...entrepreneurIds]),
      ),
    )
    .orderBy(asc(dealEntries.occurredOn), asc(dealEntries.createdAt));
}

/**
 * How many contacts and orders (repeat orders among them) each of these businesses' answers recorded,
 * by round: the entries `entriesReportedIn` lists, counted.
 */
export async function reportedCountsOf(
  db: Db,
  entrepreneurIds: readonly string[],
): Promise<{ roundId: string | null; entrepreneurId: string; contacts: number; orders: number }[]> {
  if (entrepreneurIds.length === 0) return [];
  return db
    .select({
      roundId: dealEntries.roundId,
      entrepreneurId: deals.entrepreneurId,
      contacts: sql<number>`(count(*) filter (where ${dealEntries.kind} = 'contact'))::int`,
      orders: sql<number>`(count(*) filter (where ${dealEntries.kind} <> 'contact'))::int`,
    })
    .from(dealEntries)
    .innerJoin(deals, eq(deals.id, dealEntries.dealId))
    .where(
      and(
        isNotNull(dealEntries.roundId),
        isNull(dealEntries.supersededAt),
        inArray(dealEntries.kind, ['contact', 'order', 'repeat_order']),
        inArray(deals.entrepreneurId, [...entrepreneurIds]),
      ),
    )
    .groupBy(dealEntries.roundId, deals.entrepreneurId);
}

export async function linesOfEntries(db: Db, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .select({
      entryId: dealOrderLines.entryId,
      productId: dealOrderLines.productId,
      quantity: dealOrderLines.quantity,
      unit: dealOrderLines.unit,
    })
    .from(dealOrderLines)
    .where(inArray(dealOrderLines.entryId, [...entryIds]))
    .orderBy(asc(dealOrderLines.id));
}

/**
 * Files the entries an answer recorded under the round. The deals' service records them (its rules,
 * its audit); what it does not know is the round, nor — for an answer from a link, sent without an
 * account — that no person recorded them: the stand-in it was given as the recorder (`standIn`) goes
 * back to null, on the entries and on the deals it started. See docs/decisions/0035-follow-up-rounds.md.
 */
export async function fileUnderRound(
  db: Db,
  roundId: string,
  entryIds: readonly string[],
  standIn: string | null,
): Promise<void> {
  if (entryIds.length === 0) return;
  const ids = [...entryIds];
  await db.update(dealEntries).set({ roundId }).where(inArray(dealEntries.id, ids));
  if (!standIn) return;
  await db
    .update(dealEntries)
    .set({ recordedBy: null })
    .where(and(inArray(dealEntries.id, ids), eq(dealEntries.recordedBy, standIn)));
  await db
    .update(deals)
    .set({ createdBy: null })
    .where(
      and(
        eq(deals.createdBy, standIn),
        sql`${deals.id} in (select entry.deal_id from ${dealEntries} entry where entry.id in ${ids})`,
      ),
    );
}

/**
 * SQL for the buyer's confirmation links, the answers kept with them (and the account's "not right",
 * a row of its own), and the confirmation of an entry. No rules here.
 */
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { dealConfirmationLinks, dealEntries } from './outcomes.schema.ts';
import type { EntryRow } from './deals.repository.ts';

export type ConfirmationLinkRow = typeof dealConfirmationLinks.$inferSelect;
export type NewConfirmationLink = typeof dealConfirmationLinks.$inferInsert;

export async function insertLink(db: Db, values: NewConfirmationLink): Promise<ConfirmationLinkRow> {
  const [row] = await db.insert(dealConfirmationLinks).values(values).returning();
  if (!row) throw new Error('insert into deal_confirmation_links returned no row');
  return row;
}

/** The link whose token has this hash, whatever its state. */
export async function findLinkByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<ConfirmationLinkRow | undefined> {
  const [row] = await db
    .select()
    .from(dealConfirmationLinks)
    .where(eq(dealConfirmationLinks.tokenHash, tokenHash));
  return row;
}

/** The buyer's answer as the links' table keeps it: `note` with `disputed` only. */
export type KeptAnswer = { answer: 'confirmed'; at: Date } | { answer: 'disputed'; at: Date; note: string };

const answerColumns = (kept: KeptAnswer) => ({
  answer: kept.answer,
  answerNote: kept.answer === 'disputed' ? kept.note : null,
  answeredAt: kept.at,
});

/**
 * Uses up a link that is unused and not expired at the answer's time, in one statement that also
 * keeps the answer: of two answers racing for one link, one claims it. Undefined when it could not
 * be claimed.
 */
export async function claimLink(
  db: Db,
  id: string,
  kept: KeptAnswer,
): Promise<ConfirmationLinkRow | undefined> {
  const [row] = await db
    .update(dealConfirmationLinks)
    .set({ usedAt: kept.at, ...answerColumns(kept) })
    .where(
      and(
        eq(dealConfirmationLinks.id, id),
        eq(dealConfirmationLinks.via, 'link'),
        isNull(dealConfirmationLinks.usedAt),
        gt(dealConfirmationLinks.expiresAt, kept.at),
      ),
    )
    .returning();
  return row;
}

/**
 * Keeps the buyer's "not right" said from their account: a row of its own, without a token, used
 * and answered at once.
 */
export async function insertAccountDispute(
  db: Db,
  values: {
    entryId: string;
    language: string;
    email: string;
    createdBy: string;
    at: Date;
    note: string;
  },
): Promise<ConfirmationLinkRow> {
  const { at, note, ...rest } = values;
  return insertLink(db, {
    ...rest,
    via: 'account',
    tokenHash: null,
    expiresAt: at,
    usedAt: at,
    createdAt: at,
    ...answerColumns({ answer: 'disputed', at, note }),
  });
}

/** The links made for the entries of a deal, newest first (not the account's answers). */
export async function listLinksOfDeal(db: Db, dealId: string): Promise<ConfirmationLinkRow[]> {
  return db
    .select({ link: dealConfirmationLinks })
    .from(dealConfirmationLinks)
    .innerJoin(dealEntries, eq(dealEntries.id, dealConfirmationLinks.entryId))
    .where(and(eq(dealEntries.dealId, dealId), eq(dealConfirmationLinks.via, 'link')))
    .orderBy(desc(dealConfirmationLinks.createdAt), desc(dealConfirmationLinks.id))
    .then((rows) => rows.map((row) => row.link));
}

/** What the buyer said was not right on the entries of a deal, by link or account, newest first. */
export async function listDisputesOfDeal(db: Db, dealId: string): Promise<ConfirmationLinkRow[]> {
  return db
    .select({ link: dealConfirmationLinks })
    .from(dealConfirmationLinks)
    .innerJoin(dealEntries, eq(dealEntries.id, dealConfirmationLinks.entryId))
    .where(and(eq(dealEntries.dealId, dealId), eq(dealConfirmationLinks.answer, 'disputed')))
    .orderBy(desc(dealConfirmationLinks.answeredAt), desc(dealConfirmationLinks.id))
    .then((rows) => rows.map((row) => row.link));
}

/** An entry by its id alone (a link names only its entry), locked for a change when asked. */
export async function findEntryById(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntryRow | undefined> {
  const query = db.select().from(dealEntries).where(eq(dealEntries.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/**
 * Marks an entry confirmed by its buyer, raising its version (someone editing it meanwhile is told
 * it moved on). Its `updatedAt` stays: it tells when what the entry says last changed, which a
 * confirmation does not change — an open link of the entry compares its own date with it.
 */
export async function setEntryConfirmed(
  db: Db,
  id: string,
  confirmation: { at: Date; via: 'link' | 'account' },
): Promise<EntryRow> {
  const [row] = await db
    .update(dealEntries)
    .set({
      buyerConfirmedAt: confirmation.at,
      buyerConfirmedVia: confirmation.via,
      version: sql`${dealEntries.version} + 1`,
    })
    .where(eq(dealEntries.id, id))
    .returning();
  if (!row) throw new Error(`deal entry ${id} vanished while being confirmed`);
  return row;
}

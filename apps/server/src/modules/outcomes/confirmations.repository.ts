/** SQL for the buyer's confirmation links and the confirmation of an entry. No rules here. */
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

/**
 * Uses up a link that is unused and not expired at `now`, in one statement: of two answers racing
 * for one link, one claims it. Undefined when it could not be claimed.
 */
export async function claimLink(db: Db, id: string, now: Date): Promise<ConfirmationLinkRow | undefined> {
  const [row] = await db
    .update(dealConfirmationLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(dealConfirmationLinks.id, id),
        isNull(dealConfirmationLinks.usedAt),
        gt(dealConfirmationLinks.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

/** The links made for the entries of a deal, newest first. */
export async function listLinksOfDeal(db: Db, dealId: string): Promise<ConfirmationLinkRow[]> {
  return db
    .select({ link: dealConfirmationLinks })
    .from(dealConfirmationLinks)
    .innerJoin(dealEntries, eq(dealEntries.id, dealConfirmationLinks.entryId))
    .where(eq(dealEntries.dealId, dealId))
    .orderBy(desc(dealConfirmationLinks.createdAt), desc(dealConfirmationLinks.id))
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

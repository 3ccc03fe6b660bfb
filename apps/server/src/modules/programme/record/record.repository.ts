/**
 * SQL for what is recorded of a session: the businesses chosen to present and their check-in, the
 * participants' check-in, the interest each buyer showed in each product and the contacts exchanged.
 * No rules here: the services decide. (Who is at a session is read through the sessions repository.)
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  sessionContactExchanges,
  sessionEntrepreneurs,
  sessionInterests,
  sessionParticipants,
} from '../programme.schema.ts';

export type ChosenBusinessRow = typeof sessionEntrepreneurs.$inferSelect;
export type InterestRow = typeof sessionInterests.$inferSelect;
export type ContactRow = typeof sessionContactExchanges.$inferSelect;

function ofBusiness(sessionId: string, entrepreneurId: string) {
  return and(
    eq(sessionEntrepreneurs.sessionId, sessionId),
    eq(sessionEntrepreneurs.entrepreneurId, entrepreneurId),
  );
}

/** The businesses chosen to present at a session, as stored (whether or not still listed). */
export async function listChosenBusinesses(db: Db, sessionId: string): Promise<ChosenBusinessRow[]> {
  return db.select().from(sessionEntrepreneurs).where(eq(sessionEntrepreneurs.sessionId, sessionId));
}

export async function insertChosenBusiness(
  db: Db,
  values: typeof sessionEntrepreneurs.$inferInsert,
): Promise<void> {
  await db.insert(sessionEntrepreneurs).values(values);
}

export async function deleteChosenBusiness(db: Db, sessionId: string, entrepreneurId: string): Promise<void> {
  await db.delete(sessionEntrepreneurs).where(ofBusiness(sessionId, entrepreneurId));
}

/** Whether any interest or contact is recorded of a business at a session. */
export async function hasInterestOrContacts(
  db: Db,
  sessionId: string,
  entrepreneurId: string,
): Promise<boolean> {
  const interest = await db
    .select({ productId: sessionInterests.productId })
    .from(sessionInterests)
    .where(
      and(eq(sessionInterests.sessionId, sessionId), eq(sessionInterests.entrepreneurId, entrepreneurId)),
    )
    .limit(1);
  const contacts = await db
    .select({ participantId: sessionContactExchanges.participantId })
    .from(sessionContactExchanges)
    .where(
      and(
        eq(sessionContactExchanges.sessionId, sessionId),
        eq(sessionContactExchanges.entrepreneurId, entrepreneurId),
      ),
    )
    .limit(1);
  return interest.length > 0 || contacts.length > 0;
}

/** Checks a business in at a session at `at`, or out (null). */
export async function setBusinessCheckIn(
  db: Db,
  sessionId: string,
  entrepreneurId: string,
  at: Date | null,
): Promise<void> {
  await db.update(sessionEntrepreneurs).set({ checkedInAt: at }).where(ofBusiness(sessionId, entrepreneurId));
}

/** Checks a participant in at `at`, or out (null). */
export async function setParticipantCheckIn(db: Db, participantId: string, at: Date | null): Promise<void> {
  await db
    .update(sessionParticipants)
    .set({ checkedInAt: at })
    .where(eq(sessionParticipants.id, participantId));
}

export async function listInterests(db: Db, sessionId: string): Promise<InterestRow[]> {
  return db.select().from(sessionInterests).where(eq(sessionInterests.sessionId, sessionId));
}

/** Replaces the interest recorded at a session with the rows given. */
export async function replaceInterests(
  db: Db,
  sessionId: string,
  rows: (typeof sessionInterests.$inferInsert)[],
): Promise<void> {
  await db.delete(sessionInterests).where(eq(sessionInterests.sessionId, sessionId));
  if (rows.length > 0) await db.insert(sessionInterests).values(rows);
}

/** Whether a business and a participant exchanged contacts at a session: the record of it, if so. */
export async function findContactExchange(
  db: Db,
  exchange: { sessionId: string; entrepreneurId: string; participantId: string },
): Promise<ContactRow | undefined> {
  const [row] = await db
    .select()
    .from(sessionContactExchanges)
    .where(
      and(
        eq(sessionContactExchanges.sessionId, exchange.sessionId),
        eq(sessionContactExchanges.entrepreneurId, exchange.entrepreneurId),
        eq(sessionContactExchanges.participantId, exchange.participantId),
      ),
    );
  return row;
}

export async function listContacts(db: Db, sessionId: string): Promise<ContactRow[]> {
  return db.select().from(sessionContactExchanges).where(eq(sessionContactExchanges.sessionId, sessionId));
}

/** Replaces the contacts recorded at a session with the pairs given. */
export async function replaceContacts(
  db: Db,
  sessionId: string,
  rows: (typeof sessionContactExchanges.$inferInsert)[],
): Promise<void> {
  await db.delete(sessionContactExchanges).where(eq(sessionContactExchanges.sessionId, sessionId));
  if (rows.length > 0) await db.insert(sessionContactExchanges).values(rows);
}

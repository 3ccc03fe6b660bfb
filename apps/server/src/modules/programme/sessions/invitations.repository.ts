/** SQL for a session's invitation links and the participants who registered through them. No rules here. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessionInvitations, sessionParticipants } from '../programme.schema.ts';
import type { ParticipantRow } from './sessions.repository.ts';

export type InvitationRow = typeof sessionInvitations.$inferSelect;

export async function insertInvitation(
  db: Db,
  values: typeof sessionInvitations.$inferInsert,
): Promise<InvitationRow> {
  const [invitation] = await db.insert(sessionInvitations).values(values).returning();
  if (!invitation) throw new Error('the invitation was not added');
  return invitation;
}

/** The invitation whose token has this hash, whatever its state. */
export async function findInvitationByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  const [invitation] = await db
    .select()
    .from(sessionInvitations)
    .where(eq(sessionInvitations.tokenHash, tokenHash));
  return invitation;
}

/** One invitation of a session, locked for a change (a new link). */
export async function lockInvitation(
  db: Db,
  sessionId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  const [invitation] = await db
    .select()
    .from(sessionInvitations)
    .where(and(eq(sessionInvitations.id, id), eq(sessionInvitations.sessionId, sessionId)))
    .for('update');
  return invitation;
}

/** Gives an invitation a new token's hash: the old link finds nothing from then on. */
export async function replaceTokenHash(db: Db, id: string, tokenHash: string): Promise<InvitationRow> {
  const [invitation] = await db
    .update(sessionInvitations)
    .set({ tokenHash })
    .where(eq(sessionInvitations.id, id))
    .returning();
  if (!invitation) throw new Error('the invitation was not changed');
  return invitation;
}

/** A session's invitations, each with the participant who registered through it (if any). */
export async function listInvitationsWithParticipants(
  db: Db,
  sessionId: string,
): Promise<{ invitation: InvitationRow; participant: ParticipantRow | null }[]> {
  return db
    .select({ invitation: sessionInvitations, participant: sessionParticipants })
    .from(sessionInvitations)
    .leftJoin(sessionParticipants, eq(sessionParticipants.invitationId, sessionInvitations.id))
    .where(eq(sessionInvitations.sessionId, sessionId));
}

/**
 * Uses up an invitation that is unused and not expired at `now`, in one statement: of two
 * registrations racing for one link, one claims it. Undefined when it could not be claimed.
 */
export async function claimInvitation(db: Db, id: string, now: Date): Promise<InvitationRow | undefined> {
  const [claimed] = await db
    .update(sessionInvitations)
    .set({ usedAt: now })
    .where(
      and(
        eq(sessionInvitations.id, id),
        isNull(sessionInvitations.usedAt),
        gt(sessionInvitations.expiresAt, now),
      ),
    )
    .returning();
  return claimed;
}

/** Registers a participant; undefined when the address is registered for the session already. */
export async function insertParticipant(
  db: Db,
  values: typeof sessionParticipants.$inferInsert,
): Promise<ParticipantRow | undefined> {
  const [participant] = await db.insert(sessionParticipants).values(values).onConflictDoNothing().returning();
  return participant;
}

export async function findParticipantByInvitation(
  db: Db,
  invitationId: string,
): Promise<ParticipantRow | undefined> {
  const [participant] = await db
    .select()
    .from(sessionParticipants)
    .where(eq(sessionParticipants.invitationId, invitationId));
  return participant;
}

/** Checks a participant in at `now`, the first time only; undefined when they were checked in already. */
export async function checkInParticipantOnce(
  db: Db,
  id: string,
  now: Date,
): Promise<ParticipantRow | undefined> {
  const [checkedIn] = await db
    .update(sessionParticipants)
    .set({ checkedInAt: now })
    .where(and(eq(sessionParticipants.id, id), isNull(sessionParticipants.checkedInAt)))
    .returning();
  return checkedIn;
}

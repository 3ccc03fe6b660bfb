/**
 * Identity's part of the nightly housekeeping (docs/decisions/0021-housekeeping-schedule.md): deletes
 * the records nothing reads any more, and keeps every one that still answers a question.
 *
 * - A session whose expiry has passed: it no longer signs anyone in.
 * - A sign-in attempt older than the sign-in limits' window: the limits count only the attempts
 *   inside it (a success older than the window cannot lower a count of failures inside it either).
 * - An e-mailed token used or expired more than TOKEN_RETENTION_DAYS ago. Until then its link still
 *   says "already used" or "expired" rather than "not valid".
 *
 * The audit trail is not touched: it keeps who did what, whatever is pruned here.
 */
import { lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { DAY_MS, MINUTE_MS } from '../../shared/time.ts';
import { accountTokens, sessions, signInAttempts } from './identity.schema.ts';
import { signInLimits } from './sign-in-lock.ts';

/** How long a used or expired token is kept, so that its link explains why it no longer works. */
export const TOKEN_RETENTION_DAYS = 30;

/** How many rows of each kind one run deleted (a type, not an interface: a record of counts). */
export type IdentityPruneCounts = {
  expiredSessions: number;
  signInAttempts: number;
  accountTokens: number;
};

/** Deletes what identity no longer needs at `now`; answers how many rows of each kind went. */
export async function pruneIdentityRecords(db: Db, now: Date): Promise<IdentityPruneCounts> {
  const attemptsBefore = new Date(now.getTime() - signInLimits.windowMinutes * MINUTE_MS);
  const tokensBefore = new Date(now.getTime() - TOKEN_RETENTION_DAYS * DAY_MS);
  return db.transaction(async (tx) => {
    const expiredSessions = await tx
      .delete(sessions)
      .where(lte(sessions.expiresAt, now))
      .returning({ id: sessions.id });
    const oldAttempts = await tx
      .delete(signInAttempts)
      .where(lte(signInAttempts.attemptedAt, attemptsBefore))
      .returning({ id: signInAttempts.id });
    const spentTokens = await tx
      .delete(accountTokens)
      .where(or(lte(accountTokens.expiresAt, tokensBefore), lte(accountTokens.usedAt, tokensBefore)))
      .returning({ id: accountTokens.id });
    return {
      expiredSessions: expiredSessions.length,
      signInAttempts: oldAttempts.length,
      accountTokens: spentTokens.length,
    };
  });
}

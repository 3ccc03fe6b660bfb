/**
 * The limits on sign-in attempts, and the lock they put on an account: one rule for refusing a
 * sign-in and for telling administrators that an account is locked, and until when.
 */
import type { Db } from '../../db/client.ts';
import { MINUTE_MS } from '../../shared/time.ts';
import * as repository from './identity.repository.ts';

/** Sign-in limits: failures per account (since its last success) and per address, within a window. */
export const signInLimits = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
} as const;

const windowMs = signInLimits.windowMinutes * MINUTE_MS;

/**
 * When an account's lock ends, from its failures in the window (newest first), or null when it is
 * not locked. Attempts refused while locked are not recorded, so the lock ends when the oldest of
 * the failures that make the limit leaves the window.
 */
export function lockEndFrom(failuresNewestFirst: readonly Date[]): Date | null {
  const limiting = failuresNewestFirst[signInLimits.maxFailuresPerAccount - 1];
  return limiting ? new Date(limiting.getTime() + windowMs) : null;
}

/** The accounts among these e-mails that are locked now, keyed by lower-cased e-mail, with their lock's end. */
export async function accountLocks(db: Db, emails: string[], now: Date): Promise<Map<string, Date>> {
  const failures = await repository.recentFailuresOfEmails(db, emails, new Date(now.getTime() - windowMs));
  const locks = new Map<string, Date>();
  for (const [email, times] of failures) {
    const end = lockEndFrom(times);
    if (end && end.getTime() > now.getTime()) locks.set(email, end);
  }
  return locks;
}

/** Until when the account of this e-mail is locked, or null. */
export async function accountLockedUntil(db: Db, email: string, now: Date): Promise<Date | null> {
  return (await accountLocks(db, [email], now)).get(email.toLowerCase()) ?? null;
}

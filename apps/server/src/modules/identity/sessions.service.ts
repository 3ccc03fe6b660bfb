/** Signing in and out, and recognising the person behind a session cookie. */
import { permissionsOf, type SignInInput } from '@bia/contracts';
import { isInterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RoleGrant } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { HOUR_MS, MINUTE_MS } from '../../shared/time.ts';
import { identityErrors } from './identity.errors.ts';
import * as repository from './identity.repository.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { accountLockedUntil, signInLimits } from './sign-in-lock.ts';
import { hashToken, newSecretToken } from './tokens.ts';

/** A session's idle time is extended at most this often, to spare a write on every request. */
const TOUCH_INTERVAL_MS = 5 * MINUTE_MS;

export interface SessionServiceDeps {
  db: Db;
  clock: Clock;
  sessionIdleHours: number;
}

export interface RequestMeta {
  ipAddress: string;
  userAgent: string | null;
}

export type SessionService = ReturnType<typeof createSessionService>;

export function createSessionService({ db, clock, sessionIdleHours }: SessionServiceDeps) {
  const idleMs = sessionIdleHours * HOUR_MS;

  async function assertNotLimited(email: string, ipAddress: string): Promise<void> {
    const now = clock.now();
    const since = new Date(now.getTime() - signInLimits.windowMinutes * MINUTE_MS);
    const [lockedUntil, addressFailures] = await Promise.all([
      accountLockedUntil(db, email, now),
      repository.countRecentFailuresForAddress(db, ipAddress, since),
    ]);
    if (lockedUntil || addressFailures >= signInLimits.maxFailuresPerAddress) {
      throw new AppError(identityErrors.too_many_attempts, [], { minutes: signInLimits.windowMinutes });
    }
  }

  return {
    /** Checks the password and opens a session; answers the cookie's secret token and the actor. */
    async signIn(input: SignInInput, meta: RequestMeta): Promise<{ token: string; actor: Actor }> {
      await assertNotLimited(input.email, meta.ipAddress);
      const user = await repository.findUserByEmail(db, input.email);
      const isPasswordRight = await verifyPassword(
        input.password,
        user?.passwordHash ?? (await decoyPasswordHash()),
      );
      const isSuccess = Boolean(user?.isActive && user.passwordHash && isPasswordRight);
      await repository.recordSignInAttempt(db, {
        email: input.email,
        ipAddress: meta.ipAddress,
        isSuccess,
        attemptedAt: clock.now(),
      });
      if (!user || !isSuccess) throw new AppError(identityErrors.invalid_credentials);

      const token = newSecretToken();
      const csrfToken = newSecretToken();
      const sessionId = await repository.insertSession(db, {
        tokenHash: hashToken(token),
        userId: user.id,
        csrfToken,
        expiresAt: new Date(clock.now().getTime() + idleMs),
        ipAddress: meta.ipAddress,
        userAgent: meta.userAgent?.slice(0, 500) ?? null,
      });
      const grants = (await repository.grantsOfUsers(db, [user.id])).get(user.id) ?? [];
      return { token, actor: buildActor(user, grants, sessionId, csrfToken) };
    },

    /** The actor of a live session, or null; extends the session's idle time as it is used. */
    async resolve(token: string | undefined): Promise<Actor | null> {
      if (!token || token.length > 200) return null;
      const now = clock.now();
      const found = await repository.findLiveSession(db, hashToken(token), now);
      if (!found) return null;
      if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
        await repository.touchSession(db, found.session.id, now, new Date(now.getTime() + idleMs));
      }
      const grants = (await repository.grantsOfUsers(db, [found.user.id])).get(found.user.id) ?? [];
      return buildActor(found.user, grants, found.session.id, found.session.csrfToken);
    },

    async signOut(actor: Actor): Promise<void> {
      await repository.deleteSession(db, actor.sessionId);
    },

    /** Whether the one signed in uses a sample account (demo data), which the session says. */
    async isSampleAccount(actor: Actor | null): Promise<boolean> {
      if (!actor) return false;
      return Boolean((await repository.findUserById(db, actor.userId))?.isSample);
    },
  };
}

export function buildActor(
  user: repository.UserRow,
  grants: RoleGrant[],
  sessionId: string,
  csrfToken: string,
): Actor {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: isInterfaceLocale(user.locale) ? user.locale : 'th',
    grants,
    permissions: new Set(permissionsOf(grants.map((grant) => grant.role))),
    sessionId,
    csrfToken,
  };
}

/**
 * Identity's nightly pruning against the real database: what has expired goes, what still answers a
 * question (a live session, an attempt inside the sign-in window, a recent token) stays.
 */
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '@bia/contracts';
import { auditEvents } from '../../db/schema.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/time.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { pruneIdentityRecords } from './index.ts';
import { TOKEN_RETENTION_DAYS } from './identity.housekeeping.ts';
import { accountTokens, sessions, signInAttempts } from './identity.schema.ts';
import { signInLimits } from './sign-in-lock.ts';

let t: TestApp;
let userId: string;
beforeAll(async () => {
  t = await createTestApp();
  userId = await t.createUser({ email: 'housekeeping@test.bia.invalid', roles: [{ role: 'iao_officer' }] });
});
afterAll(() => t.close());

beforeEach(async () => {
  await t.db.delete(sessions);
  await t.db.delete(signInAttempts);
  await t.db.delete(accountTokens);
});

/** A moment `ms` away from the test clock's now (negative: before it). */
const at = (ms: number) => new Date(t.clock.now().getTime() + ms);

function buildSession(label: string, expiresAt: Date) {
  return { tokenHash: `session-${label}`, userId, csrfToken: `csrf-${label}`, expiresAt };
}

function buildAttempt(email: string, attemptedAt: Date, isSuccess = false) {
  return { email, ipAddress: '203.0.113.9', isSuccess, attemptedAt };
}

function buildToken(label: string, values: { expiresAt: Date; usedAt?: Date }) {
  return { tokenHash: `token-${label}`, userId, purpose: 'reset', createdAt: at(-40 * DAY_MS), ...values };
}

async function remaining() {
  const [sessionRows, attemptRows, tokenRows] = await Promise.all([
    t.db.select({ tokenHash: sessions.tokenHash }).from(sessions),
    t.db.select({ email: signInAttempts.email }).from(signInAttempts),
    t.db.select({ tokenHash: accountTokens.tokenHash }).from(accountTokens),
  ]);
  return {
    sessions: sessionRows.map((row) => row.tokenHash).sort(),
    attempts: attemptRows.map((row) => row.email).sort(),
    tokens: tokenRows.map((row) => row.tokenHash).sort(),
  };
}

describe('pruning identity records', () => {
  it('deletes expired sessions, attempts older than the sign-in window and long-spent tokens; keeps the rest', async () => {
    const window = signInLimits.windowMinutes * MINUTE_MS;
    const retention = TOKEN_RETENTION_DAYS * DAY_MS;
    await t.db
      .insert(sessions)
      .values([
        buildSession('expired-yesterday', at(-DAY_MS)),
        buildSession('expiring-now', at(0)),
        buildSession('live', at(HOUR_MS)),
      ]);
    await t.db
      .insert(signInAttempts)
      .values([
        buildAttempt('old-failure@test.bia.invalid', at(-window - MINUTE_MS)),
        buildAttempt('old-success@test.bia.invalid', at(-DAY_MS), true),
        buildAttempt('inside-window@test.bia.invalid', at(-window + MINUTE_MS)),
        buildAttempt('just-now@test.bia.invalid', at(-MINUTE_MS)),
      ]);
    await t.db
      .insert(accountTokens)
      .values([
        buildToken('expired-long-ago', { expiresAt: at(-retention - DAY_MS) }),
        buildToken('used-long-ago', { expiresAt: at(-retention + DAY_MS), usedAt: at(-retention - DAY_MS) }),
        buildToken('expired-recently', { expiresAt: at(-retention + DAY_MS) }),
        buildToken('used-yesterday', { expiresAt: at(DAY_MS), usedAt: at(-DAY_MS) }),
        buildToken('open', { expiresAt: at(HOUR_MS) }),
      ]);
    const [auditBefore] = await t.db.select({ n: count() }).from(auditEvents);

    expect(await pruneIdentityRecords(t.db, t.clock.now())).toEqual({
      expiredSessions: 2,
      signInAttempts: 2,
      accountTokens: 2,
    });
    expect(await remaining()).toEqual({
      sessions: ['session-live'],
      attempts: ['inside-window@test.bia.invalid', 'just-now@test.bia.invalid'],
      tokens: ['token-expired-recently', 'token-open', 'token-used-yesterday'],
    });
    const [auditAfter] = await t.db.select({ n: count() }).from(auditEvents);
    expect(auditAfter).toEqual(auditBefore);
  });

  it('prunes nothing when run again', async () => {
    await t.db.insert(sessions).values([buildSession('expired', at(-MINUTE_MS))]);
    await pruneIdentityRecords(t.db, t.clock.now());
    expect(await pruneIdentityRecords(t.db, t.clock.now())).toEqual({
      expiredSessions: 0,
      signInAttempts: 0,
      accountTokens: 0,
    });
  });

  it('leaves a signed-in person signed in', async () => {
    const officer = await t.signInAs('iao_officer');
    await pruneIdentityRecords(t.db, t.clock.now());
    const response = await officer.get<SessionInfo>('/api/auth/session');
    expect(response.status).toBe(200);
    expect(response.body.user?.email).toBe(officer.session?.user?.email);
  });

  it('keeps counting the failed sign-ins inside the window, so the limit still holds', async () => {
    const email = 'housekeeping@test.bia.invalid';
    const client = t.anonymous();
    for (let attempt = 0; attempt < signInLimits.maxFailuresPerAccount; attempt += 1) {
      await client.post('/api/auth/sign-in', { email, password: 'wrong-password-2569' });
    }
    t.clock.advance(MINUTE_MS);
    await pruneIdentityRecords(t.db, t.clock.now());
    const response = await client.post<{ error: { code: string } }>('/api/auth/sign-in', {
      email,
      password: 'wrong-password-2569',
    });
    expect(response.body.error.code).toBe('too_many_attempts');
  });
});

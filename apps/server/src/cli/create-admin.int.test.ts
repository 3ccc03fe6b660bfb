import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '@bia/contracts';
import { auditEvents } from '../modules/audit/audit.schema.ts';
import { roleAssignments, sessions, users } from '../modules/identity/identity.schema.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { AdministratorInputError, ensureAdministrator } from './ensure-administrator.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function rolesOf(userId: string) {
  const rows = await t.db.select().from(roleAssignments).where(eq(roleAssignments.userId, userId));
  return rows.map((row) => row.role).sort();
}

async function auditOf(userId: string) {
  return t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, userId)))
    .orderBy(auditEvents.id);
}

async function signIn(email: string, password: string) {
  return t.anonymous().post<SessionInfo>('/api/auth/sign-in', { email, password });
}

describe('create-admin', () => {
  it('creates an administrator with a generated password that signs in, and audits it without an actor', async () => {
    const result = await ensureAdministrator(t.db, {
      email: ' first.admin@example.org ',
      displayName: 'First Admin',
    });

    expect(result).toMatchObject({
      email: 'first.admin@example.org',
      outcome: 'created',
      isPasswordSet: true,
    });
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await rolesOf(result.userId)).toEqual(['admin']);

    const signedIn = await signIn('first.admin@example.org', result.generatedPassword ?? '');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user?.displayName).toBe('First Admin');
    expect(signedIn.body.permissions).toContain('users:manage');

    const [audit, ...more] = await auditOf(result.userId);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ action: 'user.create', actorUserId: null, actorEmail: null });
    expect(audit?.after).toMatchObject({ email: 'first.admin@example.org', via: 'create-admin' });
  });

  it('uses the password given, in the language given', async () => {
    const result = await ensureAdministrator(t.db, {
      email: 'second.admin@example.org',
      displayName: 'Second Admin',
      password: 'a-chosen-password',
      locale: 'en',
    });
    expect(result.generatedPassword).toBeNull();
    const signedIn = await signIn('second.admin@example.org', 'a-chosen-password');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user?.locale).toBe('en');
  });

  it('makes an existing account an administrator, reactivates it, sets the password and ends its sessions', async () => {
    const userId = await t.createUser({ email: 'officer@example.org', roles: [{ role: 'iao_officer' }] });
    expect((await signIn('officer@example.org', TEST_PASSWORD)).status).toBe(200);
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, userId));

    const result = await ensureAdministrator(t.db, {
      email: 'OFFICER@example.org',
      password: 'the-new-password',
    });

    expect(result).toMatchObject({
      userId,
      outcome: 'promoted',
      isReactivated: true,
      isPasswordSet: true,
      generatedPassword: null,
    });
    expect(await rolesOf(userId)).toEqual(['admin', 'iao_officer']);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, userId))).toEqual([]);
    expect((await signIn('officer@example.org', TEST_PASSWORD)).status).toBe(401);
    expect((await signIn('officer@example.org', 'the-new-password')).status).toBe(200);
    const [audit] = await auditOf(userId);
    expect(audit).toMatchObject({ action: 'user.update', actorUserId: null });
    expect(audit?.before).toMatchObject({ isActive: false, roles: [{ role: 'iao_officer' }] });
    expect(audit?.after).toMatchObject({ isActive: true, passwordChanged: true });
  });

  it('changes nothing for an administrator who already has a password and gives none', async () => {
    const userId = await t.createUser({ email: 'boss@example.org', roles: [{ role: 'admin' }] });
    const [before] = await t.db.select().from(users).where(eq(users.id, userId));

    const result = await ensureAdministrator(t.db, { email: 'boss@example.org' });

    expect(result).toMatchObject({ outcome: 'already_admin', isPasswordSet: false, generatedPassword: null });
    const [after] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(after).toEqual(before);
    expect(await auditOf(userId)).toEqual([]);
  });

  it('generates a password for an existing account that has none (an unanswered invitation)', async () => {
    const userId = await t.createUser({ email: 'invited@example.org', roles: [{ role: 'executive' }] });
    await t.db.update(users).set({ passwordHash: null }).where(eq(users.id, userId));

    const result = await ensureAdministrator(
      t.db,
      { email: 'invited@example.org' },
      {
        generatePassword: () => 'generated-for-the-test',
      },
    );

    expect(result).toMatchObject({ outcome: 'promoted', generatedPassword: 'generated-for-the-test' });
    expect((await signIn('invited@example.org', 'generated-for-the-test')).status).toBe(200);
  });

  it('refuses a malformed e-mail address, a short password and a missing name, changing nothing', async () => {
    const count = async () => (await t.db.select().from(users)).length;
    const before = await count();

    await expect(ensureAdministrator(t.db, { email: 'not-an-address', displayName: 'X' })).rejects.toThrow(
      new AdministratorInputError(['"not-an-address" is not a valid e-mail address.']),
    );
    await expect(
      ensureAdministrator(t.db, {
        email: 'a@example.org',
        displayName: 'A',
        password: 'short',
        locale: 'fr',
      }),
    ).rejects.toMatchObject({
      problems: [
        'The password must have between 10 and 200 characters.',
        'The language must be th or en, not "fr".',
      ],
    });
    await expect(
      ensureAdministrator(t.db, { email: 'a@example.org', displayName: 'A', password: 'A@example.org' }),
    ).rejects.toMatchObject({ problems: ['The password must not be the same as the e-mail address.'] });
    await expect(ensureAdministrator(t.db, { email: 'nobody@example.org' })).rejects.toMatchObject({
      problems: ['There is no account for nobody@example.org yet: give its name with --name.'],
    });
    expect(await count()).toBe(before);
  });
});

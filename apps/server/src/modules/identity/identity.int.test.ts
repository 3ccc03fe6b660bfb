import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AuditEventPage,
  CreatedUser,
  ForgotPasswordAnswer,
  InvitationAnswer,
  SessionInfo,
  User,
  UserPage,
} from '@bia/contracts';
import { buildBusiness } from '../../testing/catalogue.ts';
import { buildPartner } from '../../testing/partners.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.ts';
import type { OutgoingMail } from '../mail/index.ts';
import { sessions, users } from './identity.schema.ts';
import { signInLimits } from './sign-in-lock.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string; message: string }[] };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'a-brand-new-password-2569';

async function countRows(table: typeof users | typeof sessions): Promise<number> {
  const [row] = await t.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

function tokenFromMail(text: string): string {
  const match = /token=([\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token in: ${text}`);
  return match[1];
}

async function latestMailTo(email: string) {
  const mails = (await t.outbox()).filter((mail) => mail.toAddress === email);
  const latest = mails.at(-1);
  if (!latest) throw new Error(`no mail to ${email}`);
  return latest;
}

describe('signing in', () => {
  it('refuses a wrong password with a translated message and opens no session', async () => {
    await t.createUser({ email: 'somchai@test.bia.invalid', roles: [{ role: 'iao_officer' }] });
    const before = await countRows(sessions);
    const thai = await t.anonymous().post<ErrorBody>('/api/auth/sign-in', {
      email: 'somchai@test.bia.invalid',
      password: 'wrong-password',
    });
    expect(thai.status).toBe(401);
    expect(thai.body.error).toEqual({
      code: 'invalid_credentials',
      message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
      messageKey: 'identity:errors.invalid_credentials',
    });
    const english = await t
      .anonymous()
      .post<ErrorBody>(
        '/api/auth/sign-in',
        { email: 'nobody@test.bia.invalid', password: 'wrong-password' },
        { 'accept-language': 'en' },
      );
    expect(english.status).toBe(401);
    expect(english.body.error.message).toBe('The e-mail or password is not correct.');
    expect(await countRows(sessions)).toBe(before);
  });

  it('sets an httpOnly, SameSite session cookie and reports the session', async () => {
    await t.createUser({
      email: 'malee@test.bia.invalid',
      roles: [{ role: 'executive' }],
      displayName: 'มาลี',
    });
    const client = t.anonymous();
    const response = await client.post<SessionInfo>('/api/auth/sign-in', {
      email: 'MALEE@test.bia.invalid',
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bia_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(response.body.user?.displayName).toBe('มาลี');
    expect(response.body.permissions).toContain('liaison:coverage');
    expect(response.body.permissions).not.toContain('users:manage');
    const session = await client.get<SessionInfo>('/api/auth/session');
    expect(session.body.user?.email).toBe('malee@test.bia.invalid');
  });

  it('limits failed attempts per account, even with the right password afterwards, until the window passes', async () => {
    const email = 'limited@test.bia.invalid';
    await t.createUser({ email, roles: [{ role: 'iao_officer' }] });
    for (let attempt = 0; attempt < signInLimits.maxFailuresPerAccount; attempt += 1) {
      const response = await t.anonymous().post('/api/auth/sign-in', { email, password: 'not-the-password' });
      expect(response.status).toBe(401);
    }
    const blocked = await t
      .anonymous()
      .post<ErrorBody>('/api/auth/sign-in', { email, password: TEST_PASSWORD }, { 'accept-language': 'en' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_attempts');
    expect(blocked.body.error.message).toContain('15 minutes');
    t.clock.advance((signInLimits.windowMinutes + 1) * 60 * 1000);
    const allowed = await t.anonymous().post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    expect(allowed.status).toBe(200);
  });

  it('limits failed attempts per address across accounts', async () => {
    for (let attempt = 0; attempt < signInLimits.maxFailuresPerAddress; attempt += 1) {
      await t
        .anonymous()
        .post('/api/auth/sign-in', { email: `guess-${attempt}@test.bia.invalid`, password: 'guess-guess' });
    }
    await t.createUser({ email: 'innocent@test.bia.invalid', roles: [{ role: 'executive' }] });
    const blocked = await t
      .anonymous()
      .post<ErrorBody>('/api/auth/sign-in', { email: 'innocent@test.bia.invalid', password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    t.clock.advance((signInLimits.windowMinutes + 1) * 60 * 1000);
  });

  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const client = await t.signInAs('executive');
    expect((await client.post('/api/auth/sign-out')).status).toBe(204);
    const after = await client.get<SessionInfo>('/api/auth/session');
    expect(after.body.user).toBeNull();
  });
});

describe('cross-site request forgery', () => {
  it('refuses a change without the session token, and changes nothing', async () => {
    const client = await t.signInAs('executive');
    const response = await client.patch<ErrorBody>(
      '/api/auth/me',
      { displayName: 'ถูกปลอม' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_failed');
    const session = await client.get<SessionInfo>('/api/auth/session');
    expect(session.body.user?.displayName).not.toBe('ถูกปลอม');
  });

  it('refuses a change sent from another origin', async () => {
    const client = await t.signInAs('executive');
    const response = await client.patch<ErrorBody>(
      '/api/auth/me',
      { displayName: 'Evil' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_failed');
  });
});

describe('bad requests', () => {
  it('answers malformed JSON with a 400 code, never a 500', async () => {
    const response = await t.anonymous().post<ErrorBody>('/api/auth/sign-in', '{"email": ');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('malformed_body');
  });

  it('answers an oversized body with 413', async () => {
    const response = await t
      .anonymous()
      .post<ErrorBody>('/api/auth/sign-in', { email: 'a@b.co', password: 'x'.repeat(2_000_000) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('body_too_large');
  });

  it('names unknown fields and invalid e-mails, in the requester’s language', async () => {
    const response = await t
      .anonymous()
      .post<ErrorBody>(
        '/api/auth/sign-in',
        { email: 'not-an-email', password: 'x', remember: true },
        { 'accept-language': 'en' },
      );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        {
          path: 'email',
          code: 'invalid_email',
          message: 'This e-mail address is not valid.',
          messageKey: 'errors:field.invalid_email',
        },
        {
          path: 'remember',
          code: 'unknown_field',
          message: 'Unknown field "remember".',
          messageKey: 'errors:field.unknown_field',
          params: { field: 'remember' },
        },
      ]),
    );
  });
});

describe('passwords', () => {
  it('changes the password only with the current one, and ends the other sessions', async () => {
    const email = 'changer@test.bia.invalid';
    const first = await t.signInAs('iao_officer', { email });
    const second = await t.signInAs('iao_officer', { email });
    const wrong = await first.post<ErrorBody>('/api/auth/password/change', {
      currentPassword: 'nope-nope',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields?.[0]?.path).toBe('currentPassword');
    const short = await first.post<ErrorBody>('/api/auth/password/change', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.fields?.[0]).toMatchObject({ path: 'newPassword', code: 'too_short' });

    const changed = await first.post('/api/auth/password/change', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect((await first.get<SessionInfo>('/api/auth/session')).body.user?.email).toBe(email);
    expect((await second.get<SessionInfo>('/api/auth/session')).body.user).toBeNull();
    expect((await t.anonymous().post('/api/auth/sign-in', { email, password: NEW_PASSWORD })).status).toBe(
      200,
    );
  });

  it('resets a forgotten password through the outbox link, once, and not after it expires', async () => {
    const email = 'forgetful@test.bia.invalid';
    await t.createUser({ email, roles: [{ role: 'iao_officer' }], locale: 'en' });
    expect((await t.anonymous().post('/api/auth/password/forgot', { email })).status).toBe(202);
    const mail = await latestMailTo(email);
    expect(mail.status).toBe('outbox');
    expect(mail.subject).toContain('Set a new password');
    const token = tokenFromMail(mail.textBody);

    expect(
      (await t.anonymous().post('/api/auth/password/reset', { token, newPassword: NEW_PASSWORD })).status,
    ).toBe(204);
    const reused = await t
      .anonymous()
      .post<ErrorBody>('/api/auth/password/reset', { token, newPassword: 'yet-another-password' });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('token_used');
    expect((await t.anonymous().post('/api/auth/sign-in', { email, password: NEW_PASSWORD })).status).toBe(
      200,
    );

    await t.anonymous().post('/api/auth/password/forgot', { email });
    const expiring = tokenFromMail((await latestMailTo(email)).textBody);
    t.clock.advance(2 * 60 * 60 * 1000);
    const expired = await t
      .anonymous()
      .post<ErrorBody>('/api/auth/password/reset', { token: expiring, newPassword: 'too-late-password' });
    expect(expired.status).toBe(400);
    expect(expired.body.error.code).toBe('token_expired');
    const invalid = await t.anonymous().post<ErrorBody>('/api/auth/password/reset', {
      token: 'x'.repeat(43),
      newPassword: 'whatever-password',
    });
    expect(invalid.body.error.code).toBe('token_invalid');
  });

  it('answers a reset request for an unknown e-mail the same way, and sends nothing', async () => {
    const before = (await t.outbox()).length;
    expect(
      (await t.anonymous().post('/api/auth/password/forgot', { email: 'ghost@test.bia.invalid' })).status,
    ).toBe(202);
    expect((await t.outbox()).length).toBe(before);
  });
});

describe('administering users', () => {
  it('invites a liaison officer for a unit, who sets a password from the e-mail and signs in with that scope', async () => {
    const admin = await t.signInAs('admin');
    const created = await admin.post<User>('/api/users', {
      email: 'liaison.phranakhon@test.bia.invalid',
      displayName: 'ผู้ประสานงานเขตพระนคร',
      locale: 'th',
      roles: [{ role: 'liaison_officer', scopeId: '1001' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.hasPassword).toBe(false);
    expect(created.body.roles).toEqual([
      { role: 'liaison_officer', scopeType: 'unit', scopeId: '1001', scopeLabel: 'เขตพระนคร' },
    ]);
    const mail = await latestMailTo('liaison.phranakhon@test.bia.invalid');
    expect(mail.subject).toBe('คำเชิญเข้าใช้แพลตฟอร์มการต่างประเทศกรุงเทพมหานคร');
    const token = tokenFromMail(mail.textBody);
    expect(
      (await t.anonymous().post('/api/auth/password/reset', { token, newPassword: NEW_PASSWORD })).status,
    ).toBe(204);
    const signedIn = await t.anonymous().post<SessionInfo>('/api/auth/sign-in', {
      email: 'liaison.phranakhon@test.bia.invalid',
      password: NEW_PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.permissions).toContain('liaison:edit');
    expect(signedIn.body.permissions).not.toContain('liaison:manage');
  });

  it('refuses a duplicate e-mail, a missing or unknown unit scope, and a scope on a role without one; nothing is created', async () => {
    const admin = await t.signInAs('admin');
    await t.createUser({ email: 'taken@test.bia.invalid', roles: [{ role: 'executive' }] });
    const before = await countRows(users);
    const cases = [
      {
        input: { email: 'taken@test.bia.invalid', displayName: 'x', roles: [{ role: 'executive' }] },
        status: 409,
        path: 'email',
      },
      {
        input: { email: 'new1@test.bia.invalid', displayName: 'x', roles: [{ role: 'liaison_officer' }] },
        status: 400,
        path: 'roles.0.scopeId',
      },
      {
        input: {
          email: 'new2@test.bia.invalid',
          displayName: 'x',
          roles: [{ role: 'liaison_officer', scopeId: '1099' }],
        },
        status: 400,
        path: 'roles.0.scopeId',
      },
      {
        input: {
          email: 'new3@test.bia.invalid',
          displayName: 'x',
          roles: [{ role: 'executive', scopeId: '1001' }],
        },
        status: 400,
        path: 'roles.0.scopeId',
      },
      {
        input: { email: 'new4@test.bia.invalid', displayName: 'x', roles: [{ role: 'emperor' }] },
        status: 400,
        path: 'roles.0.role',
      },
    ];
    for (const { input, status, path } of cases) {
      const response = await admin.post<ErrorBody>('/api/users', input);
      expect(response.status, JSON.stringify(input)).toBe(status);
      expect(response.body.error.fields?.map((field) => field.path)).toContain(path);
    }
    expect(await countRows(users)).toBe(before);
  });

  it('deactivates an account, which signs that person out; an administrator cannot deactivate themself', async () => {
    const admin = await t.signInAs('admin');
    const officer = await t.signInAs('iao_officer', { email: 'leaving@test.bia.invalid' });
    const list = await admin.get<UserPage>('/api/users?q=leaving');
    const target = list.body.items[0];
    expect(target?.email).toBe('leaving@test.bia.invalid');
    const response = await admin.patch<User>(`/api/users/${target?.id}`, {
      version: target?.version,
      isActive: false,
    });
    expect(response.status).toBe(200);
    expect(response.body.isActive).toBe(false);
    expect((await officer.get<SessionInfo>('/api/auth/session')).body.user).toBeNull();
    expect(
      (
        await t
          .anonymous()
          .post('/api/auth/sign-in', { email: 'leaving@test.bia.invalid', password: TEST_PASSWORD })
      ).status,
    ).toBe(401);

    const self = admin.session?.user;
    const me = await admin.get<User>(`/api/users/${self?.id}`);
    const refused = await admin.patch<ErrorBody>(`/api/users/${self?.id}`, {
      version: me.body.version,
      isActive: false,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('cannot_change_own_access');
  });

  it('tells the second of two administrators editing one user at once, and keeps the first change', async () => {
    const first = await t.signInAs('admin');
    const second = await t.signInAs('admin');
    const id = await t.createUser({
      email: 'contested@test.bia.invalid',
      roles: [{ role: 'executive' }],
      displayName: 'ก่อน',
    });
    const seenByFirst = await first.get<User>(`/api/users/${id}`);
    const seenBySecond = await second.get<User>(`/api/users/${id}`);
    expect(
      (await first.patch(`/api/users/${id}`, { version: seenByFirst.body.version, displayName: 'โดยคนแรก' }))
        .status,
    ).toBe(200);
    const late = await second.patch<ErrorBody>(
      `/api/users/${id}`,
      { version: seenBySecond.body.version, displayName: 'โดยคนที่สอง' },
      { 'accept-language': 'en' },
    );
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('conflict_stale');
    const [stored] = await t.db.select().from(users).where(eq(users.id, id));
    expect(stored?.displayName).toBe('โดยคนแรก');
  });

  it('lets only administrators manage users', async () => {
    expect((await t.anonymous().get('/api/users')).status).toBe(401);
    for (const role of ['iao_officer', 'executive', 'liaison_officer', 'partner_buyer'] as const) {
      const client = await t.signInAs(
        role,
        role === 'liaison_officer' ? { scopeId: '1001' } : role === 'partner_buyer' ? { scopeId: 'p1' } : {},
      );
      expect((await client.get('/api/users')).status, role).toBe(403);
      expect(
        (
          await client.post('/api/users', {
            email: 'x@test.bia.invalid',
            displayName: 'x',
            roles: [{ role: 'admin' }],
          })
        ).status,
        role,
      ).toBe(403);
    }
  });
});

describe('audit trail and outbox', () => {
  it('records who changed a user, with before and after, and filters by entity and actor', async () => {
    const admin = await t.signInAs('admin', { email: 'auditor@test.bia.invalid' });
    const id = await t.createUser({
      email: 'audited@test.bia.invalid',
      roles: [{ role: 'executive' }],
      displayName: 'เดิม',
    });
    const seen = await admin.get<User>(`/api/users/${id}`);
    await admin.patch(`/api/users/${id}`, {
      version: seen.body.version,
      displayName: 'ใหม่',
      roles: [{ role: 'strategy_officer' }],
    });
    const page = await admin.get<AuditEventPage>(
      `/api/audit?entityType=user&entityId=${id}&actorId=${admin.session?.user?.id}`,
    );
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(1);
    const [event] = page.body.items;
    expect(event).toMatchObject({ action: 'user.update', actorEmail: 'auditor@test.bia.invalid' });
    expect(event?.before).toMatchObject({ displayName: 'เดิม', roles: [{ role: 'executive' }] });
    expect(event?.after).toMatchObject({ displayName: 'ใหม่', roles: [{ role: 'strategy_officer' }] });
    const future = await admin.get<AuditEventPage>('/api/audit?from=2030-01-01');
    expect(future.body.total).toBe(0);
  });

  it('shows the audit trail and the outbox to administrators only', async () => {
    // Something in the outbox: a link to set a new password.
    await t.createUser({ email: 'outboxed@test.bia.invalid', roles: [{ role: 'executive' }] });
    await t.anonymous().post('/api/auth/password/forgot', { email: 'outboxed@test.bia.invalid' });
    const officer = await t.signInAs('iao_officer');
    expect((await officer.get('/api/audit')).status).toBe(403);
    expect((await officer.get('/api/outbox')).status).toBe(403);
    const admin = await t.signInAs('admin');
    const outbox = await admin.get<{ items: { subject: string }[]; total: number }>('/api/outbox');
    expect(outbox.status).toBe(200);
    expect(outbox.body.total).toBeGreaterThan(0);
  });
});

describe('language', () => {
  it('remembers the interface language in the profile and answers errors in it', async () => {
    const client = await t.signInAs('executive');
    const updated = await client.patch<SessionInfo>('/api/auth/me', { locale: 'en' });
    expect(updated.body.user?.locale).toBe('en');
    const error = await client.get<ErrorBody>('/api/users');
    expect(error.body.error.message).toBe('You do not have permission to do this.');
    const bad = await client.patch<ErrorBody>('/api/auth/me', { locale: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.[0]?.path).toBe('locale');
  });

  it("does not put a person's switch of interface language in the audit trail, but a new display name", async () => {
    const client = await t.signInAs('executive', { email: 'switcher@test.bia.invalid' });
    const id = client.session?.user?.id;
    expect((await client.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
    expect((await client.patch('/api/auth/me', { locale: 'th' })).status).toBe(200);
    expect((await client.patch('/api/auth/me', { displayName: 'Switcher' })).status).toBe(200);
    const admin = await t.signInAs('admin');
    const trail = await admin.get<AuditEventPage>(`/api/audit?entityType=user&entityId=${id}`);
    expect(trail.body.items.map((event) => event.action)).toEqual(['user.update_profile']);
    expect(trail.body.items[0]?.after).toEqual({ displayName: 'Switcher' });
  });
});

describe('the scope of a role, by name', () => {
  it('names partner cities and businesses, as units, in the list of users and on a user, in the reader’s language', async () => {
    const admin = await t.signInAs('admin');
    const city = await buildPartner(admin, { nameTh: 'เมืองดาวเหนือ', nameEn: 'North Star City' });
    const business = await buildBusiness(admin, { name: { th: 'ผ้าไหมบ้านครัว', en: 'Ban Khrua Silk' } });
    const coordinator = await admin.post<CreatedUser>('/api/users', {
      email: 'scoped.city@test.bia.invalid',
      displayName: 'City coordinator',
      roles: [{ role: 'partner_coordinator', scopeId: city.id }],
    });
    expect(coordinator.status).toBe(201);
    expect(coordinator.body.roles).toEqual([
      { role: 'partner_coordinator', scopeType: 'partner', scopeId: city.id, scopeLabel: 'เมืองดาวเหนือ' },
    ]);
    await admin.post('/api/users', {
      email: 'scoped.silk@test.bia.invalid',
      displayName: 'Silk entrepreneur',
      roles: [{ role: 'entrepreneur', scopeId: business.id }],
    });

    const list = await admin.get<UserPage>('/api/users?q=scoped.');
    expect(list.body.items.map((user) => user.roles[0]?.scopeLabel).sort()).toEqual([
      'ผ้าไหมบ้านครัว',
      'เมืองดาวเหนือ',
    ]);
    const english = await t.signInAs('admin', { locale: 'en' });
    const one = await english.get<User>(`/api/users/${coordinator.body.id}`);
    expect(one.body.roles[0]?.scopeLabel).toBe('North Star City');
  });

  it('refuses a partner city or a business that does not exist, saying which', async () => {
    const admin = await t.signInAs('admin');
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await admin.post<ErrorBody>('/api/users', {
      email: 'nowhere@test.bia.invalid',
      displayName: 'x',
      roles: [
        { role: 'entrepreneur', scopeId: missing },
        { role: 'partner_buyer', scopeId: missing },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      { path: 'roles.0.scopeId', code: 'unknown_business', message: 'ไม่พบธุรกิจนี้' },
      { path: 'roles.1.scopeId', code: 'unknown_partner', message: 'ไม่พบเมืองพันธมิตรนี้' },
    ]);
  });
});

describe('where an invitation or a reset link went', () => {
  it('says an invitation waits in the outbox when no mail server is configured, on creating and on sending again', async () => {
    const admin = await t.signInAs('admin');
    const created = await admin.post<CreatedUser>('/api/users', {
      email: 'outboxed.invitee@test.bia.invalid',
      displayName: 'x',
      roles: [{ role: 'executive' }],
    });
    expect(created.body.invitation).toEqual({ delivery: 'outbox' });
    expect((await latestMailTo('outboxed.invitee@test.bia.invalid')).status).toBe('outbox');
    const again = await admin.post<InvitationAnswer>(`/api/users/${created.body.id}/invitation`);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ delivery: 'outbox' });

    const withPassword = await admin.post<CreatedUser>('/api/users', {
      email: 'with.password@test.bia.invalid',
      displayName: 'x',
      roles: [{ role: 'executive' }],
      password: NEW_PASSWORD,
    });
    expect(withPassword.body.invitation).toBeNull();

    const forgot = await t.anonymous().post<ForgotPasswordAnswer>('/api/auth/password/forgot', {
      email: 'ghost-of-outbox@test.bia.invalid',
    });
    expect(forgot.body).toEqual({ accepted: true, mail: 'outbox' });
  });

  describe('with a mail server', () => {
    let smtp: TestApp;
    const delivered: OutgoingMail[] = [];
    beforeAll(async () => {
      smtp = await createTestApp({
        mailTransport: {
          deliver: (mail) => {
            if (mail.to.startsWith('refused')) return Promise.reject(new Error('550 mailbox unavailable'));
            delivered.push(mail);
            return Promise.resolve();
          },
        },
      });
    });
    afterAll(() => smtp.close());

    it('says sent only when the mail server took the invitation, and failed when it refused it', async () => {
      const admin = await smtp.signInAs('admin');
      const sent = await admin.post<CreatedUser>('/api/users', {
        email: 'welcome@test.bia.invalid',
        displayName: 'x',
        roles: [{ role: 'executive' }],
      });
      expect(sent.body.invitation).toEqual({ delivery: 'sent' });
      expect(delivered.map((mail) => mail.to)).toEqual(['welcome@test.bia.invalid']);

      const refused = await admin.post<CreatedUser>('/api/users', {
        email: 'refused@test.bia.invalid',
        displayName: 'x',
        roles: [{ role: 'executive' }],
      });
      expect(refused.status).toBe(201);
      expect(refused.body.invitation).toEqual({ delivery: 'failed' });
      const resent = await admin.post<InvitationAnswer>(`/api/users/${refused.body.id}/invitation`);
      expect(resent.body).toEqual({ delivery: 'failed' });

      const forgot = await smtp.anonymous().post<ForgotPasswordAnswer>('/api/auth/password/forgot', {
        email: 'welcome@test.bia.invalid',
      });
      expect(forgot.body).toEqual({ accepted: true, mail: 'smtp' });
    });
  });
});

describe('a sign-in locked by wrong passwords', () => {
  async function lockOut(email: string): Promise<string> {
    const id = await t.createUser({ email, roles: [{ role: 'iao_officer' }] });
    for (let attempt = 0; attempt < signInLimits.maxFailuresPerAccount; attempt += 1) {
      await t.anonymous().post('/api/auth/sign-in', { email, password: 'not-the-password' });
    }
    const refused = await t.anonymous().post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
    expect(refused.status).toBe(429);
    return id;
  }

  it('shows administrators until when, and lets them unlock it at once; the unlock is audited', async () => {
    const email = 'locked.out@test.bia.invalid';
    const id = await lockOut(email);
    const admin = await t.signInAs('admin', { email: 'unlocker@test.bia.invalid' });
    const until = new Date(t.clock.now().getTime() + signInLimits.windowMinutes * 60 * 1000).toISOString();
    expect((await admin.get<User>(`/api/users/${id}`)).body.signInLockedUntil).toBe(until);
    expect((await admin.get<UserPage>('/api/users?q=locked.out')).body.items[0]?.signInLockedUntil).toBe(
      until,
    );

    const officer = await t.signInAs('iao_officer');
    expect((await officer.post(`/api/users/${id}/unlock`)).status).toBe(403);
    const unlocked = await admin.post<User>(`/api/users/${id}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.signInLockedUntil).toBeNull();
    expect((await t.anonymous().post('/api/auth/sign-in', { email, password: TEST_PASSWORD })).status).toBe(
      200,
    );

    const trail = await admin.get<AuditEventPage>(`/api/audit?entityType=user&entityId=${id}`);
    expect(trail.body.items.map((event) => [event.action, event.actorEmail])).toEqual([
      ['user.unlock', 'unlocker@test.bia.invalid'],
    ]);
  });

  it('lets the person ask for a reset link while locked, and the new password signs in at once', async () => {
    const email = 'locked.resetter@test.bia.invalid';
    await lockOut(email);
    expect((await t.anonymous().post('/api/auth/password/forgot', { email })).status).toBe(202);
    const token = tokenFromMail((await latestMailTo(email)).textBody);
    expect(
      (await t.anonymous().post('/api/auth/password/reset', { token, newPassword: NEW_PASSWORD })).status,
    ).toBe(204);
    expect((await t.anonymous().post('/api/auth/sign-in', { email, password: NEW_PASSWORD })).status).toBe(
      200,
    );
  });
});

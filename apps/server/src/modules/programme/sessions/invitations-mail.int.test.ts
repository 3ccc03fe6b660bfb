/**
 * The invitation link mailed to the invitee (issue 13, item 10): in the language the link's page opens
 * in, the session in the invitee's city's time, and how to register; the answer says what became of
 * the mail (never "sent" unless a mail server took it); and a lost link is replaced by a new one,
 * which the old one then stops working for.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreatedInvitation,
  ErrorResponse,
  PartnerSummary,
  PublicInvitation,
  SessionDetail,
} from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import type { OutgoingMail } from '../../mail/index.ts';
import {
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  registerParticipant,
} from '../../../testing/programme.ts';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** 22 November 2026 in Bangkok (FY2570); the session on Monday 14 December, 13:00 Bangkok = 15:00 Seoul. */
const NOW = '2026-11-22T03:00:00Z';
const KO_TITLE = '방콕 브랜드 × 서울 바이어 상담회';

/** The token of a link: `…/invitation/<token>?lang=ko`. */
const tokenOf = (link: string) => new URL(link).pathname.split('/').at(-1) ?? '';

/** An app with a programme and a session with Seoul and Fukuoka, its title written in Korean too. */
async function withSession(t: TestApp) {
  const officer = await t.signInAs('iao_officer', { locale: 'en' });
  await buildProgramme(officer);
  const seoul = await partnerNamed(officer, 'Seoul');
  const fukuoka = await partnerNamed(officer, 'Fukuoka Prefecture');
  for (const partner of [seoul, fukuoka]) await chooseCity(officer, 2570, partner.id);
  const session = await buildSession(officer, 2570, [seoul.id, fukuoka.id], {
    title: 'บางกอกแบรนด์ × ผู้ซื้อกรุงโซลและฟุกุโอกะ',
    titleTranslations: { ko: KO_TITLE },
  });
  return { officer, seoul, fukuoka, session };
}

describe('mailing an invitation link to the invitee', () => {
  let t: TestApp;
  let officer: TestClient;
  let seoul: PartnerSummary;
  let fukuoka: PartnerSummary;
  let session: SessionDetail;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    ({ officer, seoul, fukuoka, session } = await withSession(t));
  });
  afterAll(() => t.close());

  const invite = (body: Record<string, unknown>, client = officer) =>
    client.post<CreatedInvitation & ErrorResponse>(`/api/programme-sessions/${session.id}/invitations`, body);
  const newLink = (invitationId: string, body: Record<string, unknown>, client = officer) =>
    client.post<CreatedInvitation & ErrorResponse>(
      `/api/programme-sessions/${session.id}/invitations/${invitationId}/link`,
      body,
    );
  const mailsTo = async (email: string) => (await t.outbox()).filter((mail) => mail.toAddress === email);
  const view = (link: string) =>
    t.anonymous().get<PublicInvitation & ErrorResponse>(`/api/public/invitations/${tokenOf(link)}`);

  it('mails a Korean invitee the link in Korean, the session at Seoul’s time, and says it waits in the outbox', async () => {
    const created = await invite({ partnerId: seoul.id, language: 'ko', email: 'jiwoo@seoulfood.example' });

    expect(created.status).toBe(201);
    // No mail server is set up: the mail is kept in the outbox, and the answer does not call it sent.
    expect(created.body.delivery).toBe('outbox');
    const [mail, ...others] = await mailsTo('jiwoo@seoulfood.example');
    expect(others).toEqual([]);
    expect(mail?.status).toBe('outbox');
    expect(mail?.subject).toBe(`초대: ${KO_TITLE}`);
    expect(mail?.textBody).toContain(created.body.link);
    expect(created.body.link.endsWith('?lang=ko')).toBe(true);
    // 06:00 UTC is 15:00 in Seoul (13:00 in Bangkok), said with its zone.
    expect(mail?.textBody).toContain('15:00');
    expect(mail?.textBody).not.toContain('13:00');
    expect(mail?.textBody).toContain('Asia/Seoul');
    // How to register, in the words of the Korean page's button.
    expect(mail?.textBody).toContain('"등록하기"');
    expect(mail?.calendar).toBeNull();
  });

  it('mails a Thai invitation in Thai with the Buddhist-era year, the Thai title, at Fukuoka’s time', async () => {
    const created = await invite({ partnerId: fukuoka.id, language: 'th', email: 'somchai@fukuoka.example' });

    expect(created.body.delivery).toBe('outbox');
    const [mail] = await mailsTo('somchai@fukuoka.example');
    expect(mail?.subject).toBe('คำเชิญ: บางกอกแบรนด์ × ผู้ซื้อกรุงโซลและฟุกุโอกะ');
    expect(mail?.textBody).toContain('2569');
    expect(mail?.textBody).not.toContain('2026');
    expect(mail?.textBody).toContain('Asia/Tokyo');
    expect(mail?.textBody).toContain(created.body.link);
  });

  it('mails nothing, and says so, when no address is given', async () => {
    const before = (await t.outbox()).length;
    const created = await invite({ partnerId: seoul.id, language: 'en' });

    expect(created.status).toBe(201);
    expect(created.body.delivery).toBeNull();
    expect((await t.outbox()).length).toBe(before);
  });

  it('gives a lost link a new one: the old link stops working, the change is audited, and the mail carries the new', async () => {
    const created = await invite({ partnerId: seoul.id, language: 'ko', email: 'minho@seoulfood.example' });
    const first = created.body.link;

    const renewed = await newLink(created.body.id, { sendMail: true });

    expect(renewed.status).toBe(200);
    expect(renewed.body.link).not.toBe(first);
    expect(renewed.body).toMatchObject({ id: created.body.id, status: 'open', delivery: 'outbox' });
    expect(renewed.body.link.startsWith(`${TEST_ORIGIN}/invitation/`)).toBe(true);
    const old = await view(first);
    expect([old.status, old.body.error.code]).toEqual([404, 'invitation_not_found']);
    const fresh = await view(renewed.body.link);
    expect([fresh.status, fresh.body.status]).toEqual([200, 'open']);
    // The old link registers no one; the new one does.
    const late = await t
      .anonymous()
      .post<ErrorResponse>(`/api/public/invitations/${tokenOf(first)}/registration`, {
        fullName: '이민호',
        company: 'Seoul Food Trading Co.',
        email: 'minho@seoulfood.example',
      });
    expect(late.status).toBe(404);

    const mails = await mailsTo('minho@seoulfood.example');
    expect(mails).toHaveLength(2);
    expect(mails[1]?.textBody).toContain(renewed.body.link);
    expect(mails[1]?.textBody).not.toContain(first);
    expect(mails[1]?.textBody).toContain('이전 링크는 더 이상 사용할 수 없습니다');

    const audited = rowsOf<{ after: { invitationId: string } }>(
      await t.db.execute(
        sql`select after from audit_events where entity_id = ${session.id} and action = 'session_invitation.new_link'`,
      ),
    );
    expect(audited.map((row) => row.after.invitationId)).toEqual([created.body.id]);

    await registerParticipant(t.anonymous(), tokenOf(renewed.body.link), {
      email: 'minho@seoulfood.example',
    });
    const registered = await view(renewed.body.link);
    expect(registered.body.status).toBe('registered');
  });

  it('gives a new link without mailing it unless asked, and refuses to mail one that has no address', async () => {
    const created = await invite({ partnerId: fukuoka.id, language: 'ja' });
    const before = (await t.outbox()).length;

    const quiet = await newLink(created.body.id, {});
    expect([quiet.status, quiet.body.delivery]).toEqual([200, null]);

    const mailed = await newLink(created.body.id, { sendMail: true });
    expect(mailed.status).toBe(400);
    expect(mailed.body.error.fields?.map((field) => field.path)).toEqual(['sendMail']);
    // Refused, nothing changed: the link given before still works.
    expect((await view(quiet.body.link)).status).toBe(200);
    expect((await t.outbox()).length).toBe(before);
  });

  it('refuses a new link for an invitation that expired unused, and one of another city to its coordinator', async () => {
    const expiring = await invite({ partnerId: seoul.id, language: 'ko', expiresAt: '2026-12-01T10:00:00Z' });
    t.clock.set('2026-12-02T03:00:00Z');
    try {
      // Ten days on, the officer signs in again.
      const later = await t.signInAs('iao_officer', { locale: 'en' });
      const closed = await newLink(expiring.body.id, {}, later);
      expect([closed.status, closed.body.error.code]).toEqual([409, 'invitation_closed']);
    } finally {
      t.clock.set(NOW);
    }

    const fukuokas = await invite({ partnerId: fukuoka.id, language: 'ja' });
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id });
    const other = await newLink(fukuokas.body.id, {}, coordinator);
    expect([other.status, other.body.error.code]).toEqual([403, 'not_your_city']);
    expect((await view(fukuokas.body.link)).status).toBe(200);
  });
});

describe('an invitation mailed through a mail server', () => {
  let t: TestApp;
  const delivered: OutgoingMail[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      now: NOW,
      mailTransport: {
        deliver: (mail) => {
          if (mail.to.startsWith('refused')) return Promise.reject(new Error('550 mailbox unavailable'));
          delivered.push(mail);
          return Promise.resolve();
        },
      },
    });
  });
  afterAll(() => t.close());

  it('says sent only when the mail server took it, and failed when it refused it', async () => {
    const { officer, seoul, session } = await withSession(t);
    const invite = (email: string) =>
      officer.post<CreatedInvitation>(`/api/programme-sessions/${session.id}/invitations`, {
        partnerId: seoul.id,
        language: 'ko',
        email,
      });

    const sent = await invite('jiwoo@seoulfood.example');
    expect(sent.body.delivery).toBe('sent');
    expect(delivered.map((mail) => mail.to)).toEqual(['jiwoo@seoulfood.example']);
    expect(delivered[0]?.text).toContain(sent.body.link);

    const refused = await invite('refused@seoulfood.example');
    expect(refused.status).toBe(201);
    expect(refused.body.delivery).toBe('failed');
    const kept = (await t.outbox()).find((mail) => mail.toAddress === 'refused@seoulfood.example');
    expect(kept?.status).toBe('failed');
  });
});

import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  CreatedInvitation,
  EntrepreneurDetail,
  ErrorResponse,
  PartnerSummary,
  Product,
  PublicInvitation,
  SessionDetail,
} from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import { buildBusiness, buildListedProduct } from '../../../testing/catalogue.ts';
import {
  buildInvitation,
  buildParticipant,
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
  registerParticipant,
} from '../../../testing/programme.ts';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** 22 November 2026 in Bangkok (FY2570); the session on Monday 14 December, 13:00 Bangkok = 15:00 Seoul. */
const NOW = '2026-11-22T03:00:00Z';

/** The token of a link: `…/invitation/<token>?lang=ko`. */
const tokenOf = (link: string) => new URL(link).pathname.split('/').at(-1) ?? '';

describe('inviting and registering the partner side of a session', () => {
  let t: TestApp;
  let officer: TestClient;
  let social: TestClient;
  let seoul: PartnerSummary;
  let fukuoka: PartnerSummary;
  /** The business presenting, with its product in Korean, listed in the catalogue. */
  let business: EntrepreneurDetail;
  let product: Product;
  /** The test's own session, with Seoul and Fukuoka, at which the business presents. */
  let session: SessionDetail;
  const registration = (email: string) => buildParticipant({ email });

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    social = await t.signInAs('social_development_officer');
    await buildProgramme(officer);
    seoul = await partnerNamed(officer, 'Seoul');
    fukuoka = await partnerNamed(officer, 'Fukuoka Prefecture');
    for (const partner of [seoul, fukuoka]) await chooseCity(officer, 2570, partner.id);
    business = await buildBusiness(social, {
      name: { th: 'ครัวน้ำพริกแม่ศรี', en: "Mae Sri's Chili Kitchen", ko: '매 시 칠리 키친' },
      ownerName: 'แม่ศรี',
      languages: ['th'],
      exportExperience: 'none',
      exportReadiness: 'ready',
    });
    product = await buildListedProduct(social, business.id, {
      name: { th: 'น้ำพริกเผา', en: 'Chili paste', ko: '칠리 페이스트' },
      hsCode: '210390',
    });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    session = await buildSession(officer, 2570, [seoul.id, fukuoka.id], {
      title: 'Bangkok Brand × Seoul and Fukuoka buyers',
    });
    await presentBusiness(social, session.id, business.id, [product.id]);
  });

  /** Minji registers through a link of Seoul's, as the starting point of a test. */
  async function minjiRegistered(email = 'minji@seoulfood.example') {
    const { token } = await buildInvitation(officer, session.id, seoul.id);
    await registerParticipant(t.anonymous(), token, { email });
  }

  async function invite(client: TestClient, partnerId: string, language = 'ko') {
    return client.post<CreatedInvitation & ErrorResponse>(
      `/api/programme-sessions/${session.id}/invitations`,
      {
        partnerId,
        language,
        validDays: 14,
      },
    );
  }

  it('shows the invited buyer the session in Seoul’s time zone, the agenda and the products in Korean names', async () => {
    const created = await invite(officer, seoul.id);
    expect(created.status).toBe(201);
    expect(created.body.link.startsWith(`${TEST_ORIGIN}/invitation/`)).toBe(true);
    expect(created.body.link.endsWith('?lang=ko')).toBe(true);
    expect(created.body).toMatchObject({ status: 'open', language: 'ko', usedAt: null });
    const view = await t
      .anonymous()
      .get<PublicInvitation>(`/api/public/invitations/${tokenOf(created.body.link)}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      status: 'open',
      language: 'ko',
      city: { nameEn: 'Seoul', timeZone: 'Asia/Seoul' },
      startsAt: '2026-12-14T06:00:00.000Z',
      meetingUrl: null,
      participant: null,
    });
    expect(view.body.agenda.map((item) => item.kind)).toEqual([
      'introductions',
      'presentations',
      'buyer_questions',
      'summary',
    ]);
    expect(view.body.products.map((item) => [item.name.ko, item.business.ko])).toEqual([
      ['칠리 페이스트', '매 시 칠리 키친'],
    ]);
  });

  it('registers once: the link is then used up, and the registrant gets the meeting link and an .ics in Seoul time', async () => {
    const token = tokenOf((await invite(officer, seoul.id)).body.link);
    const anonymous = t.anonymous();
    expect((await anonymous.get(`/api/public/invitations/${token}/calendar.ics`)).status).toBe(409);
    const registered = await anonymous.post<PublicInvitation>(
      `/api/public/invitations/${token}/registration`,
      registration('minji@seoulfood.example'),
    );
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({
      status: 'registered',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/test',
      participant: { fullName: '김민지', company: 'Seoul Food Trading Co.' },
    });
    const again = await anonymous.post<ErrorResponse>(
      `/api/public/invitations/${token}/registration`,
      registration('someone.else@seoulfood.example'),
    );
    expect(again.status).toBe(410);
    expect(again.body.error).toMatchObject({
      code: 'invitation_used',
      messageKey: 'session_public:errors.invitation_used',
    });

    const ics = await anonymous.get<string>(`/api/public/invitations/${token}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics.body)).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-14T06:00:00.000Z');
    expect(ics.body).toContain('DTSTART;TZID=Asia/Seoul:20261214T150000');
    expect(ics.body).toContain('mailto:minji@seoulfood.example');
  });

  it('refuses a second registration of the same person by another link, and leaves that link usable', async () => {
    await minjiRegistered();
    const token = tokenOf((await invite(officer, seoul.id)).body.link);
    const twice = await t
      .anonymous()
      .post<ErrorResponse>(
        `/api/public/invitations/${token}/registration`,
        registration('MINJI@seoulfood.example'),
      );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_registered');
    const view = await t.anonymous().get<PublicInvitation>(`/api/public/invitations/${token}`);
    expect(view.body.status).toBe('open');
  });

  it('refuses an expired link, and a link never issued, writing nothing', async () => {
    const token = tokenOf((await invite(officer, fukuoka.id, 'ja')).body.link);
    t.clock.advance(15 * 24 * 60 * 60 * 1000);
    try {
      const view = await t.anonymous().get<ErrorResponse>(`/api/public/invitations/${token}`);
      expect(view.status).toBe(410);
      expect(view.body.error.code).toBe('invitation_expired');
      const late = await t
        .anonymous()
        .post<ErrorResponse>(
          `/api/public/invitations/${token}/registration`,
          registration('late@fukuoka.example'),
        );
      expect(late.status).toBe(410);
    } finally {
      t.clock.set(NOW);
    }
    const [row] = rowsOf<{ total: number }>(
      await t.db.execute(
        sql`select count(*)::int as total from session_participants where email = 'late@fukuoka.example'`,
      ),
    );
    expect(row?.total).toBe(0);
    expect((await t.anonymous().get('/api/public/invitations/not-a-real-token-but-long-enough')).status).toBe(
      404,
    );
  });

  it('lets a city’s coordinator invite for their own city only, and see only those invitations', async () => {
    await minjiRegistered();
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id });
    expect((await invite(coordinator, seoul.id)).status).toBe(201);
    const other = await invite(coordinator, fukuoka.id);
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('not_your_city');
    const listed = await coordinator.get<{ items: { partnerId: string; participantName: string | null }[] }>(
      `/api/programme-sessions/${session.id}/invitations`,
    );
    expect(listed.body.items.every((item) => item.partnerId === seoul.id)).toBe(true);
    expect(listed.body.items.some((item) => item.participantName === '김민지')).toBe(true);
    const buyer = await t.signInAs('partner_buyer', { scopeId: seoul.id });
    expect((await invite(buyer, seoul.id)).status).toBe(403);
  });
  it('mails the registrant the invitation, then the changed one, then the cancellation, in Korean', async () => {
    // An address of the test's own: the outbox holds the mail of every test's session.
    const minji = 'minji.kim@seoulfood.example';
    await minjiRegistered(minji);
    const mailTo = async (email: string, subjectStart: string) =>
      (await t.outbox()).find((mail) => mail.toAddress === email && mail.subject.startsWith(subjectStart));
    const registered = await mailTo(minji, '등록 완료');
    expect(registered).toMatchObject({
      subject: '등록 완료: Bangkok Brand × Seoul and Fukuoka buyers',
      calendarMethod: 'REQUEST',
    });
    expect(registered?.textBody).toContain('https://teams.microsoft.com/l/meetup-join/test');
    expect(registered?.calendar).toContain('DTSTART;TZID=Asia/Seoul:20261214T150000');
    expect(registered?.calendar).toContain('SEQUENCE:0');

    const current = (await officer.get<SessionDetail>(`/api/programme-sessions/${session.id}`)).body;
    const moved = await officer.patch<SessionDetail>(`/api/programme-sessions/${session.id}`, {
      version: current.version,
      startsAt: '2026-12-16T06:00:00Z',
      endsAt: '2026-12-16T08:00:00Z',
    });
    expect(moved.status).toBe(200);
    const cancelled = await officer.patch(`/api/programme-sessions/${session.id}`, {
      version: moved.body.version,
      status: 'cancelled',
    });
    expect(cancelled.status).toBe(200);
    const updated = await mailTo(minji, '변경');
    const cancellation = await mailTo(minji, '취소');
    expect(updated?.subject).toBe('변경: Bangkok Brand × Seoul and Fukuoka buyers');
    expect(updated?.calendar).toContain('DTSTART;TZID=Asia/Seoul:20261216T150000');
    expect(updated?.calendar).toContain('SEQUENCE:1');
    expect(cancellation).toMatchObject({
      subject: '취소: Bangkok Brand × Seoul and Fukuoka buyers',
      calendarMethod: 'CANCEL',
    });
    expect(cancellation?.calendar).toContain('STATUS:CANCELLED');
    expect(cancellation?.calendar).toContain('SEQUENCE:2');
    // The same event for every message: the calendar replaces it, then removes it.
    const uids = [registered, updated, cancellation].map(
      (mail) => /UID:(.+)/.exec(mail?.calendar ?? '')?.[1],
    );
    expect(new Set(uids).size).toBe(1);
    // No one is invited to a cancelled session.
    const late = await invite(officer, seoul.id);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('session_not_planned');
  });
});

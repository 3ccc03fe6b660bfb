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

  /** How many registered with an address, in any session. */
  async function registeredWith(email: string) {
    const [row] = rowsOf<{ total: number }>(
      await t.db.execute(sql`select count(*)::int as total from session_participants where email = ${email}`),
    );
    return row?.total;
  }

  async function invite(client: TestClient, partnerId: string, language = 'ko', expiresAt?: string) {
    return client.post<CreatedInvitation & ErrorResponse>(
      `/api/programme-sessions/${session.id}/invitations`,
      { partnerId, language, ...(expiresAt ? { expiresAt } : {}) },
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
    // A deadline for registering, 1 December; a fortnight on, it has passed.
    const token = tokenOf((await invite(officer, fukuoka.id, 'ja', '2026-12-01T10:00:00Z')).body.link);
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
    expect(await registeredWith('late@fukuoka.example')).toBe(0);
    expect((await t.anonymous().get('/api/public/invitations/not-a-real-token-but-long-enough')).status).toBe(
      404,
    );
  });

  it('answers a link cut short, mistyped or far too long as an unknown link (404), never as fields not valid', async () => {
    const anonymous = t.anonymous();
    for (const token of ['k7Qm2x', 'not-a-real-token-but-long-enough', 'x'.repeat(400)]) {
      const view = await anonymous.get<ErrorResponse>(`/api/public/invitations/${token}`);
      expect(view.status).toBe(404);
      expect(view.body.error).toMatchObject({
        code: 'invitation_not_found',
        messageKey: 'session_public:errors.invitation_not_found',
      });
      const registering = await anonymous.post<ErrorResponse>(
        `/api/public/invitations/${token}/registration`,
        registration('nobody@buyer.example'),
      );
      expect(registering.status).toBe(404);
      expect(registering.body.error.code).toBe('invitation_not_found');
    }
  });

  it('refuses an unused link once the session is over, and any link once it is cancelled, each saying which', async () => {
    // Valid until the session's end (the default): once it is over, the session is what refuses it.
    const { token } = await buildInvitation(officer, session.id, seoul.id);
    const used = await buildInvitation(officer, session.id, seoul.id);
    await registerParticipant(t.anonymous(), used.token, { email: 'attended@seoulfood.example' });
    const refusal = async (code: string) => {
      const view = await t.anonymous().get<ErrorResponse>(`/api/public/invitations/${token}`);
      const late = await t
        .anonymous()
        .post<ErrorResponse>(
          `/api/public/invitations/${token}/registration`,
          registration('late@seoulfood.example'),
        );
      expect([view.status, view.body.error.code]).toEqual([410, code]);
      expect([late.status, late.body.error.code]).toEqual([410, code]);
      expect(view.body.error.messageKey).toMatch(/^session_public:errors\./);
    };

    t.clock.set('2026-12-14T09:00:00Z'); // an hour after the session ended
    try {
      await refusal('session_over');
      // Who registered still reads what they registered for.
      const kept = await t.anonymous().get<PublicInvitation>(`/api/public/invitations/${used.token}`);
      expect(kept.status).toBe(200);
      expect(kept.body.status).toBe('registered');
    } finally {
      t.clock.set(NOW);
    }

    const current = (await officer.get<SessionDetail>(`/api/programme-sessions/${session.id}`)).body;
    await officer.patch(`/api/programme-sessions/${session.id}`, {
      version: current.version,
      status: 'cancelled',
    });
    await refusal('invitation_session_cancelled');
    const cancelled = await t.anonymous().get<ErrorResponse>(`/api/public/invitations/${used.token}`);
    expect(cancelled.body.error.code).toBe('invitation_session_cancelled');
    expect(await registeredWith('late@seoulfood.example')).toBe(0);
  });

  describe('the session’s texts in the reader’s language', () => {
    const JA_TITLE = 'バンコク・ブランド × 福岡バイヤー商談会';
    const EN_TITLE = 'Bangkok Brand × Fukuoka buyers';

    /** A session of Fukuoka's titled in Thai and `titleTranslations`, with an item of the officer's own. */
    async function titledSession(titleTranslations: Record<string, string>, itemTranslations = {}) {
      const created = await buildSession(officer, 2570, [fukuoka.id], {
        title: 'บางกอกแบรนด์ × ผู้ซื้อฟุกุโอกะ',
        titleTranslations,
      });
      const agenda = [
        ...created.agenda,
        { kind: 'custom', title: 'การขนส่งและพิธีการศุลกากร', titleTranslations: itemTranslations, minutes: 15 },
      ];
      const changed = await officer.patch<SessionDetail>(`/api/programme-sessions/${created.id}`, {
        version: created.version,
        agenda,
      });
      expect(changed.status).toBe(200);
      return changed.body;
    }

    /** Kenji registers through a Japanese link of Fukuoka's: the page, his mail and his calendar. */
    async function kenjiRegistered(sessionId: string, email: string) {
      const { token } = await buildInvitation(officer, sessionId, fukuoka.id, { language: 'ja' });
      const page = await t.anonymous().get<PublicInvitation>(`/api/public/invitations/${token}`);
      await registerParticipant(t.anonymous(), token, { fullName: '山田健二', email });
      const mail = (await t.outbox()).find((sent) => sent.toAddress === email);
      const ics = await t.anonymous().get<string>(`/api/public/invitations/${token}/calendar.ics`);
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(ics.body)).getFirstSubcomponent('vevent') ?? undefined,
      );
      return { token, page: page.body, mail, event };
    }

    it('gives a Japanese reader the title and the officer’s agenda item in Japanese: page, e-mail and calendar', async () => {
      const titled = await titledSession({ en: EN_TITLE, ja: JA_TITLE, ko: '' }, { ja: '物流と通関' });
      expect(titled.titleTranslations).toEqual({ en: EN_TITLE, ja: JA_TITLE });
      expect(titled.agenda.at(-1)?.titleTranslations).toEqual({ ja: '物流と通関' });

      const { page, mail, event } = await kenjiRegistered(titled.id, 'kenji@hakata.example');
      expect(page.title).toEqual({ text: JA_TITLE, lang: 'ja', isFallback: false });
      expect(page.agenda[0]?.title).toBeNull();
      expect(page.agenda.at(-1)?.title).toEqual({ text: '物流と通関', lang: 'ja', isFallback: false });
      expect(mail?.subject).toBe(`登録完了: ${JA_TITLE}`);
      expect(mail?.textBody).toContain(`「${JA_TITLE}」`);
      expect(event.summary).toBe(JA_TITLE);
      expect(event.description).toContain('双方の参加者紹介');
      expect(event.description).toContain('物流と通関（15分）');
    });

    it('falls back to English, marked, where no Japanese was written, and to Thai where nothing was', async () => {
      const titled = await titledSession({ en: EN_TITLE });
      const { token, page, mail, event } = await kenjiRegistered(titled.id, 'kenji.en@hakata.example');
      expect(page.title).toEqual({ text: EN_TITLE, lang: 'en', isFallback: true });
      expect(page.agenda.at(-1)?.title).toEqual({
        text: 'การขนส่งและพิธีการศุลกากร',
        lang: 'th',
        isFallback: true,
      });
      expect(mail?.subject).toBe(`登録完了: ${EN_TITLE}`);
      expect(event.summary).toBe(EN_TITLE);
      // The page read in Thai: the title as the officer wrote it.
      const thai = await t.anonymous().get<PublicInvitation>(`/api/public/invitations/${token}?lang=th`);
      expect(thai.body.title).toEqual({ text: 'บางกอกแบรนด์ × ผู้ซื้อฟุกุโอกะ', lang: 'th', isFallback: false });

      // A session scheduled with no translations (as every one before them was) reads in Thai.
      const untitled = await kenjiRegistered(session.id, 'kenji.th@hakata.example');
      expect(untitled.page.title).toEqual({ text: session.title, lang: 'th', isFallback: true });
      expect(untitled.event.summary).toBe(session.title);
    });
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

import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  EntrepreneurDetail,
  ErrorResponse,
  PartnerSummary,
  ProgrammeDetail,
  SessionDetail,
  SessionRecord,
} from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import { createLogger } from '../../../shared/logger.ts';
import { docxParts, pdfText, withoutSpaces } from '../../../testing/document-files.ts';
import { buildBusiness, buildListedProduct } from '../../../testing/catalogue.ts';
import {
  buildInvitation,
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
  registerParticipant,
} from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { createMailer } from '../../mail/index.ts';
import { createSessionReminders } from '../sessions/reminders.service.ts';

/** 22 November 2026 (FY2570). The session: Monday 14 December, 06:00–08:00 UTC = 13:00 Bangkok, 15:00 Seoul. */
const NOW = '2026-11-22T03:00:00Z';
const STARTS_AT = '2026-12-14T06:00:00Z';

describe('recording a session and reporting on it', () => {
  let t: TestApp;
  let seoul: PartnerSummary;
  // The test's own session (built before each test), with the businesses presenting and the buyers.
  let session: SessionDetail;
  /** A business that consented to its contacts being given, and one that did not. */
  let consenting: { id: string; productId: string };
  let silent: { id: string; productId: string };
  let buyers: { id: string; email: string }[];
  /** The buyers' invitation tokens, in the order they registered. */
  let tokens: string[];

  /** Sign in afresh at the clock's time (sessions expire when idle). */
  const officer = () => t.signInAs('iao_officer', { locale: 'en' });
  /** The staff who open the year and build each test's session, while the clock reads NOW. */
  let staff: { iao: TestClient; social: TestClient };
  async function signInStaff() {
    staff = { iao: await officer(), social: await t.signInAs('social_development_officer') };
  }
  const recordOf = async (client: TestClient, sessionId = session.id) =>
    (await client.get<SessionRecord>(`/api/programme-sessions/${sessionId}/record`)).body;
  /** Saves a part of the record (attendance, interests, contacts) against its current version. */
  async function putRecord<T = unknown>(
    client: TestClient,
    part: string,
    body: Record<string, unknown>,
    sessionId = session.id,
  ) {
    const { version } = await recordOf(client, sessionId);
    return client.put<T>(`/api/programme-sessions/${sessionId}/${part}`, { version, ...body });
  }

  /** A business with a product listed in the catalogue, presenting at the session. */
  async function presentingBusiness(
    social: TestClient,
    sessionId: string,
    name: { th: string; en: string },
    email: string,
  ) {
    const business = await buildBusiness(social, {
      name,
      ownerName: 'เจ้าของ',
      email,
      languages: ['th'],
      exportExperience: 'none',
      exportReadiness: 'ready',
    });
    const product = await buildListedProduct(social, business.id, {
      name: { th: `${name.th} ผลิตภัณฑ์`, en: `${name.en} product` },
      hsCode: '210390',
    });
    await presentBusiness(social, sessionId, business.id, [product.id]);
    return { business, productId: product.id };
  }

  /**
   * The test's session with Seoul on Monday 14 December, a business that consented to its contacts
   * being given and one that did not, and two buyers registered through their invitation links.
   */
  async function buildSessionWorld() {
    const { iao, social } = staff;
    const built = await buildSession(iao, 2570, [seoul.id], {
      title: 'Bangkok Brand × Seoul buyers',
      round: 1,
      startsAt: STARTS_AT,
    });
    const chili = await presentingBusiness(
      social,
      built.id,
      { th: 'ครัวน้ำพริกแม่ศรี', en: "Mae Sri's Chili Kitchen" },
      'maesri@example.com',
    );
    await social.post(`/api/catalogue/entrepreneurs/${chili.business.id}/consent`, {
      version: chili.business.version,
      method: 'signed_form',
    });
    const tea = await presentingBusiness(
      social,
      built.id,
      { th: 'ชาไทยบ้านสวน', en: 'Baan Suan Thai Tea' },
      'tea@example.com',
    );
    const issued: string[] = [];
    for (const [fullName, email] of [
      ['김민지', 'minji@seoulfood.example'],
      ['박서준', 'seojun@hanriver.example'],
    ] as const) {
      const { token } = await buildInvitation(iao, built.id, seoul.id);
      issued.push(token);
      await registerParticipant(t.anonymous(), token, { fullName, company: `${fullName} Trading`, email });
    }
    const { participants } = (await iao.get<SessionRecord>(`/api/programme-sessions/${built.id}/record`))
      .body;
    session = built;
    consenting = { id: chili.business.id, productId: chili.productId };
    silent = { id: tea.business.id, productId: tea.productId };
    buyers = participants.map((participant) => ({ id: participant.id, email: participant.email }));
    tokens = issued;
  }

  /** Opens FY2570 with Seoul accepted. */
  async function openTheYear() {
    await buildProgramme(staff.iao);
    seoul = await partnerNamed(staff.iao, 'Seoul');
    await chooseCity(staff.iao, 2570, seoul.id);
  }

  // What happened at the session, as the IAO records it before a test looks at it: who came, the
  // interest shown, a contact exchanged, the minutes. Each fails loudly if it is refused.
  async function saveRecord(client: TestClient, part: string, body: Record<string, unknown>) {
    const saved = await putRecord(client, part, body);
    if (saved.status !== 200) throw new Error(`saving the ${part}: ${JSON.stringify(saved.body)}`);
  }
  const checkIn = (client: TestClient) =>
    saveRecord(client, 'attendance', {
      businesses: [
        { entrepreneurId: consenting.id, isPresent: true },
        { entrepreneurId: silent.id, isPresent: true },
      ],
      participants: [
        { participantId: buyers[0]?.id, isPresent: true },
        { participantId: buyers[1]?.id, isPresent: false },
      ],
    });
  const recordInterests = (client: TestClient) =>
    saveRecord(client, 'interests', {
      items: [
        {
          participantId: buyers[0]?.id,
          productId: consenting.productId,
          level: 'strong',
          note: 'Wants 500 jars a month',
        },
        { participantId: buyers[1]?.id, productId: silent.productId, level: 'some' },
      ],
    });
  const recordContact = (client: TestClient) =>
    saveRecord(client, 'contacts', {
      items: [{ entrepreneurId: consenting.id, participantId: buyers[0]?.id }],
    });
  async function writeMinutes(client: TestClient) {
    const saved = await client.patch(`/api/programme-sessions/${session.id}/record`, {
      version: (await recordOf(client)).version,
      minutes: 'ผู้ซื้อจากโซลสนใจน้ำพริกเผา ขอตัวอย่างสินค้า',
      evaluation: 'บรรลุเป้าหมาย',
      problems: 'เสียงขาดหายช่วงต้นการประชุม',
      suggestions: 'ทดสอบระบบเสียงล่วงหน้า 1 วัน',
    });
    if (saved.status !== 200) throw new Error(`saving the minutes: ${JSON.stringify(saved.body)}`);
  }

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    await signInStaff();
    await openTheYear();
  });
  afterAll(() => t.close());

  describe('before the session', () => {
    beforeEach(buildSessionWorld);

    it('refuses attendance and the report before the session: nothing is recorded', async () => {
      const iao = await officer();
      const record = await recordOf(iao);
      expect(record).toMatchObject({ isOpenForRecording: false, hasReport: false, canRecord: true });
      expect(record.participants.map((participant) => participant.fullName)).toEqual(['김민지', '박서준']);

      const early = await putRecord<ErrorResponse>(iao, 'attendance', {
        participants: [{ participantId: buyers[0]?.id, isPresent: true }],
      });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('session_not_started');

      const report = await iao.get<ErrorResponse>(`/api/programme-sessions/${session.id}/report.pdf?lang=th`);
      expect(report.status).toBe(409);
      expect(report.body.error.code).toBe('report_before_held');
      expect(report.body.error.message).toBe('The session has not taken place yet, so there is no report');
      // Trying the meeting link a week ahead leads to the meeting without checking anyone in.
      const tryingOut = await t.anonymous().get(`/api/public/invitations/${tokens[0]}/join`);
      expect(tryingOut.status).toBe(302);
      expect(tryingOut.headers.get('location')).toBe('https://teams.microsoft.com/l/meetup-join/test');
      expect((await recordOf(iao)).participants.every((participant) => !participant.checkedInAt)).toBe(true);
    });

    it('refuses to record anything for a cancelled session', async () => {
      const iao = await officer();
      const other = (
        await iao.post<SessionDetail>('/api/programmes/2570/sessions', {
          title: 'Cancelled one',
          partnerIds: [seoul.id],
          startsAt: '2026-12-15T06:00:00Z',
          endsAt: '2026-12-15T08:00:00Z',
        })
      ).body;
      const social = await t.signInAs('social_development_officer');
      for (const business of [consenting, silent])
        await social.post(`/api/programme-sessions/${other.id}/entrepreneurs`, {
          entrepreneurId: business.id,
          productIds: [business.productId],
        });
      // Taken off before anything is recorded of it, a business is mailed the end of its invitation.
      const takenOff = await social.delete(`/api/programme-sessions/${other.id}/entrepreneurs/${silent.id}`);
      expect(takenOff.status).toBe(204);
      const withdrawal = (await t.outbox()).find(
        (mail) => mail.toAddress === 'tea@example.com' && mail.subject.startsWith('ยกเลิกการนำเสนอ'),
      );
      expect(withdrawal?.calendarMethod).toBe('CANCEL');
      expect(withdrawal?.calendar).toContain('DTSTART;TZID=Asia/Bangkok:20261215T130000');
      await iao.patch(`/api/programme-sessions/${other.id}`, { version: other.version, status: 'cancelled' });
      const cancellation = (await t.outbox()).find(
        (mail) => mail.toAddress === 'maesri@example.com' && mail.calendarMethod === 'CANCEL',
      );
      expect(cancellation?.calendar).toContain('DTSTART;TZID=Asia/Bangkok:20261215T130000');
      const refused = await putRecord<ErrorResponse>(iao, 'interests', { items: [] }, other.id);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('session_cancelled');
    });
  });

  describe('during and after the session', () => {
    beforeEach(async () => {
      await buildSessionWorld();
      t.clock.set('2026-12-14T06:30:00Z');
    });
    afterEach(() => t.clock.set(NOW));

    it('checks in who came, and refuses someone not registered without changing anything', async () => {
      const iao = await officer();
      const [minji, seojun] = buyers;
      const checked = await putRecord<SessionRecord>(iao, 'attendance', {
        businesses: [
          { entrepreneurId: consenting.id, isPresent: true },
          { entrepreneurId: silent.id, isPresent: true },
        ],
        participants: [
          { participantId: minji?.id, isPresent: true },
          { participantId: seojun?.id, isPresent: false },
        ],
      });
      expect(checked.status).toBe(200);
      expect(checked.body.businesses.every((item) => item.checkedInAt === '2026-12-14T06:30:00.000Z')).toBe(
        true,
      );
      expect(checked.body.participants.map((item) => item.checkedInAt !== null)).toEqual([true, false]);

      const stranger = await putRecord<ErrorResponse>(iao, 'attendance', {
        businesses: [{ entrepreneurId: consenting.id, isPresent: false }],
        participants: [{ participantId: '00000000-0000-4000-8000-000000000000', isPresent: true }],
      });
      expect(stranger.status).toBe(400);
      expect(stranger.body.error.fields?.[0]?.path).toBe('participants.0.participantId');
      expect((await recordOf(iao)).businesses.every((item) => item.checkedInAt !== null)).toBe(true);
    });

    it('checks in a buyer who joins through their invitation link, once', async () => {
      const iao = await officer();
      const joined = await t.anonymous().get(`/api/public/invitations/${tokens[1]}/join`);
      expect(joined.status).toBe(302);
      expect(joined.headers.get('location')).toBe('https://teams.microsoft.com/l/meetup-join/test');
      const seojun = (await recordOf(iao)).participants.find((item) => item.id === buyers[1]?.id);
      expect(seojun?.checkedInAt).toBe('2026-12-14T06:30:00.000Z');

      t.clock.advance(10 * 60_000);
      await t.anonymous().get(`/api/public/invitations/${tokens[1]}/join`);
      const again = (await recordOf(iao)).participants.find((item) => item.id === buyers[1]?.id);
      expect(again?.checkedInAt).toBe('2026-12-14T06:30:00.000Z');
      t.clock.set('2026-12-14T06:30:00Z');
      const stranger = await t
        .anonymous()
        .get<ErrorResponse>('/api/public/invitations/not-a-real-token-at-all-0000/join');
      expect(stranger.status).toBe(404);
    });

    it('records the interest each buyer showed in each product, and refuses a product not presented', async () => {
      const iao = await officer();
      const [minji, seojun] = buyers;
      const saved = await putRecord<SessionRecord>(iao, 'interests', {
        items: [
          {
            participantId: minji?.id,
            productId: consenting.productId,
            level: 'strong',
            note: 'Wants 500 jars a month',
          },
          { participantId: seojun?.id, productId: silent.productId, level: 'some' },
        ],
      });
      expect(saved.status).toBe(200);
      expect(saved.body.interests).toHaveLength(2);

      const wrong = await putRecord<ErrorResponse>(iao, 'interests', {
        items: [
          { participantId: minji?.id, productId: '00000000-0000-4000-8000-000000000000', level: 'none' },
        ],
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.fields?.[0]?.message).toBe('This product is not presented at this session');
      expect((await recordOf(iao)).interests).toContainEqual({
        participantId: minji?.id,
        productId: consenting.productId,
        level: 'strong',
        note: 'Wants 500 jars a month',
      });
    });

    it('records contacts exchanged only with a business that consented', async () => {
      const iao = await officer();
      const [minji] = buyers;
      const refused = await putRecord<ErrorResponse>(iao, 'contacts', {
        items: [
          { entrepreneurId: consenting.id, participantId: minji?.id },
          { entrepreneurId: silent.id, participantId: minji?.id },
        ],
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('contact_without_consent');
      expect((await recordOf(iao)).contacts).toEqual([]);

      const saved = await putRecord<SessionRecord>(iao, 'contacts', {
        items: [{ entrepreneurId: consenting.id, participantId: minji?.id }],
      });
      expect(saved.status).toBe(200);
      expect(saved.body.contacts).toEqual([{ entrepreneurId: consenting.id, participantId: minji?.id }]);
    });

    it('keeps the minutes against the version loaded, and lets only the IAO record', async () => {
      const iao = await officer();
      await checkIn(iao);
      await recordInterests(iao);
      await recordContact(iao);
      const { version } = await recordOf(iao);
      const saved = await iao.patch<SessionRecord>(`/api/programme-sessions/${session.id}/record`, {
        version,
        minutes: 'ผู้ซื้อจากโซลสนใจน้ำพริกเผา ขอตัวอย่างสินค้า',
        evaluation: 'บรรลุเป้าหมาย',
        problems: 'เสียงขาดหายช่วงต้นการประชุม',
        suggestions: 'ทดสอบระบบเสียงล่วงหน้า 1 วัน',
      });
      expect(saved.status).toBe(200);
      expect(saved.body.minutes).toBe('ผู้ซื้อจากโซลสนใจน้ำพริกเผา ขอตัวอย่างสินค้า');
      const stale = await iao.patch<ErrorResponse>(`/api/programme-sessions/${session.id}/record`, {
        version,
        minutes: 'overwritten',
      });
      expect(stale.status).toBe(409);
      expect((await recordOf(iao)).minutes).toBe('ผู้ซื้อจากโซลสนใจน้ำพริกเผา ขอตัวอย่างสินค้า');

      const social = await t.signInAs('social_development_officer');
      const bySocial = await putRecord(social, 'attendance', {
        participants: [],
      });
      expect(bySocial.status).toBe(403);
      const coordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id });
      expect((await coordinator.get(`/api/programme-sessions/${session.id}/record`)).status).toBe(403);
      const audited = rowsOf<{ action: string }>(
        await t.db.execute(
          sql`select action from audit_events where entity_id = ${session.id} and action like 'session_%' order by occurred_at`,
        ),
      ).map((row) => row.action);
      expect(audited).toEqual(
        expect.arrayContaining([
          'session_attendance.update',
          'session_interests.update',
          'session_contacts.update',
          'session_record.update',
        ]),
      );
    });

    it('refuses a save made against a version someone else has changed since, and keeps theirs', async () => {
      const iao = await officer();
      await recordContact(iao);
      const loaded = await recordOf(iao);
      const first = await iao.put<SessionRecord>(`/api/programme-sessions/${session.id}/interests`, {
        version: loaded.version,
        items: loaded.interests,
      });
      expect(first.status).toBe(200);
      const second = await iao.put<ErrorResponse>(`/api/programme-sessions/${session.id}/contacts`, {
        version: loaded.version,
        items: [],
      });
      expect([second.status, second.body.error.code]).toEqual([409, 'conflict_stale']);
      expect((await recordOf(iao)).contacts).toHaveLength(1);
    });

    it('keeps contacts exchanged before consent was withdrawn, and refuses new ones', async () => {
      const iao = await officer();
      await recordContact(iao);
      const social = await t.signInAs('social_development_officer');
      const business = await social.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${consenting.id}`);
      const withdrawn = await social.post(`/api/catalogue/entrepreneurs/${consenting.id}/consent/withdraw`, {
        version: business.body.version,
      });
      expect(withdrawn.status).toBe(200);
      const [minji, seojun] = buyers;
      const kept = await putRecord<SessionRecord>(iao, 'contacts', {
        items: [{ entrepreneurId: consenting.id, participantId: minji?.id }],
      });
      expect(kept.status).toBe(200);
      const added = await putRecord<ErrorResponse>(iao, 'contacts', {
        items: [
          { entrepreneurId: consenting.id, participantId: minji?.id },
          { entrepreneurId: consenting.id, participantId: seojun?.id },
        ],
      });
      expect([added.status, added.body.error.code]).toEqual([409, 'contact_without_consent']);
      expect(added.body.error.message).toContain('ครัวน้ำพริกแม่ศรี');
      expect((await recordOf(iao)).contacts).toEqual([
        { entrepreneurId: consenting.id, participantId: minji?.id },
      ]);
    });

    it('refuses to take off a business whose attendance and interest are recorded', async () => {
      const iao = await officer();
      await checkIn(iao);
      await recordInterests(iao);
      const social = await t.signInAs('social_development_officer');
      const removed = await social.delete<ErrorResponse>(
        `/api/programme-sessions/${session.id}/entrepreneurs/${consenting.id}`,
      );
      expect([removed.status, removed.body.error.code]).toEqual([409, 'business_on_record']);
      expect((await recordOf(await officer())).businesses).toHaveLength(2);
    });
  });

  describe('what is mailed and counted across the year', () => {
    // Reminders, the outbox and the year's KPIs take in every session of the database: each test here
    // runs on an app of its own, holding only the test's session.
    let shared: { t: TestApp; seoul: PartnerSummary; staff: typeof staff };
    beforeEach(async () => {
      shared = { t, seoul, staff };
      t = await createTestApp({ now: NOW });
      await signInStaff();
      await openTheYear();
      await buildSessionWorld();
    });
    afterEach(async () => {
      await t.close();
      ({ t, seoul, staff } = shared);
    });

    it('mails each business presenting its calendar invitation in Bangkok time, and gives staff and coordinators theirs', async () => {
      const toChili = (await t.outbox()).find(
        (mail) => mail.toAddress === 'maesri@example.com' && mail.subject.startsWith('นำเสนอผลิตภัณฑ์'),
      );
      expect(toChili?.calendarMethod).toBe('REQUEST');
      expect(toChili?.calendar).toContain('DTSTART;TZID=Asia/Bangkok:20261214T130000');
      expect(toChili?.textBody).toContain('https://teams.microsoft.com/l/meetup-join/test');

      const iao = await officer();
      const forStaff = await iao.get(`/api/programme-sessions/${session.id}/calendar.ics`);
      expect(forStaff.status).toBe(200);
      expect(forStaff.headers.get('content-type')).toContain('text/calendar');
      expect(new TextDecoder().decode(forStaff.bytes)).toContain('DTSTART;TZID=Asia/Bangkok:20261214T130000');
      const coordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id });
      const forSeoul = await coordinator.get(`/api/programme-sessions/${session.id}/calendar.ics`);
      expect(new TextDecoder().decode(forSeoul.bytes)).toContain('DTSTART;TZID=Asia/Seoul:20261214T150000');
      const fukuoka = await partnerNamed(iao, 'Fukuoka Prefecture');
      const other = await t.signInAs('partner_coordinator', { scopeId: fukuoka.id });
      expect((await other.get(`/api/programme-sessions/${session.id}/calendar.ics`)).status).toBe(404);
    });

    it('mails reminders a day and an hour before, once each, to the buyers in Korean and the businesses in Thai', async () => {
      const mailer = createMailer({
        db: t.db,
        from: 'BIA <noreply@bia.invalid>',
        transport: null,
        logger: createLogger('error'),
      });
      const reminders = createSessionReminders({ db: t.db, clock: t.clock, mailer });
      try {
        t.clock.set('2026-12-13T05:00:00Z');
        expect(await reminders.sendDue()).toBe(0);

        t.clock.set('2026-12-13T07:00:00Z');
        expect(await reminders.sendDue()).toBe(4);
        expect(await reminders.sendDue()).toBe(0);
        const dayMails = (await t.outbox()).filter((mail) => /^(알림|แจ้งเตือน): /.test(mail.subject));
        expect(dayMails.map((mail) => mail.toAddress).sort()).toEqual([
          'maesri@example.com',
          'minji@seoulfood.example',
          'seojun@hanriver.example',
          'tea@example.com',
        ]);
        const toMinji = dayMails.find((mail) => mail.toAddress === 'minji@seoulfood.example');
        expect(toMinji?.subject).toBe('알림: Bangkok Brand × Seoul buyers');
        expect(toMinji?.textBody).toContain('15:00');
        expect(toMinji?.textBody).toContain('Asia/Seoul');
        expect(toMinji?.textBody).toContain('https://teams.microsoft.com/l/meetup-join/test');
        const toChili = dayMails.find((mail) => mail.toAddress === 'maesri@example.com');
        expect(toChili?.subject).toBe('แจ้งเตือน: Bangkok Brand × Seoul buyers');
        expect(toChili?.textBody).toContain('13:00');

        t.clock.set('2026-12-14T05:10:00Z');
        expect(await reminders.sendDue()).toBe(4);
        expect(await reminders.sendDue()).toBe(0);
        const hourMails = (await t.outbox()).filter((mail) => mail.subject.startsWith('1시간 후 시작'));
        expect(hourMails.map((mail) => mail.toAddress).sort()).toEqual([
          'minji@seoulfood.example',
          'seojun@hanriver.example',
        ]);

        t.clock.set('2026-12-14T06:30:00Z');
        expect(await reminders.sendDue()).toBe(0);
      } finally {
        t.clock.set(NOW);
      }
    });

    it('gives the report of a session held, in Thai and English, from what was recorded; delivering it counts in the KPI', async () => {
      t.clock.set('2026-12-14T06:30:00Z');
      const iao = await officer();
      await checkIn(iao);
      await recordInterests(iao);
      await recordContact(iao);
      await writeMinutes(iao);
      const detail = (await iao.get<SessionDetail>(`/api/programme-sessions/${session.id}`)).body;
      await iao.patch(`/api/programme-sessions/${session.id}`, { version: detail.version, status: 'held' });

      const pdf = await iao.get(`/api/programme-sessions/${session.id}/report.pdf?lang=th`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = withoutSpaces(pdfText(pdf.bytes));
      for (const expected of ['14ธันวาคม2569', '13:00', '15:00', '김민지', 'สนใจมาก', 'Wants500jarsamonth'])
        expect(text).toContain(expected);
      expect(text).toContain(withoutSpaces('ผู้ซื้อจากโซลสนใจน้ำพริกเผา ขอตัวอย่างสินค้า'));
      expect(text).toContain(withoutSpaces('ทดสอบระบบเสียงล่วงหน้า 1 วัน'));

      const docx = await iao.get(`/api/programme-sessions/${session.id}/report.docx?lang=en`);
      expect(docx.status).toBe(200);
      const document = docxParts(docx.bytes)['word/document.xml'] ?? '';
      expect(document).toContain('Mae Sri');
      expect(document).toContain('Strong');

      const future = await iao.post<ErrorResponse>(`/api/programme-sessions/${session.id}/report-delivery`, {
        deliveredOn: '2026-12-20',
      });
      expect(future.status).toBe(400);
      expect(future.body.error.fields?.[0]?.path).toBe('deliveredOn');
      const beforeTheSession = await iao.post<ErrorResponse>(
        `/api/programme-sessions/${session.id}/report-delivery`,
        { deliveredOn: '2026-12-13' },
      );
      expect(beforeTheSession.body.error.fields?.[0]?.message).toBe(
        'The delivery date must lie between the day of the session and today',
      );
      t.clock.set('2026-12-16T03:00:00Z');
      const later = await officer();
      const delivered = await later.post<SessionRecord>(
        `/api/programme-sessions/${session.id}/report-delivery`,
        { deliveredOn: '2026-12-16' },
      );
      expect(delivered.status).toBe(200);
      expect(delivered.body.reportDeliveredOn).toBe('2026-12-16');
      const programme = (await later.get<ProgrammeDetail>('/api/programmes/2570')).body;
      expect(programme.kpis).toMatchObject({ sessionsHeld: 1, reportsDelivered: 1 });
      expect(programme.steps.find((step) => step.kind === 'report' && step.round === 1)).toMatchObject({
        status: 'done',
        actualEnd: '2026-12-16',
      });
    });

    it('moves the report step to a corrected delivery day', async () => {
      // The session was held, and its report delivered on 16 December.
      t.clock.set('2026-12-14T06:30:00Z');
      const during = await officer();
      const detail = (await during.get<SessionDetail>(`/api/programme-sessions/${session.id}`)).body;
      await during.patch(`/api/programme-sessions/${session.id}`, {
        version: detail.version,
        status: 'held',
      });
      t.clock.set('2026-12-16T03:00:00Z');
      const after = await officer();
      await after.post(`/api/programme-sessions/${session.id}/report-delivery`, {
        deliveredOn: '2026-12-16',
      });
      t.clock.set('2026-12-17T03:00:00Z');
      const iao = await officer();
      const corrected = await iao.post(`/api/programme-sessions/${session.id}/report-delivery`, {
        deliveredOn: '2026-12-17',
      });
      expect(corrected.status).toBe(200);
      const programme = (await iao.get<ProgrammeDetail>('/api/programmes/2570')).body;
      expect(programme.steps.find((step) => step.kind === 'report' && step.round === 1)).toMatchObject({
        status: 'done',
        actualEnd: '2026-12-17',
      });
    });
  });
});

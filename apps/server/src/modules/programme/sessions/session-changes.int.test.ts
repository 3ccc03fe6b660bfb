import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreatedInvitation,
  ErrorResponse,
  InvitationList,
  PartnerSummary,
  ProgrammeDetail,
  SessionDetail,
} from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import {
  buildInvitation,
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  registerParticipant,
} from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** Sunday 22 November 2026, 10:00 in Bangkok (FY2570; FY2569 ended on 30 September). */
const NOW = '2026-11-22T03:00:00Z';

/** The line of an iCalendar file that starts with `name:` (UID, SEQUENCE, METHOD…), its value. */
const icsValue = (calendar: string | null | undefined, name: string) =>
  new RegExp(`^${name}:(.+)$`, 'm').exec(calendar ?? '')?.[1]?.trim();

describe('moving a session, recording one held last year, and how long an invitation link serves', () => {
  let t: TestApp;
  let officer: TestClient;
  let seoul: PartnerSummary;
  let fukuoka: PartnerSummary;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    seoul = await partnerNamed(officer, 'Seoul');
    fukuoka = await partnerNamed(officer, 'Fukuoka Prefecture');
    await buildProgramme(officer);
    await buildProgramme(officer, { fiscalYear: 2569 });
    for (const year of [2569, 2570])
      for (const partner of [seoul, fukuoka]) await chooseCity(officer, year, partner.id);
  });
  afterAll(() => t.close());

  const sessionNow = async (id: string) =>
    (await officer.get<SessionDetail>(`/api/programme-sessions/${id}`)).body;
  const move = async (id: string, times: Record<string, string>) =>
    officer.patch<SessionDetail & ErrorResponse>(`/api/programme-sessions/${id}`, {
      version: (await sessionNow(id)).version,
      ...times,
    });

  describe('moving a scheduled session', () => {
    it('checks the new time as a new session’s, then mails each participant the same event, sequence raised, in their language', async () => {
      const session = await buildSession(officer, 2570, [seoul.id, fukuoka.id], {
        title: 'บางกอกแบรนด์ × ผู้ซื้อโซลและฟุกุโอกะ',
        titleTranslations: { en: 'Bangkok Brand × Seoul and Fukuoka buyers', ja: 'バンコク・ブランド商談会' },
      });
      const minji = 'minji@move.example';
      const kenji = 'kenji@move.example';
      const korean = await buildInvitation(officer, session.id, seoul.id, { language: 'ko' });
      const japanese = await buildInvitation(officer, session.id, fukuoka.id, { language: 'ja' });
      await registerParticipant(t.anonymous(), korean.token, { email: minji });
      await registerParticipant(t.anonymous(), japanese.token, { email: kenji });

      // Saturday 19 December is no working day in Bangkok, Seoul or Fukuoka: refused without a reason.
      const weekend = await move(session.id, {
        startsAt: '2026-12-19T06:00:00Z',
        endsAt: '2026-12-19T08:00:00Z',
      });
      expect(weekend.status).toBe(422);
      expect(weekend.body.error.code).toBe('schedule_needs_override');
      expect((await sessionNow(session.id)).startsAt).toBe('2026-12-14T06:00:00.000Z');

      const moved = await move(session.id, {
        startsAt: '2026-12-16T06:00:00Z',
        endsAt: '2026-12-16T08:00:00Z',
      });
      expect(moved.status).toBe(200);
      expect(moved.body.startsAt).toBe('2026-12-16T06:00:00.000Z');

      const mails = await t.outbox();
      const mailTo = (email: string, subjectStart: string) =>
        mails.find((mail) => mail.toAddress === email && mail.subject.startsWith(subjectStart));
      const cases = [
        {
          email: minji,
          registered: '등록 완료',
          updated: '변경: バンコク',
          zone: 'Asia/Seoul:20261216T150000',
        },
        {
          email: kenji,
          registered: '登録完了',
          updated: '変更: バンコク',
          zone: 'Asia/Tokyo:20261216T150000',
        },
      ];
      for (const { email, registered, updated, zone } of cases) {
        const first = mailTo(email, registered);
        const change = mailTo(email, updated.split(' ')[0] ?? '');
        expect(change?.calendarMethod).toBe('REQUEST');
        expect(icsValue(change?.calendar, 'METHOD')).toBe('REQUEST');
        expect(icsValue(change?.calendar, 'UID')).toBe(icsValue(first?.calendar, 'UID'));
        expect(Number(icsValue(change?.calendar, 'SEQUENCE'))).toBeGreaterThan(
          Number(icsValue(first?.calendar, 'SEQUENCE')),
        );
        expect(change?.calendar).toContain(`DTSTART;TZID=${zone}`);
      }
      // Kenji reads the Japanese title; Minji, with no Korean one written, the English.
      expect(mailTo(kenji, '変更')?.subject).toBe('変更: バンコク・ブランド商談会');
      expect(mailTo(minji, '변경')?.subject).toBe('변경: Bangkok Brand × Seoul and Fukuoka buyers');

      const audits = rowsOf<{ before: { startsAt: string }; after: { startsAt: string } }>(
        await t.db.execute(
          sql`select before, after from audit_events where entity_id = ${session.id} and action = 'programme_session.update'`,
        ),
      );
      expect(audits.map((audit) => [audit.before.startsAt, audit.after.startsAt])).toEqual([
        ['2026-12-14T06:00:00.000Z', '2026-12-16T06:00:00.000Z'],
      ]);
    });

    it('refuses to move a session that was cancelled, and mails no one', async () => {
      const session = await buildSession(officer, 2570, [seoul.id], {
        startsAt: '2026-12-17T06:00:00Z',
        endsAt: '2026-12-17T08:00:00Z',
      });
      const cancelled = await officer.patch<SessionDetail>(`/api/programme-sessions/${session.id}`, {
        version: session.version,
        status: 'cancelled',
      });
      expect(cancelled.status).toBe(200);
      const mailsBefore = (await t.outbox()).length;
      const refused = await move(session.id, {
        startsAt: '2026-12-18T06:00:00Z',
        endsAt: '2026-12-18T08:00:00Z',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('session_not_movable');
      expect((await sessionNow(session.id)).startsAt).toBe('2026-12-17T06:00:00.000Z');
      expect((await t.outbox()).length).toBe(mailsBefore);
    });
  });

  describe('recording a session held last year', () => {
    /** Monday 19 January 2026, 13:00–15:00 in Bangkok: FY2569's first session, entered after the fact. */
    const lastYears = {
      title: 'บางกอกแบรนด์ × ผู้ซื้อโซล (ย้อนหลัง)',
      round: 1,
      partnerIds: [] as string[],
      startsAt: '2026-01-19T06:00:00Z',
      endsAt: '2026-01-19T08:00:00Z',
    };

    it('keeps it as held at once, completes its round’s step, and invites or mails no one', async () => {
      const mailsBefore = (await t.outbox()).length;
      const recorded = await officer.post<SessionDetail>('/api/programmes/2569/sessions', {
        ...lastYears,
        partnerIds: [seoul.id],
        isAlreadyHeld: true,
      });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ status: 'held', startsAt: '2026-01-19T06:00:00.000Z' });
      const programme = (await officer.get<ProgrammeDetail>('/api/programmes/2569')).body;
      expect(programme.kpis.sessionsHeld).toBe(1);
      expect(programme.steps.find((step) => step.kind === 'hold_session' && step.round === 1)).toMatchObject({
        status: 'done',
        actualEnd: '2026-01-19',
      });
      const invited = await officer.post<ErrorResponse>(
        `/api/programme-sessions/${recorded.body.id}/invitations`,
        { partnerId: seoul.id },
      );
      expect(invited.status).toBe(409);
      expect((await t.outbox()).length).toBe(mailsBefore);
    });

    it('takes a past time only on that explicit path, and refuses that path for a session still to come', async () => {
      const scheduled = await officer.post<ErrorResponse>('/api/programmes/2569/sessions', {
        ...lastYears,
        partnerIds: [fukuoka.id],
        overrideReason: 'entered late',
      });
      expect(scheduled.status).toBe(400);
      expect(scheduled.body.error.fields?.map((field) => field.code)).toEqual(['in_the_past']);
      const ahead = await officer.post<ErrorResponse>('/api/programmes/2570/sessions', {
        ...lastYears,
        partnerIds: [fukuoka.id],
        startsAt: '2026-12-15T06:00:00Z',
        endsAt: '2026-12-15T08:00:00Z',
        isAlreadyHeld: true,
      });
      expect(ahead.status).toBe(400);
      expect(ahead.body.error.fields?.map((field) => [field.path, field.code])).toEqual([
        ['endsAt', 'not_over'],
      ]);
    });
  });

  describe('an invitation link’s expiry', () => {
    let session: SessionDetail;
    beforeAll(async () => {
      session = await buildSession(officer, 2570, [seoul.id], {
        startsAt: '2026-12-15T06:00:00Z',
        endsAt: '2026-12-15T08:00:00Z',
      });
    });
    const invite = (body: Record<string, unknown>) =>
      officer.post<CreatedInvitation & ErrorResponse>(`/api/programme-sessions/${session.id}/invitations`, {
        partnerId: seoul.id,
        ...body,
      });

    it('serves until the session ends unless told', async () => {
      const created = await invite({});
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ expiresAt: session.endsAt, expiresBeforeStart: false });
    });

    it('keeps an expiry before the session’s start as a deadline for registering, and says so', async () => {
      const created = await invite({ expiresAt: '2026-12-10T10:00:00Z' });
      expect(created.status).toBe(201);
      expect(created.body.expiresBeforeStart).toBe(true);
      const listed = await officer.get<InvitationList>(`/api/programme-sessions/${session.id}/invitations`);
      expect(listed.body.items.find((item) => item.id === created.body.id)?.expiresBeforeStart).toBe(true);
    });

    it('refuses an expiry already past, or after the session’s end, under the field', async () => {
      for (const [expiresAt, code] of [
        ['2026-11-21T10:00:00Z', 'in_the_past'],
        ['2026-12-15T09:00:00Z', 'after_session'],
      ] as const) {
        const refused = await invite({ expiresAt });
        expect(refused.status).toBe(400);
        expect(refused.body.error.fields?.map((field) => [field.path, field.code])).toEqual([
          ['expiresAt', code],
        ]);
      }
    });
  });
});

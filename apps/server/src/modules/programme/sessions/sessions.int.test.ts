import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  PartnerSummary,
  ProgrammeDetail,
  SessionDetail,
  SlotSuggestions,
} from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import { buildPartner } from '../../../testing/partners.ts';
import { buildProgramme, buildSession, chooseCity, partnerNamed } from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { publicHolidays } from '../programme.schema.ts';

/** Sunday 22 November 2026, 10:00 in Bangkok (FY2570). Monday 14 December to Thursday 17 December are working days in Thailand, Korea and Japan. */
const NOW = '2026-11-22T03:00:00Z';

describe('scheduling sessions across time zones', () => {
  let t: TestApp;
  let officer: TestClient;
  let seoul: PartnerSummary;
  let shanghai: PartnerSummary;
  let fukuoka: PartnerSummary;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    await officer.post('/api/programmes', { fiscalYear: 2570 });
    seoul = await partnerNamed(officer, 'Seoul');
    shanghai = await partnerNamed(officer, 'Shanghai');
    fukuoka = await partnerNamed(officer, 'Fukuoka Prefecture');
    const accepted = { replyStatus: 'accepted', letterSentOn: '2026-11-02', repliedOn: '2026-11-20' };
    await chooseCity(officer, 2570, seoul.id, accepted);
    await chooseCity(officer, 2570, shanghai.id, null);
    await chooseCity(officer, 2570, fukuoka.id, accepted);
  });
  afterAll(() => t.close());

  const session = (overrides: Record<string, unknown> = {}) => ({
    title: 'Bangkok Brand × Seoul buyers',
    round: 1,
    partnerIds: [seoul.id],
    startsAt: '2026-12-14T06:00:00Z',
    endsAt: '2026-12-14T08:00:00Z',
    meetingUrl: 'https://teams.microsoft.com/l/meetup-join/example',
    ...overrides,
  });

  it('suggests the one 2-hour slot of a Monday that suits Bangkok and Seoul: 13:00 Bangkok, 15:00 Seoul', async () => {
    const response = await officer.get<SlotSuggestions>(
      `/api/programmes/2570/session-slots?partnerIds=${seoul.id}&from=2026-12-14&to=2026-12-14&minutes=120`,
    );
    expect(response.status).toBe(200);
    expect(response.body.slots.map((slot) => [slot.startsAt, slot.endsAt])).toEqual([
      ['2026-12-14T06:00:00.000Z', '2026-12-14T08:00:00.000Z'],
    ]);
    expect(response.body.slots[0]?.times.map((time) => time.localStart)).toEqual([
      '2026-12-14T13:00:00+07:00',
      '2026-12-14T15:00:00+09:00',
    ]);
  });

  it('schedules it, each side reading its own time, with the seed’s agenda fitted to its 2 hours', async () => {
    const response = await officer.post<SessionDetail>('/api/programmes/2570/sessions', session());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      format: 'bilateral',
      problems: [],
      scheduleOverrideReason: null,
      connectionTestResult: 'not_tested',
      agendaMinutes: 120,
      sessionMinutes: 120,
    });
    expect(response.body.times.map((time) => [time.partnerId, time.localStart, time.localEnd])).toEqual([
      [null, '2026-12-14T13:00:00+07:00', '2026-12-14T15:00:00+07:00'],
      [seoul.id, '2026-12-14T15:00:00+09:00', '2026-12-14T17:00:00+09:00'],
    ]);
    expect(response.body.agenda.map((item) => [item.kind, item.minutes])).toEqual([
      ['introductions', 15],
      ['presentations', 50],
      ['buyer_questions', 35],
      ['summary', 20],
    ]);
  });

  it('refuses a time outside Seoul’s office hours unless a reason is given, and records the reason', async () => {
    const late = session({ startsAt: '2026-12-14T07:00:00Z', endsAt: '2026-12-14T09:00:00Z' });
    const refused = await officer.post<ErrorResponse>('/api/programmes/2570/sessions', late);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('schedule_needs_override');
    expect(refused.body.error.fields?.map((field) => field.message)).toEqual([
      'Outside office hours in Seoul.',
    ]);

    const kept = await officer.post<SessionDetail>('/api/programmes/2570/sessions', {
      ...late,
      overrideReason: 'Seoul asked to continue into the evening',
    });
    expect(kept.status).toBe(201);
    expect(kept.body.scheduleOverrideReason).toBe('Seoul asked to continue into the evening');
    expect(kept.body.problems.map((problem) => [problem.code, problem.partnerId])).toEqual([
      ['outside_hours', seoul.id],
    ]);
    const [audit] = rowsOf<{ after: { scheduleOverrideReason: string } }>(
      await t.db.execute(sql`select after from audit_events where entity_id = ${kept.body.id}`),
    );
    expect(audit?.after.scheduleOverrideReason).toBe('Seoul asked to continue into the evening');
  });

  it('names the city and the date of a problem in a Thai officer’s own language and calendar', async () => {
    const thaiOfficer = await t.signInAs('iao_officer', { locale: 'th' });
    // Saturday 19 December 2026: no work day in Seoul, nor in Bangkok.
    const saturday = session({ startsAt: '2026-12-19T06:00:00Z', endsAt: '2026-12-19T08:00:00Z' });
    const refused = await thaiOfficer.post<ErrorResponse>('/api/programmes/2570/sessions', saturday);
    expect(refused.body.error.code).toBe('schedule_needs_override');
    expect(refused.body.error.fields?.map((field) => field.message)).toEqual([
      'วันที่ 19 ธันวาคม 2569 ไม่ใช่วันทำการของกรุงเทพมหานคร',
      'วันที่ 19 ธันวาคม 2569 ไม่ใช่วันทำการของโซล',
    ]);
  });

  it('refuses, even with a reason, a session ending before it starts or in the past', async () => {
    const count = async () =>
      rowsOf<{ total: number }>(
        await t.db.execute(sql`select count(*)::int as total from programme_sessions`),
      )[0]?.total;
    const before = await count();
    const reversed = await officer.post<ErrorResponse>(
      '/api/programmes/2570/sessions',
      session({ endsAt: '2026-12-14T05:00:00Z', overrideReason: 'x' }),
    );
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields?.map((field) => [field.path, field.code])).toEqual([
      ['endsAt', 'ends_before_start'],
    ]);
    const past = await officer.post<ErrorResponse>(
      '/api/programmes/2570/sessions',
      session({ startsAt: '2026-11-20T06:00:00Z', endsAt: '2026-11-20T08:00:00Z', overrideReason: 'x' }),
    );
    expect(past.body.error.fields?.map((field) => field.code)).toEqual(['in_the_past']);
    expect(await count()).toBe(before);
  });

  it('warns of a public holiday held as data, named in the answer', async () => {
    await t.db.insert(publicHolidays).values({
      countryCode: 'KR',
      date: '2026-12-15',
      nameEn: 'Test holiday',
      nameLocal: '시험 공휴일',
      kind: 'fixed',
      verification: 'law',
      source: 'integration test',
    });
    const response = await officer.post<ErrorResponse>(
      '/api/programmes/2570/sessions',
      session({ startsAt: '2026-12-15T06:00:00Z', endsAt: '2026-12-15T08:00:00Z' }),
    );
    expect(response.status).toBe(422);
    expect(response.body.error.fields?.map((field) => field.message)).toEqual([
      '15 December 2026 is a holiday in Seoul: 시험 공휴일.',
    ]);
    const suggestions = await officer.get<SlotSuggestions>(
      `/api/programmes/2570/session-slots?partnerIds=${seoul.id}&from=2026-12-15&to=2026-12-15`,
    );
    expect(suggestions.body.slots).toEqual([]);
    expect(suggestions.body.holidays).toEqual([
      { partnerId: seoul.id, date: '2026-12-15', name: '시험 공휴일' },
    ]);
  });

  it('schedules only cities that accepted, and several of them as one multilateral session', async () => {
    const notAccepted = await officer.post<ErrorResponse>(
      '/api/programmes/2570/sessions',
      session({ partnerIds: [seoul.id, shanghai.id] }),
    );
    expect(notAccepted.status).toBe(400);
    expect(notAccepted.body.error.fields?.map((field) => [field.path, field.message])).toEqual([
      ['partnerIds.1', "This city has not accepted this year's programme."],
    ]);
    const both = await officer.post<SessionDetail>(
      '/api/programmes/2570/sessions',
      session({
        partnerIds: [seoul.id, fukuoka.id],
        startsAt: '2026-12-16T06:00:00Z',
        endsAt: '2026-12-16T08:00:00Z',
      }),
    );
    expect(both.status).toBe(201);
    expect(both.body.format).toBe('multilateral');
    expect(both.body.times.map((time) => time.localStart)).toEqual([
      '2026-12-16T13:00:00+07:00',
      '2026-12-16T15:00:00+09:00',
      '2026-12-16T15:00:00+09:00',
    ]);
  });

  it('edits the agenda, records the connection test, and refuses to mark held a session still to come', async () => {
    const created = (
      await officer.post<SessionDetail>(
        '/api/programmes/2570/sessions',
        session({ startsAt: '2026-12-17T06:00:00Z', endsAt: '2026-12-17T08:00:00Z' }),
      )
    ).body;
    const untitled = await officer.patch<ErrorResponse>(`/api/programme-sessions/${created.id}`, {
      version: created.version,
      agenda: [...created.agenda, { kind: 'custom', title: null, minutes: 10 }],
    });
    expect(untitled.body.error.fields?.map((field) => field.path)).toEqual(['agenda.4.title']);
    const changed = await officer.patch<SessionDetail>(`/api/programme-sessions/${created.id}`, {
      version: created.version,
      agenda: [
        { kind: 'introductions', title: null, minutes: 15 },
        { kind: 'presentations', title: null, minutes: 60 },
        { kind: 'custom', title: 'Tasting of the samples sent ahead', minutes: 15 },
        { kind: 'buyer_questions', title: null, minutes: 30 },
      ],
      connectionTest: { at: '2026-12-03T06:00:00Z', result: 'passed', note: 'Teams works in both rooms' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ agendaMinutes: 120, connectionTestResult: 'passed' });
    const held = await officer.patch<ErrorResponse>(`/api/programme-sessions/${created.id}`, {
      version: changed.body.version,
      status: 'held',
    });
    expect(held.status).toBe(409);
    expect(held.body.error.code).toBe('session_not_yet_held');
  });

  it('shows a partner city’s coordinator only the sessions of their city', async () => {
    // A session with Seoul alone, and a city of the test's own whose one session is held with Seoul.
    const ownCity = await buildPartner(officer);
    await chooseCity(officer, 2570, ownCity.id);
    await buildSession(officer, 2570, [seoul.id]);
    await buildSession(officer, 2570, [seoul.id, ownCity.id], {
      startsAt: '2026-12-16T06:00:00Z',
      endsAt: '2026-12-16T08:00:00Z',
    });
    const seoulCoordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id });
    const cityCoordinator = await t.signInAs('partner_coordinator', { scopeId: ownCity.id });
    const seoulList = await seoulCoordinator.get<{ items: { id: string; cities: { id: string }[] }[] }>(
      '/api/programme-sessions',
    );
    expect(seoulList.status).toBe(200);
    expect(seoulList.body.items.length).toBeGreaterThan(0);
    expect(seoulList.body.items.every((item) => item.cities.some((city) => city.id === seoul.id))).toBe(true);
    const cityList = await cityCoordinator.get<{ items: { id: string }[] }>('/api/programme-sessions');
    expect(cityList.body.items).toHaveLength(1);
    const seoulOnly = seoulList.body.items.find((item) => item.cities.length === 1);
    expect((await cityCoordinator.get(`/api/programme-sessions/${seoulOnly?.id}`)).status).toBe(404);
    expect((await seoulCoordinator.get(`/api/programme-sessions/${seoulOnly?.id}`)).status).toBe(200);
    expect((await seoulCoordinator.post('/api/programmes/2570/sessions', session())).status).toBe(403);
    const buyer = await t.signInAs('partner_buyer', { scopeId: seoul.id });
    expect((await buyer.get('/api/programme-sessions')).status).toBe(403);
  });

  describe('on a year of its own', () => {
    // The year's KPI and its steps count every session of the year: here, the test's session alone.
    let t: TestApp;
    let officer: TestClient;
    let seoul: PartnerSummary;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      officer = await t.signInAs('iao_officer', { locale: 'en' });
      await buildProgramme(officer);
      seoul = await partnerNamed(officer, 'Seoul');
      await chooseCity(officer, 2570, seoul.id);
    });
    afterAll(() => t.close());

    it('completes the round’s step “hold the session” when a planned session is marked held, so the KPI counts it', async () => {
      const first = await buildSession(officer, 2570, [seoul.id], { round: 1 });
      t.clock.set('2026-12-15T03:00:00Z');
      try {
        // Three weeks on, the officer signs in again.
        const later = await t.signInAs('iao_officer', { locale: 'en' });
        const detail = (await later.get<SessionDetail>(`/api/programme-sessions/${first.id}`)).body;
        const held = await later.patch<SessionDetail>(`/api/programme-sessions/${first.id}`, {
          version: detail.version,
          status: 'held',
        });
        expect(held.status).toBe(200);
        const programme = (await later.get<ProgrammeDetail>('/api/programmes/2570')).body;
        const step = programme.steps.find(
          (candidate) => candidate.kind === 'hold_session' && candidate.round === 1,
        );
        expect(step).toMatchObject({ status: 'done', actualStart: '2026-12-14', actualEnd: '2026-12-14' });
        expect(programme.kpis.sessionsHeld).toBe(1);
      } finally {
        t.clock.set(NOW);
      }
    });
  });
});

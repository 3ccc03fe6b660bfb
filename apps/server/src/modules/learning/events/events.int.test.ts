/**
 * Seminars and workshops over HTTP against real SQL (issue 16, decision 0056): a draft hidden from
 * staff, registration up to the capacity then the waiting list, a cancellation moving the first
 * waiting person up (and mailing them), registration refused once closed; check-in by a session's
 * link only within its time and only with a seat; feedback once; who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  LearningCheckInResult,
  LearningEventDetail,
  LearningEventList,
  LearningEventRoster,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

// Two departments of the unit directory: the Culture, Sports and Tourism Department is invited.
const INVITED = '24000000';
const OTHER = '25000000';
// 22 November 2026, 10:00 in Bangkok; the seminar's session runs 1 December 2026, 09:00–12:00 Bangkok,
// the workshop's (for check-in) the same day 11:00–13:00.
const NOW = '2026-11-22T03:00:00Z';
const TODAY_START = '2026-11-22T11:00:00+07:00';
const TODAY_END = '2026-11-22T13:00:00+07:00';
const SESSION_START = '2026-12-01T09:00:00+07:00';
const SESSION_END = '2026-12-01T12:00:00+07:00';

let t: TestApp;
let iao: TestClient;
let officers: TestClient[];
let outsider: TestClient;
let englishOfficer: TestClient;

const newEvent = (overrides: Record<string, unknown> = {}) => ({
  kind: 'seminar',
  titleTh: 'สัมมนาการเข้าสู่ประชาคมอาเซียน',
  titleEn: 'Seminar on ASEAN integration',
  descriptionTh: 'ผลกระทบต่อหน่วยงาน',
  capacity: 2,
  invitedUnitCodes: [INVITED],
  creditHours: 6,
  sessions: [{ startsAt: SESSION_START, endsAt: SESSION_END, room: 'ห้องประชุม 1' }],
  ...overrides,
});

async function createOpenEvent(overrides: Record<string, unknown> = {}): Promise<LearningEventDetail> {
  const created = await iao.post<LearningEventDetail>('/api/learning/events', newEvent(overrides));
  expect(created.status).toBe(201);
  const opened = await iao.post<LearningEventDetail>(`/api/learning/events/${created.body.id}/status`, {
    status: 'open',
    version: created.body.version,
  });
  expect(opened.status).toBe(200);
  return opened.body;
}

const detailOf = async (client: TestClient, id: string) =>
  (await client.get<LearningEventDetail>(`/api/learning/events/${id}`)).body;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  iao = await t.signInAs('iao_officer');
  officers = [];
  for (let index = 0; index < 4; index += 1)
    officers.push(await t.signInAs('liaison_officer', { scopeId: INVITED }));
  outsider = await t.signInAs('liaison_officer', { scopeId: OTHER });
  englishOfficer = await t.signInAs('liaison_officer', { scopeId: INVITED, locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

const officer = (index: number): TestClient => {
  const client = officers[index];
  if (!client) throw new Error(`no officer ${index}`);
  return client;
};

describe('events', () => {
  it('lets only managers create events, and keeps a draft from everyone else', async () => {
    const refused = await officer(0).post('/api/learning/events', newEvent());
    expect(refused.status).toBe(403);

    const draft = await iao.post<LearningEventDetail>('/api/learning/events', newEvent());
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', capacity: 2, canManage: true });
    expect(draft.body.invitedUnits).toEqual([{ code: INVITED, name: expect.not.stringMatching(INVITED) }]);

    const staffList = await officer(0).get<LearningEventList>('/api/learning/events');
    expect(staffList.body.items.map((item) => item.id)).not.toContain(draft.body.id);
    expect(staffList.body.canManage).toBe(false);
    expect((await officer(0).get(`/api/learning/events/${draft.body.id}`)).status).toBe(404);
    const registering = await officer(0).post(`/api/learning/events/${draft.body.id}/registrations`, {});
    expect(registering.status).toBe(404);
    const managerList = await iao.get<LearningEventList>('/api/learning/events');
    expect(managerList.body.items.map((item) => item.id)).toContain(draft.body.id);
  });

  it('refuses a session that ends before it starts, naming the field', async () => {
    const refused = await iao.post<ErrorResponse>(
      '/api/learning/events',
      newEvent({ sessions: [{ startsAt: SESSION_END, endsAt: SESSION_START }] }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.[0]).toMatchObject({
      path: 'sessions.0.endsAt',
      message: 'เวลาสิ้นสุดต้องอยู่หลังเวลาเริ่ม',
    });
  });
});

describe('registration', () => {
  let event: LearningEventDetail;

  beforeAll(async () => {
    event = await createOpenEvent();
  });

  it('gives seats up to the capacity, then a place on the waiting list', async () => {
    for (const index of [0, 1, 2, 3]) {
      // The waiting list is in the order people registered: a second apart here.
      t.clock.advance(1000);
      const registered = await officer(index).post(`/api/learning/events/${event.id}/registrations`, {});
      expect(registered.status).toBe(201);
    }
    expect((await detailOf(officer(0), event.id)).myRegistration).toMatchObject({
      status: 'registered',
      unitCode: INVITED,
    });
    expect((await detailOf(officer(2), event.id)).myRegistration).toMatchObject({
      status: 'waitlisted',
      waitingPosition: 1,
    });
    expect((await detailOf(officer(3), event.id)).myRegistration?.waitingPosition).toBe(2);
    const again = await officer(0).post<ErrorResponse>(`/api/learning/events/${event.id}/registrations`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_registered');
  });

  it('refuses a unit that is not invited, and a unit not one’s own', async () => {
    const notInvited = await outsider.post<ErrorResponse>(
      `/api/learning/events/${event.id}/registrations`,
      {},
    );
    expect(notInvited.status).toBe(403);
    expect(notInvited.body.error.code).toBe('not_invited');
    const notOwn = await outsider.post(`/api/learning/events/${event.id}/registrations`, {
      unitCode: INVITED,
    });
    expect(notOwn.status).toBe(403);
  });

  it('moves the first waiting person up when a seat is given up, and e-mails them', async () => {
    const mine = (await detailOf(officer(1), event.id)).myRegistration;
    const cancelled = await officer(1).post<LearningEventDetail>(
      `/api/learning/registrations/${mine?.id}/cancel`,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.myRegistration).toBeNull();
    expect((await detailOf(officer(2), event.id)).myRegistration).toMatchObject({
      status: 'registered',
      waitingPosition: null,
    });
    expect((await detailOf(officer(3), event.id)).myRegistration?.waitingPosition).toBe(1);
    const movedUpEmail = officer(2).session?.user?.email;
    const mails = (await t.outbox()).filter((mail) => mail.toAddress === movedUpEmail);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('ท่านได้ที่นั่งแล้ว: สัมมนาการเข้าสู่ประชาคมอาเซียน');
    expect(mails[0]?.textBody).toContain(`/learning/events/${event.id}`);
  });

  it('lets no one cancel someone else’s registration but a manager', async () => {
    const theirs = (await detailOf(officer(3), event.id)).myRegistration;
    expect((await officer(0).post(`/api/learning/registrations/${theirs?.id}/cancel`)).status).toBe(403);
  });

  it('shows the manager the registrants, the waiting list and the invited units’ coverage', async () => {
    const roster = await iao.get<LearningEventRoster>(`/api/learning/events/${event.id}/roster`);
    expect(roster.status).toBe(200);
    expect(roster.body.registrants.map((row) => [row.status, row.waitingPosition])).toEqual([
      ['registered', null],
      ['registered', null],
      ['waitlisted', 1],
    ]);
    expect(roster.body.coverage).toMatchObject({
      isEveryUnit: false,
      units: [{ code: INVITED, registered: 2, attended: 0 }],
    });
    expect(roster.body.checkInLinks).toHaveLength(1);
    expect((await officer(0).get(`/api/learning/events/${event.id}/roster`)).status).toBe(403);
  });

  it('lets a manager register a person of a unit by e-mail', async () => {
    const email = englishOfficer.session?.user?.email;
    t.clock.advance(1000);
    const added = await iao.post(`/api/learning/events/${event.id}/registrations`, {
      email,
      unitCode: OTHER,
    });
    expect(added.status).toBe(201);
    expect((await detailOf(englishOfficer, event.id)).myRegistration).toMatchObject({
      status: 'waitlisted',
      waitingPosition: 2,
      unitCode: OTHER,
    });
    const unknown = await iao.post<ErrorResponse>(`/api/learning/events/${event.id}/registrations`, {
      email: 'nobody@bangkok.go.th',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields?.[0]?.path).toBe('email');
    const notManager = await officer(0).post(`/api/learning/events/${event.id}/registrations`, { email });
    expect(notManager.status).toBe(403);
  });

  it('moves the waiting list up when the capacity grows, and refuses a stale save', async () => {
    const before = await detailOf(iao, event.id);
    const changes = {
      ...newEvent({ capacity: 3 }),
      sessions: before.sessions.map(({ id, startsAt, endsAt, room }) => ({ id, startsAt, endsAt, room })),
      version: before.version,
    };
    const saved = await iao.put<LearningEventDetail>(`/api/learning/events/${event.id}`, changes);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ capacity: 3, seatsTaken: 3, waitingCount: 1 });
    expect(saved.body.sessions.map((session) => session.id)).toEqual(
      before.sessions.map((session) => session.id),
    );
    expect((await detailOf(officer(3), event.id)).myRegistration?.status).toBe('registered');
    expect((await detailOf(englishOfficer, event.id)).myRegistration?.waitingPosition).toBe(1);
    const mails = (await t.outbox()).filter((mail) => mail.toAddress === officer(3).session?.user?.email);
    expect(mails).toHaveLength(1);
    const stale = await iao.put<ErrorResponse>(`/api/learning/events/${event.id}`, changes);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
  });

  it('refuses registration once the event is closed, in the reader’s language', async () => {
    const closed = await iao.post(`/api/learning/events/${event.id}/status`, {
      status: 'closed',
      version: (await detailOf(iao, event.id)).version,
    });
    expect(closed.status).toBe(200);
    const refused = await outsider.post<ErrorResponse>(`/api/learning/events/${event.id}/registrations`, {
      unitCode: OTHER,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('กิจกรรมนี้ไม่เปิดรับลงทะเบียน: เป็นฉบับร่าง ปิดรับแล้ว หรือถูกยกเลิก');
  });
});

describe('check-in and feedback', () => {
  let event: LearningEventDetail;
  let link: string;

  beforeAll(async () => {
    event = await createOpenEvent({
      kind: 'workshop',
      capacity: 2,
      invitedUnitCodes: [],
      sessions: [{ startsAt: TODAY_START, endsAt: TODAY_END, onlineUrl: 'https://meet.example.org/asean' }],
    });
    for (const index of [0, 2, 1]) {
      t.clock.advance(1000);
      const registered = await officer(index).post(`/api/learning/events/${event.id}/registrations`, {});
      expect(registered.status).toBe(201);
    }
    const roster = await iao.get<LearningEventRoster>(`/api/learning/events/${event.id}/roster`);
    link = new URL(roster.body.checkInLinks[0]?.url ?? '').pathname.replace('/learning/', '/api/learning/');
  });

  it('refuses a check-in before the session’s time', async () => {
    t.clock.set('2026-11-22T10:25:00+07:00');
    const early = await officer(0).post<ErrorResponse>(link);
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('check_in_closed');
    expect(early.body.error.message).toBe('ลงชื่อเข้าร่วมรอบนี้ได้ตั้งแต่ 30 นาทีก่อนเริ่มจนถึงเวลาสิ้นสุดเท่านั้น');
  });

  it('refuses someone without a seat, and refuses feedback before the event began', async () => {
    t.clock.set('2026-11-22T10:40:00+07:00');
    const waiting = await officer(1).post<ErrorResponse>(link);
    expect(waiting.status).toBe(403);
    expect(waiting.body.error.code).toBe('not_registered');
    const early = await officer(0).post(`/api/learning/events/${event.id}/feedback`, { rating: 5 });
    expect(early.status).toBe(400);
  });

  it('checks a registered participant in from 30 minutes before the session, once', async () => {
    t.clock.set('2026-11-22T10:31:00+07:00');
    const checkedIn = await officer(0).post<LearningCheckInResult>(link);
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ eventId: event.id, wasAlready: false });
    const again = await officer(0).post<LearningCheckInResult>(link);
    expect(again.body).toMatchObject({ wasAlready: true, checkedInAt: checkedIn.body.checkedInAt });
    const detail = await detailOf(officer(0), event.id);
    expect(detail.sessions[0]).toMatchObject({ attendedCount: 1, myCheckedInAt: checkedIn.body.checkedInAt });
    const roster = await iao.get<LearningEventRoster>(`/api/learning/events/${event.id}/roster`);
    expect(roster.body.registrants[0]?.attendance).toEqual([
      { sessionId: event.sessions[0]?.id, method: 'qr' },
    ]);
    expect(roster.body.coverage).toMatchObject({
      isEveryUnit: true,
      units: [{ code: INVITED, registered: 2, attended: 1 }],
    });
  });

  it('lets a manager tick attendance by hand, only for someone with a seat', async () => {
    const session = event.sessions[0]?.id;
    const waitingId = officer(1).session?.user?.id;
    const refused = await iao.put(`/api/learning/sessions/${session}/attendance/${waitingId}`, {
      isPresent: true,
    });
    expect(refused.status).toBe(403);
    const seated = officer(0).session?.user?.id;
    const untick = await iao.put<LearningEventDetail>(
      `/api/learning/sessions/${session}/attendance/${seated}`,
      {
        isPresent: false,
      },
    );
    expect(untick.body.sessions[0]?.attendedCount).toBe(0);
    const tick = await iao.put<LearningEventDetail>(
      `/api/learning/sessions/${session}/attendance/${seated}`,
      {
        isPresent: true,
      },
    );
    expect(tick.body.sessions[0]?.attendedCount).toBe(1);
  });

  it('takes feedback once from a participant, and refuses a second time', async () => {
    t.clock.set('2026-11-22T11:30:00+07:00');
    expect((await detailOf(officer(0), event.id)).feedback.canGive).toBe(true);
    const given = await officer(0).post<LearningEventDetail>(`/api/learning/events/${event.id}/feedback`, {
      rating: 4,
      comments: 'มีประโยชน์มาก',
    });
    expect(given.status).toBe(201);
    expect(given.body.feedback).toMatchObject({ count: 1, averageRating: 4, isGiven: true, canGive: false });
    const twice = await officer(0).post<ErrorResponse>(`/api/learning/events/${event.id}/feedback`, {
      rating: 1,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('ท่านให้ความเห็นต่อกิจกรรมนี้ไปแล้ว');
    const bad = await officer(0).post(`/api/learning/events/${event.id}/feedback`, { rating: 6 });
    expect(bad.status).toBe(400);
    const waiting = await officer(1).post(`/api/learning/events/${event.id}/feedback`, { rating: 3 });
    expect(waiting.status).toBe(403);
    const roster = await iao.get<LearningEventRoster>(`/api/learning/events/${event.id}/roster`);
    expect(roster.body.feedback).toEqual([{ rating: 4, comments: 'มีประโยชน์มาก' }]);
  });

  it('refuses a check-in after the session ended', async () => {
    t.clock.set('2026-11-22T13:01:00+07:00');
    const late = await officer(2).post<ErrorResponse>(link);
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('check_in_closed');
  });
});

/**
 * Coordination requests in each reader's language, over HTTP against real SQL: the mail to the IAO's
 * officers and to a person a comment is addressed to is written in the language each last chose
 * (the identity module's people read carries it), and the trade sessions a request may concern are
 * listed for the picker, titled in the reader's language, read-only, the cancelled ones left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoordinationRequestDetail, CoordinationSessionOptionList, SessionDetail } from '@bia/contracts';
import { buildProgramme, buildSession, chooseCity, partnerNamed } from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { IAO_UNIT_CODE } from '../liaison/index.ts';

const DISTRICT = '1001';

let t: TestApp;
let thaiOfficer: TestClient;
let englishOfficer: TestClient;
let district: TestClient;

const userId = (client: TestClient) => client.session?.user?.id ?? '';
const emailOf = (client: TestClient) => client.session?.user?.email ?? '';

const visit = {
  subject: 'ขอความช่วยเหลือรับคณะจากโซล',
  details: 'คณะจากกรุงโซลจะมาดูงานตลาด ขอให้ช่วยประสาน',
  toUnitCode: IAO_UNIT_CODE,
  dueDate: '2026-12-10',
  urgency: 'can_wait',
  handledBy: 'iao',
};

beforeAll(async () => {
  // 22 November 2026, 10:00 in Bangkok.
  t = await createTestApp();
  thaiOfficer = await t.signInAs('iao_officer');
  englishOfficer = await t.signInAs('iao_officer', { locale: 'en' });
  district = await t.signInAs('liaison_officer', { scopeId: DISTRICT, locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

describe('mail in each person’s language', () => {
  let request: CoordinationRequestDetail;

  it('mails each IAO officer a new request in the language they chose', async () => {
    const opened = await district.post<CoordinationRequestDetail>('/api/coordination/requests', visit);
    expect(opened.status).toBe(201);
    request = opened.body;
    const outbox = await t.outbox();
    const toEnglish = outbox.filter((mail) => mail.toAddress === emailOf(englishOfficer));
    const toThai = outbox.filter((mail) => mail.toAddress === emailOf(thaiOfficer));
    expect(toEnglish.map((mail) => mail.subject)).toEqual([`Coordination request for you: ${visit.subject}`]);
    expect(toEnglish[0]?.textBody).toContain('Due 10 December 2026');
    expect(toThai.map((mail) => mail.subject)).toEqual([`งานประสานถึงท่าน: ${visit.subject}`]);
  });

  it('mails a comment addressed to an English-speaking officer in English', async () => {
    const comment = await thaiOfficer.post<CoordinationRequestDetail>(
      `/api/coordination/requests/${request.id}/comments`,
      { body: 'รับทราบ จะประสานให้', addressedTo: userId(district) },
    );
    expect(comment.status).toBe(201);
    const mail = (await t.outbox()).find((sent) => sent.toAddress === emailOf(district));
    expect(mail?.subject).toBe(`A comment for you: ${visit.subject}`);
    expect(mail?.textBody).toContain('รับทราบ จะประสานให้');
  });

  it('mails an English-speaking IAO officer assigned the request in English (a comment kept the version)', async () => {
    const assigned = await thaiOfficer.post<CoordinationRequestDetail>(
      `/api/coordination/requests/${request.id}/assignment`,
      { toUnitCode: IAO_UNIT_CODE, assigneeId: userId(englishOfficer), version: request.version },
    );
    expect(assigned.status).toBe(200);
    const subjects = (await t.outbox())
      .filter((mail) => mail.toAddress === emailOf(englishOfficer))
      .map((mail) => mail.subject);
    expect(subjects).toEqual([
      `Coordination request for you: ${visit.subject}`,
      `Coordination request for you: ${visit.subject}`,
    ]);
  });
});

describe('the sessions a request may concern', () => {
  let session: SessionDetail;

  beforeAll(async () => {
    const planner = await t.signInAs('iao_officer');
    await buildProgramme(planner);
    const seoul = await partnerNamed(planner, 'Seoul');
    await chooseCity(planner, 2570, seoul.id);
    session = await buildSession(planner, 2570, [seoul.id], {
      title: 'แบรนด์กรุงเทพพบผู้ซื้อโซล',
      titleTranslations: { en: 'Bangkok Brand meets Seoul buyers' },
    });
    const cancelled = await buildSession(planner, 2570, [seoul.id], {
      title: 'รอบที่ยกเลิก',
      startsAt: '2026-12-15T06:00:00Z',
      endsAt: '2026-12-15T08:00:00Z',
    });
    const cancelling = await planner.patch(`/api/programme-sessions/${cancelled.id}`, {
      version: cancelled.version,
      status: 'cancelled',
    });
    expect(cancelling.status).toBe(200);
  });

  it("lists them to a liaison officer by title in the reader's language, without the cancelled one", async () => {
    const english = await district.get<CoordinationSessionOptionList>('/api/coordination/session-options');
    expect(english.status).toBe(200);
    expect(english.body.items).toEqual([
      { id: session.id, title: 'Bangkok Brand meets Seoul buyers', startsAt: '2026-12-14T06:00:00.000Z' },
    ]);
    const thai = await thaiOfficer.get<CoordinationSessionOptionList>('/api/coordination/session-options');
    expect(thai.body.items.map((item) => item.title)).toEqual(['แบรนด์กรุงเทพพบผู้ซื้อโซล']);
  });

  it('opens a request linked to the session chosen; those outside coordination may not list them', async () => {
    const opened = await district.post<CoordinationRequestDetail>('/api/coordination/requests', {
      ...visit,
      sessionId: session.id,
    });
    expect(opened.status).toBe(201);
    expect(opened.body.sessionId).toBe(session.id);
    const coordinator = await t.signInAs('partner_coordinator');
    expect((await coordinator.get('/api/coordination/session-options')).status).toBe(403);
  });
});

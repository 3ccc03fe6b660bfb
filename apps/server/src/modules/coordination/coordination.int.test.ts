/**
 * Coordination requests over HTTP against real SQL (issue 16, decision 0054): a district's liaison
 * officer opens a request to the IAO, the IAO assigns, comments and closes it, the officer reads the
 * answer; who may do what (another unit's officer, an executive); a due date in the past, a liaison
 * officer assigning another unit, a forbidden attachment, a stale update; the reminders sent once;
 * the queues, the overview and the figures of the fiscal year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CoordinationFigures,
  CoordinationFile,
  CoordinationList,
  CoordinationOverview,
  CoordinationRequestDetail,
  ErrorResponse,
} from '@bia/contracts';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { IAO_UNIT_CODE } from '../liaison/index.ts';
import { createMailer } from '../mail/index.ts';
import { createLogger } from '../../shared/logger.ts';
import { createCoordinationReminders, requestFiguresOfYear } from './index.ts';

const DISTRICT = '1001';
const OTHER_UNIT = '25000000';
const PDF_BYTES = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);
/** The start of a Windows program: "MZ", then the DOS header. */
const EXE_BYTES = Uint8Array.from([
  0x4d,
  0x5a,
  0x90,
  0,
  3,
  0,
  0,
  0,
  4,
  0,
  0,
  0,
  0xff,
  0xff,
  ...new Array(242).fill(0),
]);

let t: TestApp;
let iao: TestClient;
let iaoColleague: TestClient;
let district: TestClient;
let other: TestClient;
let executive: TestClient;
let request: CoordinationRequestDetail;

const userId = (client: TestClient) => client.session?.user?.id ?? '';
const emailOf = (client: TestClient) => client.session?.user?.email ?? '';

const visit = {
  subject: 'ขอความช่วยเหลือแปลหนังสือจากเมืองพี่เมืองน้อง',
  details: 'ได้รับหนังสือภาษาญี่ปุ่นจากเมืองฟุกุโอกะ ขอให้ช่วยแปลและร่างหนังสือตอบ',
  toUnitCode: IAO_UNIT_CODE,
  dueDate: '2026-12-10',
  urgency: 'urgent',
  handledBy: 'iao',
  kpiCode: '2.3.1',
};

async function detail(client: TestClient, id = request.id) {
  return client.get<CoordinationRequestDetail & ErrorResponse>(`/api/coordination/requests/${id}`);
}

beforeAll(async () => {
  // 22 November 2026, 10:00 in Bangkok: fiscal year 2570.
  t = await createTestApp();
  iao = await t.signInAs('iao_officer');
  iaoColleague = await t.signInAs('iao_officer');
  district = await t.signInAs('liaison_officer', { scopeId: DISTRICT });
  other = await t.signInAs('liaison_officer', { scopeId: OTHER_UNIT });
  executive = await t.signInAs('executive');
});

afterAll(async () => {
  await t.close();
});

describe('opening a request', () => {
  it('refuses a due date in the past with a translated message at its field, storing nothing', async () => {
    const refused = await district.post<ErrorResponse>('/api/coordination/requests', {
      ...visit,
      dueDate: '2026-11-21',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'dueDate', message: 'วันครบกำหนดต้องไม่เป็นวันที่ผ่านมาแล้ว' }),
    ]);
    const opened = await district.get<CoordinationList>('/api/coordination/requests?queue=opened&state=all');
    expect(opened.body.items).toHaveLength(0);
  });

  it("refuses a liaison officer's request assigned to another unit", async () => {
    const refused = await district.post<ErrorResponse>('/api/coordination/requests', {
      ...visit,
      toUnitCode: OTHER_UNIT,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('assign_other_unit');
    expect(refused.body.error.message).toContain('ผู้ประสานงานของหน่วยงานส่งงานได้เฉพาะถึงสำนักงานการต่างประเทศ');
    const fromOther = await district.post<ErrorResponse>('/api/coordination/requests', {
      ...visit,
      fromUnitCode: OTHER_UNIT,
    });
    expect(fromOther.status).toBe(403);
    expect(fromOther.body.error.code).toBe('not_your_unit');
  });

  it("a district's officer opens a request to the IAO: received, and the IAO's officers mailed", async () => {
    const opened = await district.post<CoordinationRequestDetail>('/api/coordination/requests', visit);
    expect(opened.status).toBe(201);
    request = opened.body;
    expect(request).toMatchObject({
      status: 'received',
      urgency: 'urgent',
      handledBy: 'iao',
      fromUnit: { code: DISTRICT },
      toUnit: { code: IAO_UNIT_CODE },
      assignee: null,
      kpiCode: '2.3.1',
      isOverdue: false,
      can: { changeStatus: false, assign: false, comment: true, attach: true },
    });
    expect(request.history.map((event) => event.kind)).toEqual(['opened']);
    const mails = (await t.outbox()).filter((mail) => mail.toAddress === emailOf(iao));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`งานประสานถึงท่าน: ${visit.subject}`);
    expect(mails[0]?.textBody).toContain(`${TEST_ORIGIN}/requests/${request.id}`);
  });
});

describe('who may do what', () => {
  it("another unit's liaison officer neither reads nor works the request", async () => {
    expect((await detail(other)).status).toBe(403);
    const status = await other.post<ErrorResponse>(`/api/coordination/requests/${request.id}/status`, {
      status: 'done',
      version: request.version,
    });
    expect(status.status).toBe(403);
    const comment = await other.post(`/api/coordination/requests/${request.id}/comments`, { body: 'ขอดูด้วย' });
    expect(comment.status).toBe(403);
    const list = await other.get<CoordinationList>('/api/coordination/requests?queue=unit');
    expect(list.body.items).toHaveLength(0);
  });

  it('the requesting unit may not close or assign the request sent to the IAO', async () => {
    const status = await district.post<ErrorResponse>(`/api/coordination/requests/${request.id}/status`, {
      status: 'done',
      version: request.version,
    });
    expect(status.status).toBe(403);
    expect(status.body.error.code).toBe('not_handling_unit');
  });

  it('an executive reads the overview and the request but changes nothing', async () => {
    const overview = await executive.get<CoordinationOverview>('/api/coordination/overview');
    expect(overview.status).toBe(200);
    expect(overview.body.items.map((item) => item.id)).toContain(request.id);
    expect(overview.body.canManage).toBe(false);
    expect((await detail(executive)).body.can).toEqual({
      changeStatus: false,
      assign: false,
      comment: false,
      attach: false,
    });
    const status = await executive.post(`/api/coordination/requests/${request.id}/status`, {
      status: 'done',
      version: request.version,
    });
    expect(status.status).toBe(403);
    expect((await district.get('/api/coordination/overview')).status).toBe(403);
  });
});

describe('the IAO answers', () => {
  it('assigns it to an IAO officer, who is mailed', async () => {
    const assigned = await iao.post<CoordinationRequestDetail>(
      `/api/coordination/requests/${request.id}/assignment`,
      {
        toUnitCode: IAO_UNIT_CODE,
        assigneeId: userId(iaoColleague),
        version: request.version,
      },
    );
    expect(assigned.status).toBe(200);
    request = assigned.body;
    expect(request.assignee?.id).toBe(userId(iaoColleague));
    const mails = (await t.outbox()).filter((mail) => mail.toAddress === emailOf(iaoColleague));
    expect(mails.map((mail) => mail.subject)).toContain(`งานประสานถึงท่าน: ${visit.subject}`);
    const mine = await iaoColleague.get<CoordinationList>('/api/coordination/requests?queue=mine');
    expect(mine.body.items.map((item) => item.id)).toEqual([request.id]);
    expect(mine.body.counts.mine).toBe(1);
  });

  it('refuses a person who does not handle the unit’s requests', async () => {
    const refused = await iao.post<ErrorResponse>(`/api/coordination/requests/${request.id}/assignment`, {
      toUnitCode: IAO_UNIT_CODE,
      assigneeId: userId(other),
      version: request.version,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.[0]?.path).toBe('assigneeId');
  });

  it('refuses a status change made to an older version (409), changing nothing', async () => {
    const stale = await iao.post<ErrorResponse>(`/api/coordination/requests/${request.id}/status`, {
      status: 'in_progress',
      version: request.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
    expect((await detail(iao)).body.status).toBe('received');
  });

  it('comments to the officer (mailed), marks it done, and the officer reads the answer in the history', async () => {
    const comment = await iaoColleague.post<CoordinationRequestDetail>(
      `/api/coordination/requests/${request.id}/comments`,
      { body: 'แปลเสร็จแล้ว แนบร่างหนังสือตอบไว้ให้', addressedTo: userId(district) },
    );
    expect(comment.status).toBe(201);
    const mail = (await t.outbox()).find((sent) => sent.toAddress === emailOf(district));
    expect(mail?.subject).toBe(`ความเห็นถึงท่าน: ${visit.subject}`);
    expect(mail?.textBody).toContain('แปลเสร็จแล้ว');

    const done = await iaoColleague.post<CoordinationRequestDetail>(
      `/api/coordination/requests/${request.id}/status`,
      {
        status: 'done',
        note: 'ส่งร่างหนังสือตอบแล้ว',
        version: comment.body.version,
      },
    );
    expect(done.status).toBe(200);
    const seen = (await detail(district)).body;
    expect(seen.status).toBe('done');
    expect(seen.history.map((event) => event.kind)).toEqual(['opened', 'assigned', 'comment', 'status']);
    expect(seen.history[2]).toMatchObject({
      body: 'แปลเสร็จแล้ว แนบร่างหนังสือตอบไว้ให้',
      addressedTo: { id: userId(district) },
    });
    expect(seen.history[3]).toMatchObject({
      fromStatus: 'received',
      toStatus: 'done',
      by: { id: userId(iaoColleague) },
    });
  });

  it('refuses a move a done request cannot make, and a decline without its reason', async () => {
    const current = (await detail(iao)).body;
    const waiting = await iao.post<ErrorResponse>(`/api/coordination/requests/${request.id}/status`, {
      status: 'waiting',
      version: current.version,
    });
    expect(waiting.status).toBe(409);
    expect(waiting.body.error.code).toBe('status_move_invalid');
    const decline = await iao.post<ErrorResponse>(`/api/coordination/requests/${request.id}/status`, {
      status: 'declined',
      version: current.version,
    });
    expect(decline.status).toBe(400);
    expect(decline.body.error.fields?.[0]?.path).toBe('note');
  });
});

describe('attachments', () => {
  const upload = (client: TestClient, file: File) => {
    const form = new FormData();
    form.set('file', file);
    return client.post<CoordinationFile & ErrorResponse>(
      `/api/coordination/requests/${request.id}/files`,
      form,
    );
  };

  it('keeps a PDF, downloadable by those taking part', async () => {
    const kept = await upload(district, new File([PDF_BYTES], 'หนังสือ.pdf', { type: 'application/pdf' }));
    expect(kept.status).toBe(201);
    expect(kept.body).toMatchObject({ fileName: 'หนังสือ.pdf', mediaType: 'application/pdf' });
    const file = await iao.get(`/api/coordination/requests/${request.id}/files/${kept.body.id}`);
    expect(file.status).toBe(200);
    expect(file.bytes).toEqual(PDF_BYTES);
    expect((await other.get(`/api/coordination/requests/${request.id}/files/${kept.body.id}`)).status).toBe(
      403,
    );
  });

  it('refuses a program named .pdf with the translated message, keeping nothing', async () => {
    const refused = await upload(district, new File([EXE_BYTES], 'แปล.pdf'));
    expect(refused.status).toBe(415);
    expect(refused.body.error.code).toBe('file_type');
    expect((await detail(district)).body.files).toHaveLength(1);
  });
});

describe('reminders', () => {
  it('mails once when the due date nears and once when it has passed', async () => {
    const soon = await iao.post<CoordinationRequestDetail>('/api/coordination/requests', {
      ...visit,
      subject: 'ขอให้เขตพระนครรับคณะดูงาน',
      toUnitCode: DISTRICT,
      dueDate: '2026-11-24',
      urgency: 'can_wait',
      handledBy: 'unit',
    });
    expect(soon.status).toBe(201);
    expect(soon.body.fromUnit?.code).toBe(IAO_UNIT_CODE);
    const mailer = createMailer({
      db: t.db,
      from: 'bia@test.bia.invalid',
      transport: null,
      logger: createLogger('silent'),
    });
    const reminders = createCoordinationReminders({
      db: t.db,
      clock: t.clock,
      mailer,
      publicUrl: TEST_ORIGIN,
    });
    expect((await reminders.sendDue()).reminded).toEqual({ due_soon: 1, overdue: 0 });
    expect((await reminders.sendDue()).reminded).toEqual({ due_soon: 0, overdue: 0 });
    const toDistrict = (await t.outbox()).filter(
      (mail) => mail.toAddress === emailOf(district) && mail.subject.includes('ใกล้ครบกำหนด'),
    );
    expect(toDistrict).toHaveLength(1);

    t.clock.set('2026-11-25T02:00:00Z');
    expect((await reminders.sendDue()).reminded).toEqual({ due_soon: 0, overdue: 1 });
    expect((await reminders.sendDue()).reminded).toEqual({ due_soon: 0, overdue: 0 });
    // Three days on, the sessions of the 22nd have lapsed: the IAO signs in again.
    const later = await t.signInAs('iao_officer');
    const overview = await later.get<CoordinationOverview>('/api/coordination/overview');
    expect(overview.body.items[0]).toMatchObject({ id: soon.body.id, isOverdue: true });
    expect(overview.body.byUnit[0]).toMatchObject({ unit: { code: DISTRICT }, overdue: 1 });
    t.clock.set('2026-11-22T03:00:00Z');
  });
});

describe('figures of the fiscal year', () => {
  it('counts the requests per unit and the median days to done', async () => {
    const figures: CoordinationFigures = await requestFiguresOfYear(t.db, 2570);
    expect(figures.total).toEqual({ opened: 2, done: 1, medianDaysToDone: 0 });
    expect(figures.units.find((unit) => unit.unit.code === DISTRICT)).toMatchObject({
      opened: 1,
      received: 1,
    });
    expect(figures.units.find((unit) => unit.unit.code === IAO_UNIT_CODE)).toMatchObject({
      received: 1,
      done: 1,
    });
    const reader = await t.signInAs('executive');
    const answered = await reader.get<CoordinationFigures>('/api/coordination/figures?fiscalYear=2570');
    expect(answered.status).toBe(200);
    expect(answered.body.total.opened).toBe(2);
    expect(
      (await reader.get<CoordinationFigures>('/api/coordination/figures?fiscalYear=2569')).body.total.opened,
    ).toBe(0);
  });
});

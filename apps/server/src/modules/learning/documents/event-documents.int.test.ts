/**
 * An event's documents over HTTP against real SQL (issue 16): the certificate of attendance for one
 * who checked in — read back from the PDF — and refused to one who did not; the summary report with
 * its units, tests and gains for those who run events; and the attendees given the event in their
 * training records from the event page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  LearningAttemptResult,
  LearningEventDetail,
  LearningEventRoster,
  LearningQuestionBank,
  LearningTestPaper,
  MyTraining,
  TrainingCompetency,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { docxParts, pdfText, withoutSpaces } from '../../../testing/document-files.ts';

// The Social Development Department; 22 November 2026, 10:00 in Bangkok; the seminar's one
// session runs 11:00–13:00 that day.
const UNIT = '24000000';
const NOW = '2026-11-22T03:00:00Z';
const TITLE = 'สัมมนาบทบาทหน่วยงานในประชาคมอาเซียน';

let t: TestApp;
let iao: TestClient;
let attendee: TestClient;
let absentee: TestClient;
let event: LearningEventDetail;

const userIdOf = (client: TestClient) => client.session?.user?.id ?? '';
const certificatePath = (query = '') => `/api/learning/events/${event.id}/certificate.pdf${query}`;

async function createOpenEvent(titleTh: string): Promise<LearningEventDetail> {
  const created = await iao.post<LearningEventDetail>('/api/learning/events', {
    kind: 'seminar',
    titleTh,
    titleEn: 'Seminar on the units’ roles in the ASEAN Community',
    capacity: 10,
    invitedUnitCodes: [UNIT],
    creditHours: 2,
    sessions: [
      { startsAt: '2026-11-22T11:00:00+07:00', endsAt: '2026-11-22T13:00:00+07:00', room: 'ห้องประชุม 1' },
    ],
  });
  expect(created.status).toBe(201);
  const opened = await iao.post<LearningEventDetail>(`/api/learning/events/${created.body.id}/status`, {
    status: 'open',
    version: created.body.version,
  });
  expect(opened.status).toBe(200);
  return opened.body;
}

/** One question in both tests, answered wrong before and right after: a gain of 100%. */
async function takeTests(client: TestClient) {
  const saved = await iao.put<LearningQuestionBank>(`/api/learning/events/${event.id}/question-bank`, {
    version: 0,
    questions: [
      {
        promptTh: 'สมาชิกอาเซียนมีกี่ประเทศ',
        options: [{ th: '5' }, { th: '10' }],
        correctIndex: 1,
        inPre: true,
        inPost: true,
      },
    ],
  });
  expect(saved.status).toBe(200);
  for (const kind of ['pre', 'post'] as const) {
    const bank = (await iao.get<LearningQuestionBank>(`/api/learning/events/${event.id}/question-bank`)).body;
    const test = bank.tests.find((candidate) => candidate.kind === kind);
    const scheduled = await iao.put(`/api/learning/tests/${test?.id}/schedule`, {
      version: test?.version,
      opensOn: '2026-11-22',
      opensAt: '09:00',
      closesOn: '2026-11-22',
      closesAt: '17:00',
      isOpen: true,
    });
    expect(scheduled.status).toBe(200);
    const paper = await client.get<LearningTestPaper>(`/api/learning/tests/${test?.id}/paper`);
    const answers = paper.body.questions.map((question) => ({
      questionId: question.id,
      choice: kind === 'pre' ? 0 : 1,
    }));
    const taken = await client.post<LearningAttemptResult>(`/api/learning/tests/${test?.id}/attempts`, {
      answers,
    });
    expect(taken.status).toBe(201);
  }
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  iao = await t.signInAs('iao_officer');
  attendee = await t.signInAs('liaison_officer', { scopeId: UNIT });
  absentee = await t.signInAs('liaison_officer', { scopeId: UNIT });
  event = await createOpenEvent(TITLE);
  for (const client of [attendee, absentee])
    expect((await client.post(`/api/learning/events/${event.id}/registrations`, {})).status).toBe(201);
  await takeTests(attendee);
  // The attendee scans the session's QR code at 10:45.
  const roster = await iao.get<LearningEventRoster>(`/api/learning/events/${event.id}/roster`);
  const link = new URL(roster.body.checkInLinks[0]?.url ?? '').pathname.replace(
    '/learning/',
    '/api/learning/',
  );
  t.clock.set('2026-11-22T10:45:00+07:00');
  expect((await attendee.post(link, {})).status).toBe(200);
  t.clock.set('2026-11-22T14:00:00+07:00');
  expect(
    (await attendee.post(`/api/learning/events/${event.id}/feedback`, { rating: 5, comments: 'ได้ความรู้มาก' }))
      .status,
  ).toBe(201);
});

afterAll(async () => {
  await t.close();
});

describe('the certificate of attendance', () => {
  it('is given to one who checked in, naming them, their unit, the event and its day in Thai', async () => {
    const answer = await attendee.get(certificatePath());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const text = withoutSpaces(pdfText(answer.bytes));
    for (const expected of [
      'หนังสือรับรองการเข้าร่วมการสัมมนา',
      attendee.session?.user?.displayName ?? '',
      `“${TITLE}”`,
      'เมื่อวันที่ 22 พฤศจิกายน 2569 ณ ห้องประชุม 1',
      'รวมเวลา 2 ชั่วโมง เข้าร่วม 1 จาก 1 ครั้ง',
      'ผู้อำนวยการสำนักงานการต่างประเทศ',
    ])
      expect(text).toContain(withoutSpaces(expected));
    expect(text).toMatch(/สังกัด\S+/);
  });

  it('reads in English when asked', async () => {
    const answer = await attendee.get(certificatePath('?lang=en'));
    expect(answer.status).toBe(200);
    expect(withoutSpaces(pdfText(answer.bytes))).toContain(
      withoutSpaces('Certificate of attendance: seminar'),
    );
  });

  it('is refused, with the reason, to one who registered but never checked in', async () => {
    const refused = await absentee.get<ErrorResponse>(certificatePath());
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('ยังออกหนังสือรับรองไม่ได้');
  });

  it('gives the organisers anyone’s copy, and no one else someone else’s', async () => {
    expect((await iao.get(certificatePath(`?userId=${userIdOf(attendee)}`))).status).toBe(200);
    expect((await absentee.get(certificatePath(`?userId=${userIdOf(attendee)}`))).status).toBe(403);
  });

  it('is not printed for a draft event', async () => {
    const draft = await iao.post<LearningEventDetail>('/api/learning/events', {
      kind: 'workshop',
      titleTh: 'ร่างการประชุมเชิงปฏิบัติการ',
      capacity: 5,
      invitedUnitCodes: [],
      sessions: [{ startsAt: '2026-12-01T09:00:00+07:00', endsAt: '2026-12-01T12:00:00+07:00' }],
    });
    const refused = await iao.get<ErrorResponse>(`/api/learning/events/${draft.body.id}/report.pdf`);
    expect(refused.status).toBe(409);
  });
});

describe('the event’s summary report', () => {
  it('gives the organisers the seats, the unit, the tests with the share reaching 70%, and the feedback', async () => {
    const answer = await iao.get(`/api/learning/events/${event.id}/report.pdf`);
    expect(answer.status).toBe(200);
    const text = withoutSpaces(pdfText(answer.bytes));
    for (const expected of [
      'รายงานสรุปผลการสัมมนา',
      'ผู้ลงทะเบียน 2 คน รอที่นั่ง 0 คน ผู้เข้าร่วมจริง 1 คน',
      'สำนักพัฒนาสังคม',
      'คะแนนเฉลี่ยก่อน 0% หลัง 100% ของคะแนนเต็ม ความก้าวหน้าเฉลี่ย 100%',
      'ผู้มีความรู้เพิ่มขึ้นอย่างน้อยร้อยละ 70 จำนวน 1 จาก 1 คน คิดเป็น 100%',
      'ได้ความรู้มาก',
    ])
      expect(text).toContain(withoutSpaces(expected));
  });

  it('opens in Word with the same title, and is kept from those who do not run events', async () => {
    const docx = await iao.get(`/api/learning/events/${event.id}/report.docx?lang=en`);
    expect(docx.status).toBe(200);
    expect(docxParts(docx.bytes)['word/document.xml']).toContain('Summary report of the seminar');
    expect((await attendee.get(`/api/learning/events/${event.id}/report.pdf`)).status).toBe(403);
  });
});

describe('the attendees’ training records', () => {
  it('gives each attendee — and only them — the event in their record, once however often it is asked', async () => {
    const competencies = (await iao.get<TrainingCompetency[]>('/api/training/competencies')).body;
    const body = { competencyIds: [competencies[0]?.id], hours: 2 };
    const path = `/api/learning/events/${event.id}/training-records`;
    expect((await attendee.post(path, body)).status).toBe(403);
    for (let time = 0; time < 2; time += 1) {
      const recorded = await iao.post<{ recorded: number }>(path, body);
      expect(recorded.status).toBe(200);
      expect(recorded.body.recorded).toBe(1);
    }
    const mine = (await attendee.get<MyTraining>('/api/training/me')).body;
    expect(mine.records.filter((record) => record.title === TITLE)).toHaveLength(1);
    const absent = (await absentee.get<MyTraining>('/api/training/me')).body;
    expect(absent.records.filter((record) => record.title === TITLE)).toHaveLength(0);
  });

  it('refuses, with the reason, while nobody has attended', async () => {
    const later = await createOpenEvent('สัมมนาที่ยังไม่มีผู้เข้าร่วม');
    const competencies = (await iao.get<TrainingCompetency[]>('/api/training/competencies')).body;
    const refused = await iao.post<ErrorResponse>(`/api/learning/events/${later.id}/training-records`, {
      competencyIds: [competencies[0]?.id],
      hours: 2,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('no_attendees');
  });
});

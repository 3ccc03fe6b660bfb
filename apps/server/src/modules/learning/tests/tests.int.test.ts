/**
 * The tests before and after an event over HTTP against real SQL (issue 16, decision 0057): a manager
 * writes the question bank and opens each test; registered participants take the pre-test and the
 * post-test on their phones and are scored at once; the gains (one person improving fully, one getting
 * worse, one at full marks before, one who took nothing) and the event's share at 70%. Refused: a test
 * taken twice, after closing, by someone without a seat; the answers never reach a participant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  LearningAttemptResult,
  LearningMyTests,
  LearningQuestionBank,
  LearningTestPaper,
  LearningTestResults,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { learningEvents, learningRegistrations } from '../learning.schema.ts';

let t: TestApp;
let manager: TestClient;
let alice: TestClient;
let bob: TestClient;
let carol: TestClient;
let gina: TestClient;
let frank: TestClient;
let waitlisted: TestClient;
let stranger: TestClient;
let englishAlice: TestClient;
let eventId: string;
let bank: LearningQuestionBank;

// Q1 and Q2 are in both tests, Q3 only before, Q4 only after: each test has three questions.
const questions = [
  {
    promptTh: 'อาเซียนก่อตั้งปีใด',
    options: [{ th: '2510' }, { th: '2520' }],
    correctIndex: 0,
    inPre: true,
    inPost: true,
  },
  {
    promptTh: 'สมาชิกอาเซียนมีกี่ประเทศ',
    promptEn: 'How many members has ASEAN?',
    options: [
      { th: '5', en: 'five' },
      { th: '10', en: 'ten' },
      { th: '12', en: 'twelve' },
    ],
    correctIndex: 1,
    inPre: true,
    inPost: true,
  },
  {
    promptTh: 'สำนักงานเลขาธิการอาเซียนอยู่ที่ใด',
    options: [{ th: 'กรุงเทพฯ' }, { th: 'มะนิลา' }, { th: 'จาการ์ตา' }],
    correctIndex: 2,
    inPre: true,
    inPost: false,
  },
  {
    promptTh: 'ประชาคมอาเซียนมีกี่เสาหลัก',
    options: [{ th: '3' }, { th: '4' }],
    correctIndex: 0,
    inPre: false,
    inPost: true,
  },
];
const correctByPrompt = new Map(questions.map((question) => [question.promptTh, question.correctIndex]));

const userIdOf = (client: TestClient) => {
  const id = client.session?.user?.id;
  if (!id) throw new Error('not signed in');
  return id;
};
const testOf = (kind: 'pre' | 'post') => {
  const test = bank.tests.find((candidate) => candidate.kind === kind);
  if (!test) throw new Error(`no ${kind}-test`);
  return test;
};

async function paperOf(client: TestClient, kind: 'pre' | 'post') {
  return client.get<LearningTestPaper>(`/api/learning/tests/${testOf(kind).id}/paper`);
}

/** Takes the test getting `rightCount` questions right, in the order shown. */
async function take(client: TestClient, kind: 'pre' | 'post', rightCount: number) {
  const paper = await paperOf(client, kind);
  expect(paper.status).toBe(200);
  const answers = paper.body.questions.map((question, index) => {
    const correct = correctByPrompt.get(question.prompt) ?? 0;
    return {
      questionId: question.id,
      choice: index < rightCount ? correct : (correct + 1) % question.options.length,
    };
  });
  return client.post<LearningAttemptResult>(`/api/learning/tests/${testOf(kind).id}/attempts`, { answers });
}

async function schedule(kind: 'pre' | 'post', times: { opensAt: string; closesAt: string }, isOpen = true) {
  const response = await manager.put<LearningQuestionBank>(
    `/api/learning/tests/${testOf(kind).id}/schedule`,
    {
      version: testOf(kind).version,
      opensOn: '2026-11-22',
      closesOn: '2026-11-22',
      ...times,
      isOpen,
    },
  );
  expect(response.status).toBe(200);
  bank = response.body;
}

beforeAll(async () => {
  // 22 November 2026, 10:00 in Bangkok.
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  manager = await t.signInAs('iao_officer');
  alice = await t.signInAs('liaison_officer', { scopeId: '24000000' });
  bob = await t.signInAs('liaison_officer', { scopeId: '1001' });
  carol = await t.signInAs('strategy_officer');
  gina = await t.signInAs('social_development_officer');
  frank = await t.signInAs('executive');
  waitlisted = await t.signInAs('liaison_officer', { scopeId: '25000000' });
  stranger = await t.signInAs('liaison_officer', { scopeId: '1002' });
  englishAlice = await t.signInAs('liaison_officer', { email: 'english@test.bia.invalid', locale: 'en' });
  const [event] = await t.db
    .insert(learningEvents)
    .values({
      kind: 'seminar',
      titleTh: 'สัมมนาการเตรียมความพร้อมสู่ประชาคมอาเซียน',
      titleEn: 'Getting ready for the ASEAN Community',
      organiserUnitCode: '04160000',
      capacity: 6,
      status: 'open',
      createdBy: userIdOf(manager),
    })
    .returning();
  if (!event) throw new Error('no event');
  eventId = event.id;
  const seat = (client: TestClient, status: 'registered' | 'waitlisted', unitCode: string | null = null) => ({
    eventId,
    userId: userIdOf(client),
    unitCode,
    status,
  });
  await t.db
    .insert(learningRegistrations)
    .values([
      seat(alice, 'registered', '24000000'),
      seat(bob, 'registered', '1001'),
      seat(carol, 'registered'),
      seat(gina, 'registered'),
      seat(frank, 'registered'),
      seat(englishAlice, 'registered'),
      seat(waitlisted, 'waitlisted', '25000000'),
    ]);
});

afterAll(async () => {
  await t.close();
});

describe('the question bank', () => {
  it('is kept by managers only', async () => {
    expect((await alice.get(`/api/learning/events/${eventId}/question-bank`)).status).toBe(403);
    expect(
      (await alice.put(`/api/learning/events/${eventId}/question-bank`, { version: 0, questions })).status,
    ).toBe(403);
    const empty = await manager.get<LearningQuestionBank>(`/api/learning/events/${eventId}/question-bank`);
    expect(empty.body).toMatchObject({ version: 0, questions: [], tests: [] });
  });

  it('refuses a correct answer that is not among the options, naming the field, and saves nothing', async () => {
    const wrong = await manager.put<ErrorResponse>(`/api/learning/events/${eventId}/question-bank`, {
      version: 0,
      questions: [{ ...questions[0], correctIndex: 3 }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields?.[0]).toMatchObject({
      path: 'questions.0.correctIndex',
      message: 'เลือกคำตอบที่ถูกต้องจากตัวเลือกที่มี',
    });
    const tooFew = await manager.put<ErrorResponse>(`/api/learning/events/${eventId}/question-bank`, {
      version: 0,
      questions: [{ ...questions[0], options: [{ th: 'ข้อเดียว' }], correctIndex: 0 }],
    });
    expect(tooFew.status).toBe(400);
    expect(tooFew.body.error.fields?.[0]?.path).toBe('questions.0.options');
    const after = await manager.get<LearningQuestionBank>(`/api/learning/events/${eventId}/question-bank`);
    expect(after.body.version).toBe(0);
  });

  it('saves the questions in order and makes a pre-test and a post-test, both closed', async () => {
    const saved = await manager.put<LearningQuestionBank>(`/api/learning/events/${eventId}/question-bank`, {
      version: 0,
      questions,
    });
    expect(saved.status).toBe(200);
    bank = saved.body;
    expect(bank.version).toBe(1);
    expect(bank.questions.map((question) => question.correctIndex)).toEqual([0, 1, 2, 0]);
    expect(bank.tests.map((test) => [test.kind, test.isOpen, test.availability, test.questionCount])).toEqual(
      [
        ['pre', false, 'closed', 3],
        ['post', false, 'closed', 3],
      ],
    );
    const stale = await manager.put(`/api/learning/events/${eventId}/question-bank`, {
      version: 0,
      questions,
    });
    expect(stale.status).toBe(409);
  });
});

describe('the pre-test', () => {
  it('cannot be taken while a manager has not opened it', async () => {
    const paper = await paperOf(alice, 'pre');
    expect(paper.body).toMatchObject({ questions: [], attempt: null, test: { availability: 'closed' } });
    const refused = await alice.post<ErrorResponse>(`/api/learning/tests/${testOf('pre').id}/attempts`, {
      answers: [],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('แบบทดสอบนี้ปิดแล้ว ส่งคำตอบไม่ได้');
  });

  it('opens at the times a manager sets, in Bangkok time', async () => {
    const reversed = await manager.put<ErrorResponse>(`/api/learning/tests/${testOf('pre').id}/schedule`, {
      version: testOf('pre').version,
      opensOn: '2026-11-22',
      opensAt: '12:00',
      closesOn: '2026-11-22',
      closesAt: '09:00',
      isOpen: true,
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields?.[0]?.path).toBe('closesOn');
    await schedule('pre', { opensAt: '09:00', closesAt: '12:00' });
    expect(testOf('pre')).toMatchObject({
      isOpen: true,
      availability: 'open',
      opensAt: '2026-11-22T02:00:00.000Z',
      closesOn: '2026-11-22',
      closesAtTime: '12:00',
    });
  });

  it('sends a participant the questions in their language but never the correct answers', async () => {
    const paper = await paperOf(alice, 'pre');
    expect(paper.body.eventTitle).toBe('สัมมนาการเตรียมความพร้อมสู่ประชาคมอาเซียน');
    expect(paper.body.questions.map((question) => question.prompt)).toEqual([
      'อาเซียนก่อตั้งปีใด',
      'สมาชิกอาเซียนมีกี่ประเทศ',
      'สำนักงานเลขาธิการอาเซียนอยู่ที่ใด',
    ]);
    const sent = JSON.stringify(paper.body);
    expect(sent).not.toContain('correct');
    expect(sent).not.toContain('inPre');
    const english = await paperOf(englishAlice, 'pre');
    expect(english.body.questions[1]).toMatchObject({
      prompt: 'How many members has ASEAN?',
      options: ['five', 'ten', 'twelve'],
    });
  });

  it('refuses answers with a question left out, naming it', async () => {
    const paper = await paperOf(alice, 'pre');
    const [first] = paper.body.questions;
    const refused = await alice.post<ErrorResponse>(`/api/learning/tests/${testOf('pre').id}/attempts`, {
      answers: [{ questionId: first?.id, choice: 0 }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.map((field) => field.message)).toEqual([
      'ยังไม่ได้ตอบข้อ 2',
      'ยังไม่ได้ตอบข้อ 3',
    ]);
  });

  it('scores each participant at once, and refuses a second attempt', async () => {
    const taken = await take(alice, 'pre', 1);
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ kind: 'pre', score: 1, maxScore: 3 });
    expect((await take(bob, 'pre', 2)).body.score).toBe(2);
    expect((await take(carol, 'pre', 3)).body.score).toBe(3);
    expect((await take(gina, 'pre', 0)).body.score).toBe(0);

    const again = await alice.post<ErrorResponse>(`/api/learning/tests/${testOf('pre').id}/attempts`, {
      answers: [],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('ท่านทำแบบทดสอบนี้ไปแล้ว ทำซ้ำไม่ได้');
    const paper = await paperOf(alice, 'pre');
    expect(paper.body).toMatchObject({ questions: [], attempt: { score: 1, maxScore: 3 } });
  });

  it('refuses someone without a seat: on the waiting list, not registered, or not a staff member', async () => {
    for (const client of [waitlisted, stranger]) {
      const paper = await paperOf(client, 'pre');
      expect(paper.status).toBe(403);
      const refused = await client.post<ErrorResponse>(`/api/learning/tests/${testOf('pre').id}/attempts`, {
        answers: [],
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('ไม่ได้ลงทะเบียน');
    }
    const entrepreneur = await t.signInAs('entrepreneur');
    expect((await paperOf(entrepreneur, 'pre')).status).toBe(403);
  });

  it('locks the question bank once someone has answered', async () => {
    const locked = await manager.put<ErrorResponse>(`/api/learning/events/${eventId}/question-bank`, {
      version: bank.version,
      questions,
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toContain('แก้ไขคลังข้อสอบไม่ได้');
  });

  it('refuses answers after its closing time, translated', async () => {
    t.clock.set('2026-11-22T05:00:00Z'); // 12:00 in Bangkok
    const late = await englishAlice.post<ErrorResponse>(`/api/learning/tests/${testOf('pre').id}/attempts`, {
      answers: [],
    });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toBe('This test is closed; answers can no longer be submitted');
  });
});

describe('the post-test and the gains', () => {
  it('gives each person their gain and the event its share at 70%', async () => {
    await schedule('post', { opensAt: '13:00', closesAt: '16:00' });
    t.clock.set('2026-11-22T07:00:00Z'); // 14:00 in Bangkok
    const post = await paperOf(alice, 'post');
    expect(post.body.questions.map((question) => question.prompt)).toContain('ประชาคมอาเซียนมีกี่เสาหลัก');
    expect((await take(alice, 'post', 3)).body.score).toBe(3); // 1/3 → 3/3: g = 1
    expect((await take(bob, 'post', 1)).body.score).toBe(1); // 2/3 → 1/3: g = −1, got worse
    expect((await take(carol, 'post', 2)).body.score).toBe(2); // full marks before: set apart
    expect((await take(gina, 'post', 2)).body.score).toBe(2); // 0/3 → 2/3: g = 2/3, below 70%
    // Frank took neither test.

    expect((await alice.get(`/api/learning/events/${eventId}/test-results`)).status).toBe(403);
    const results = await manager.get<LearningTestResults>(`/api/learning/events/${eventId}/test-results`);
    expect(results.status).toBe(200);
    const byPerson = new Map(results.body.participants.map((person) => [person.userId, person]));
    expect(byPerson.get(userIdOf(alice))).toMatchObject({
      unitCode: '24000000',
      pre: { score: 1, maxScore: 3 },
      post: { score: 3, maxScore: 3 },
      gainKind: 'gain',
      gain: 1,
      reachedTarget: true,
    });
    expect(byPerson.get(userIdOf(bob))).toMatchObject({ gainKind: 'gain', gain: -1, reachedTarget: false });
    expect(byPerson.get(userIdOf(carol))).toMatchObject({ gainKind: 'top_before', gain: null });
    expect(byPerson.get(userIdOf(gina))?.gain).toBeCloseTo(2 / 3, 10);
    expect(byPerson.get(userIdOf(frank))).toMatchObject({ gainKind: 'no_pre', pre: null, post: null });
    expect(byPerson.has(userIdOf(waitlisted))).toBe(false);
    expect(results.body.target).toBe(0.7);
    expect(results.body.figures).toMatchObject({
      participants: 6,
      withGain: 3,
      topBefore: 1,
      incomplete: 2,
      reachedTarget: 1,
    });
    expect(results.body.figures.shareReached).toBeCloseTo(1 / 3, 10);
    expect(results.body.figures.averageGain).toBeCloseTo((1 - 1 + 2 / 3) / 3, 10);
  });

  it('shows each participant their own scores only', async () => {
    const mine = await alice.get<LearningMyTests>(`/api/learning/events/${eventId}/my-tests`);
    expect(mine.body.isRegistered).toBe(true);
    expect(mine.body.tests.map((entry) => [entry.test.kind, entry.attempt?.score])).toEqual([
      ['pre', 1],
      ['post', 3],
    ]);
    const outsider = await stranger.get<LearningMyTests>(`/api/learning/events/${eventId}/my-tests`);
    expect(outsider.body).toMatchObject({ isRegistered: false });
    expect(outsider.body.tests.every((entry) => entry.attempt === null)).toBe(true);
  });
});

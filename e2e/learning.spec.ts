/**
 * Seminars with measured learning (issue 16): the IAO prepares a seminar with a test before and after;
 * a liaison officer, on a phone in Thai, finds it from the menu, registers, takes the pre-test, checks
 * in with the session's link (what its QR code holds), takes the post-test and downloads the
 * certificate of attendance, whose text the test reads back; the IAO's page of the event (roster, QR
 * codes, tests and gains, documents) passes axe.
 */
import { spawnSync } from 'node:child_process';
import type { APIRequestContext, Page } from '@playwright/test';
import thLearning from '../packages/i18n/locales/th/learning.json' with { type: 'json' };
import thTests from '../packages/i18n/locales/th/learning_tests.json' with { type: 'json' };
import type {
  LearningEventDetail,
  LearningEventRoster,
  LearningQuestionBank,
  SessionInfo,
} from '@bia/contracts';
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  test,
  th,
  uniqueName,
  type CreatedUser,
  bangkokDayAfter,
  signedInPage,
} from './support/fixtures.ts';

const QUESTIONS = [
  { prompt: 'ประชาคมอาเซียนมีกี่เสาหลัก', options: ['2', '3'], correct: 1 },
  { prompt: 'สำนักงานเลขาธิการอาเซียนตั้งอยู่ที่เมืองใด', options: ['กรุงเทพฯ', 'จาการ์ตา'], correct: 1 },
];

/** The IAO's own API session, for preparing what the journey starts from. */
async function apiAs(request: APIRequestContext, user: CreatedUser) {
  const signedIn = await request.post('/api/auth/sign-in', {
    data: { email: user.email, password: user.password },
  });
  expect(signedIn.status()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as SessionInfo;
  const call = async <T>(method: 'post' | 'put' | 'get', path: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(path, {
      method: method.toUpperCase(),
      ...(data === undefined ? {} : { data }),
      headers: { 'x-csrf-token': csrfToken ?? '' },
    });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return call;
}

/** Answers each question of the test page: right, or wrong, as told. */
async function answerTest(page: Page, isRight: boolean) {
  for (const question of QUESTIONS) {
    const group = page.getByRole('group', { name: new RegExp(question.prompt) });
    const choice = question.options[isRight ? question.correct : 1 - question.correct] ?? '';
    await group.getByRole('radio', { name: choice, exact: true }).check();
  }
  await page.getByRole('button', { name: thTests.take.submit }).click();
}

test('a liaison officer takes the pre-test on a phone, checks in, takes the post-test and downloads the certificate', async ({
  browser,
  playwright,
  baseURL,
  users,
}) => {
  test.setTimeout(150_000);
  const iaoUser = await users.create('iao_officer');
  const officerUser = await users.create('liaison_officer');
  const title = uniqueName('สัมมนาการเตรียมหน่วยงานสู่ประชาคมอาเซียน');

  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL ?? '' },
  });
  const iaoApi = await apiAs(request, iaoUser);
  let checkInPath = '';
  let eventId = '';
  await test.step('the IAO prepares a seminar running now, with the same two questions before and after', async () => {
    const now = Date.now();
    const created = await iaoApi<LearningEventDetail>('post', '/api/learning/events', {
      kind: 'seminar',
      titleTh: title,
      capacity: 30,
      invitedUnitCodes: [],
      creditHours: 3,
      sessions: [
        {
          startsAt: new Date(now - 10 * 60_000).toISOString(),
          endsAt: new Date(now + 2 * 60 * 60_000).toISOString(),
          room: 'ห้องประชุมกรุงเทพฯ 1',
        },
      ],
    });
    eventId = created.id;
    await iaoApi('post', `/api/learning/events/${eventId}/status`, {
      status: 'open',
      version: created.version,
    });
    await iaoApi('put', `/api/learning/events/${eventId}/question-bank`, {
      version: 0,
      questions: QUESTIONS.map((question) => ({
        promptTh: question.prompt,
        options: question.options.map((option) => ({ th: option })),
        correctIndex: question.correct,
        inPre: true,
        inPost: true,
      })),
    });
    const bank = await iaoApi<LearningQuestionBank>('get', `/api/learning/events/${eventId}/question-bank`);
    for (const testOfBank of bank.tests)
      await iaoApi('put', `/api/learning/tests/${testOfBank.id}/schedule`, {
        version: testOfBank.version,
        opensOn: bangkokDayAfter(0),
        opensAt: '00:00',
        closesOn: bangkokDayAfter(0),
        closesAt: '23:59',
        isOpen: true,
      });
    const roster = await iaoApi<LearningEventRoster>('get', `/api/learning/events/${eventId}/roster`);
    checkInPath = new URL(roster.checkInLinks[0]?.url ?? '').pathname;
  });

  const officer = await signedInPage(browser, officerUser, { width: 390, height: 844 });
  await test.step('the officer finds the seminar from the menu on a phone and registers', async () => {
    await officer.getByRole('button', { name: th.frame.nav.menu, exact: true }).click();
    await officer
      .getByRole('navigation', { name: th.frame.nav.main })
      .getByRole('link', { name: thLearning.nav.events, exact: true })
      .click();
    await officer.getByRole('link', { name: title }).click();
    await expect(officer.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await officer.getByRole('button', { name: thLearning.event.register, exact: true }).click();
    await expect(officer.getByRole('button', { name: thLearning.event.cancel_registration })).toBeVisible();
    await expectNoAccessibilityViolations(officer);
  });

  await test.step('takes the pre-test, getting both questions wrong, and sees the score at once', async () => {
    await officer.getByRole('link', { name: thTests.mine.take_pre }).click();
    await expect(officer.getByRole('heading', { level: 1, name: thTests.take.title_pre })).toBeVisible();
    await expectNoAccessibilityViolations(officer);
    await answerTest(officer, false);
    await expect(officer.getByText(fill(thTests.take.score, { score: 0, max: 2 }))).toBeVisible();
  });

  await test.step('checks in with the session’s link, as its QR code opens it', async () => {
    await officer.goto(checkInPath);
    await expect(officer.getByText(thLearning.check_in.done)).toBeVisible();
    await expectNoAccessibilityViolations(officer);
    await officer.getByRole('link', { name: thLearning.check_in.to_event }).click();
    await expect(officer.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  await test.step('takes the post-test, getting both right', async () => {
    await officer.getByRole('link', { name: thTests.mine.take_post }).click();
    await answerTest(officer, true);
    await expect(officer.getByText(fill(thTests.take.score, { score: 2, max: 2 }))).toBeVisible();
  });

  await test.step('downloads the certificate of attendance, which names the officer and the seminar', async () => {
    await officer.goto(`/learning/events/${eventId}`);
    const documents = officer.getByRole('region', { name: thLearning.documents.heading });
    const downloading = officer.waitForEvent('download');
    await documents.getByRole('link', { name: thLearning.documents.certificate_th }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^certificate-.*-th\.pdf$/);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    const flat = text.stdout.replace(/\s+/g, '');
    expect(flat).toContain('หนังสือรับรองการเข้าร่วมการสัมมนา');
    expect(flat).toContain(officerUser.displayName.replace(/\s+/g, ''));
    expect(flat).toContain(title.replace(/\s+/g, ''));
    expect(flat).toContain('รวมเวลา3ชั่วโมงเข้าร่วม1จาก1ครั้ง');
  });

  const iao = await signedInPage(browser, iaoUser, { width: 1280, height: 900 });
  await test.step('the IAO’s page of the event shows the gain and passes axe', async () => {
    await iao.goto(`/learning/events/${eventId}`);
    await expect(iao.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(iao.getByRole('region', { name: thLearning.documents.heading })).toBeVisible();
    await expectNoAccessibilityViolations(iao);
  });
  await request.dispose();
});

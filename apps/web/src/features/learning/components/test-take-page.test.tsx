import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LearningTestPaper, LearningTestSummary } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { TestTakePage } from './test-take-page.tsx';

const text = catalogues.th.learning_tests;
const TEST_ID = '5a0e4b8e-1d2c-4e3f-9a7b-000000000001';

function testSummary(overrides: Partial<LearningTestSummary> = {}): LearningTestSummary {
  return {
    id: TEST_ID,
    eventId: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000e1',
    kind: 'pre',
    opensAt: '2026-11-22T02:00:00.000Z',
    closesAt: '2026-11-22T05:00:00.000Z',
    opensOn: '2026-11-22',
    opensAtTime: '09:00',
    closesOn: '2026-11-22',
    closesAtTime: '12:00',
    isOpen: true,
    availability: 'open',
    questionCount: 2,
    attemptCount: 0,
    version: 2,
    ...overrides,
  };
}

function paper(overrides: Partial<LearningTestPaper> = {}): LearningTestPaper {
  return {
    test: testSummary(),
    eventTitle: 'สัมมนาการเตรียมความพร้อมสู่ประชาคมอาเซียน',
    questions: [
      { id: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000q1', prompt: 'อาเซียนก่อตั้งปีใด', options: ['2510', '2520'] },
      {
        id: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000q2',
        prompt: 'สมาชิกอาเซียนมีกี่ประเทศ',
        options: ['5', '10', '12'],
      },
    ],
    attempt: null,
    ...overrides,
  };
}

function openTestPage(answer: LearningTestPaper, onSubmit: (body: unknown) => Response) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === `/api/learning/tests/${TEST_ID}/paper`)
      return json(answer);
    if (request.method === 'POST' && request.path === `/api/learning/tests/${TEST_ID}/attempts`)
      return onSubmit(request.body);
    return undefined;
  });
  renderWithApp(
    <SignedInWith permissions={['learning:attend']}>
      <MemoryRouter initialEntries={[`/learning/tests/${TEST_ID}`]}>
        <Routes>
          <Route path="/learning/tests/:testId" element={<TestTakePage />} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

const submitted = {
  testId: TEST_ID,
  kind: 'pre',
  score: 1,
  maxScore: 2,
  submittedAt: '2026-11-22T03:10:00.000Z',
};

describe('taking a test on a phone', () => {
  it('asks every question with one choice each, names any left out, then submits all at once and shows the score', async () => {
    openTestPage(paper(), () => json(submitted, 201));
    expect(await screen.findByRole('heading', { level: 1, name: text.take.title_pre })).toBeTruthy();
    const first = screen.getByRole('group', { name: /ข้อ 1\. อาเซียนก่อตั้งปีใด/ });
    await userEvent.click(within(first).getByRole('radio', { name: '2510' }));

    await userEvent.click(screen.getByRole('button', { name: text.take.submit }));
    expect(screen.getByRole('alert').textContent).toBe('ยังไม่ได้ตอบข้อ 2');
    expect(sentRequests().filter((request) => request.method === 'POST')).toEqual([]);

    const second = screen.getByRole('group', { name: /ข้อ 2\. สมาชิกอาเซียนมีกี่ประเทศ/ });
    await userEvent.click(within(second).getByRole('radio', { name: '12' }));
    await userEvent.click(screen.getByRole('button', { name: text.take.submit }));

    expect(await screen.findByText('คะแนนของท่าน 1 จาก 2')).toBeTruthy();
    const posted = sentRequests().filter((request) => request.method === 'POST');
    expect(posted.map((request) => request.body)).toEqual([
      {
        answers: [
          { questionId: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000q1', choice: 0 },
          { questionId: '5a0e4b8e-1d2c-4e3f-9a7b-0000000000q2', choice: 2 },
        ],
      },
    ]);
  });

  it('says so when the test was taken already (the server refuses a second attempt)', async () => {
    openTestPage(paper(), () => apiError(409, 'already_taken', 'ท่านทำแบบทดสอบนี้ไปแล้ว ทำซ้ำไม่ได้'));
    for (const group of await screen.findAllByRole('group'))
      await userEvent.click(within(group).getAllByRole('radio')[0] as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: text.take.submit }));
    expect((await screen.findByRole('alert')).textContent).toBe('ท่านทำแบบทดสอบนี้ไปแล้ว ทำซ้ำไม่ได้');
  });

  it('shows one’s score instead of the questions once taken, and no questions when closed', async () => {
    openTestPage(paper({ questions: [], attempt: { ...submitted, kind: 'pre' } }), () => json({}, 500));
    expect(await screen.findByText('คะแนนของท่าน 1 จาก 2')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('says a closed test is closed', async () => {
    openTestPage(paper({ questions: [], test: testSummary({ isOpen: false, availability: 'closed' }) }), () =>
      json({}, 500),
    );
    expect(await screen.findByText(text.take.closed)).toBeTruthy();
    expect(screen.queryByRole('button', { name: text.take.submit })).toBeNull();
  });
});

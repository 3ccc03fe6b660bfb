import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LearningQuestionBank, LearningTestResults } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { EventTestsSection } from './event-tests-section.tsx';

const text = catalogues.th.learning_tests;
const EVENT_ID = '5a0e4b8e-1d2c-4e3f-9a7b-0000000000e1';
const emptyBank: LearningQuestionBank = {
  eventId: EVENT_ID,
  version: 0,
  isLocked: false,
  questions: [],
  tests: [],
};

const results: LearningTestResults = {
  eventId: EVENT_ID,
  target: 0.7,
  participants: [
    {
      userId: '5a0e4b8e-1d2c-4e3f-9a7b-00000000000a',
      name: 'สมศรี ใจดี',
      unitCode: '24000000',
      unitName: 'สำนักวัฒนธรรม กีฬา และการท่องเที่ยว',
      pre: { score: 1, maxScore: 3 },
      post: { score: 3, maxScore: 3 },
      gainKind: 'gain',
      gain: 1,
      reachedTarget: true,
    },
    {
      userId: '5a0e4b8e-1d2c-4e3f-9a7b-00000000000c',
      name: 'สมชาย รู้มาก',
      unitCode: null,
      unitName: null,
      pre: { score: 3, maxScore: 3 },
      post: { score: 2, maxScore: 3 },
      gainKind: 'top_before',
      gain: null,
      reachedTarget: false,
    },
  ],
  figures: {
    participants: 4,
    withGain: 3,
    topBefore: 1,
    incomplete: 0,
    reachedTarget: 1,
    averageGain: 2 / 9,
    shareReached: 1 / 3,
  },
};

function openSection(bank: LearningQuestionBank = emptyBank) {
  answerWith((request) => {
    if (request.path === `/api/learning/events/${EVENT_ID}/my-tests`)
      return json({ isRegistered: false, tests: [] });
    if (request.path === `/api/learning/events/${EVENT_ID}/test-results`) return json(results);
    if (request.method === 'GET' && request.path === `/api/learning/events/${EVENT_ID}/question-bank`)
      return json(bank);
    if (request.method === 'PUT' && request.path === `/api/learning/events/${EVENT_ID}/question-bank`)
      return json({ ...bank, version: 1 });
    return undefined;
  });
  renderWithApp(
    <SignedInWith permissions={['learning:manage', 'learning:attend']}>
      <MemoryRouter>
        <EventTestsSection eventId={EVENT_ID} canManage />
      </MemoryRouter>
    </SignedInWith>,
  );
}

describe('the question bank editor', () => {
  it('writes a question with its options and the one correct answer, and saves the bank whole', async () => {
    openSection();
    await userEvent.click(await screen.findByRole('button', { name: text.bank.add_question }));
    const question = screen.getByRole('group', { name: 'ข้อ 1' });
    await userEvent.type(within(question).getByLabelText(/คำถาม \(ภาษาไทย\)/), 'อาเซียนมีสมาชิกกี่ประเทศ');
    await userEvent.type(within(question).getByLabelText(/ตัวเลือก 1 ของข้อ 1 \(ภาษาไทย\)/), '5');
    await userEvent.type(within(question).getByLabelText(/ตัวเลือก 2 ของข้อ 1 \(ภาษาไทย\)/), '10');
    await userEvent.click(within(question).getByRole('button', { name: 'เพิ่มตัวเลือกของข้อ 1' }));
    await userEvent.type(within(question).getByLabelText(/ตัวเลือก 3 ของข้อ 1 \(ภาษาไทย\)/), '12');

    // No correct answer chosen yet: refused in the browser, at the question.
    await userEvent.click(screen.getByRole('button', { name: text.bank.save }));
    expect(await within(question).findByText('เลือกคำตอบที่ถูกต้องจากตัวเลือกที่มี')).toBeTruthy();
    expect(sentRequests().filter((request) => request.method === 'PUT')).toEqual([]);

    await userEvent.click(within(question).getByRole('radio', { name: 'ตัวเลือก 2 ถูกต้อง' }));
    await userEvent.click(within(question).getByRole('checkbox', { name: text.bank.in_post }));
    await userEvent.click(screen.getByRole('button', { name: text.bank.save }));

    expect(await screen.findByText(text.section.save_first)).toBeTruthy();
    const [put] = sentRequests().filter((request) => request.method === 'PUT');
    expect(put?.body).toEqual({
      version: 0,
      questions: [
        {
          promptTh: 'อาเซียนมีสมาชิกกี่ประเทศ',
          options: [{ th: '5' }, { th: '10' }, { th: '12' }],
          correctIndex: 1,
          inPre: true,
          inPost: false,
        },
      ],
    });
  });

  it('shows each person’s gain and the event’s share at 70% with its formula', async () => {
    openSection();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['สำนักวัฒนธรรม กีฬา และการท่องเที่ยว', '1/3', '3/3', '100%', 'ถึง']);
    expect(within(rows[2] as HTMLElement).getAllByRole('cell')[3]?.textContent).toBe(text.results.top_before);
    expect(screen.getByText(text.results.gain_formula)).toBeTruthy();
    expect(screen.getByText('1 ÷ 3 = 33.3%')).toBeTruthy();
  });
});

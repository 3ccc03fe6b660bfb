import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { OwnFollowUpRoundList } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { BUSINESS_ID, ROUND_ID } from '../utils/form-factory.ts';
import type { OwnRound } from '../utils/own-rounds.ts';
import { MyFollowUpPage, MyFollowUpWaitingNote } from './my-follow-up-page.tsx';

const text = catalogues.th.follow_up.my_forms;
const EARLIER_ROUND_ID = '3c1d2e4f-0000-4000-8000-000000000002';
const OLDEST_ROUND_ID = '3c1d2e4f-0000-4000-8000-000000000003';

/** A round that asked the chili kitchen: October 2026 – March 2027, open, not answered, unless said. */
function buildOwnRound(overrides: Partial<OwnRound> & { round?: Partial<OwnRound['round']> } = {}): OwnRound {
  const { round, ...rest } = overrides;
  return {
    round: {
      id: ROUND_ID,
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      deadline: '2027-04-26',
      status: 'open',
      ...round,
    },
    business: { id: BUSINESS_ID, name: 'ครัวน้ำพริกแม่ศรี' },
    answer: null,
    reportedCounts: { contacts: 0, orders: 0 },
    ...rest,
  };
}

/** A closed round of April – September 2026 the business answered with two contacts and an order. */
const answeredRound = buildOwnRound({
  round: {
    id: EARLIER_ROUND_ID,
    periodStart: '2026-04-01',
    periodEnd: '2026-09-30',
    deadline: '2026-10-26',
    status: 'closed',
  },
  answer: { answer: 'reported', answeredAt: '2026-10-10T03:00:00.000Z', answeredAs: 'entrepreneur' },
  reportedCounts: { contacts: 2, orders: 1 },
});

function openPage(items: OwnRound[], locale: 'th' | 'en' = 'th') {
  answerWith((request) =>
    request.method === 'GET' && request.path === '/api/my-follow-up-rounds'
      ? json({ items } satisfies OwnFollowUpRoundList)
      : undefined,
  );
  renderWithApp(
    <MemoryRouter initialEntries={['/follow-up']}>
      <MyFollowUpPage />
    </MemoryRouter>,
    { locale },
  );
}

/** The card of a round, found by its name. */
async function cardOf(name: string) {
  const card = (await screen.findByRole('heading', { name })).closest('li');
  if (!card) throw new Error(`no card for ${name}`);
  return card;
}

describe("an entrepreneur's own follow-up forms", () => {
  it('offers the open round not yet answered first, with "Answer now" to its form for the business', async () => {
    // The server lists the latest period first; the one waiting comes first whatever its period.
    openPage([answeredRound, buildOwnRound()]);

    expect(await screen.findByText('มีแบบติดตามผลรอคุณตอบ 1 แบบ')).toBeDefined();
    const list = screen.getByRole('list', { name: text.list_heading });
    expect(
      within(list)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['รอบ 1 ตุลาคม 2569 – 31 มีนาคม 2570', 'รอบ 1 เมษายน 2569 – 30 กันยายน 2569']);
    const waiting = await cardOf('รอบ 1 ตุลาคม 2569 – 31 มีนาคม 2570');
    expect(within(waiting).getByText('เปิดอยู่')).toBeDefined();
    expect(within(waiting).getByText('กำหนดตอบภายใน 26 เมษายน 2570')).toBeDefined();
    expect(within(waiting).getByText(text.not_answered)).toBeDefined();
    const answerNow = within(waiting).getByRole('link', { name: text.answer_now });
    expect(answerNow.getAttribute('href')).toBe(`/follow-up/${ROUND_ID}?business=${BUSINESS_ID}`);
  });

  it('says what an answered round reported, offers the answer to read, and no "Answer now"', async () => {
    openPage([answeredRound]);

    const answered = await cardOf('รอบ 1 เมษายน 2569 – 30 กันยายน 2569');
    expect(within(answered).getByText('ปิดแล้ว')).toBeDefined();
    expect(
      within(answered).getByText('ตอบแล้วเมื่อ 10 ตุลาคม 2569: การติดต่อ 2 ครั้ง คำสั่งซื้อ 1 รายการ'),
    ).toBeDefined();
    expect(within(answered).queryByRole('link', { name: text.answer_now })).toBeNull();
    expect(within(answered).getByRole('link', { name: text.see_answer }).getAttribute('href')).toBe(
      `/follow-up/${EARLIER_ROUND_ID}?business=${BUSINESS_ID}`,
    );
    // Nothing waits: the header does not say so.
    expect(screen.queryByText(/รอคุณตอบ/)).toBeNull();
  });

  it('says "nothing new" with who entered it, and a closed round never answered says so', async () => {
    openPage([
      buildOwnRound({
        answer: { answer: 'nothing_new', answeredAt: '2027-04-20T03:00:00.000Z', answeredAs: 'staff' },
      }),
      buildOwnRound({
        round: {
          id: OLDEST_ROUND_ID,
          periodStart: '2025-10-01',
          periodEnd: '2026-03-31',
          deadline: '2026-04-26',
          status: 'closed',
        },
      }),
    ]);

    const nothingNew = await cardOf('รอบ 1 ตุลาคม 2569 – 31 มีนาคม 2570');
    expect(within(nothingNew).getByText('ตอบแล้วเมื่อ 20 เมษายน 2570: ไม่มีข้อมูลใหม่')).toBeDefined();
    expect(within(nothingNew).getByText(/ตอบโดย: เจ้าหน้าที่บันทึกแทน/)).toBeDefined();
    const missed = await cardOf('รอบ 1 ตุลาคม 2568 – 31 มีนาคม 2569');
    expect(within(missed).getByText(text.not_answered_closed)).toBeDefined();
    expect(within(missed).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('link', { name: text.answer_now })).toBeNull();
  });

  it('counts contacts and orders in English, one and many', async () => {
    openPage([{ ...answeredRound, reportedCounts: { contacts: 1, orders: 3 } }], 'en');

    expect(await screen.findByText('Answered on 10 October 2026: 1 contact, 3 orders')).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'My follow-up forms' })).toBeDefined();
  });

  it('without any round, says so and points to My deals, where contacts and orders are recorded any time', async () => {
    openPage([]);

    expect(await screen.findByText(text.empty)).toBeDefined();
    expect(screen.getByText(text.empty_deals)).toBeDefined();
    expect(screen.getByRole('link', { name: text.to_deals }).getAttribute('href')).toBe('/deals');
    expect(screen.queryByRole('list', { name: text.list_heading })).toBeNull();
  });
});

describe("the home page's note of the forms waiting", () => {
  /** The note, beside the page that reads the same answer (so that a test knows when it has come). */
  function renderNote(items: OwnRound[]) {
    answerWith((request) =>
      request.path === '/api/my-follow-up-rounds'
        ? json({ items } satisfies OwnFollowUpRoundList)
        : undefined,
    );
    renderWithApp(
      <MemoryRouter>
        <section aria-label="note">
          <MyFollowUpWaitingNote />
        </section>
        <MyFollowUpPage />
      </MemoryRouter>,
      { locale: 'en' },
    );
  }

  it('says how many forms wait for an answer', async () => {
    renderNote([buildOwnRound(), answeredRound]);
    const note = await screen.findByRole('region', { name: 'note' });
    expect(await within(note).findByText('1 form waiting for your answer')).toBeDefined();
  });

  it('says nothing when every open round is answered', async () => {
    renderNote([answeredRound]);
    expect(await screen.findByText(/^Answered on 10 October 2026/)).toBeDefined();
    expect(screen.getByRole('region', { name: 'note' }).textContent).toBe('');
  });
});

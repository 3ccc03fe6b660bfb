import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import {
  buildItemDetail,
  buildMyItem,
  buildRound,
  buildSubmission,
  CULTURE,
} from '../../../testing/strategy-reporting-factory.ts';
import { MyItemsPage } from './my-items-page.tsx';

const text = catalogues.th.strategy_reporting;
const name = (words: string) => ({ text: words, lang: 'th' as const, isTranslation: false });

describe('what my unit must report', () => {
  it('lists what waits first — not begun, returned with the reviewer’s comment, a draft — then what is submitted or accepted', async () => {
    const returned = buildMyItem({
      code: '2.3.1',
      name: name('ร้อยละของหน่วยงานที่มีผู้ประสานงานด้านการต่างประเทศ'),
      submissionStatus: 'returned',
      submissionVersion: 2,
    });
    const items = [
      buildMyItem({ code: '1.2.1', name: name('รายการที่รับรองแล้ว'), submissionStatus: 'accepted' }),
      buildMyItem({ code: '1.3.1', name: name('รายการที่ส่งแล้ว'), submissionStatus: 'submitted' }),
      buildMyItem({ code: '3.1.1', name: name('รายการที่บันทึกร่าง'), submissionStatus: 'draft' }),
      returned,
      buildMyItem({
        code: '3.2.1',
        name: name('รายการที่ยังไม่เริ่ม'),
        role: 'supporting',
        leadUnit: { code: '04160000', name: 'สำนักงานการต่างประเทศ' },
        supportingUnits: [CULTURE],
      }),
    ];
    answerWith((request) => {
      if (request.path === '/api/strategy/my-items') return json({ items });
      if (request.path === `/api/strategy/round-items/${returned.id}`)
        return json(
          buildItemDetail({
            submissions: [
              buildSubmission({
                unit: CULTURE,
                status: 'returned',
                version: 2,
                reviews: [
                  {
                    action: 'returned',
                    comment: 'กรุณาแนบรายชื่อหน่วยงานที่แต่งตั้งผู้ประสานงานแล้ว',
                    by: 'นางสาวผู้ตรวจ ทดสอบ',
                    at: '2027-04-10T03:00:00.000Z',
                    previous: null,
                  },
                ],
              }),
            ],
          }),
        );
      return undefined;
    });
    renderWithApp(
      <MemoryRouter>
        <MyItemsPage />
      </MemoryRouter>,
    );

    const waiting = await screen.findByRole('region', { name: text.my_items.waiting_heading });
    const waitingTitles = within(waiting)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(waitingTitles).toEqual([
      'ตัวชี้วัด 3.2.1 รายการที่ยังไม่เริ่ม',
      'ตัวชี้วัด 2.3.1 ร้อยละของหน่วยงานที่มีผู้ประสานงานด้านการต่างประเทศ',
      'ตัวชี้วัด 3.1.1 รายการที่บันทึกร่าง',
    ]);
    const done = screen.getByRole('region', { name: text.my_items.done_heading });
    expect(
      within(done)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['ตัวชี้วัด 1.3.1 รายการที่ส่งแล้ว', 'ตัวชี้วัด 1.2.1 รายการที่รับรองแล้ว']);
    expect(screen.getByText(text.my_items.waiting_count_other.replace('{{count}}', '3'))).toBeTruthy();

    // The returned item carries the reviewer's comment, and says who returned it.
    const returnedCard = within(waiting).getAllByRole('listitem')[1] as HTMLElement;
    expect(await within(returnedCard).findByText('กรุณาแนบรายชื่อหน่วยงานที่แต่งตั้งผู้ประสานงานแล้ว')).toBeTruthy();
    expect(returnedCard.textContent).toContain('นางสาวผู้ตรวจ ทดสอบ');
    expect(returnedCard.textContent).toContain(text.status.returned);

    // Each says its role and its deadline, and leads to its item's page.
    const firstCard = within(waiting).getAllByRole('listitem')[0] as HTMLElement;
    expect(firstCard.textContent).toContain(text.role.supporting);
    expect(firstCard.textContent).toContain('กำหนดส่ง 30 เมษายน 2570');
    expect(within(firstCard).getByRole('link', { name: text.my_items.report }).getAttribute('href')).toBe(
      `/strategy/round-items/${items[4]?.id}`,
    );
    expect(within(done).getAllByRole('link', { name: text.my_items.see_report })).toHaveLength(2);
  });

  it('says how many days are left before the deadline, or how long it is overdue', async () => {
    answerWith((request) =>
      request.path === '/api/strategy/my-items'
        ? json({
            items: [
              buildMyItem({ code: '1.1.1', round: buildRound({ deadline: '2027-05-05', daysLeft: 5 }) }),
              buildMyItem({
                code: '1.2.1',
                round: buildRound({
                  id: '8c0d3e1a-2b4f-4a6c-8d9e-0f1a2b3c4d5e',
                  deadline: '2027-04-28',
                  daysLeft: -2,
                }),
              }),
              buildMyItem({ code: '1.3.1', round: buildRound({ deadline: '2027-04-30', daysLeft: 0 }) }),
            ],
          })
        : undefined,
    );
    renderWithApp(
      <MemoryRouter>
        <MyItemsPage />
      </MemoryRouter>,
    );
    const cards = within(
      await screen.findByRole('region', { name: text.my_items.waiting_heading }),
    ).getAllByRole('listitem');
    // The earliest deadline first.
    expect(cards.map((card) => card.querySelector('h3')?.textContent)).toEqual([
      'ตัวชี้วัด 1.2.1 ตัวชี้วัดทดสอบ',
      'ตัวชี้วัด 1.3.1 ตัวชี้วัดทดสอบ',
      'ตัวชี้วัด 1.1.1 ตัวชี้วัดทดสอบ',
    ]);
    expect(cards[0]?.textContent).toContain(text.deadline.overdue_other.replace('{{count}}', '2'));
    expect(cards[1]?.textContent).toContain(text.deadline.today);
    expect(cards[2]?.textContent).toContain(text.deadline.days_left_other.replace('{{count}}', '5'));
  });

  it('says when the unit has nothing to report', async () => {
    answerWith((request) => (request.path === '/api/strategy/my-items' ? json({ items: [] }) : undefined));
    renderWithApp(
      <MemoryRouter>
        <MyItemsPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText(text.my_items.empty)).toBeTruthy();
  });
});

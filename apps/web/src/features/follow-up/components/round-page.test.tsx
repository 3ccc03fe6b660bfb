import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { FollowUpRoundDefaults, FollowUpRoundDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import {
  buildRoundDetail,
  BUSINESS_ID,
  PASTE_ID,
  RICE_ID,
  ROUND_ID,
  SEOUL_ID,
  TEA_ID,
} from '../utils/form-factory.ts';
import { FollowUpRoundPage } from './round-page.tsx';
import { FollowUpRoundsPage } from './rounds-page.tsx';

const th = catalogues.th;
const text = th.follow_up;
const ROUND = `/api/follow-up-rounds/${ROUND_ID}`;

/** The round's page; the server answers `round`, and after a close what `closed` gives. */
function openRoundPage(round: FollowUpRoundDetail, closed?: FollowUpRoundDetail) {
  let current = round;
  answerWith((request) => {
    if (request.method === 'GET' && request.path === ROUND) return json(current);
    if (request.method === 'POST' && request.path === `${ROUND}/close` && closed) {
      current = closed;
      return json(closed);
    }
    return undefined;
  });
  renderWithApp(
    <MemoryRouter initialEntries={[`/outcomes/rounds/${ROUND_ID}`]}>
      <Routes>
        <Route path="/outcomes/rounds/:id" element={<FollowUpRoundPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The row of a business in the wide table. */
async function rowOf(name: string) {
  const table = await screen.findByRole('table', { name: text.round.businesses });
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('a round live, for Social Development', () => {
  it('shows who answered and how, who not with the reminders sent, and offers to enter on their behalf', async () => {
    openRoundPage(buildRoundDetail());

    const rice = await rowOf('โรงสีข้าวหอม');
    expect(within(rice).getByText(text.round.not_answered)).toBeDefined();
    expect(within(rice).getByText(/7 วันก่อนกำหนด \(19 เมษายน 2570\)/)).toBeDefined();
    expect(within(rice).getByRole('link', { name: 'บันทึกแทน โรงสีข้าวหอม' }).getAttribute('href')).toBe(
      `/follow-up/${ROUND_ID}?business=${RICE_ID}`,
    );
    const chili = await rowOf('ครัวน้ำพริกแม่ศรี');
    expect(within(chili).getByText(/ผู้ประกอบการตอบเอง \(เข้าสู่ระบบ\) \(ศรี ใจดี\)/)).toBeDefined();
    expect(within(chili).queryByRole('link')).toBeNull();
    expect(within(await rowOf('ชาไทยบ้านสวน')).getByText(/ผู้ประกอบการตอบผ่านลิงก์ในอีเมล/)).toBeDefined();
    // The provisional figures: the order in baht at the round's rate.
    expect(screen.getByRole('heading', { name: text.figures.provisional })).toBeDefined();
    const orders = screen.getByRole('table', { name: text.figures.orders_caption });
    expect(within(orders).getByText('6,900')).toBeDefined();
    // The workbook and the report, in Thai and in English.
    expect(
      screen
        .getAllByRole('link', { name: text.round.document_xlsx })
        .map((link) => link.getAttribute('href')),
    ).toEqual([`${ROUND}/export.xlsx?lang=th`, `${ROUND}/export.xlsx?lang=en`]);
  });

  it('closes the round at the version shown, after saying how many have not answered', async () => {
    const closed = buildRoundDetail({
      status: 'closed',
      version: 2,
      closedAt: '2027-04-28T03:00:00.000Z',
    });
    openRoundPage(buildRoundDetail({ version: 1 }), {
      ...closed,
      figures: { ...closed.figures, frozen: closed.figures.current },
    });

    await userEvent.click(await screen.findByRole('button', { name: text.round.close }));
    expect(screen.getByText(/ยังมีผู้ประกอบการที่ไม่ได้ตอบ 1 ราย/)).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: text.round.close_yes }));

    await waitFor(() => expect(sentChanges()).toEqual([expect.objectContaining({ body: { version: 1 } })]));
    expect(await screen.findByRole('heading', { name: text.figures.frozen })).toBeDefined();
    expect(screen.getByRole('heading', { name: text.figures.now_amended })).toBeDefined();
    expect(screen.queryByRole('link', { name: /^บันทึกแทน/ })).toBeNull();
  });

  it('shows a closed round’s frozen figures beside the figures now, and the amendment made since', async () => {
    const round = buildRoundDetail({ status: 'closed', closedAt: '2027-04-28T03:00:00.000Z' });
    const amended = structuredClone(round.figures.current);
    const order = amended.orders[0];
    if (order) Object.assign(order, { quantity: 100, valueBaht: 5750 });
    openRoundPage({
      ...round,
      figures: {
        frozen: round.figures.current,
        current: amended,
        amendments: [
          {
            dealId: '0d1e2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
            entryId: '0d1e2a3b-4c5d-4e6f-8a7b-000000000002',
            amendsEntryId: '0d1e2a3b-4c5d-4e6f-8a7b-000000000001',
            kind: 'order',
            occurredOn: '2027-02-10',
            business: { id: BUSINESS_ID, name: 'ครัวน้ำพริกแม่ศรี' },
            buyerName: 'Lee Ji-ho',
            recordedAt: '2027-05-02T03:00:00.000Z',
          },
        ],
      },
    });

    const frozen = (await screen.findByRole('heading', { name: text.figures.frozen })).closest('section');
    const now = screen.getByRole('heading', { name: text.figures.now_amended }).closest('section');
    expect(within(frozen as HTMLElement).getByText('120 กระปุก')).toBeDefined();
    expect(within(now as HTMLElement).getByText('100 กระปุก')).toBeDefined();
    expect(
      screen.getByRole('link', { name: /ครัวน้ำพริกแม่ศรี กับ Lee Ji-ho: แก้ไขรายการวันที่ 10 กุมภาพันธ์ 2570/ }),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: text.round.close })).toBeNull();
  });
});

describe('opening a round', () => {
  const defaults: FollowUpRoundDefaults = {
    periodStart: '2026-10-01',
    periodEnd: '2027-03-31',
    deadline: '2027-04-26',
    fiscalYears: [2569, 2570],
    businesses: [
      {
        business: { id: BUSINESS_ID, name: 'ครัวน้ำพริกแม่ศรี' },
        sessions: [{ id: SEOUL_ID, title: 'Bangkok Brand × ผู้ซื้อโซล', heldOn: '2026-12-14' }],
        isReachable: true,
        accountCount: 1,
      },
      {
        business: { id: TEA_ID, name: 'ชาไทยบ้านสวน' },
        sessions: [{ id: PASTE_ID, title: 'Bangkok Brand × ผู้ซื้อโซล', heldOn: '2026-12-14' }],
        isReachable: false,
        accountCount: 0,
      },
    ],
    currencies: ['JPY', 'KRW'],
  };

  function openRoundsPage(onOpen: (body: unknown) => Response) {
    answerWith((request) => {
      if (request.method === 'GET' && request.path === '/api/follow-up-rounds') return json({ items: [] });
      if (request.method === 'GET' && request.path === '/api/follow-up-rounds/defaults')
        return json(defaults);
      if (request.method === 'POST' && request.path === '/api/follow-up-rounds') return onOpen(request.body);
      return undefined;
    });
    renderWithApp(
      <SignedInWith permissions={['outcomes:read', 'outcomes:rounds']}>
        <MemoryRouter initialEntries={['/outcomes/rounds']}>
          <Routes>
            <Route path="/outcomes/rounds" element={<FollowUpRoundsPage />} />
            <Route path="/outcomes/rounds/:id" element={<p>round page</p>} />
          </Routes>
        </MemoryRouter>
      </SignedInWith>,
    );
  }

  it('proposes every business that presented, ticked, and the currencies on record; sends what is chosen', async () => {
    openRoundsPage(() =>
      json({ round: buildRoundDetail(), mail: { outbox: 2, sent: 0, failed: 0, unreachable: 1 } }, 201),
    );

    await userEvent.click(await screen.findByRole('button', { name: text.rounds.open }));
    const form = await screen.findByRole('region', { name: text.open.heading });
    const tea = within(form).getByRole('checkbox', { name: /ชาไทยบ้านสวน/ });
    expect(tea).toHaveProperty('checked', true);
    expect(within(form).getByText(text.open.unreachable)).toBeDefined();
    await userEvent.click(tea);
    const currencies = within(form).getAllByLabelText(labelStarting(text.open.currency));
    expect(currencies.map((input) => (input as HTMLInputElement).value)).toEqual(['JPY', 'KRW']);
    const rates = within(form).getAllByLabelText(labelStarting(text.open.baht_per_unit));
    await userEvent.type(rates[0] as HTMLElement, '0,23');
    await userEvent.click(within(form).getByRole('button', { name: 'ลบอัตรา KRW' }));
    await userEvent.click(within(form).getByRole('button', { name: text.open.submit }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      deadline: '2027-04-26',
      entrepreneurIds: [BUSINESS_ID],
      rates: [{ currency: 'JPY', bahtPerUnit: 0.23 }],
    });
    expect(await screen.findByText('round page')).toBeDefined();
  });

  it('says at the field when a rate is left empty, and shows the server’s refusal of a deadline gone by', async () => {
    openRoundsPage(() =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        { path: 'deadline', code: 'in_past', message: text.errors.deadline_past },
      ]),
    );

    await userEvent.click(await screen.findByRole('button', { name: text.rounds.open }));
    const form = await screen.findByRole('region', { name: text.open.heading });
    await userEvent.click(within(form).getByRole('button', { name: text.open.submit }));
    const rate = within(form).getAllByLabelText(labelStarting(text.open.baht_per_unit))[0] as HTMLElement;
    await waitFor(() => expect(errorUnder(rate)).toBe(th.errors.field.required));
    expect(sentChanges()).toEqual([]);

    for (const remove of within(form).getAllByRole('button', { name: /^ลบอัตรา/ }))
      await userEvent.click(remove);
    await userEvent.click(within(form).getByRole('button', { name: text.open.submit }));
    const deadline = within(form).getByRole('group', { name: labelStarting(text.open.deadline) });
    await waitFor(() => expect(errorUnder(deadline)).toBe(text.errors.deadline_past));
  });
});

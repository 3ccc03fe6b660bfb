import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { FollowUpRoundDetail } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildRoundDetail, ROUND_ID } from '../utils/form-factory.ts';
import { FollowUpRoundPage } from './round-page.tsx';

const th = catalogues.th;
const text = th.follow_up;
const ROUND = `/api/follow-up-rounds/${ROUND_ID}`;

/** An open round whose answers brought 200 US dollars it has no rate for. */
function roundWithDollars(overrides: Partial<FollowUpRoundDetail> = {}): FollowUpRoundDetail {
  const round = buildRoundDetail(overrides);
  round.figures.current.totals.unconverted = [{ currency: 'USD', value: 200 }];
  return round;
}

/** The round's page; the server answers `round`, and after a change of rates what `changed` gives. */
function openRoundPage(round: FollowUpRoundDetail, changed?: FollowUpRoundDetail) {
  let current = round;
  answerWith((request) => {
    if (request.method === 'GET' && request.path === ROUND) return json(current);
    if (request.method === 'PUT' && request.path === `${ROUND}/rates` && changed) {
      current = changed;
      return json(changed);
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

async function openRatesForm() {
  await userEvent.click(await screen.findByRole('button', { name: text.rates.change }));
  return screen.getByRole('form', { name: text.rates.form_heading });
}

describe("correcting an open round's exchange rates", () => {
  it('corrects a rate, adds the currency the answers brought in one click, and shows the figures at the new rates', async () => {
    const changed = buildRoundDetail({
      version: 2,
      rates: [
        { currency: 'JPY', bahtPerUnit: 0.25 },
        { currency: 'USD', bahtPerUnit: 35 },
      ],
    });
    const [order] = changed.figures.current.orders;
    if (order) order.valueBaht = 14500;
    changed.figures.current.totals.valueBaht = 14500;
    openRoundPage(roundWithDollars({ version: 1 }), changed);

    expect(await screen.findByText(/สกุลเงินในคำตอบที่ยังไม่มีอัตราแลกเปลี่ยน: USD/)).toBeDefined();
    const form = await openRatesForm();
    const [yen] = within(form).getAllByLabelText<HTMLInputElement>(labelStarting(text.open.baht_per_unit));
    expect(yen?.value).toBe('0.23');
    await userEvent.clear(yen as HTMLElement);
    await userEvent.type(yen as HTMLElement, '0,25');
    await userEvent.click(within(form).getByRole('button', { name: 'เพิ่ม USD' }));
    // The currency is offered once: its row is there now.
    expect(within(form).queryByRole('button', { name: 'เพิ่ม USD' })).toBeNull();
    const currencies = within(form).getAllByLabelText<HTMLInputElement>(labelStarting(text.open.currency));
    expect(currencies.map((input) => input.value)).toEqual(['JPY', 'USD']);
    const dollar = within(form).getAllByLabelText(labelStarting(text.open.baht_per_unit))[1] as HTMLElement;
    expect(document.activeElement).toBe(dollar);
    await userEvent.type(dollar, '35');
    await userEvent.click(within(form).getByRole('button', { name: text.rates.save }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]).toMatchObject({
      method: 'PUT',
      path: `${ROUND}/rates`,
      body: {
        version: 1,
        rates: [
          { currency: 'JPY', bahtPerUnit: 0.25 },
          { currency: 'USD', bahtPerUnit: 35 },
        ],
      },
    });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', text.rates.saved);
    expect(screen.queryByRole('form', { name: text.rates.form_heading })).toBeNull();
    const orders = screen.getByRole('table', { name: text.figures.orders_caption });
    expect(within(orders).getByText('14,500')).toBeDefined();
    expect(screen.getByText(/JPY 0\.25, USD 35/)).toBeDefined();
    expect(screen.queryByText(/สกุลเงินในคำตอบที่ยังไม่มีอัตราแลกเปลี่ยน/)).toBeNull();
  });

  it('says at the field when a rate is not above zero, and sends nothing', async () => {
    openRoundPage(roundWithDollars());

    const form = await openRatesForm();
    const yen = within(form).getAllByLabelText(labelStarting(text.open.baht_per_unit))[0] as HTMLElement;
    await userEvent.clear(yen);
    await userEvent.type(yen, '-2');
    await userEvent.click(within(form).getByRole('button', { name: text.rates.save }));

    await waitFor(() => expect(errorUnder(yen)).toBe(text.errors.rate_not_positive));
    expect(sentChanges()).toEqual([]);
  });

  it('offers no change of rates on a closed round: it keeps the rates it closed with', async () => {
    openRoundPage(roundWithDollars({ status: 'closed', closedAt: '2027-04-28T03:00:00.000Z' }));
    expect(await screen.findByText(/JPY 0\.23/)).toBeDefined();
    expect(screen.queryByRole('button', { name: text.rates.change })).toBeNull();
  });

  it('shows the rates, without a way to change them, to a reader who does not run rounds', async () => {
    openRoundPage(roundWithDollars({ canManage: false }));
    expect(await screen.findByText(/JPY 0\.23/)).toBeDefined();
    expect(screen.queryByRole('button', { name: text.rates.change })).toBeNull();
    expect(screen.queryByText(/สกุลเงินในคำตอบที่ยังไม่มีอัตราแลกเปลี่ยน/)).toBeNull();
  });
});

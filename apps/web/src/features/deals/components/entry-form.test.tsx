import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import {
  buildDeal,
  buildEntry,
  buildOrderLine,
  DEAL_ID,
  PRODUCT_ID,
  productsAnswer,
} from '../utils/deal-factory.ts';
import { EntryForm } from './entry-form.tsx';

const th = catalogues.th;
const form = th.deal_pages.entry_form;
const lines = th.deal_pages.order_lines;

/** A field's label, whatever follows it ("(จำเป็น)"), but not a longer label starting with it. */
function named(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
}

/** The server: the business's products, and `onChange` for what the form sends. */
function serve(onChange: (request: { method: string; path: string; body: unknown }) => Response | undefined) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === '/api/catalogue/products') return json(productsAnswer());
    if (request.method !== 'GET') return onChange(request);
    return undefined;
  });
}

/** Turns the entry into an order dated 2 March 2026 (BE 2569): its first line appears. */
async function startOrder() {
  await typeThaiDate(named(form.occurred_on), '2026-03-02');
  await userEvent.selectOptions(screen.getByLabelText(named(form.kind)), th.outcomes.entry_kinds.order);
  const line = screen.getByRole('group', { name: th.deal_pages.order_lines.line.replace('{{number}}', '1') });
  // The business's products arrive from the catalogue.
  await within(line).findByRole('option', { name: 'ข้าวหอมมะลิอินทรีย์' });
  return line;
}

describe('recording an entry of a deal', () => {
  it('refuses a contact that does not say who contacted whom and how, at both fields, and sends nothing', async () => {
    serve(() => json({}));
    renderWithApp(<EntryForm deal={buildDeal()} onDone={vi.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: form.add }));

    const direction = screen.getByLabelText(named(form.direction));
    const channel = screen.getByLabelText(named(form.channel));
    await waitFor(() => expect(errorUnder(direction)).toBe(th.errors.field.required));
    expect(errorUnder(channel)).toBe(th.errors.field.required);
    expect(direction.getAttribute('aria-invalid')).toBe('true');
    expect(sentChanges()).toEqual([]);
  });

  it('says at its fields a negative quantity, a currency not of ISO 4217 and a shipment before its order, sending nothing', async () => {
    serve(() => json({}));
    renderWithApp(<EntryForm deal={buildDeal()} onDone={vi.fn()} />);
    const line = await startOrder();

    await userEvent.selectOptions(within(line).getByLabelText(named(lines.product)), PRODUCT_ID);
    await userEvent.type(within(line).getByLabelText(named(lines.quantity)), '-5');
    await userEvent.type(within(line).getByLabelText(named(lines.unit)), 'กล่อง');
    await userEvent.type(within(line).getByLabelText(named(lines.value)), '1000');
    await userEvent.selectOptions(within(line).getByLabelText(named(lines.currency)), 'other');
    await userEvent.type(within(line).getByLabelText(named(lines.currency_code)), 'XYZ');
    await typeThaiDate(named(lines.shipped_on), '2026-03-01');
    await userEvent.click(screen.getByRole('button', { name: form.add }));

    const quantity = within(line).getByLabelText(named(lines.quantity));
    await waitFor(() => expect(errorUnder(quantity)).toBe(th.errors.field.too_small.replace('{{min}}', '0')));
    expect(errorUnder(within(line).getByLabelText(named(lines.currency_code)))).toBe(
      th.errors.field.invalid_currency,
    );

    // Once both are right, the line's dates are checked against each other, as the server would.
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '1,200');
    await userEvent.clear(within(line).getByLabelText(named(lines.currency_code)));
    await userEvent.type(within(line).getByLabelText(named(lines.currency_code)), 'eur');
    await userEvent.click(screen.getByRole('button', { name: form.add }));

    const shippedOn = screen.getByRole('group', { name: named(lines.shipped_on) });
    await waitFor(() => expect(errorUnder(shippedOn)).toBe(th.outcomes.errors.shipped_before_ordered));
    expect(errorUnder(quantity)).toBeNull();
    expect(sentChanges()).toEqual([]);
  });

  it('sends an order line as the API takes it: numbers for numbers, the currency with its value', async () => {
    const onDone = vi.fn();
    serve((request) =>
      request.method === 'POST' && request.path === `/api/deals/${DEAL_ID}/entries`
        ? json({ deal: buildDeal(), entryId: buildEntry().id, isAmendment: false }, 201)
        : undefined,
    );
    renderWithApp(<EntryForm deal={buildDeal()} onDone={onDone} />);
    const line = await startOrder();

    await userEvent.selectOptions(within(line).getByLabelText(named(lines.product)), PRODUCT_ID);
    await userEvent.type(within(line).getByLabelText(named(lines.quantity)), '1,200');
    await userEvent.type(within(line).getByLabelText(named(lines.unit)), 'กล่อง');
    await userEvent.type(within(line).getByLabelText(named(lines.value)), '250000');
    await userEvent.selectOptions(within(line).getByLabelText(named(lines.currency)), 'JPY');
    await userEvent.click(screen.getByRole('button', { name: form.add }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(form.added));
    expect(sentChanges()[0]?.body).toEqual({
      kind: 'order',
      occurredOn: '2026-03-02',
      contactDirection: null,
      contactChannel: null,
      note: null,
      closedReason: null,
      orderLines: [
        {
          productId: PRODUCT_ID,
          quantity: 1200,
          unit: 'กล่อง',
          value: 250000,
          currency: 'JPY',
          // A new line is ordered on the entry's day.
          orderedOn: '2026-03-02',
          shippedOn: null,
        },
      ],
    });
  });

  it("shows the server's refusal at the order line's product, in Thai, and keeps what was typed", async () => {
    // The server answers in the reader's language (the request says Thai).
    serve(() =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: th.errors.validation_failed,
            fields: [
              {
                path: 'orderLines.0.productId',
                code: 'not_of_business',
                message: th.outcomes.errors.product_not_of_business,
                messageKey: 'outcomes:errors.product_not_of_business',
              },
            ],
          },
        },
        400,
      ),
    );
    renderWithApp(<EntryForm deal={buildDeal()} onDone={vi.fn()} />);
    const line = await startOrder();

    await userEvent.selectOptions(within(line).getByLabelText(named(lines.product)), PRODUCT_ID);
    await userEvent.type(within(line).getByLabelText(named(lines.quantity)), '10');
    await userEvent.type(within(line).getByLabelText(named(lines.unit)), 'กล่อง');
    await userEvent.click(screen.getByRole('button', { name: form.add }));

    const product = within(line).getByLabelText(named(lines.product));
    await waitFor(() => expect(errorUnder(product)).toBe(th.outcomes.errors.product_not_of_business));
    expect(within(line).getByLabelText<HTMLInputElement>(named(lines.quantity)).value).toBe('10');
    expect(sentChanges()).toHaveLength(1);
  });

  it('changes an entry at the version shown, and says when the server kept the change as an amendment', async () => {
    const onDone = vi.fn();
    const order = buildEntry({
      kind: 'order',
      occurredOn: '2026-03-02',
      contactDirection: null,
      contactChannel: null,
      version: 3,
      roundId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      orderLines: [buildOrderLine({ id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' })],
    });
    serve((request) =>
      request.method === 'PATCH' && request.path === `/api/deals/${DEAL_ID}/entries/${order.id}`
        ? json({ deal: buildDeal(), entryId: buildEntry().id, isAmendment: true })
        : undefined,
    );
    renderWithApp(<EntryForm deal={buildDeal({ entries: [order] })} entry={order} onDone={onDone} />);
    const line = screen.getByRole('group', { name: lines.line.replace('{{number}}', '1') });
    await within(line).findByRole('option', { name: 'ข้าวหอมมะลิอินทรีย์' });

    const quantity = within(line).getByLabelText(named(lines.quantity));
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '450');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(form.amended));
    expect(sentChanges()[0]?.body).toMatchObject({
      version: 3,
      entry: {
        kind: 'order',
        orderLines: [{ id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', quantity: 450, currency: 'JPY' }],
      },
    });
  });
});

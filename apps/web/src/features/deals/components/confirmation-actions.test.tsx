import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type {
  ConfirmationRequest,
  Deal,
  DealConfirmations,
  DealEntry,
  MailDelivery,
  Permission,
} from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, apiError, json, type SentRequest } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { buildDeal, buildEntry, buildOrderLine, DEAL_ID } from '../utils/deal-factory.ts';
import { DealPage } from './deal-page.tsx';

const th = catalogues.th;
const confirmation = th.deal_pages.confirmation;
const DEAL_PATH = `/api/deals/${DEAL_ID}`;
const CONFIRMATIONS_PATH = `${DEAL_PATH}/confirmations`;
const BUYER_EMAIL = 'tanaka@hakata-foods.example';

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

const buildOrder = (overrides: Partial<DealEntry> = {}) =>
  buildEntry({
    kind: 'order',
    occurredOn: '2026-03-02',
    contactDirection: null,
    contactChannel: null,
    recordedAs: 'entrepreneur',
    recordedBy: 'วิชัย ข้าวหอม',
    orderLines: [buildOrderLine()],
    ...overrides,
  });

const noConfirmations: DealConfirmations = { requests: [], disputes: [] };

const buildRequest = (
  entryId: string,
  overrides: Partial<ConfirmationRequest> = {},
): ConfirmationRequest => ({
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  entryId,
  email: BUYER_EMAIL,
  language: 'ja',
  createdAt: '2026-03-03T03:00:00.000Z',
  expiresAt: '2026-04-02T03:00:00.000Z',
  status: 'open',
  answeredAt: null,
  ...overrides,
});

/**
 * The deal's page, signed in with `permissions`: the server answers the deal and its confirmations
 * (each as they are at the time asked), and `otherwise` the rest.
 */
function openDeal({
  permissions,
  deal,
  confirmations = () => noConfirmations,
  otherwise = () => undefined,
}: {
  permissions: Permission[];
  deal: () => Deal;
  confirmations?: () => DealConfirmations;
  otherwise?: (request: SentRequest) => Response | undefined;
}) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === DEAL_PATH) return json(deal());
    if (request.method === 'GET' && request.path === CONFIRMATIONS_PATH) return json(confirmations());
    return otherwise(request);
  });
  return renderWithApp(
    <SignedInWith permissions={permissions}>
      <MemoryRouter initialEntries={[`/deals/${DEAL_ID}`]}>
        <Routes>
          <Route path="/deals/:id" element={<DealPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

/** The timeline's entry of this kind (there is one in each test). */
async function entryOf(kind: string) {
  const list = await screen.findByRole('list', { name: th.deal_pages.timeline.label });
  const article = within(list)
    .getAllByRole('article')
    .find((candidate) => within(candidate).queryByRole('heading', { level: 3, name: kind }));
  if (!article) throw new Error(`no entry "${kind}"`);
  return within(article);
}

const staff: Permission[] = ['outcomes:read', 'outcomes:edit', 'outbox:read'];
const buyer: Permission[] = ['outcomes:confirm'];

describe('asking the buyer to confirm an entry', () => {
  it('mails the buyer a link in their language and says the e-mail waits in the outbox, with the request waiting', async () => {
    const order = buildOrder();
    let confirmations = noConfirmations;
    const created = buildRequest(order.id);
    openDeal({
      permissions: staff,
      deal: () => buildDeal({ entries: [order] }),
      confirmations: () => confirmations,
      otherwise: (request) => {
        if (
          request.method !== 'POST' ||
          request.path !== `${DEAL_PATH}/entries/${order.id}/confirmation-requests`
        )
          return undefined;
        confirmations = { requests: [created], disputes: [] };
        return json({ ...created, delivery: 'outbox' satisfies MailDelivery }, 201);
      },
    });

    const entry = await entryOf(th.outcomes.entry_kinds.order);
    // Who gets what, in which language, before anything is sent.
    expect(
      entry.getByText(
        fill(confirmation.ask_explained, {
          buyer: 'Tanaka Hiroshi',
          email: BUYER_EMAIL,
          language: th.deal_pages.languages.ja,
          days: 30,
        }),
      ),
    ).toBeTruthy();
    await userEvent.click(entry.getByRole('button', { name: confirmation.ask }));

    expect(await entry.findByText(confirmation.delivery_outbox_title)).toBeTruthy();
    expect(entry.getByText(fill(confirmation.delivery_outbox, { email: BUYER_EMAIL }))).toBeTruthy();
    expect(entry.getByRole('link', { name: confirmation.open_outbox }).getAttribute('href')).toBe(
      '/admin/outbox',
    );
    expect(entry.queryByText(confirmation.delivery_sent_title)).toBeNull();
    expect(sentChanges()).toEqual([
      {
        method: 'POST',
        path: `${DEAL_PATH}/entries/${order.id}/confirmation-requests`,
        body: {},
      },
    ]);

    // The request, read back, stands open until the link expires (dates in the Buddhist era).
    const requests = await entry.findByRole('list', { name: confirmation.requests });
    expect(requests.textContent).toContain(
      fill(confirmation.requested, {
        date: '3 มีนาคม 2569',
        email: BUYER_EMAIL,
        language: th.deal_pages.languages.ja,
      }),
    );
    expect(requests.textContent).toContain(fill(confirmation.status_open, { date: '2 เมษายน 2569' }));
  });

  it('offers no button when the deal has no buyer e-mail, and says why', async () => {
    openDeal({ permissions: staff, deal: () => buildDeal({ buyerEmail: null, entries: [buildOrder()] }) });

    const entry = await entryOf(th.outcomes.entry_kinds.order);
    expect(entry.getByText(confirmation.no_email)).toBeTruthy();
    expect(entry.queryByRole('button', { name: confirmation.ask })).toBeNull();
  });

  it('asks nothing of an entry the buyer confirmed already, nor of a contact', async () => {
    const confirmed = buildOrder({ buyerConfirmedAt: '2026-03-05T02:00:00.000Z', buyerConfirmedVia: 'link' });
    openDeal({ permissions: staff, deal: () => buildDeal({ entries: [buildEntry(), confirmed] }) });

    await entryOf(th.outcomes.entry_kinds.order);
    expect(screen.queryByRole('button', { name: confirmation.ask })).toBeNull();
  });

  it("shows the buyer's note prominently on the entry they said is not right, and the request so answered", async () => {
    const order = buildOrder();
    const note = 'เราสั่ง 300 กิโลกรัม ไม่ใช่ 500 กิโลกรัม';
    openDeal({
      permissions: ['outcomes:read'],
      deal: () => buildDeal({ entries: [order], canEdit: false }),
      confirmations: () => ({
        requests: [buildRequest(order.id, { status: 'disputed', answeredAt: '2026-03-04T05:00:00.000Z' })],
        disputes: [{ entryId: order.id, via: 'link', at: '2026-03-04T05:00:00.000Z', note }],
      }),
    });

    const entry = await entryOf(th.outcomes.entry_kinds.order);
    const dispute = await entry.findByText(fill(confirmation.dispute, { note }));
    expect(dispute.closest('.alert-warning')).toBeTruthy();
    expect(
      entry.getByText(
        fill(confirmation.dispute_when, { date: '4 มีนาคม 2569', way: th.outcomes.confirmation.via_link }),
      ),
    ).toBeTruthy();
    expect(entry.getByRole('list', { name: confirmation.requests }).textContent).toContain(
      fill(confirmation.status_disputed, { date: '4 มีนาคม 2569' }),
    );
    // A reader who does not record the deal is not offered to ask.
    expect(entry.queryByRole('button', { name: confirmation.ask })).toBeNull();
  });
});

describe('the buyer answering from their account', () => {
  const ANSWER_PATH = (entryId: string) => `${DEAL_PATH}/entries/${entryId}/confirmation`;

  it('confirms the entry at the version read, and the entry then shows confirmed', async () => {
    const order = buildOrder();
    const asBuyer = { canEdit: false, canConfirm: true };
    openDeal({
      permissions: buyer,
      deal: () => buildDeal({ entries: [order], ...asBuyer }),
      otherwise: (request) =>
        request.method === 'POST' && request.path === ANSWER_PATH(order.id)
          ? json(
              buildDeal({
                ...asBuyer,
                entries: [
                  {
                    ...order,
                    version: 2,
                    buyerConfirmedAt: '2026-03-06T02:00:00.000Z',
                    buyerConfirmedVia: 'account',
                  },
                ],
              }),
            )
          : undefined,
    });

    const entry = await entryOf(th.outcomes.entry_kinds.order);
    expect(entry.getByText(th.outcomes.confirmation.unconfirmed)).toBeTruthy();
    // The buyer never asks themselves.
    expect(entry.queryByRole('button', { name: confirmation.ask })).toBeNull();
    await userEvent.click(entry.getByRole('button', { name: confirmation.confirm }));

    expect(await entry.findByText(confirmation.confirmed_done)).toBeTruthy();
    expect(entry.getByText(th.outcomes.confirmation.confirmed)).toBeTruthy();
    expect(
      entry.getByText(
        fill(th.deal_pages.timeline.confirmed_on_via, {
          date: '6 มีนาคม 2569',
          way: th.outcomes.confirmation.via_account,
        }),
      ),
    ).toBeTruthy();
    expect(entry.queryByRole('button', { name: confirmation.confirm })).toBeNull();
    expect(sentChanges()).toEqual([
      { method: 'POST', path: ANSWER_PATH(order.id), body: { answer: 'confirm', version: 1 } },
    ]);
  });

  it('needs a note to say the entry is not right, then sends it at the version read', async () => {
    const order = buildOrder();
    const asBuyer = { canEdit: false, canConfirm: true };
    const note = 'จำนวนที่สั่งคือ 300 กิโลกรัม';
    openDeal({
      permissions: buyer,
      deal: () => buildDeal({ entries: [order], ...asBuyer }),
      otherwise: (request) =>
        request.method === 'POST' && request.path === ANSWER_PATH(order.id)
          ? json(buildDeal({ entries: [order], ...asBuyer }))
          : undefined,
    });

    const entry = await entryOf(th.outcomes.entry_kinds.order);
    await userEvent.click(entry.getByRole('button', { name: confirmation.dispute_open }));
    const field = entry.getByLabelText(labelStarting(confirmation.dispute_note));
    await userEvent.type(field, '   ');
    await userEvent.click(entry.getByRole('button', { name: confirmation.send_dispute }));

    await waitFor(() => expect(errorUnder(field)).toBe(th.errors.field.required));
    expect(sentChanges()).toEqual([]);

    await userEvent.clear(field);
    await userEvent.type(field, note);
    await userEvent.click(entry.getByRole('button', { name: confirmation.send_dispute }));

    expect(await entry.findByText(confirmation.disputed_done)).toBeTruthy();
    expect(sentChanges()).toEqual([
      { method: 'POST', path: ANSWER_PATH(order.id), body: { answer: 'dispute', note, version: 1 } },
    ]);
    // The entry stays unconfirmed, and the buyer may still confirm it once it is put right.
    expect(entry.getByText(th.outcomes.confirmation.unconfirmed)).toBeTruthy();
  });

  it('says the entry changed since it was read, loads the latest and confirms that one', async () => {
    const order = buildOrder();
    const asBuyer = { canEdit: false, canConfirm: true };
    let current = order;
    openDeal({
      permissions: buyer,
      deal: () => buildDeal({ entries: [current], ...asBuyer }),
      otherwise: (request) => {
        if (request.method !== 'POST' || request.path !== ANSWER_PATH(order.id)) return undefined;
        const { version } = request.body as { version: number };
        if (version !== current.version) return apiError(409, 'conflict_stale', 'มีผู้อื่นแก้ไขรายการนี้ไปก่อน');
        return json(buildDeal({ entries: [{ ...current, buyerConfirmedAt: '2026-03-06T02:00:00.000Z' }] }));
      },
    });

    const entry = await entryOf(th.outcomes.entry_kinds.order);
    // The business changes the quantity meanwhile.
    current = { ...order, version: 2, orderLines: [buildOrderLine({ quantity: 300 })] };
    await userEvent.click(entry.getByRole('button', { name: confirmation.confirm }));

    expect(await entry.findByText('มีผู้อื่นแก้ไขรายการนี้ไปก่อน')).toBeTruthy();
    await userEvent.click(entry.getByRole('button', { name: th.deal_pages.conflict.reload }));
    expect(await entry.findByText(confirmation.reloaded)).toBeTruthy();
    expect(entry.getByText('300 กิโลกรัม')).toBeTruthy();

    await userEvent.click(entry.getByRole('button', { name: confirmation.confirm }));
    expect(await entry.findByText(confirmation.confirmed_done)).toBeTruthy();
    expect(sentChanges().map((request) => request.body)).toEqual([
      { answer: 'confirm', version: 1 },
      { answer: 'confirm', version: 2 },
    ]);
  });
});

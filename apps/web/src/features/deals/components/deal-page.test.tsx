import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Deal } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { buildDeal, buildEntry, buildOrderLine, DEAL_ID } from '../utils/deal-factory.ts';
import { DealPage } from './deal-page.tsx';

const th = catalogues.th;
const timeline = th.deal_pages.timeline;

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

const exchanged = buildEntry({
  occurredOn: '2026-01-15',
  contactDirection: null,
  contactChannel: 'session',
  recordedAs: 'session',
  recordedBy: 'สมศรี ใจดี',
});
const order = buildEntry({
  kind: 'order',
  occurredOn: '2026-03-02',
  contactDirection: null,
  contactChannel: null,
  recordedAs: 'entrepreneur',
  recordedBy: 'วิชัย ข้าวหอม',
  buyerConfirmedAt: '2026-03-05T02:00:00.000Z',
  buyerConfirmedVia: 'link',
  orderLines: [buildOrderLine({ shippedOn: '2026-03-20' })],
});
const agreement = buildEntry({
  kind: 'agreement',
  occurredOn: '2026-02-10',
  contactDirection: null,
  contactChannel: null,
  supersededAt: '2026-04-02T03:00:00.000Z',
});
const amendment = buildEntry({
  kind: 'agreement',
  occurredOn: '2026-02-12',
  contactDirection: null,
  contactChannel: null,
  amendsEntryId: agreement.id,
  documents: [
    {
      id: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
      fileName: 'ข้อตกลงซื้อขาย.pdf',
      mediaType: 'application/pdf',
      byteSize: 48_000,
      createdAt: '2026-04-02T03:00:00.000Z',
    },
  ],
});

/** The deal's page as someone who may see the deal opens it. */
function openDeal(deal: Deal) {
  answerWith((request) => {
    if (request.method !== 'GET') return undefined;
    if (request.path === `/api/deals/${DEAL_ID}`) return json(deal);
    return request.path === `/api/deals/${DEAL_ID}/confirmations`
      ? json({ requests: [], disputes: [] })
      : undefined;
  });
  return renderWithApp(
    <SignedInWith permissions={['outcomes:read', 'outcomes:edit']}>
      <MemoryRouter initialEntries={[`/deals/${DEAL_ID}`]}>
        <Routes>
          <Route path="/deals/:id" element={<DealPage />} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

/** The timeline's entries, each by its heading (the kind) and its date. */
async function entries() {
  const list = await screen.findByRole('list', { name: timeline.label });
  return within(list)
    .getAllByRole('article')
    .map((article) => ({
      article,
      kind: within(article).getByRole('heading', { level: 3 }).textContent,
      date: article.querySelector('time')?.textContent,
    }));
}

describe("a deal's history", () => {
  it('shows each entry dated in the Buddhist era, who contacted whom and how, who recorded it, and what the buyer confirmed', async () => {
    openDeal(buildDeal({ entries: [exchanged, agreement, amendment, order] }));

    const shown = await entries();
    expect(shown.map(({ kind, date }) => [kind, date])).toEqual([
      [th.outcomes.entry_kinds.contact, '15 มกราคม 2569'],
      [th.outcomes.entry_kinds.agreement, '10 กุมภาพันธ์ 2569'],
      [th.outcomes.entry_kinds.agreement, '12 กุมภาพันธ์ 2569'],
      [th.outcomes.entry_kinds.order, '2 มีนาคม 2569'],
    ]);
    const [contact, , , ordered] = shown.map(({ article }) => within(article));
    if (!contact || !ordered) throw new Error('four entries');

    // The contact exchanged at the session: neither side first, recorded from the session's record,
    // waiting for no confirmation, and changed only on the session's record.
    expect(contact.getByText(th.outcomes.contact_directions.exchanged)).toBeTruthy();
    expect(contact.getByText(th.outcomes.contact_channels.session)).toBeTruthy();
    expect(
      contact.getByText(
        fill(timeline.recorded_by, { name: 'สมศรี ใจดี', capacity: th.outcomes.recorded_as.session }),
      ),
    ).toBeTruthy();
    expect(contact.queryByText(th.outcomes.confirmation.unconfirmed)).toBeNull();
    expect(contact.queryByRole('button', { name: /^แก้ไขรายการ/ })).toBeNull();

    // The order: what was ordered and shipped, its value in its own currency, confirmed from the link.
    expect(ordered.getByText('ข้าวหอมมะลิอินทรีย์')).toBeTruthy();
    expect(ordered.getByText('500 กิโลกรัม')).toBeTruthy();
    expect(ordered.getByText(fill(timeline.line_value, { value: '120,000', currency: 'JPY' }))).toBeTruthy();
    expect(ordered.getByText(/จัดส่ง 20 มีนาคม 2569/)).toBeTruthy();
    expect(ordered.getByText(th.outcomes.confirmation.confirmed)).toBeTruthy();
    expect(
      ordered.getByText(
        fill(timeline.confirmed_on_via, { date: '5 มีนาคม 2569', way: th.outcomes.confirmation.via_link }),
      ),
    ).toBeTruthy();
    expect(
      ordered.getByText(
        fill(timeline.recorded_by, { name: 'วิชัย ข้าวหอม', capacity: th.outcomes.recorded_as.entrepreneur }),
      ),
    ).toBeTruthy();
  });

  it('keeps an amended entry, marked and unchangeable, beside its amendment and the amendment’s evidence', async () => {
    openDeal(buildDeal({ entries: [exchanged, agreement, amendment] }));

    const [, old, amending] = (await entries()).map(({ article }) => within(article));
    if (!old || !amending) throw new Error('three entries');

    expect(old.getByText(timeline.superseded)).toBeTruthy();
    expect(old.getByText(fill(timeline.superseded_on, { date: '2 เมษายน 2569' }))).toBeTruthy();
    expect(old.queryAllByRole('button')).toEqual([]);
    expect(old.getByText(th.outcomes.confirmation.unconfirmed)).toBeTruthy();

    expect(amending.getByText(timeline.amendment)).toBeTruthy();
    expect(amending.getByText(fill(timeline.amends, { date: '10 กุมภาพันธ์ 2569' }))).toBeTruthy();
    const document = amending.getByRole('link', { name: 'ข้อตกลงซื้อขาย.pdf' });
    expect(document.getAttribute('href')).toBe(
      `/api/deals/${DEAL_ID}/entries/${amendment.id}/documents/4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a/file`,
    );
    expect(
      amending.getByRole('button', {
        name: fill(timeline.edit, { kind: th.outcomes.entry_kinds.agreement }),
      }),
    ).toBeTruthy();
    expect(amending.getByLabelText(th.deal_pages.documents.file)).toBeTruthy();
  });

  it('lets a reader who may not record it read the history only', async () => {
    openDeal(buildDeal({ entries: [exchanged, order], canEdit: false }));

    const shown = await entries();
    expect(shown).toHaveLength(2);
    expect(screen.getByText(timeline.read_only)).toBeTruthy();
    expect(screen.queryByRole('button', { name: th.deal_pages.entry_form.open })).toBeNull();
    expect(screen.queryByLabelText(th.deal_pages.documents.file)).toBeNull();
    expect(screen.queryByRole('button', { name: /^แก้ไขรายการ|^ลบรายการ/ })).toBeNull();
  });
});

import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DealSummary, Permission, SessionInfo } from '@bia/contracts';
import { catalogues, fiscalYearOf } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { BUSINESS_ID, buildDealSummary } from '../utils/deal-factory.ts';
import { DealsPage } from './deals-page.tsx';

const th = catalogues.th;
const pages = th.deal_pages;

/** Signed in with these permissions, and — for an entrepreneur — the business they keep. */
function SignedIn({
  permissions,
  businessId,
  children,
}: {
  permissions: Permission[];
  businessId?: string;
  children: ReactNode;
}) {
  const session: SessionInfo = {
    user: {
      id: '0d9b6f4e-1c1a-4c55-9a57-3f0f6c1c8a10',
      email: 'someone@test.bia.invalid',
      displayName: 'Someone',
      locale: 'th',
      roles: businessId
        ? [{ role: 'entrepreneur', scopeType: 'business', scopeId: businessId, scopeLabel: null }]
        : [{ role: 'iao_officer', scopeType: null, scopeId: null, scopeLabel: null }],
      isSample: false,
    },
    permissions,
    csrfToken: 'csrf-token',
    isDemoMode: false,
  };
  useQueryClient().setQueryData(['session'], session);
  return children;
}

const tanaka = buildDealSummary();
const lee = buildDealSummary({
  id: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
  buyerName: 'Lee Min-jun',
  buyerOrganisation: null,
  partner: { id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c', name: 'โซล' },
  stage: 'order',
  unconfirmedCount: 0,
});

/** The list as someone opens it; the server answers `items` of `total` deals. */
function openDeals({
  permissions,
  businessId,
  items = [tanaka, lee],
  total = items.length,
}: {
  permissions: Permission[];
  businessId?: string;
  items?: DealSummary[];
  total?: number;
}) {
  answerWith((request) => {
    if (request.method !== 'GET') return undefined;
    if (request.path === '/api/deals') return json({ items, total, page: 1, pageSize: 50 });
    if (request.path === '/api/catalogue/entrepreneurs')
      return json({ items: [], total: 0, page: 1, pageSize: 50 });
    if (request.path === '/api/partners') return json({ items: [], total: 0, page: 1, pageSize: 50 });
    if (request.path === '/api/my-sessions') return json({ items: [] });
    return undefined;
  });
  return renderWithApp(
    <SignedIn permissions={permissions} businessId={businessId}>
      <MemoryRouter initialEntries={['/deals']}>
        <Routes>
          <Route path="/deals" element={<DealsPage />} />
        </Routes>
      </MemoryRouter>
    </SignedIn>,
  );
}

/** The query of the latest request for the list. */
function lastListQuery(): Record<string, string> | undefined {
  return sentRequests()
    .filter((request) => request.path === '/api/deals')
    .at(-1)?.query;
}

describe('the deals list', () => {
  it("shows staff each deal's buyer, business, city, stage and what the buyer has not confirmed, linking to the deal", async () => {
    openDeals({ permissions: ['outcomes:read', 'outcomes:edit'] });

    const table = await screen.findByRole('table', { name: pages.list.table_caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    if (!first || !second) throw new Error('two rows');
    const link = within(first).getByRole('link', { name: 'Tanaka Hiroshi · Hakata Foods' });
    expect(link.getAttribute('href')).toBe(`/deals/${tanaka.id}`);
    expect(within(first).getByText('บ้านข้าวหอม')).toBeTruthy();
    expect(within(first).getByText('ฟุกุโอกะ')).toBeTruthy();
    expect(within(first).getByText(th.outcomes.stages.negotiating)).toBeTruthy();
    expect(within(first).getByText(pages.list.unconfirmed_other.replace('{{count}}', '1'))).toBeTruthy();
    // The latest entry's day in the Buddhist era.
    expect(within(first).getByText('10 กุมภาพันธ์ 2569')).toBeTruthy();
    expect(within(second).getByText(th.outcomes.stages.order)).toBeTruthy();
    expect(within(second).queryByText(/ผู้ซื้อยังไม่ยืนยัน/)).toBeNull();
    // Staff pick the business by name, and enter a new deal.
    expect(screen.getByLabelText(pages.pickers.business_search)).toBeTruthy();
    expect(screen.getByRole('link', { name: pages.list.add }).getAttribute('href')).toBe('/deals/new');
  });

  it('asks the server for the stage and the Buddhist-era fiscal year chosen, and for the next page', async () => {
    openDeals({ permissions: ['outcomes:read'], total: 120 });
    await screen.findByRole('table', { name: pages.list.table_caption });
    const currentYear = fiscalYearOf(new Date()).buddhistYear;

    await userEvent.selectOptions(screen.getByLabelText(pages.list.stage), 'order');
    await userEvent.selectOptions(
      screen.getByLabelText(pages.list.fiscal_year),
      pages.list.fiscal_year_option.replace('{{year}}', String(currentYear - 1)),
    );
    await waitFor(() =>
      expect(lastListQuery()).toEqual({
        stage: 'order',
        fiscalYear: String(currentYear - 1),
        pageSize: '50',
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: th.common.actions.next }));
    await waitFor(() =>
      expect(lastListQuery()).toEqual({
        stage: 'order',
        fiscalYear: String(currentYear - 1),
        page: '2',
        pageSize: '50',
      }),
    );
    // Reading only: no new deal.
    expect(screen.queryByRole('link', { name: pages.list.add })).toBeNull();
  });

  it('shows an entrepreneur their own deals, without choosing a business, and lets them enter one', async () => {
    openDeals({ permissions: ['outcomes:own'], businessId: BUSINESS_ID, items: [tanaka] });

    expect(await screen.findByRole('heading', { level: 1, name: pages.list.own_title })).toBeTruthy();
    expect(screen.queryByLabelText(pages.pickers.business_search)).toBeNull();
    expect(screen.getByRole('link', { name: pages.list.add })).toBeTruthy();
    expect(sentRequests().some((request) => request.path === '/api/partners')).toBe(false);
  });

  it('says so when no deal matches the filters', async () => {
    openDeals({ permissions: ['outcomes:city'], items: [] });
    await screen.findByRole('heading', { level: 1, name: pages.list.city_title });

    await userEvent.selectOptions(screen.getByLabelText(pages.list.stage), 'closed');

    expect(await screen.findByText(pages.list.empty_filtered)).toBeTruthy();
    expect(screen.queryByRole('link', { name: pages.list.add })).toBeNull();
  });
});

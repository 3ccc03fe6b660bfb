import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { BUSINESS_ID, buildDeal, FUKUOKA_ID, PRODUCT_ID, productsAnswer } from '../utils/deal-factory.ts';
import { NewDealPage } from './new-deal-page.tsx';

const th = catalogues.th;
const pages = th.deal_pages;

function named(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
}

/** An entrepreneur who keeps the business, signed in. */
function Entrepreneur({ children }: { children: ReactNode }) {
  const session: SessionInfo = {
    user: {
      id: '0d9b6f4e-1c1a-4c55-9a57-3f0f6c1c8a10',
      email: 'owner@test.bia.invalid',
      displayName: 'วิชัย ข้าวหอม',
      locale: 'th',
      roles: [{ role: 'entrepreneur', scopeType: 'business', scopeId: BUSINESS_ID, scopeLabel: null }],
      isSample: false,
    },
    permissions: ['authenticated', 'catalogue:read', 'catalogue:own', 'outcomes:own'],
    csrfToken: 'csrf-token',
    isDemoMode: false,
  };
  useQueryClient().setQueryData(['session'], session);
  return children;
}

function openNewDeal(onCreate: () => Response) {
  answerWith((request) => {
    if (request.method === 'POST' && request.path === '/api/deals') return onCreate();
    if (request.method !== 'GET') return undefined;
    if (request.path === '/api/catalogue/products') return json(productsAnswer());
    if (request.path === `/api/catalogue/entrepreneurs/${BUSINESS_ID}`)
      return json({ id: BUSINESS_ID, name: { th: 'บ้านข้าวหอม', en: 'Rice House' } });
    if (request.path === '/api/my-sessions')
      return json({
        items: [
          {
            id: '77777777-7777-4777-8777-777777777777',
            cities: [
              {
                id: FUKUOKA_ID,
                nameTh: 'ฟุกุโอกะ',
                nameEn: 'Fukuoka',
                countryCode: 'JP',
                timeZone: 'Asia/Tokyo',
              },
            ],
          },
        ],
      });
    return undefined;
  });
  return renderWithApp(
    <Entrepreneur>
      <MemoryRouter initialEntries={['/deals/new']}>
        <Routes>
          <Route path="/deals/new" element={<NewDealPage />} />
          <Route path="/deals/:id" element={<p>the deal's page</p>} />
        </Routes>
      </MemoryRouter>
    </Entrepreneur>,
  );
}

describe('entering a new deal', () => {
  it('lets an entrepreneur enter a deal of their own business with a city of their sessions, and opens it', async () => {
    openNewDeal(() => json(buildDeal(), 201));

    expect(await screen.findByText('บ้านข้าวหอม')).toBeTruthy();
    await screen.findByRole('option', { name: 'ฟุกุโอกะ (Fukuoka)' });
    await userEvent.selectOptions(screen.getByLabelText(named(pages.pickers.city)), FUKUOKA_ID);
    await userEvent.type(screen.getByLabelText(named(pages.new.buyer_name)), 'Tanaka Hiroshi');
    await userEvent.type(screen.getByLabelText(named(pages.new.buyer_email)), 'tanaka@hakata-foods.example');
    await userEvent.selectOptions(screen.getByLabelText(named(pages.new.buyer_language)), 'ja');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'ข้าวหอมมะลิอินทรีย์' }));
    await typeThaiDate(named(pages.entry_form.occurred_on), '2026-02-01');
    await userEvent.selectOptions(
      screen.getByLabelText(named(pages.entry_form.direction)),
      'buyer_to_business',
    );
    await userEvent.selectOptions(screen.getByLabelText(named(pages.entry_form.channel)), 'email');
    await userEvent.click(screen.getByRole('button', { name: pages.new.save }));

    expect(await screen.findByText("the deal's page")).toBeTruthy();
    expect(sentChanges()[0]?.body).toEqual({
      entrepreneurId: BUSINESS_ID,
      partnerId: FUKUOKA_ID,
      buyerName: 'Tanaka Hiroshi',
      buyerOrganisation: null,
      buyerEmail: 'tanaka@hakata-foods.example',
      buyerLanguage: 'ja',
      productIds: [PRODUCT_ID],
      firstEntry: {
        kind: 'contact',
        occurredOn: '2026-02-01',
        contactDirection: 'buyer_to_business',
        contactChannel: 'email',
        note: null,
        closedReason: null,
      },
    });
  });

  it('asks for the city and the buyer, and shows the server’s refusal of the first entry’s date at its field', async () => {
    openNewDeal(() =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: th.errors.validation_failed,
            fields: [
              {
                path: 'firstEntry.occurredOn',
                code: 'in_future',
                message: th.outcomes.errors.date_in_future,
                messageKey: 'outcomes:errors.date_in_future',
              },
            ],
          },
        },
        400,
      ),
    );
    await screen.findByRole('option', { name: 'ฟุกุโอกะ (Fukuoka)' });

    await userEvent.click(screen.getByRole('button', { name: pages.new.save }));
    await waitFor(() =>
      expect(errorUnder(screen.getByLabelText(named(pages.pickers.city)))).toBe(th.errors.field.required),
    );
    expect(errorUnder(screen.getByLabelText(named(pages.new.buyer_name)))).toBe(th.errors.field.required);
    expect(sentChanges()).toEqual([]);

    await userEvent.selectOptions(screen.getByLabelText(named(pages.pickers.city)), FUKUOKA_ID);
    await userEvent.type(screen.getByLabelText(named(pages.new.buyer_name)), 'Tanaka Hiroshi');
    await userEvent.selectOptions(screen.getByLabelText(named(pages.entry_form.kind)), 'negotiating');
    await userEvent.click(screen.getByRole('button', { name: pages.new.save }));

    const date = screen.getByRole('group', { name: named(pages.entry_form.occurred_on) });
    await waitFor(() => expect(errorUnder(date)).toBe(th.outcomes.errors.date_in_future));
    expect(sentChanges()).toHaveLength(1);
  });
});

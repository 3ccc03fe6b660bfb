import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Permission } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { BUSINESS_ID, buildDeal, DEAL_ID } from '../utils/deal-factory.ts';
import { SessionDealLink } from './session-deal-link.tsx';

const th = catalogues.th.deal_pages.session_link;
const SESSION_ID = '77777777-7777-4777-8777-777777777777';
const TANAKA = '88888888-8888-4888-8888-888888888888';
const LEE = '99999999-9999-4999-8999-999999999999';
const names = { business: 'บ้านข้าวหอม', buyer: 'Tanaka Hiroshi' };
const fill = (text: string) => text.replace('{{business}}', names.business).replace('{{buyer}}', names.buyer);

/** Two contacts exchanged at the session: Tanaka's has a deal, Lee's not yet. */
function openRecord(permissions: Permission[], participantIds: string[]) {
  answerWith((request) => {
    if (request.path !== `/api/programme-sessions/${SESSION_ID}/deals`) return undefined;
    if (request.method === 'GET') {
      return json({
        items: [
          { entrepreneurId: BUSINESS_ID, participantId: TANAKA, dealId: DEAL_ID, stage: 'order' },
          { entrepreneurId: BUSINESS_ID, participantId: LEE, dealId: null, stage: null },
        ],
      });
    }
    return json(buildDeal(), 201);
  });
  return renderWithApp(
    <SignedInWith permissions={permissions}>
      <MemoryRouter initialEntries={['/programme/sessions/x']}>
        <Routes>
          <Route
            path="/programme/sessions/x"
            element={participantIds.map((participantId) => (
              <SessionDealLink
                key={participantId}
                sessionId={SESSION_ID}
                entrepreneurId={BUSINESS_ID}
                participantId={participantId}
                businessName={names.business}
                buyerName={names.buyer}
              />
            ))}
          />
          <Route path="/deals/:id" element={<p>the deal's page</p>} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

describe('the deal of a contact exchanged at a session', () => {
  it('links a contact to the deal started from it, with its stage', async () => {
    openRecord(['outcomes:read'], [TANAKA]);

    const link = await screen.findByRole('link', { name: fill(th.open_named) });
    expect(link.getAttribute('href')).toBe(`/deals/${DEAL_ID}`);
    expect(screen.getByText(catalogues.th.outcomes.stages.order)).toBeTruthy();
  });

  it('starts the deal of a contact for those who record deals, and opens it', async () => {
    openRecord(['outcomes:read', 'outcomes:edit'], [LEE]);

    await userEvent.click(await screen.findByRole('button', { name: fill(th.start_named) }));

    expect(await screen.findByText("the deal's page")).toBeTruthy();
    expect(sentChanges()).toEqual([
      {
        method: 'POST',
        path: `/api/programme-sessions/${SESSION_ID}/deals`,
        body: { entrepreneurId: BUSINESS_ID, participantId: LEE },
      },
    ]);
  });

  it('offers no start to a reader who may not record deals', async () => {
    openRecord(['outcomes:read'], [TANAKA, LEE]);

    // Once the contacts' deals are known, Tanaka's opens and Lee's offers nothing.
    await screen.findByRole('link', { name: fill(th.open_named) });
    expect(screen.queryByRole('button')).toBeNull();
  });
});

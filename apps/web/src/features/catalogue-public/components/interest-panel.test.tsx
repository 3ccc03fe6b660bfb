import type { ReactNode } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQueryClient } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '@bia/contracts';
import { publicCatalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { InterestPanel } from './interest-panel.tsx';

const ja = publicCatalogues.ja.catalogue_public.interest;
const productId = '2c4e6a8b-1d3f-4a5c-9e7b-0d2f4a6c8e1b';
const buyer: SessionInfo = {
  user: {
    id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    email: 'haruka@osaka-foods.example',
    displayName: 'Haruka',
    locale: 'en',
    roles: [{ role: 'partner_buyer', scopeType: 'partner', scopeId: 'osaka', scopeLabel: null }],
    isSample: false,
  },
  permissions: ['catalogue:interest'],
  csrfToken: 'csrf-token',
  isDemoMode: false,
};

/** A buyer signed in: the session the app shell keeps in the query cache. */
function SignedIn({ children }: { children: ReactNode }) {
  useQueryClient().setQueryData(['session'], buyer);
  return children;
}

function renderPanel() {
  return renderWithApp(
    <MemoryRouter>
      <SignedIn>
        <InterestPanel productId={productId} />
      </SignedIn>
    </MemoryRouter>,
    { locale: 'ja' },
  );
}

describe('InterestPanel', () => {
  it('sends the message trimmed, and thanks the buyer in their language', async () => {
    answerWith((request) => (request.method === 'POST' ? json({}, 201) : undefined));
    renderPanel();

    await userEvent.type(screen.getByLabelText(ja.message_label), '  サンプルを50個お願いします  ');
    await userEvent.click(screen.getByRole('button', { name: ja.submit }));

    expect((await screen.findByRole('status')).textContent).toContain(ja.done_title);
    expect(sentChanges()[0]?.body).toEqual({ message: 'サンプルを50個お願いします' });
  });

  it('puts the server’s refusal of the message under the message', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(400, 'validation_failed', 'Some fields are not valid.', [
            { path: 'message', code: 'too_long', message: '2000文字以内で入力してください' },
          ])
        : undefined,
    );
    renderPanel();

    await userEvent.type(screen.getByLabelText(ja.message_label), 'サンプル');
    await userEvent.click(screen.getByRole('button', { name: ja.submit }));

    const message = screen.getByLabelText(ja.message_label);
    await waitFor(() => expect(message.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('2000文字以内で入力してください')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

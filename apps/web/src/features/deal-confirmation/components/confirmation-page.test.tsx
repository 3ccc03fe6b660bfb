import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PublicConfirmation } from '@bia/contracts';
import { formatDate, formatMoney, publicCatalogues } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { DealConfirmationPage } from './confirmation-page.tsx';

const ja = publicCatalogues.ja.deal_confirmation;
const TOKEN = 'Qm2xVb9LpR4sTn8WcY3hJd6FgZ1aE5k7Qm2xVb9LpR4';
const VIEW_PATH = `/api/public/deal-confirmations/${TOKEN}`;
const ANSWER_PATH = `/api/public/deal-confirmations/${TOKEN}/answer`;

/** An order of chili paste by a Fukuoka buyer, as the server shows it in Japanese. */
function buildConfirmation(overrides: Partial<PublicConfirmation> = {}): PublicConfirmation {
  return {
    language: 'ja',
    expiresAt: '2027-03-03T03:00:00.000Z',
    buyer: { name: '田中健二', organisation: 'Hakata Imports K.K.' },
    business: { text: 'メーシーのチリキッチン', lang: 'ja', isFallback: false },
    entry: {
      kind: 'order',
      occurredOn: '2027-01-20',
      note: null,
      orderLines: [
        {
          id: '4b0f3f3e-2d7a-4f55-9d0e-1c8f2a7b6e10',
          product: { text: 'Dried mango', lang: 'en', isFallback: true },
          city: 'Fukuoka Prefecture',
          quantity: 500,
          unit: { text: '本', lang: 'ja' },
          value: 150000,
          currency: 'JPY',
          orderedOn: '2027-01-20',
          shippedOn: null,
        },
      ],
    },
    ...overrides,
  };
}

/** The page as the buyer opens their link in Japanese; the server shows `view` and answers with `answer`. */
function openLink(answer: (body: unknown) => Response | undefined, view: PublicConfirmation | Response) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === VIEW_PATH)
      return view instanceof Response ? view : json(view);
    if (request.method === 'POST' && request.path === ANSWER_PATH) return answer(request.body);
    return undefined;
  });
  return renderWithApp(
    <MemoryRouter initialEntries={[`/confirm/${TOKEN}?lang=ja`]}>
      <Routes>
        <Route path="/confirm/:token" element={<DealConfirmationPage />} />
      </Routes>
    </MemoryRouter>,
    { locale: 'ja' },
  );
}

describe('the confirmation page in Japanese', () => {
  it('shows the order in Japanese: the unit, the value in its currency, the date in the Gregorian calendar', async () => {
    openLink(() => undefined, buildConfirmation());

    const what = await screen.findByRole('region', { name: ja.what });
    expect(within(what).getByText('メーシーのチリキッチン').getAttribute('lang')).toBe('ja');
    expect(within(what).getByText(ja.kinds.order)).toBeTruthy();
    expect(within(what).getAllByText(formatDate('2027-01-20', 'ja'))).toHaveLength(2);
    expect(within(what).getByText('500本')).toBeTruthy();
    expect(within(what).getByText(formatMoney(150000, 'JPY', 'ja'))).toBeTruthy();
    expect(within(what).getByText(ja.lines.not_shipped)).toBeTruthy();
    expect(within(what).getByText('田中健二（Hakata Imports K.K.）')).toBeTruthy();
    // A product with no Japanese name: in English, marked as such, in Japanese.
    expect(within(what).getByText('Dried mango').getAttribute('lang')).toBe('en');
    expect(within(what).getByText(ja.fallback.in_english)).toBeTruthy();
    expect(what.textContent).not.toMatch(/2570/);
  });

  it('confirms with one click, and thanks the buyer in Japanese', async () => {
    openLink(
      () => json({ answer: 'confirmed', answeredAt: '2027-02-01T03:00:00.000Z' }),
      buildConfirmation(),
    );

    await userEvent.click(await screen.findByRole('button', { name: ja.confirm }));

    expect(await screen.findByText(ja.confirmed_title)).toBeTruthy();
    expect(screen.queryByRole('button', { name: ja.confirm })).toBeNull();
    expect(sentChanges()).toEqual([{ method: 'POST', path: ANSWER_PATH, body: { answer: 'confirm' } }]);
  });

  it('asks in Japanese for what is not right, sends nothing empty, then sends the note', async () => {
    openLink(() => json({ answer: 'disputed', answeredAt: '2027-02-01T03:00:00.000Z' }), buildConfirmation());

    await userEvent.click(await screen.findByRole('button', { name: ja.dispute }));
    const note = screen.getByLabelText(labelStarting(ja.dispute_note));
    await userEvent.type(note, '   ');
    await userEvent.click(screen.getByRole('button', { name: ja.send_dispute }));

    await waitFor(() => expect(errorUnder(note)).toBe(ja.field_errors.required));
    // The browser's own checks (in its language, not the page's) are off: the page words them.
    expect(note.closest('form')?.noValidate).toBe(true);
    expect(sentChanges()).toEqual([]);

    await userEvent.clear(note);
    await userEvent.type(note, '注文は300本です。');
    await userEvent.click(screen.getByRole('button', { name: ja.send_dispute }));

    expect(await screen.findByText(ja.disputed_title)).toBeTruthy();
    expect(sentChanges()).toEqual([
      { method: 'POST', path: ANSWER_PATH, body: { answer: 'dispute', note: '注文は300本です。' } },
    ]);
  });

  it.each([
    ['confirmation_link_not_found', 404, ja.errors.link_not_found],
    ['confirmation_link_expired', 410, ja.errors.link_expired],
    ['confirmation_link_used', 410, ja.errors.link_used],
    ['confirmation_entry_superseded', 409, ja.errors.entry_superseded],
    ['confirmation_entry_changed', 409, ja.errors.entry_changed],
    ['confirmation_already_confirmed', 409, ja.errors.already_confirmed],
  ] as const)(
    'says in Japanese, not in the server’s English, when the link is refused (%s)',
    async (code, status, message) => {
      openLink(() => undefined, apiError(status, code, 'This confirmation link cannot be used.'));

      expect(await screen.findByText(message)).toBeTruthy();
      expect(screen.queryByText('This confirmation link cannot be used.')).toBeNull();
      expect(screen.queryByRole('button', { name: ja.confirm })).toBeNull();
    },
  );

  it('says in Japanese that the link was used meanwhile when the answer is refused', async () => {
    openLink(
      () => apiError(410, 'confirmation_link_used', 'This confirmation link has been used already.'),
      buildConfirmation(),
    );

    await userEvent.click(await screen.findByRole('button', { name: ja.confirm }));

    expect(await screen.findByText(ja.errors.link_used)).toBeTruthy();
    expect(screen.queryByText(ja.confirmed_title)).toBeNull();
  });
});

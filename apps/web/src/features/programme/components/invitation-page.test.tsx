import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PublicInvitation } from '@bia/contracts';
import { publicCatalogues, type CatalogueLocale } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { InvitationPage } from './invitation-page.tsx';

const ja = publicCatalogues.ja.session_public;
const ko = publicCatalogues.ko.session_public;
const TOKEN = 'k7Qm2xVb9LpR4sTn8WcY3hJd6FgZ1aE5';
const REGISTRATION = `/api/public/invitations/${TOKEN}/registration`;

function buildInvitation(overrides: Partial<PublicInvitation> = {}): PublicInvitation {
  return {
    status: 'open',
    language: 'ja',
    title: { text: 'バンコク・ブランド × 福岡バイヤー商談会', lang: 'ja', isFallback: false },
    startsAt: '2026-12-15T06:00:00.000Z',
    endsAt: '2026-12-15T08:00:00.000Z',
    city: { nameEn: 'Fukuoka', nameTh: 'ฟุกุโอกะ', timeZone: 'Asia/Tokyo' },
    agenda: [{ kind: 'introductions', title: null, minutes: 15 }],
    products: [],
    meetingUrl: null,
    participant: null,
    ...overrides,
  };
}

/**
 * The page as a participant opens their link, in their language; the server shows `view` (or
 * refuses, given a Response) and answers a registration with `answer`.
 */
function openInvitation(
  locale: CatalogueLocale,
  answer: (body: unknown) => Response | undefined,
  view: PublicInvitation | Response = buildInvitation(),
) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === `/api/public/invitations/${TOKEN}`) {
      return view instanceof Response ? view : json(view);
    }
    if (request.method === 'POST' && request.path === REGISTRATION) return answer(request.body);
    return undefined;
  });
  return renderWithApp(
    <MemoryRouter initialEntries={[`/invitation/${TOKEN}`]}>
      <Routes>
        <Route path="/invitation/:token" element={<InvitationPage />} />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

describe('the invitation page’s registration', () => {
  it('says in Japanese what is missing or wrong, and sends nothing', async () => {
    openInvitation('ja', () => undefined);

    await userEvent.type(await screen.findByLabelText(labelStarting(ja.email)), 'kenji.example.jp');
    await userEvent.click(screen.getByRole('button', { name: ja.submit }));

    const fullName = screen.getByLabelText(labelStarting(ja.full_name));
    await waitFor(() => expect(errorUnder(fullName)).toBe(ja.field_errors.required));
    expect(errorUnder(screen.getByLabelText(labelStarting(ja.company)))).toBe(ja.field_errors.required);
    expect(errorUnder(screen.getByLabelText(labelStarting(ja.email)))).toBe(ja.field_errors.invalid_email);
    expect(errorUnder(screen.getByLabelText(labelStarting(ja.position)))).toBeNull();
    expect(fullName.getAttribute('aria-invalid')).toBe('true');
    expect(sentChanges()).toEqual([]);
  });

  it('words a name too long in Japanese, with the contract’s limit', async () => {
    openInvitation('ja', () => undefined);

    const fullName = await screen.findByLabelText(labelStarting(ja.full_name));
    // Typed past the field's own limit of 300 characters, as a pasted text could be.
    fullName.removeAttribute('maxlength');
    await userEvent.click(fullName);
    await userEvent.paste('あ'.repeat(201));
    await userEvent.type(screen.getByLabelText(labelStarting(ja.company)), 'Hakata Imports K.K.');
    await userEvent.type(screen.getByLabelText(labelStarting(ja.email)), 'kenji@hakata.example');
    await userEvent.click(screen.getByRole('button', { name: ja.submit }));

    await waitFor(() =>
      expect(errorUnder(fullName)).toBe(ja.field_errors.too_long.replace('{{max}}', '200')),
    );
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under its field, in the reader’s language (Korean)', async () => {
    openInvitation('ko', () =>
      json(
        {
          error: {
            code: 'validation_failed',
            message: 'Some fields are not valid.',
            fields: [
              {
                path: 'email',
                code: 'invalid_email',
                message: 'This e-mail address is not valid.',
                messageKey: 'errors:field.invalid_email',
              },
            ],
          },
        },
        400,
      ),
    );

    await userEvent.type(await screen.findByLabelText(labelStarting(ko.full_name)), '김민지');
    await userEvent.type(screen.getByLabelText(labelStarting(ko.company)), 'Seoul Food Trading Co.');
    await userEvent.type(screen.getByLabelText(labelStarting(ko.email)), ' minji@seoulfood.example ');
    await userEvent.click(screen.getByRole('button', { name: ko.submit }));

    const email = screen.getByLabelText(labelStarting(ko.email));
    await waitFor(() => expect(errorUnder(email)).toBe(ko.field_errors.invalid_email));
    expect(screen.queryByText('Some fields are not valid.')).toBeNull();
    expect(sentChanges()).toEqual([
      {
        method: 'POST',
        path: REGISTRATION,
        // The page's language, in which the server answers the registered session's texts.
        query: { lang: 'ko' },
        body: { fullName: '김민지', company: 'Seoul Food Trading Co.', email: 'minji@seoulfood.example' },
      },
    ]);
  });

  it('registers, and shows the registration in place of the form', async () => {
    openInvitation('ko', () =>
      json(buildInvitation({ status: 'registered', participant: { fullName: '김민지', company: 'SFT' } })),
    );

    await userEvent.type(await screen.findByLabelText(labelStarting(ko.full_name)), '김민지');
    await userEvent.type(screen.getByLabelText(labelStarting(ko.company)), 'SFT');
    await userEvent.type(screen.getByLabelText(labelStarting(ko.position)), '  ');
    await userEvent.type(screen.getByLabelText(labelStarting(ko.email)), 'minji@seoulfood.example');
    await userEvent.type(screen.getByLabelText(labelStarting(ko.interests)), '김치, 소스');
    await userEvent.click(screen.getByRole('button', { name: ko.submit }));

    await screen.findByText(ko.registered.replace('{{name}}', '김민지'));
    expect(screen.queryByRole('button', { name: ko.submit })).toBeNull();
    expect(sentChanges()[0]?.body).toEqual({
      fullName: '김민지',
      company: 'SFT',
      email: 'minji@seoulfood.example',
      interests: '김치, 소스',
    });
  });
});

describe('the invitation page in the reader’s language', () => {
  it('says in Japanese that a link is unknown, not the server’s English', async () => {
    const unknown = apiError(404, 'invitation_not_found', 'This invitation link is not valid.');
    openInvitation('ja', () => undefined, unknown);

    expect(await screen.findByText(ja.errors.invitation_not_found)).toBeTruthy();
    expect(screen.queryByText('This invitation link is not valid.')).toBeNull();
    expect(screen.queryByRole('button', { name: ja.submit })).toBeNull();
  });

  it('says in Japanese that the session is over when registering is refused for it', async () => {
    openInvitation('ja', () => apiError(410, 'session_over', 'This session has already taken place.'));

    await userEvent.type(await screen.findByLabelText(labelStarting(ja.full_name)), '山田健二');
    await userEvent.type(screen.getByLabelText(labelStarting(ja.company)), 'Hakata Imports K.K.');
    await userEvent.type(screen.getByLabelText(labelStarting(ja.email)), 'kenji@hakata.example');
    await userEvent.click(screen.getByRole('button', { name: ja.submit }));

    expect(await screen.findByText(ja.errors.session_over)).toBeTruthy();
  });

  it('words every empty field in Japanese on an empty submit, and sends nothing', async () => {
    openInvitation('ja', () => undefined);

    await userEvent.click(await screen.findByRole('button', { name: ja.submit }));

    for (const label of [ja.full_name, ja.company, ja.email]) {
      const field = screen.getByLabelText(labelStarting(label));
      await waitFor(() => expect(errorUnder(field)).toBe(ja.field_errors.required));
    }
    expect(screen.getByRole('button', { name: ja.submit }).closest('form')?.noValidate).toBe(true);
    expect(sentChanges()).toEqual([]);
  });

  it('marks a title shown in English on the Japanese page, and one in Japanese not', async () => {
    openInvitation('ja', () => undefined, {
      ...buildInvitation(),
      title: { text: 'Bangkok Brand × Fukuoka buyers', lang: 'en', isFallback: true },
      agenda: [
        { kind: 'introductions', title: null, minutes: 15 },
        { kind: 'custom', title: { text: '物流と通関', lang: 'ja', isFallback: false }, minutes: 15 },
      ],
    });

    const heading = await screen.findByRole('heading', { name: 'Bangkok Brand × Fukuoka buyers' });
    expect(within(heading).getByText('Bangkok Brand × Fukuoka buyers').getAttribute('lang')).toBe('en');
    expect(screen.getAllByText(ja.fallback.in_english)).toHaveLength(1);
    expect(screen.getByText('物流と通関').getAttribute('lang')).toBe('ja');
    expect(screen.getByText(ja.agenda_items.introductions, { exact: false })).toBeTruthy();
  });
});

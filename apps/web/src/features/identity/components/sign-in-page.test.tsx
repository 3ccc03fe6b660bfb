import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignInPage } from './sign-in-page.tsx';

const th = catalogues.th;
const en = catalogues.en;
const signedOut: SessionInfo = { user: null, permissions: [], csrfToken: null, isDemoMode: false };

/** The server: nobody signed in, and a sign-in answered by `onSignIn`. */
function serverAnswering(onSignIn: () => Response) {
  answerWith((request) => {
    if (request.path === '/api/auth/session') return json(signedOut);
    if (request.path === '/api/auth/sign-in') return onSignIn();
    return undefined;
  });
}

function renderSignIn(locale: 'th' | 'en' = 'th') {
  return renderWithApp(
    <MemoryRouter initialEntries={['/sign-in']}>
      <SignInPage />
    </MemoryRouter>,
    { locale },
  );
}

describe('SignInPage', () => {
  it('asks for the address and the password in the interface language, and sends nothing', async () => {
    serverAnswering(() => json(signedOut));
    renderSignIn();

    await userEvent.click(await screen.findByRole('button', { name: th.identity.sign_in.submit }));

    const email = screen.getByLabelText(th.identity.fields.email);
    const password = screen.getByLabelText(th.identity.fields.password);
    await waitFor(() => expect(errorUnder(email)).toBe(th.errors.field.required));
    expect(errorUnder(password)).toBe(th.errors.field.required);
    expect(screen.getByRole('alert').textContent).toBe(th.errors.validation_failed);
    expect(sentChanges()).toEqual([]);
  });

  it('says in English that an address is not one, before asking the server', async () => {
    serverAnswering(() => json(signedOut));
    renderSignIn('en');

    await userEvent.type(await screen.findByLabelText(en.identity.fields.email), 'somchai.example.org');
    await userEvent.type(screen.getByLabelText(en.identity.fields.password), 'a password');
    await userEvent.click(screen.getByRole('button', { name: en.identity.sign_in.submit }));

    const email = screen.getByLabelText(en.identity.fields.email);
    await waitFor(() => expect(errorUnder(email)).toBe(en.errors.field.invalid_email));
    expect(errorUnder(screen.getByLabelText(en.identity.fields.password))).toBeNull();
    expect(sentChanges()).toEqual([]);
  });

  it('shows the server’s refusal of a wrong password as the form’s alert', async () => {
    serverAnswering(() => apiError(401, 'invalid_credentials', th.identity.errors.invalid_credentials));
    renderSignIn();

    await userEvent.type(await screen.findByLabelText(th.identity.fields.email), ' somchai@bma.go.th ');
    await userEvent.type(screen.getByLabelText(th.identity.fields.password), 'not-the-password');
    await userEvent.click(screen.getByRole('button', { name: th.identity.sign_in.submit }));

    expect((await screen.findByRole('alert')).textContent).toBe(th.identity.errors.invalid_credentials);
    // The address is sent trimmed, the password exactly as typed.
    expect(sentChanges()[0]?.body).toEqual({ email: 'somchai@bma.go.th', password: 'not-the-password' });
  });

  it('puts the server’s field error under the field it names', async () => {
    serverAnswering(() =>
      apiError(400, 'validation_failed', th.errors.validation_failed, [
        { path: 'password', code: 'too_long', message: 'ต้องไม่เกิน 200 ตัวอักษร' },
      ]),
    );
    renderSignIn();

    await userEvent.type(await screen.findByLabelText(th.identity.fields.email), 'somchai@bma.go.th');
    await userEvent.type(screen.getByLabelText(th.identity.fields.password), 'x');
    await userEvent.click(screen.getByRole('button', { name: th.identity.sign_in.submit }));

    const password = screen.getByLabelText(th.identity.fields.password);
    await waitFor(() => expect(errorUnder(password)).toBe('ต้องไม่เกิน 200 ตัวอักษร'));
    expect(errorUnder(screen.getByLabelText(th.identity.fields.email))).toBeNull();
  });

  it('keeps the attributes password managers go by', async () => {
    serverAnswering(() => json(signedOut));
    renderSignIn();

    const email = await screen.findByLabelText(th.identity.fields.email);
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText(th.identity.fields.password).getAttribute('autocomplete')).toBe(
      'current-password',
    );
  });
});

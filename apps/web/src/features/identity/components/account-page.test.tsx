import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { AccountPage } from './account-page.tsx';

const th = catalogues.th;
const password = th.identity.password;
const session: SessionInfo = {
  user: {
    id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
    email: 'somchai@bma.go.th',
    displayName: 'สมชาย ใจดี',
    locale: 'th',
    roles: [{ role: 'iao_officer', scopeType: null, scopeId: null, scopeLabel: null }],
    isSample: false,
  },
  permissions: [],
  csrfToken: 'csrf-token',
  isDemoMode: false,
};

/** The server: this person signed in, and the other requests answered by `onChange`. */
function serverAnswering(onChange: (path: string) => Response | undefined = () => undefined) {
  answerWith((request) => (request.method === 'GET' ? json(session) : onChange(request.path)));
}

describe('AccountPage', () => {
  it('refuses a new password typed differently the second time, and sends nothing', async () => {
    serverAnswering();
    renderWithApp(<AccountPage />);

    await userEvent.type(await screen.findByLabelText(password.current), 'the-old-password');
    await userEvent.type(screen.getByLabelText(password.new), 'a-new-password-2569');
    await userEvent.type(screen.getByLabelText(password.confirm), 'a-new-password-2568');
    await userEvent.click(screen.getByRole('button', { name: th.identity.account.change_password }));

    const confirm = screen.getByLabelText(password.confirm);
    await waitFor(() => expect(errorUnder(confirm)).toBe(password.mismatch));
    expect(errorUnder(screen.getByLabelText(password.new))).toBeNull();
    expect(sentChanges()).toEqual([]);
  });

  it('asks for each password box, and says a short new password is too short', async () => {
    serverAnswering();
    renderWithApp(<AccountPage />);

    await userEvent.type(await screen.findByLabelText(password.new), 'short');
    await userEvent.click(screen.getByRole('button', { name: th.identity.account.change_password }));

    const current = screen.getByLabelText(password.current);
    await waitFor(() => expect(errorUnder(current)).toBe(th.errors.field.required));
    expect(errorUnder(screen.getByLabelText(password.new))).toBe(
      th.errors.field.too_short.replace('{{min}}', '10'),
    );
    expect(errorUnder(screen.getByLabelText(password.confirm))).toBe(th.errors.field.required);
    expect(sentChanges()).toEqual([]);
  });

  it('changes the password, then empties the boxes', async () => {
    serverAnswering((path) =>
      path === '/api/auth/password/change' ? new Response(null, { status: 204 }) : undefined,
    );
    renderWithApp(<AccountPage />);

    await userEvent.type(await screen.findByLabelText(password.current), 'the-old-password');
    await userEvent.type(screen.getByLabelText(password.new), 'a-new-password-2569');
    await userEvent.type(screen.getByLabelText(password.confirm), 'a-new-password-2569');
    await userEvent.click(screen.getByRole('button', { name: th.identity.account.change_password }));

    expect((await screen.findByRole('status')).textContent).toBe(th.identity.account.password_changed);
    expect(sentChanges()[0]?.body).toEqual({
      currentPassword: 'the-old-password',
      newPassword: 'a-new-password-2569',
    });
    expect(screen.getByLabelText<HTMLInputElement>(password.current).value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>(password.confirm).value).toBe('');
  });

  it('puts the server’s refusal of the current password under that box', async () => {
    serverAnswering(() =>
      apiError(400, 'validation_failed', th.errors.validation_failed, [
        { path: 'currentPassword', code: 'wrong_password', message: 'รหัสผ่านปัจจุบันไม่ถูกต้อง' },
      ]),
    );
    renderWithApp(<AccountPage />);

    await userEvent.type(await screen.findByLabelText(password.current), 'not-the-password');
    await userEvent.type(screen.getByLabelText(password.new), 'a-new-password-2569');
    await userEvent.type(screen.getByLabelText(password.confirm), 'a-new-password-2569');
    await userEvent.click(screen.getByRole('button', { name: th.identity.account.change_password }));

    const current = screen.getByLabelText(password.current);
    await waitFor(() => expect(errorUnder(current)).toBe('รหัสผ่านปัจจุบันไม่ถูกต้อง'));
  });

  it('asks for a display name, and saves one trimmed', async () => {
    serverAnswering((path) => (path === '/api/auth/me' ? json(session) : undefined));
    renderWithApp(<AccountPage />);

    const name = await screen.findByLabelText(th.identity.fields.display_name);
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(errorUnder(name)).toBe(th.errors.field.required));
    expect(sentChanges()).toEqual([]);

    await userEvent.type(name, '  สมชาย  ');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await waitFor(() => expect(sentChanges()[0]?.body).toEqual({ displayName: 'สมชาย' }));
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ResetPasswordPage } from './reset-password-page.tsx';

const th = catalogues.th;
const password = th.identity.password;
const token = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

function renderReset() {
  return renderWithApp(
    <MemoryRouter initialEntries={[`/reset-password?token=${token}`]}>
      <ResetPasswordPage />
    </MemoryRouter>,
  );
}

describe('ResetPasswordPage', () => {
  it('refuses two different passwords, and sends nothing', async () => {
    renderReset();

    await userEvent.type(screen.getByLabelText(password.new), 'a-new-password-2569');
    await userEvent.type(screen.getByLabelText(password.confirm), 'another-password-2569');
    await userEvent.click(screen.getByRole('button', { name: th.identity.reset.submit }));

    await waitFor(() => expect(errorUnder(screen.getByLabelText(password.confirm))).toBe(password.mismatch));
    expect(screen.getByRole('alert').textContent).toBe(th.errors.validation_failed);
    expect(sentChanges()).toEqual([]);
  });

  it('sends the link’s token with the new password, and offers a new link when it was used', async () => {
    answerWith(() => apiError(400, 'token_used', th.identity.errors.token_used));
    renderReset();

    await userEvent.type(screen.getByLabelText(password.new), 'a-new-password-2569');
    await userEvent.type(screen.getByLabelText(password.confirm), 'a-new-password-2569');
    await userEvent.click(screen.getByRole('button', { name: th.identity.reset.submit }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(th.identity.errors.token_used);
    expect(screen.getByRole('link', { name: th.identity.reset.request_new })).toBeDefined();
    expect(sentChanges()[0]?.body).toEqual({ token, newPassword: 'a-new-password-2569' });
  });
});

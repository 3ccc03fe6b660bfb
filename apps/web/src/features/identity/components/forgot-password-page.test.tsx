import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { MailMode } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ForgotPasswordPage } from './forgot-password-page.tsx';

const th = catalogues.th;
const forgot = th.identity.forgot;

async function askForLink(mail: MailMode) {
  answerWith(() => json({ accepted: true, mail }, 202));
  renderWithApp(
    <MemoryRouter initialEntries={['/forgot-password']}>
      <ForgotPasswordPage />
    </MemoryRouter>,
  );
  await userEvent.type(screen.getByLabelText(th.identity.fields.email), 'somchai@example.org');
  await userEvent.click(screen.getByRole('button', { name: forgot.submit }));
}

describe('ForgotPasswordPage', () => {
  it('does not say a link was e-mailed when no mail server is configured, and says who can give it', async () => {
    await askForLink('outbox');

    expect(
      await screen.findByText(forgot.sent_outbox.replace('{{email}}', 'somchai@example.org')),
    ).toBeDefined();
    expect(screen.queryByText(forgot.sent.replace('{{email}}', 'somchai@example.org'))).toBeNull();
  });

  it('says the link was e-mailed when a mail server is configured', async () => {
    await askForLink('smtp');

    expect(await screen.findByText(forgot.sent.replace('{{email}}', 'somchai@example.org'))).toBeDefined();
  });
});

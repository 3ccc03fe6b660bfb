import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import type { CreatedUser } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { buildBusiness } from '../../../testing/catalogue-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { ConsentSection } from './consent-section.tsx';
import { InviteSection } from './invite-section.tsx';

const th = catalogues.th;
const pages = th.catalogue_pages;

describe('InviteSection', () => {
  it('says an address that has an account already at the address field', async () => {
    answerWith((request) =>
      request.method === 'POST' ? apiError(409, 'email_taken', th.identity.errors.email_taken) : undefined,
    );
    renderWithApp(<InviteSection business={buildBusiness()} />);

    const email = screen.getByLabelText<HTMLInputElement>(labelStarting(pages.invite.email));
    expect(email.value).toBe('somsri@example.org');
    await userEvent.click(screen.getByRole('button', { name: pages.invite.send }));

    await waitFor(() => expect(errorUnder(email)).toBe(th.identity.errors.email_taken));
    expect(screen.queryByRole('alert')).toBeNull();
    // The owner's name is the account's name unless another is typed.
    expect(sentChanges()[0]?.body).toEqual({
      email: 'somsri@example.org',
      displayName: 'สมศรี ใจดี',
      locale: 'th',
    });
  });

  it('refuses an address that is not one before sending, and says the invitation was sent', async () => {
    const invited: Partial<CreatedUser> = {
      email: 'mali@example.org',
      displayName: 'มะลิ',
      invitation: { delivery: 'sent' },
    };
    answerWith((request) => (request.method === 'POST' ? json(invited, 201) : undefined));
    renderWithApp(<InviteSection business={buildBusiness({ email: null, ownerName: null })} />);

    const email = screen.getByLabelText<HTMLInputElement>(labelStarting(pages.invite.email));
    await userEvent.type(email, 'mali.example.org');
    await userEvent.click(screen.getByRole('button', { name: pages.invite.send }));
    await waitFor(() => expect(errorUnder(email)).toBe(th.errors.field.invalid_email));
    expect(sentChanges()).toEqual([]);

    await userEvent.clear(email);
    await userEvent.type(email, 'mali@example.org');
    await userEvent.click(screen.getByRole('button', { name: pages.invite.send }));

    expect((await screen.findByRole('status')).textContent).toContain(pages.invite.sent_title);
    expect(sentChanges()[0]?.body).toEqual({ email: 'mali@example.org', locale: 'th' });
    expect(email.value).toBe('');
  });
});

describe('InviteSection without a mail server', () => {
  it('does not say sent when the invitation only waits in the outbox, and shows an administrator the way there', async () => {
    const invited: Partial<CreatedUser> = {
      email: 'mali@example.org',
      displayName: 'มะลิ',
      invitation: { delivery: 'outbox' },
    };
    answerWith((request) => (request.method === 'POST' ? json(invited, 201) : undefined));
    renderWithApp(
      <MemoryRouter>
        <SignedInWith permissions={['catalogue:manage', 'outbox:read']}>
          <InviteSection business={buildBusiness()} />
        </SignedInWith>
      </MemoryRouter>,
    );

    await userEvent.click(screen.getByRole('button', { name: pages.invite.send }));

    const result = await screen.findByRole('status');
    expect(result.textContent).toContain(pages.invite.outbox_title);
    expect(result.textContent).not.toContain(pages.invite.sent_title);
    expect(screen.getByRole('link', { name: pages.invite.open_outbox }).getAttribute('href')).toBe(
      '/admin/outbox',
    );
  });
});

describe('ConsentSection', () => {
  it('records consent given on a day as the start of that day in Bangkok, with the business’s version', async () => {
    const business = buildBusiness();
    answerWith((request) => (request.method === 'POST' ? json(business) : undefined));
    renderWithApp(<ConsentSection business={business} />);

    await typeThaiDate(pages.consent.given_at, '2026-02-14');
    await userEvent.click(screen.getByRole('button', { name: pages.consent.record }));

    await waitFor(() =>
      expect(sentChanges()[0]?.body).toEqual({
        version: 4,
        method: 'signed_form',
        givenAt: '2026-02-13T17:00:00.000Z',
      }),
    );
  });

  it('puts the server’s refusal of a future day under the day', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(400, 'validation_failed', th.errors.validation_failed, [
            { path: 'givenAt', code: 'future', message: 'วันที่ต้องไม่อยู่ในอนาคต' },
          ])
        : undefined,
    );
    renderWithApp(<ConsentSection business={buildBusiness()} />);

    await userEvent.click(screen.getByRole('button', { name: pages.consent.record }));

    const day = screen.getByRole('group', { name: pages.consent.given_at });
    await waitFor(() => expect(errorUnder(day)).toBe('วันที่ต้องไม่อยู่ในอนาคต'));
  });
});

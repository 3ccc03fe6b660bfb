import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EntrepreneurDetail, User } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ConsentSection } from './consent-section.tsx';
import { InviteSection } from './invite-section.tsx';

const th = catalogues.th;
const pages = th.catalogue_pages;

/** A business as a Social Development officer sees it: no consent recorded yet. */
function buildBusiness(overrides: Partial<EntrepreneurDetail> = {}): EntrepreneurDetail {
  return {
    id: '6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a',
    name: { th: 'ผ้าไหมบางรัก', en: 'Bang Rak Silk', ja: null, ko: null, zh: null },
    legalForm: 'individual',
    districtCode: '1004',
    languages: ['th'],
    exportExperience: 'none',
    exportReadiness: 'not_ready',
    productCount: 0,
    listedProductCount: 0,
    isSample: false,
    ownerName: 'สมศรี ใจดี',
    registrationNumber: null,
    address: null,
    email: 'somsri@example.org',
    phone: null,
    website: null,
    lineId: null,
    contactsHidden: false,
    productionCapacity: null,
    consent: { state: 'none', givenAt: null, method: null, recordedBy: null, withdrawnAt: null },
    version: 4,
    createdAt: '2026-01-05T03:00:00.000Z',
    updatedAt: '2026-01-05T03:00:00.000Z',
    products: [],
    can: { edit: true, manage: true },
    ...overrides,
  };
}

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
    const invited: Partial<User> = { email: 'mali@example.org', displayName: 'มะลิ' };
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

describe('ConsentSection', () => {
  it('records consent given on a day as the start of that day in Bangkok, with the business’s version', async () => {
    const business = buildBusiness();
    answerWith((request) => (request.method === 'POST' ? json(business) : undefined));
    renderWithApp(<ConsentSection business={business} />);

    const day = screen.getByLabelText(pages.consent.given_at);
    await userEvent.clear(day);
    await userEvent.type(day, '2026-02-14');
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

    const day = screen.getByLabelText(pages.consent.given_at);
    await waitFor(() => expect(errorUnder(day)).toBe('วันที่ต้องไม่อยู่ในอนาคต'));
  });
});

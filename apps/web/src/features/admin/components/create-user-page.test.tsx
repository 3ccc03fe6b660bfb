import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import type { PartnerSummary } from '@bia/contracts';
import { apiError, answerWith, json, type SentRequest } from '../../../testing/api-double.ts';
import { buildBusiness } from '../../../testing/catalogue-factory.ts';
import { buildPartnerDetail } from '../../../testing/partner-factory.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { CreateUserPage } from './create-user-page.tsx';

const th = catalogues.th;
const userForm = th.admin.user_form;

function renderCreateUser() {
  return renderWithApp(
    <MemoryRouter initialEntries={['/admin/users/new']}>
      <CreateUserPage />
    </MemoryRouter>,
  );
}

const business = buildBusiness();
const wellington = buildPartnerDetail();
const fukuoka = buildPartnerDetail({
  id: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  nameTh: 'ฟุกุโอกะ',
  nameEn: 'Fukuoka',
  countryCode: 'JP',
});

/** The lists the scope pickers search, as the server answers them (a partner found by a part of its name). */
function scopeLists(request: SentRequest): Response | undefined {
  if (request.path === '/api/catalogue/entrepreneurs') {
    return json({ items: [business], total: 1, page: 1, pageSize: 50 });
  }
  if (request.path === '/api/partners') {
    const needle = request.query?.q?.toLowerCase() ?? '';
    const items = [wellington, fukuoka].filter((partner: PartnerSummary) =>
      [partner.nameTh, partner.nameEn].some((name) => name?.toLowerCase().includes(needle)),
    );
    return json({ items, total: items.length });
  }
  return undefined;
}

function chooseRole(name: string) {
  return userEvent.click(
    within(screen.getByRole('group', { name: userForm.roles })).getByRole('checkbox', { name }),
  );
}

describe('CreateUserPage', () => {
  it('asks for the address, the name and a role in the interface language, and sends nothing', async () => {
    renderCreateUser();

    await userEvent.click(screen.getByRole('button', { name: userForm.create_submit }));

    await waitFor(() =>
      expect(errorUnder(screen.getByLabelText(userForm.email))).toBe(th.errors.field.required),
    );
    expect(errorUnder(screen.getByLabelText(userForm.display_name))).toBe(th.errors.field.required);
    expect(
      within(screen.getByRole('group', { name: userForm.roles })).getByText(userForm.roles_required),
    ).toBeDefined();
    expect(screen.getByRole('alert').textContent).toBe(th.errors.validation_failed);
    expect(sentChanges()).toEqual([]);
  });

  it('asks for the scope of a role that has one, and a first password long enough when one is set', async () => {
    answerWith(scopeLists);
    renderCreateUser();

    await userEvent.type(screen.getByLabelText(userForm.email), 'mali@example.org');
    await userEvent.type(screen.getByLabelText(userForm.display_name), 'มะลิ');
    await chooseRole(th.identity.roles.entrepreneur);
    await userEvent.click(screen.getByRole('radio', { name: userForm.access_password }));
    await userEvent.type(screen.getByLabelText(userForm.first_password), 'short');
    await userEvent.click(screen.getByRole('button', { name: userForm.create_submit }));

    const scope = screen.getByLabelText(userForm.scope_business);
    await waitFor(() => expect(errorUnder(scope)).toBe(userForm.scope_required));
    expect(errorUnder(screen.getByLabelText(userForm.first_password))).toBe(
      th.errors.field.too_short.replace('{{min}}', '10'),
    );
    expect(sentChanges()).toEqual([]);

    // Choosing the scope clears its message at once.
    await userEvent.selectOptions(
      scope,
      await screen.findByRole('option', { name: 'ผ้าไหมบางรัก (Bang Rak Silk)' }),
    );
    await waitFor(() => expect(errorUnder(scope)).toBeNull());
  });

  it('puts the server’s field errors under the fields they name: the address, and a role’s scope', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(409, 'email_taken', th.identity.errors.email_taken, [
            { path: 'email', code: 'email_taken', message: th.identity.errors.email_taken },
            {
              path: 'roles.1.scopeId',
              code: 'unknown_business',
              message: th.identity.errors.unknown_business,
            },
          ])
        : scopeLists(request),
    );
    renderCreateUser();

    await userEvent.type(screen.getByLabelText(userForm.email), ' mali@example.org ');
    await userEvent.type(screen.getByLabelText(userForm.display_name), 'มะลิ');
    await chooseRole(th.identity.roles.executive);
    await chooseRole(th.identity.roles.entrepreneur);
    await userEvent.selectOptions(
      screen.getByLabelText(userForm.scope_business),
      await screen.findByRole('option', { name: 'ผ้าไหมบางรัก (Bang Rak Silk)' }),
    );
    await userEvent.click(screen.getByRole('button', { name: userForm.create_submit }));

    const email = screen.getByLabelText(userForm.email);
    await waitFor(() => expect(errorUnder(email)).toBe(th.identity.errors.email_taken));
    expect(errorUnder(screen.getByLabelText(userForm.scope_business))).toBe(
      th.identity.errors.unknown_business,
    );
    expect(sentChanges()[0]?.body).toEqual({
      email: 'mali@example.org',
      displayName: 'มะลิ',
      locale: 'th',
      roles: [{ role: 'executive' }, { role: 'entrepreneur', scopeId: business.id }],
    });
  });

  it('finds a partner city by part of its name and sends its id, never asking for the id', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(409, 'email_taken', th.identity.errors.email_taken)
        : scopeLists(request),
    );
    renderCreateUser();

    await userEvent.type(screen.getByLabelText(userForm.email), 'coordinator@wellington.example');
    await userEvent.type(screen.getByLabelText(userForm.display_name), 'Aroha');
    await chooseRole(th.identity.roles.partner_coordinator);
    await userEvent.type(screen.getByLabelText(userForm.partner_search), 'wellin');

    // Only the city whose name holds what was typed is offered, named in Thai and English.
    const city = screen.getByLabelText(userForm.scope_partner);
    await waitFor(() => expect(within(city).queryByRole('option', { name: /Fukuoka/ })).toBeNull());
    await userEvent.selectOptions(city, within(city).getByRole('option', { name: 'เวลลิงตัน (Wellington)' }));
    await userEvent.click(screen.getByRole('button', { name: userForm.create_submit }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toMatchObject({
      roles: [{ role: 'partner_coordinator', scopeId: wellington.id }],
    });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith } from '../../../testing/api-double.ts';
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

    // Filling the scope in clears its message at once.
    await userEvent.type(scope, '8f1c2d3e-4a5b-4c6d-9e7f-0a1b2c3d4e5f');
    await waitFor(() => expect(errorUnder(scope)).toBeNull());
  });

  it('puts the server’s field errors under the fields they name: the address, and a role’s scope', async () => {
    answerWith((request) =>
      request.method === 'POST'
        ? apiError(409, 'email_taken', th.identity.errors.email_taken, [
            { path: 'email', code: 'email_taken', message: th.identity.errors.email_taken },
            { path: 'roles.1.scopeId', code: 'unknown_unit', message: th.identity.errors.unknown_unit },
          ])
        : undefined,
    );
    renderCreateUser();

    await userEvent.type(screen.getByLabelText(userForm.email), ' mali@example.org ');
    await userEvent.type(screen.getByLabelText(userForm.display_name), 'มะลิ');
    await chooseRole(th.identity.roles.executive);
    await chooseRole(th.identity.roles.entrepreneur);
    await userEvent.type(screen.getByLabelText(userForm.scope_business), 'no-such-business');
    await userEvent.click(screen.getByRole('button', { name: userForm.create_submit }));

    const email = screen.getByLabelText(userForm.email);
    await waitFor(() => expect(errorUnder(email)).toBe(th.identity.errors.email_taken));
    expect(errorUnder(screen.getByLabelText(userForm.scope_business))).toBe(th.identity.errors.unknown_unit);
    expect(sentChanges()[0]?.body).toEqual({
      email: 'mali@example.org',
      displayName: 'มะลิ',
      locale: 'th',
      roles: [{ role: 'executive' }, { role: 'entrepreneur', scopeId: 'no-such-business' }],
    });
  });
});

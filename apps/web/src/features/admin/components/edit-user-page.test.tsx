import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { User } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { EditUserPage } from './edit-user-page.tsx';

const th = catalogues.th;
const userForm = th.admin.user_form;

function buildUser(overrides: Partial<User> = {}): User {
  return {
    id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
    email: 'mali@example.org',
    displayName: 'มะลิ',
    locale: 'th',
    roles: [{ role: 'executive', scopeType: null, scopeId: null, scopeLabel: null }],
    isActive: true,
    isSample: false,
    hasPassword: true,
    version: 1,
    createdAt: '2026-01-05T03:00:00.000Z',
    updatedAt: '2026-01-05T03:00:00.000Z',
    ...overrides,
  };
}

function renderEditUser(user: User) {
  return renderWithApp(
    <MemoryRouter initialEntries={[`/admin/users/${user.id}`]}>
      <Routes>
        <Route path="/admin/users/:id" element={<EditUserPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const rolesGroup = () => screen.getByRole('group', { name: userForm.roles });
const roleBox = (name: string) => within(rolesGroup()).getByRole<HTMLInputElement>('checkbox', { name });

describe('EditUserPage', () => {
  it('refuses an empty name and no role at all, and sends nothing', async () => {
    const user = buildUser();
    answerWith((request) => (request.method === 'GET' ? json(user) : undefined));
    renderEditUser(user);

    const name = await screen.findByLabelText(userForm.display_name);
    await userEvent.clear(name);
    await userEvent.click(roleBox(th.identity.roles.executive));
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));

    await waitFor(() => expect(errorUnder(name)).toBe(th.errors.field.required));
    expect(within(rolesGroup()).getByText(userForm.roles_required)).toBeDefined();
    expect(sentChanges()).toEqual([]);
  });

  it('after a stale save, keeps the name typed, takes the roles someone else saved, and saves to the new version', async () => {
    const loaded = buildUser({ version: 1 });
    const latest = buildUser({
      version: 2,
      roles: [
        { role: 'executive', scopeType: null, scopeId: null, scopeLabel: null },
        { role: 'strategy_officer', scopeType: null, scopeId: null, scopeLabel: null },
      ],
    });
    let isStale = true;
    let reads = 0;
    answerWith((request) => {
      if (request.method === 'GET') {
        reads += 1;
        return json(reads === 1 ? loaded : latest);
      }
      if (request.method === 'PATCH') {
        return isStale
          ? apiError(409, 'conflict_stale', th.errors.conflict_stale)
          : json({ ...latest, version: 3, displayName: 'มะลิ วงศ์ดี' });
      }
      return undefined;
    });
    renderEditUser(loaded);

    const name = await screen.findByLabelText<HTMLInputElement>(userForm.display_name);
    await userEvent.clear(name);
    await userEvent.type(name, 'มะลิ วงศ์ดี');
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await userEvent.click(await screen.findByRole('button', { name: userForm.load_latest }));

    expect((await screen.findByText(userForm.reloaded)).textContent).toBe(userForm.reloaded);
    expect(name.value).toBe('มะลิ วงศ์ดี');
    expect(roleBox(th.identity.roles.strategy_officer).checked).toBe(true);

    isStale = false;
    await userEvent.click(screen.getByRole('button', { name: th.common.actions.save }));
    await screen.findByText(userForm.saved);
    // Only what differs from the latest version is sent, against that version.
    expect(sentChanges().at(-1)?.body).toEqual({ version: 2, displayName: 'มะลิ วงศ์ดี' });
  });
});

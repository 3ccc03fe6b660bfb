import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { User } from '@bia/contracts';
import { catalogues, formatDateTime } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildUser } from '../../../testing/user-factory.ts';
import { EditUserPage } from './edit-user-page.tsx';

const th = catalogues.th;
const userForm = th.admin.user_form;

/** The user's page, arrived at as the create form sends one there (`state`) or directly. */
function renderEditUser(user: User, state?: unknown) {
  return renderWithApp(
    <MemoryRouter initialEntries={[{ pathname: `/admin/users/${user.id}`, state }]}>
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

  it('says a new account’s invitation waits in the outbox when no mail server took it, with the way to the outbox', async () => {
    const user = buildUser({ hasPassword: false });
    answerWith((request) => (request.method === 'GET' ? json(user) : undefined));
    renderEditUser(user, { notice: { kind: 'created_invited', delivery: 'outbox' } });

    const notice = await screen.findByText(
      userForm.invitation.created_outbox.replace('{{email}}', 'mali@example.org'),
    );
    const link = within(notice.closest('.alert') as HTMLElement).getByRole('link', {
      name: userForm.invitation.open_outbox,
    });
    expect(link.getAttribute('href')).toBe('/admin/outbox');
    expect(screen.queryByText(/ส่งอีเมลเชิญไปที่/)).toBeNull();
  });

  it('says a new invitation was e-mailed only when the mail server took it', async () => {
    const user = buildUser({ hasPassword: false });
    answerWith((request) => (request.method === 'GET' ? json(user) : json({ delivery: 'sent' }, 202)));
    renderEditUser(user);

    await userEvent.click(await screen.findByRole('button', { name: userForm.resend_invitation }));

    expect(
      await screen.findByText(userForm.invitation.resent_sent.replace('{{email}}', 'mali@example.org')),
    ).toBeDefined();
    expect(screen.queryByRole('link', { name: userForm.invitation.open_outbox })).toBeNull();
    expect(sentChanges().map((request) => request.path)).toEqual([`/api/users/${user.id}/invitation`]);
  });

  it('shows that sign-in is locked and until when, and unlocks it', async () => {
    const lockedUntil = '2026-11-22T03:15:00.000Z';
    const user = buildUser({ signInLockedUntil: lockedUntil });
    answerWith((request) =>
      request.method === 'GET' ? json(user) : json({ ...user, signInLockedUntil: null }),
    );
    renderEditUser(user);

    const until = userForm.locked_until.replace('{{time}}', formatDateTime(lockedUntil, 'th'));
    expect(await screen.findByText(until)).toBeDefined();
    expect(screen.getByText(th.admin.users.locked)).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: userForm.unlock }));

    expect(await screen.findByText(userForm.unlocked)).toBeDefined();
    expect(screen.getByText(userForm.sign_in_open)).toBeDefined();
    expect(screen.queryByRole('button', { name: userForm.unlock })).toBeNull();
    expect(sentChanges().map((request) => request.path)).toEqual([`/api/users/${user.id}/unlock`]);
  });
});

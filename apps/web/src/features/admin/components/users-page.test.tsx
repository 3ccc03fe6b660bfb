import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildUser } from '../../../testing/user-factory.ts';
import { UsersPage } from './users-page.tsx';

const th = catalogues.th;
const partnerId = '0b7d4a1e-3c5f-4b8e-9a2d-6f1e2c3d4a5b';

describe('UsersPage', () => {
  it('names each role’s scope (a partner city) rather than showing its id, and says when sign-in is locked', async () => {
    const coordinator = buildUser({
      displayName: 'Aroha',
      roles: [
        { role: 'partner_coordinator', scopeType: 'partner', scopeId: partnerId, scopeLabel: 'เวลลิงตัน' },
      ],
      signInLockedUntil: '2026-11-22T03:15:00.000Z',
    });
    answerWith((request) =>
      request.path === '/api/users'
        ? json({ items: [coordinator], total: 1, page: 1, pageSize: 50 })
        : undefined,
    );
    renderWithApp(
      <MemoryRouter initialEntries={['/admin/users']}>
        <UsersPage />
      </MemoryRouter>,
    );

    const row = (await screen.findByRole('link', { name: 'Aroha' })).closest('tr') as HTMLElement;
    expect(
      within(row).getByText(
        th.identity.role_with_scope
          .replace('{{role}}', th.identity.roles.partner_coordinator)
          .replace('{{scope}}', 'เวลลิงตัน'),
      ),
    ).toBeDefined();
    expect(row.textContent).not.toContain(partnerId);
    expect(within(row).getByText(th.admin.users.locked)).toBeDefined();
  });
});

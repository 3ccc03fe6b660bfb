import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { NamedAuditEvent } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { AuditPage } from './audit-page.tsx';

const en = catalogues.en.admin.audit;
const th = catalogues.th.admin.audit;
const USER_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const ADMIN_ID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

function buildEvent(overrides: Partial<NamedAuditEvent> = {}): NamedAuditEvent {
  return {
    id: 1,
    occurredAt: '2026-01-05T03:00:00.000Z',
    actorUserId: ADMIN_ID,
    actorEmail: 'admin@example.org',
    actorName: 'สมศรี ใจดี',
    action: 'user.create',
    entityType: 'user',
    entityId: USER_ID,
    before: null,
    after: { displayName: 'มะลิ' },
    ipAddress: null,
    record: { name: 'มะลิ', within: null, page: { type: 'user', id: USER_ID }, isGone: false },
    ...overrides,
  };
}

/** The server: the events given, and one person who made changes. */
function answerAudit(events: NamedAuditEvent[]) {
  answerWith((request) => {
    if (request.path === '/api/audit/actors') {
      return json({ items: [{ id: ADMIN_ID, name: 'สมศรี ใจดี', email: 'admin@example.org' }] });
    }
    if (request.path === '/api/audit') {
      return json({ items: events, total: events.length, page: 1, pageSize: 50 });
    }
    return undefined;
  });
}

/** The address the page is at, to see that it keeps the filters. */
function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

function renderAuditPage(locale: 'th' | 'en', entry = '/admin/audit') {
  return renderWithApp(
    <MemoryRouter initialEntries={[entry]}>
      <Routes>
        <Route
          path="/admin/audit"
          element={
            <>
              <AuditPage />
              <Address />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

/** The audit list's requests, with the filters each sent. */
const listQueries = () =>
  sentRequests()
    .filter((request) => request.path === '/api/audit')
    .map((request) => request.query ?? {});

describe('AuditPage', () => {
  it('shows each action in words, the record by its name with a link to its page, and who made it', async () => {
    answerAudit([buildEvent()]);
    renderAuditPage('en');

    const table = await screen.findByRole('table', { name: en.table_caption });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('Created a user account')).toBeDefined();
    expect(within(row).getByRole('link', { name: 'มะลิ' }).getAttribute('href')).toBe(
      `/admin/users/${USER_ID}`,
    );
    expect(within(row).getByText('สมศรี ใจดี')).toBeDefined();
    expect(within(row).queryByText('user.create')).toBeNull();
    expect(within(row).queryByText(USER_ID)).toBeNull();
  });

  it('names a removed record from the trail, marked removed and without a link, within what it belonged to', async () => {
    answerAudit([
      buildEvent({
        action: 'liaison_officer.delete',
        entityType: 'liaison_officer',
        record: { name: 'สมชาย ประสานงาน', within: null, page: null, isGone: true },
      }),
      buildEvent({
        id: 2,
        action: 'agreement.update',
        entityType: 'agreement',
        record: { name: 'MoU', within: 'Fukuoka', page: { type: 'partner', id: USER_ID }, isGone: false },
      }),
    ]);
    renderAuditPage('th');

    const table = await screen.findByRole('table', { name: th.table_caption });
    const [removed, changed] = within(table).getAllByRole('row').slice(1);
    expect(within(removed!).getByText('ลบผู้ประสานงานประจำหน่วยงาน')).toBeDefined();
    expect(within(removed!).getByText('สมชาย ประสานงาน').closest('a')).toBeNull();
    expect(within(removed!).getByText(th.record_gone)).toBeDefined();
    expect(within(changed!).getByText('แก้ไขข้อตกลง')).toBeDefined();
    expect(within(changed!).getByRole('link', { name: 'MoU' }).getAttribute('href')).toBe(
      `/partners/${USER_ID}`,
    );
    expect(within(changed!).getByText('ของ Fukuoka')).toBeDefined();
  });

  it('filters by an action picked by name, grouped by record type, sending its code and keeping it in the address', async () => {
    answerAudit([buildEvent()]);
    renderAuditPage('th');
    const actions = await screen.findByRole('combobox', { name: th.action });

    const users = within(actions).getByRole('group', { name: th.record_types.user });
    expect(within(users).getByRole('option', { name: 'สร้างบัญชีผู้ใช้' })).toBeDefined();
    await userEvent.selectOptions(actions, 'สร้างบัญชีผู้ใช้');

    await waitFor(() => expect(listQueries().at(-1)).toMatchObject({ action: 'user.create' }));
    expect(screen.getByRole('status', { name: 'address' }).textContent).toBe('?action=user.create');
  });

  it('filters by the record type and the person picked by name, and offers only that type’s actions', async () => {
    answerAudit([buildEvent()]);
    renderAuditPage('en', '/admin/audit?page=3');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: en.record_type }), 'Partners');
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: en.actor }),
      await screen.findByRole('option', { name: 'สมศรี ใจดี' }),
    );

    await waitFor(() =>
      expect(listQueries().at(-1)).toMatchObject({ entityType: 'partner', actorId: ADMIN_ID, page: '1' }),
    );
    const actions = screen.getByRole('combobox', { name: en.action });
    expect(
      within(actions)
        .getAllByRole('group')
        .map((group) => group.getAttribute('label')),
    ).toEqual(['Partners']);
    expect(within(actions).getByRole('option', { name: 'Archived a partner' })).toBeDefined();
  });

  it('leaves out a filter the page could not have picked, such as a mistyped action in a link', async () => {
    answerAudit([buildEvent()]);
    renderAuditPage('en', '/admin/audit?action=user.cre&entityType=partner');
    await screen.findByRole('table', { name: en.table_caption });
    expect(listQueries()[0]).toEqual({ entityType: 'partner', page: '1' });
  });
});

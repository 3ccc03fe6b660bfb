import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { EntrepreneurList } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { buildBusiness } from '../../../testing/catalogue-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { BusinessPage } from './business-page.tsx';
import { BusinessStatusActions } from './business-status.tsx';
import { BusinessesPage } from './businesses-page.tsx';

const th = catalogues.th;
const pages = th.catalogue_pages;
const status = pages.business_status;

// jsdom has <dialog> but not its modal methods: opening sets `open`, closing clears it and says so.
beforeAll(() => {
  if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
  }
});

function changesSent() {
  return sentRequests().filter((request) => request.method !== 'GET');
}

function renderActions(business = buildBusiness(), onDeleted = vi.fn()) {
  const reload = vi.fn(() => Promise.resolve(business));
  renderWithApp(
    <BusinessStatusActions business={business} reload={reload} onChanged={() => {}} onDeleted={onDeleted} />,
  );
  return { onDeleted };
}

describe('deleting a business', () => {
  it('asks first, then deletes the version shown', async () => {
    answerWith((request) => (request.method === 'DELETE' ? new Response(null, { status: 204 }) : undefined));
    const { onDeleted } = renderActions();

    await userEvent.click(screen.getByRole('button', { name: status.delete }));
    const dialog = screen.getByRole('dialog', { name: status.delete_title });
    expect(within(dialog).getByText(status.delete_body.replace('{{name}}', 'ผ้าไหมบางรัก'))).toBeTruthy();
    expect(changesSent()).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: status.delete_confirm }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('deleted'));
    expect(changesSent()).toEqual([
      expect.objectContaining({
        method: 'DELETE',
        path: '/api/catalogue/entrepreneurs/6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a',
        query: { version: '4' },
      }),
    ]);
  });

  it('says why a business in use cannot be deleted, and offers to archive it instead', async () => {
    const errors = th.catalogue.errors;
    answerWith((request) => {
      if (request.method === 'DELETE')
        return apiError(409, 'business_in_use', errors.business_in_use, [
          { path: 'sessions', code: 'trade_sessions', message: 'อยู่ในการประชุม 2 ครั้ง' },
          { path: 'accounts', code: 'user_accounts', message: 'มีบัญชีผู้ใช้ 1 บัญชี' },
        ]);
      if (request.method === 'POST') return json(buildBusiness({ archivedAt: '2026-11-22T03:00:00.000Z' }));
      return undefined;
    });
    const { onDeleted } = renderActions();

    await userEvent.click(screen.getByRole('button', { name: status.delete }));
    const dialog = screen.getByRole('dialog', { name: status.delete_title });
    await userEvent.click(within(dialog).getByRole('button', { name: status.delete_confirm }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal.textContent).toContain(errors.business_in_use);
    expect(
      within(refusal)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['อยู่ในการประชุม 2 ครั้ง', 'มีบัญชีผู้ใช้ 1 บัญชี']);
    // Asking again would be refused again.
    expect(
      within(dialog).getByRole<HTMLButtonElement>('button', { name: status.delete_confirm }).disabled,
    ).toBe(true);
    expect(onDeleted).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: status.archive_instead }));
    const archiving = screen.getByRole('dialog', { name: status.archive_title });
    await userEvent.type(within(archiving).getByLabelText(status.reason), 'ปิดกิจการแล้ว');
    await userEvent.click(within(archiving).getByRole('button', { name: status.archive_confirm }));

    await waitFor(() =>
      expect(changesSent().at(-1)).toEqual(
        expect.objectContaining({
          method: 'POST',
          path: '/api/catalogue/entrepreneurs/6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a/archive',
          body: { version: 4, reason: 'ปิดกิจการแล้ว' },
        }),
      ),
    );
  });
});

describe('archiving and restoring a business', () => {
  it('archives without a reason when none is given', async () => {
    answerWith((request) =>
      request.method === 'POST' ? json(buildBusiness({ archivedAt: '2026-11-22T03:00:00.000Z' })) : undefined,
    );
    renderActions();

    await userEvent.click(screen.getByRole('button', { name: status.archive }));
    const dialog = screen.getByRole('dialog', { name: status.archive_title });
    await userEvent.click(within(dialog).getByRole('button', { name: status.archive_confirm }));

    await waitFor(() => expect(changesSent()).toHaveLength(1));
    expect(changesSent()[0]?.body).toEqual({ version: 4 });
  });

  it('offers an archived business to be restored instead, and restores the version shown', async () => {
    answerWith((request) => (request.method === 'POST' ? json(buildBusiness({ version: 6 })) : undefined));
    renderActions(buildBusiness({ archivedAt: '2026-11-22T03:00:00.000Z', version: 5 }));

    expect(screen.queryByRole('button', { name: status.archive })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: status.restore }));
    const dialog = screen.getByRole('dialog', { name: status.restore_title });
    await userEvent.click(within(dialog).getByRole('button', { name: status.restore_confirm }));

    await waitFor(() => expect(changesSent()).toHaveLength(1));
    expect(changesSent()[0]).toEqual(
      expect.objectContaining({
        path: '/api/catalogue/entrepreneurs/6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a/restore',
        body: { version: 5 },
      }),
    );
  });
});

describe('the list of businesses', () => {
  const archived = buildBusiness({
    id: '0c9a3c52-7d1f-4c8e-9a55-1b2c3d4e5f60',
    name: { th: 'สวนเงาะบางขุนเทียน', en: null, ja: null, ko: null, zh: null },
    archivedAt: '2026-11-22T03:00:00.000Z',
  });

  it('marks archived businesses, and asks for them only when the filter says so', async () => {
    const list: EntrepreneurList = { items: [buildBusiness(), archived], total: 2, page: 1, pageSize: 50 };
    answerWith((request) => (request.path === '/api/catalogue/entrepreneurs' ? json(list) : undefined));
    renderWithApp(
      <MemoryRouter initialEntries={['/businesses']}>
        <SignedInWith permissions={['catalogue:read', 'catalogue:manage']}>
          <BusinessesPage />
        </SignedInWith>
      </MemoryRouter>,
    );

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).queryByText(pages.business.archived_badge) !== null)).toEqual([
      false,
      true,
    ]);
    const listQueries = () =>
      sentRequests()
        .filter((request) => request.path === '/api/catalogue/entrepreneurs')
        .map((request) => request.query?.archived);
    // Left out unless asked for: the server's default.
    expect(listQueries()).toEqual([undefined]);

    await userEvent.selectOptions(screen.getByLabelText(pages.list.archived), pages.list.archived_only);
    await waitFor(() => expect(listQueries().at(-1)).toBe('only'));
  });
});

describe('an archived business’s page', () => {
  function renderPage(business: ReturnType<typeof buildBusiness>) {
    answerWith((request) =>
      request.path === `/api/catalogue/entrepreneurs/${business.id}` ? json(business) : undefined,
    );
    renderWithApp(
      <MemoryRouter initialEntries={[`/businesses/${business.id}`]}>
        <Routes>
          <Route path="/businesses/:id" element={<BusinessPage />} />
        </Routes>
      </MemoryRouter>,
    );
  }

  it('says it is archived, and why, and offers those who keep the catalogue to restore it', async () => {
    renderPage(buildBusiness({ archivedAt: '2026-11-22T03:00:00.000Z', archiveReason: 'ปิดกิจการแล้ว' }));

    expect(await screen.findByText(pages.business.archived_badge)).toBeTruthy();
    expect(screen.getByText(pages.business.archived_reason.replace('{{reason}}', 'ปิดกิจการแล้ว'))).toBeTruthy();
    expect(screen.getByText(/^เก็บเข้าคลังเมื่อ 22 พฤศจิกายน 2569 /)).toBeTruthy();
    expect(screen.getByRole('button', { name: status.restore })).toBeTruthy();
  });

  it('offers its own entrepreneur neither archiving nor deleting', async () => {
    renderPage(buildBusiness({ can: { edit: true, manage: false } }));

    expect(await screen.findByRole('link', { name: pages.business.edit })).toBeTruthy();
    expect(screen.queryByText(pages.business.archived_badge)).toBeNull();
    expect(screen.queryByRole('button', { name: status.archive })).toBeNull();
    expect(screen.queryByRole('button', { name: status.delete })).toBeNull();
  });
});

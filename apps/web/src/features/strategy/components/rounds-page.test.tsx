import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Permission } from '@bia/contracts';
import { catalogues, fiscalYearOf } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges, typeThaiDate } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { buildRoundDetail, buildRoundSummary } from '../../../testing/strategy-rounds-factory.ts';
import { StrategyRoundsPage } from './rounds-page.tsx';

const text = catalogues.th.strategy_rounds;

function openRoundsPage(
  permissions: Permission[],
  onOpen: (body: unknown) => Response = () => json(buildRoundDetail(), 201),
) {
  answerWith((request) => {
    if (request.method === 'GET' && request.path === '/api/strategy/rounds')
      return json({
        items: [
          buildRoundSummary({ lateCount: 2 }),
          buildRoundSummary({
            id: '7c1d2e3f-4a5b-4c6d-8e7f-000000000001',
            fiscalYear: 2569,
            kind: 'twelve_month',
            periodStart: '2025-10-01',
            periodEnd: '2026-09-30',
            deadline: '2026-10-31',
            status: 'approved',
            acceptedCount: 5,
            statusCounts: { not_started: 0, draft: 0, submitted: 0, returned: 0, accepted: 5 },
            daysLeft: -30,
            approvedAt: '2026-11-10T03:00:00.000Z',
          }),
        ],
      });
    if (request.method === 'POST' && request.path === '/api/strategy/rounds') return onOpen(request.body);
    return undefined;
  });
  renderWithApp(
    <SignedInWith permissions={permissions}>
      <MemoryRouter initialEntries={['/strategy/rounds']}>
        <Routes>
          <Route path="/strategy/rounds" element={<StrategyRoundsPage />} />
          <Route path="/strategy/rounds/:id" element={<p>round page</p>} />
        </Routes>
      </MemoryRouter>
    </SignedInWith>,
  );
}

async function openForm() {
  await userEvent.click(await screen.findByRole('button', { name: text.list.open }));
  return screen.findByRole('region', { name: text.open.heading });
}

describe('the progress rounds', () => {
  it('lists the rounds with their year, kind, period, deadline, state in words and counts', async () => {
    openRoundsPage(['strategy:read']);

    const table = await screen.findByRole('table', { name: text.list.heading });
    const [, open, approved] = within(table).getAllByRole('row');
    const cells = (row: HTMLElement | undefined) =>
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(within(open as HTMLElement).getByRole('rowheader').textContent).toBe(
      'ปีงบประมาณ 2570 · รอบ 6 เดือน',
    );
    expect(cells(open)).toEqual([
      '1 ตุลาคม 2569 – 31 มีนาคม 2570',
      '30 เมษายน 2570 (เหลืออีก 5 วัน)',
      text.round_statuses.open,
      'รับรองแล้ว 1 · รอตรวจ 1 · ส่งคืน 1 · ร่าง 1 · ยังไม่เริ่ม 1 จากทั้งหมด 5 รายการ',
      'ล่าช้า 2 รายการ',
    ]);
    expect(cells(approved)).toEqual([
      '1 ตุลาคม 2568 – 30 กันยายน 2569',
      '31 ตุลาคม 2569',
      text.round_statuses.approved,
      'รับรองแล้ว 5 · รอตรวจ 0 · ส่งคืน 0 · ร่าง 0 · ยังไม่เริ่ม 0 จากทั้งหมด 5 รายการ',
      text.list.no_late,
    ]);
    // A reader follows the rounds but opens none.
    expect(screen.queryByRole('button', { name: text.list.open })).toBeNull();
  });
});

describe('opening a round', () => {
  it('proposes this fiscal year and a six-month round with its period, and sends the year, kind and deadline', async () => {
    openRoundsPage(['strategy:read', 'strategy:rounds']);
    const form = await openForm();
    const year = String(fiscalYearOf(new Date()).buddhistYear);

    expect(within(form).getByLabelText(labelStarting(text.open.fiscal_year))).toHaveProperty('value', year);
    const kind = within(form).getByLabelText(labelStarting(text.open.kind));
    expect(kind).toHaveProperty('value', 'six_month');
    const yearBox = within(form).getByLabelText(labelStarting(text.open.fiscal_year));
    await userEvent.clear(yearBox);
    await userEvent.type(yearBox, '2570');
    expect(within(form).getByText('ช่วงเวลาที่รายงาน: 1 ตุลาคม 2569 – 31 มีนาคม 2570')).toBeDefined();
    await userEvent.selectOptions(kind, text.kinds.twelve_month);
    expect(within(form).getByText('ช่วงเวลาที่รายงาน: 1 ตุลาคม 2569 – 30 กันยายน 2570')).toBeDefined();
    // The period is typed only for another period.
    expect(within(form).queryByRole('group', { name: labelStarting(text.open.period_start) })).toBeNull();
    await typeThaiDate(labelStarting(text.open.deadline), '2027-10-31');
    await userEvent.click(within(form).getByRole('button', { name: text.open.submit }));

    await waitFor(() => expect(sentChanges()).toHaveLength(1));
    expect(sentChanges()[0]?.body).toEqual({
      fiscalYear: 2570,
      kind: 'twelve_month',
      deadline: '2027-10-31',
    });
    expect(await screen.findByText('round page')).toBeDefined();
  });

  it('asks for the period of another period, and says at their field what the server refuses', async () => {
    let answer = () =>
      apiError(400, 'validation_failed', 'ข้อมูลไม่ถูกต้อง', [
        { path: 'deadline', code: 'in_past', message: catalogues.th.strategy.errors.deadline_past },
      ]);
    openRoundsPage(['strategy:read', 'strategy:rounds'], () => answer());
    const form = await openForm();

    await userEvent.selectOptions(
      within(form).getByLabelText(labelStarting(text.open.kind)),
      text.kinds.other,
    );
    await typeThaiDate(labelStarting(text.open.deadline), '2026-01-15');
    await userEvent.click(within(form).getByRole('button', { name: text.open.submit }));
    const start = within(form).getByRole('group', { name: labelStarting(text.open.period_start) });
    await waitFor(() => expect(errorUnder(start)).toBe(catalogues.th.strategy.errors.period_required));
    expect(sentChanges()).toEqual([]);

    await typeThaiDate(labelStarting(text.open.period_start), '2026-10-01');
    await typeThaiDate(labelStarting(text.open.period_end), '2026-12-31');
    await userEvent.click(within(form).getByRole('button', { name: text.open.submit }));
    const deadline = within(form).getByRole('group', { name: labelStarting(text.open.deadline) });
    await waitFor(() => expect(errorUnder(deadline)).toBe(catalogues.th.strategy.errors.deadline_past));
    expect(sentChanges()[0]?.body).toMatchObject({
      kind: 'other',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
    });

    // A round of that period exists already: said at the period, translated.
    answer = () => apiError(409, 'round_exists', catalogues.th.strategy.errors.round_exists);
    await typeThaiDate(labelStarting(text.open.deadline), '2027-01-31');
    await userEvent.click(within(form).getByRole('button', { name: text.open.submit }));
    await waitFor(() => expect(errorUnder(start)).toBe(catalogues.th.strategy.errors.round_exists));
  });
});

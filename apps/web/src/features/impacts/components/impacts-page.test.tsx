import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ImpactMatrix, ImpactThemeList, ImpactThemeSummary } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json } from '../../../testing/api-double.ts';
import { labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInAs } from '../../../testing/signed-in-as.tsx';
import { buildReportingSession } from '../../../testing/strategy-reporting-factory.ts';
import { ImpactsPage } from './impacts-page.tsx';

const text = catalogues.th.impacts;
const THEME_ID = '3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f';

function buildTheme(overrides: Partial<ImpactThemeSummary> = {}): ImpactThemeSummary {
  return {
    id: THEME_ID,
    nameTh: 'การเข้าสู่ประชาคมอาเซียน',
    nameEn: 'ASEAN integration',
    name: 'การเข้าสู่ประชาคมอาเซียน',
    description: 'ผลกระทบเมื่อเข้าสู่ประชาคมอาเซียน',
    isOpen: true,
    dueOn: '2027-01-31',
    version: 1,
    answeredCount: 2,
    acceptedCount: 1,
    mine: [],
    ...overrides,
  };
}

const matrix: ImpactMatrix = {
  themes: [buildTheme()],
  rows: [
    {
      unit: { code: '1001', name: 'สำนักงานเขตพระนคร', kind: 'district' },
      cells: [
        {
          themeId: THEME_ID,
          status: 'submitted',
          counts: { impacts: 1, duties: 1, urgent: 1, needsIao: 1 },
          updatedAt: '2026-12-01T03:00:00.000Z',
        },
      ],
    },
  ],
};

function openPage(list: ImpactThemeList, permissions: Parameters<typeof buildReportingSession>[1]) {
  answerWith((request) => {
    if (request.method === 'POST')
      return json(buildTheme({ id: '6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d' }), 201);
    if (request.path === '/api/impacts/themes') return json(list);
    if (request.path === '/api/impacts/matrix') return json(matrix);
    return undefined;
  });
  renderWithApp(
    <SignedInAs session={buildReportingSession([{ role: 'iao_officer' }], permissions)}>
      <MemoryRouter>
        <ImpactsPage />
      </MemoryRouter>
    </SignedInAs>,
  );
}

describe('the impact register page', () => {
  it("puts a liaison officer's own unit's answer first, with its state, and shows no matrix", async () => {
    openPage(
      {
        items: [
          buildTheme({
            mine: [
              {
                unit: { code: '24000000', name: 'สำนักพัฒนาสังคม', kind: 'department' },
                status: 'returned',
                counts: { impacts: 2, duties: 1, urgent: 1, needsIao: 1 },
              },
            ],
          }),
        ],
        canManage: false,
        canRead: false,
      },
      ['impacts:submit'],
    );
    const mine = await screen.findByRole('region', { name: text.themes.mine_heading });
    const link = within(mine).getByRole('link', { name: 'การเข้าสู่ประชาคมอาเซียน' });
    expect(link.getAttribute('href')).toBe(`/impacts/themes/${THEME_ID}/units/24000000`);
    expect(within(mine).getByText(text.status.returned)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: text.matrix.heading })).toBeNull();
    expect(screen.queryByRole('button', { name: text.theme_form.add_heading })).toBeNull();
  });

  it('shows readers the matrix of units × themes with each state and its export', async () => {
    openPage({ items: [buildTheme()], canManage: false, canRead: true }, ['impacts:read']);
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /สำนักงานเขตพระนคร/ });
    expect(within(row).getByText(text.status.submitted)).toBeTruthy();
    expect(within(row).getByText('เร่งด่วน 1 · ต้องประสาน สกต. 1')).toBeTruthy();
    expect(screen.getByRole('link', { name: text.matrix.export }).getAttribute('href')).toBe(
      '/api/impacts/matrix.xlsx',
    );
    expect(screen.getByText('ส่งคำตอบแล้ว 2 หน่วยงาน (รับแล้ว 1)')).toBeTruthy();
  });

  it('lets the IAO add a theme, with its Thai name required', async () => {
    openPage({ items: [], canManage: true, canRead: true }, ['impacts:read', 'impacts:manage']);
    await userEvent.click(await screen.findByRole('button', { name: text.theme_form.add_heading }));
    const form = screen.getByRole('form', { name: text.theme_form.add_heading });
    await userEvent.click(within(form).getByRole('button', { name: text.theme_form.save }));
    expect(sentChanges()).toEqual([]);
    await userEvent.type(
      within(form).getByLabelText(labelStarting(text.theme_form.name_th)),
      'เป้าหมายการพัฒนาที่ยั่งยืน',
    );
    await userEvent.click(within(form).getByRole('button', { name: text.theme_form.save }));
    await waitFor(() =>
      expect(sentChanges()[0]).toMatchObject({
        method: 'POST',
        path: '/api/impacts/themes',
        body: { nameTh: 'เป้าหมายการพัฒนาที่ยั่งยืน', isOpen: true, dueOn: null },
      }),
    );
    expect(await screen.findByText(text.theme_form.added)).toBeTruthy();
  });
});

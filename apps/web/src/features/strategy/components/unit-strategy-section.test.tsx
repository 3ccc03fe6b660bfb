import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Permission, UnitStrategy } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { SignedInWith } from '../../../testing/session.tsx';
import { buildUnitStrategy } from '../../../testing/strategy-factory.ts';
import { UnitStrategySection } from './unit-strategy-section.tsx';

function renderSection(strategy: UnitStrategy, permissions: Permission[] = ['units:read', 'strategy:read']) {
  answerWith((request) =>
    request.path === `/api/units/${strategy.unitCode}/strategy` ? json(strategy) : undefined,
  );
  renderWithApp(
    <MemoryRouter>
      <SignedInWith permissions={permissions}>
        <UnitStrategySection unitCode={strategy.unitCode} />
      </SignedInWith>
    </MemoryRouter>,
  );
}

const text = catalogues.th.strategy.unit_section;

describe('a unit’s part in the strategic plan', () => {
  it('lists the KPIs the unit leads, linked to their pages, with this year’s target, and its projects', async () => {
    renderSection(buildUnitStrategy('th'));
    const section = await screen.findByRole('region', { name: text.heading });
    const kpi = await within(section).findByRole('link', { name: /^1\.1\.1 ระดับความสำเร็จ/ });
    expect(kpi.getAttribute('href')).toBe('/strategy/kpis/1.1.1');
    const item = kpi.closest('li');
    expect(item?.textContent).toContain(text.role_lead);
    expect(item?.textContent).toContain('เป้าหมายปีงบประมาณ 2570: ระดับที่ 5');
    expect(section.textContent).toContain('โครงการจัดทำฐานข้อมูลผู้ประกอบการ');
  });

  it('says when the plan names the unit nowhere', async () => {
    renderSection(buildUnitStrategy('th', { unitCode: '1002', kpis: [], projects: [] }));
    expect(await screen.findByText(text.none)).toBeTruthy();
  });

  it('shows nothing, and asks nothing, to someone who does not read the plan', () => {
    renderSection(buildUnitStrategy('th'), ['units:read']);
    expect(screen.queryByRole('region', { name: text.heading })).toBeNull();
    expect(sentRequests()).toEqual([]);
  });
});

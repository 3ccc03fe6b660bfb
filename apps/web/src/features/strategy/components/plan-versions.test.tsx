import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PlanVersionList, StrategyPlan } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildPlan } from '../../../testing/strategy-factory.ts';
import { StrategyMapPage } from './strategy-map-page.tsx';

const text = catalogues.th.strategy_plan_admin;
const NOTE = 'ทบทวนแผนระยะครึ่งแผน ปี 2568: ปรับค่าเป้าหมายของตัวชี้วัด 1.1.1';

const versions: PlanVersionList = {
  planKey: 'bma-foreign-affairs-plan-2566-2570',
  items: [
    {
      id: '8a1e2d4c-5b6a-4789-9abc-def012345679',
      number: 2,
      note: NOTE,
      isReferenceData: false,
      kind: 'revision',
      isCurrent: true,
      createdAt: '2026-11-22T03:00:00.000Z',
      createdBy: 'สมศรี ใจดี',
    },
    {
      id: '3f1e2d4c-5b6a-4789-9abc-def012345678',
      number: 1,
      note: 'transcribed from seed 001',
      isReferenceData: true,
      kind: 'reference',
      isCurrent: false,
      createdAt: '2026-11-01T03:00:00.000Z',
      createdBy: null,
    },
  ],
};

/** The map at `?version=1`: the server answers version 1, no longer current. */
function renderEarlierVersion() {
  const plan = buildPlan('th');
  const earlier: StrategyPlan = { ...plan, version: { ...plan.version, isCurrent: false } };
  answerWith((request) => {
    if (request.path === '/api/strategy/plan') return json(earlier);
    if (request.path === '/api/strategy/plan/versions') return json(versions);
    return undefined;
  });
  renderWithApp(
    <MemoryRouter initialEntries={['/strategy?version=1']}>
      <Routes>
        <Route path="/strategy" element={<StrategyMapPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the versions of the plan on the strategy map', () => {
  it('reads the version asked for, says it is not current, and lists every version with who and why', async () => {
    renderEarlierVersion();

    const notice = await screen.findByText(text.earlier.notice.replace('{{number}}', '1'));
    expect(within(notice).getByRole('link', { name: text.earlier.back }).getAttribute('href')).toBe(
      '/strategy',
    );
    expect(sentRequests().find((request) => request.path === '/api/strategy/plan')?.query).toEqual({
      version: '1',
    });
    // Its KPIs link to their text in that version.
    expect(screen.getAllByRole('link', { name: /^1\.1\.1/ })[0]?.getAttribute('href')).toBe(
      '/strategy/kpis/1.1.1?version=1',
    );

    const table = await screen.findByRole('table', { name: text.versions.caption });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      `2 ${text.versions.current}${text.versions.kind_revision}${NOTE}สมศรี ใจดี22 พฤศจิกายน 2569`,
      `1 ${text.versions.shown}${text.versions.kind_reference}${catalogues.th.strategy.version.first_load}${text.versions.by_reference}1 พฤศจิกายน 2569`,
    ]);
    expect(
      within(table)
        .getByRole('link', { name: text.versions.read.replace('{{number}}', '2') })
        .getAttribute('href'),
    ).toBe('/strategy');
    expect(rows[1]?.getAttribute('aria-current')).toBe('true');
  });
});

import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues, type InterfaceLocale } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildScorecard } from '../../../testing/scorecard-factory.ts';
import { buildPlan } from '../../../testing/strategy-factory.ts';
import { StrategyMapPage } from './strategy-map-page.tsx';

function renderMap(locale: InterfaceLocale) {
  answerWith((request) => (request.path === '/api/strategy/plan' ? json(buildPlan(locale)) : undefined));
  renderWithApp(
    <MemoryRouter initialEntries={['/strategy']}>
      <Routes>
        <Route path="/strategy" element={<StrategyMapPage />} />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

describe('the strategy map', () => {
  it('shows the vision, the four missions and each strategy with its tactics, KPIs and projects, in Thai', async () => {
    renderMap('th');
    const text = catalogues.th.strategy;
    expect(screen.getByRole('heading', { level: 1, name: 'แผนยุทธศาสตร์ด้านการต่างประเทศ' })).toBeTruthy();
    const vision = await screen.findByRole('region', { name: text.map.vision });
    expect(vision.textContent).toContain('กรุงเทพมหานครเป็นเมืองที่มีบทบาทนำในเวทีระหว่างประเทศ');
    const missions = screen.getByRole('region', { name: text.map.missions });
    expect(within(missions).getAllByRole('listitem')).toHaveLength(4);

    const strategies = screen.getAllByRole('article');
    expect(strategies.map((strategy) => strategy.getAttribute('aria-labelledby') !== null)).toEqual([
      true,
      true,
      true,
    ]);
    const first = strategies[0];
    if (!first) throw new Error('no strategy');
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe(
      'ยุทธศาสตร์ที่ 1 การเชื่อมโยงวาระระดับโลกสู่การดำเนินการของเมือง',
    );
    expect(within(first).getByRole('heading', { level: 4 }).textContent).toContain('กลยุทธ์ที่ 1.1');

    // Each KPI links to its page, with this fiscal year's target.
    const kpi = within(first).getByRole('link', { name: /1\.1\.1 ระดับความสำเร็จในการจับคู่/ });
    expect(kpi.getAttribute('href')).toBe('/strategy/kpis/1.1.1');
    const kpiItem = kpi.closest('li');
    expect(kpiItem?.textContent).toContain('เป้าหมายปีงบประมาณ 2570: ระดับที่ 5');

    // A new project is badged; the others are not.
    const database = within(first)
      .getByText(/โครงการจัดทำฐานข้อมูลผู้ประกอบการ/)
      .closest('li');
    expect(database?.textContent).toContain(text.map.new_project);
    const promotion = within(first)
      .getByText(/โครงการส่งเสริมศักยภาพ/)
      .closest('li');
    expect(promotion?.textContent).not.toContain(text.map.new_project);

    // A year the seed gives no figure for shows its words; Thai has no translation to explain.
    expect(screen.queryByText(text.translation.legend)).toBeNull();
  });

  it('marks the platform’s English translations, not the seed’s own English, and explains the mark once', async () => {
    renderMap('en');
    const text = catalogues.en.strategy;
    expect(screen.getByRole('heading', { level: 1, name: text.map.title })).toBeTruthy();
    expect(await screen.findAllByText(text.translation.legend)).toHaveLength(1);

    const seedEnglish = screen.getByText('Bangkok is the leading actor on the global stage');
    expect(seedEnglish.getAttribute('lang')).toBe('en');
    expect(seedEnglish.textContent).not.toContain('*');

    const translated = screen.getByText('Level of success in international business matching');
    expect(translated.getAttribute('lang')).toBe('en-t-th');
    expect(translated.textContent).toContain('*');
    // The KPI's link is named by its words, not by the mark.
    expect(
      screen.getByRole('link', { name: '1.1.1 Level of success in international business matching' }),
    ).toBeTruthy();
    expect(screen.getAllByText(/Target for FY 2570:/)).toHaveLength(3);
  });

  it("shows each KPI's status this fiscal year from the scorecard in words, and links to the scorecard", async () => {
    answerWith((request) =>
      request.path === '/api/strategy/plan'
        ? json(buildPlan('th'))
        : request.path === '/api/strategy/scorecard'
          ? json(buildScorecard('th'))
          : undefined,
    );
    renderWithApp(
      <MemoryRouter initialEntries={['/strategy']}>
        <StrategyMapPage />
      </MemoryRouter>,
    );
    const scorecardText = catalogues.th.strategy_scorecard;
    const kpi = await screen.findByRole('link', { name: /1\.1\.1 ระดับความสำเร็จในการจับคู่/ });
    const item = kpi.closest('li') as HTMLElement;
    expect(await within(item).findByText(scorecardText.status.at_risk)).toBeTruthy();
    expect(item.textContent).toContain('สถานะปีงบประมาณ 2570:');
    expect(screen.getByRole('link', { name: scorecardText.map.link }).getAttribute('href')).toBe(
      '/strategy/scorecard',
    );
  });

  it('says so when no plan is loaded', async () => {
    answerWith(() => apiError(404, 'plan_not_loaded', catalogues.th.strategy.errors.plan_not_loaded));
    renderWithApp(
      <MemoryRouter>
        <StrategyMapPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText(catalogues.th.strategy.errors.plan_not_loaded)).toBeTruthy();
  });
});

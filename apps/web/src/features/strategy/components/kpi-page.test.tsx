import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues, type InterfaceLocale } from '@bia/i18n';
import { answerWith, apiError, json } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildKpiDetail } from '../../../testing/strategy-factory.ts';
import { KpiPage } from './kpi-page.tsx';

function renderKpi(code: string, locale: InterfaceLocale = 'th') {
  renderWithApp(
    <MemoryRouter initialEntries={[`/strategy/kpis/${code}`]}>
      <Routes>
        <Route path="/strategy/kpis/:code" element={<KpiPage />} />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

describe('a KPI’s page', () => {
  it('shows the KPI with its strategy and tactic, its five rubric levels and its targets year by year', async () => {
    answerWith((request) =>
      request.path === '/api/strategy/kpis/1.1.1' ? json(buildKpiDetail('th')) : undefined,
    );
    renderKpi('1.1.1');
    const text = catalogues.th.strategy;

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('ตัวชี้วัด 1.1.1 ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ');
    expect(screen.getByText('ยุทธศาสตร์ที่ 1').nextElementSibling?.textContent).toBe(
      'การเชื่อมโยงวาระระดับโลกสู่การดำเนินการของเมือง',
    );
    expect(screen.getByText('กลยุทธ์ที่ 1.1')).toBeTruthy();

    const rubric = screen.getByRole('heading', {
      name: text.kpi.rubric.replace('{{count}}', '5'),
    }).nextElementSibling;
    if (!(rubric instanceof HTMLElement)) throw new Error('no rubric');
    const levels = within(rubric).getAllByRole('listitem');
    expect(levels.map((level) => level.textContent)).toEqual([
      'ระดับที่ 1 มีการประเมินศักยภาพคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
      'ระดับที่ 2 มีการเจรจาเพื่อจัดทำข้อตกลงในการจับคู่ความร่วมมือทางธุรกิจ',
      'ระดับที่ 3 มีการบันทึกข้อตกลงในการจับคู่ธุรกิจ',
      'ระดับที่ 4 มีการแลกเปลี่ยนและส่งสินค้าผลิตภัณฑ์และบริการของกรุงเทพมหานคร',
      'ระดับที่ 5 มีการขยายความร่วมมือกับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ',
    ]);

    const table = screen.getByRole('table', { name: 'ค่าเป้าหมายปีงบประมาณ 2566–2570' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'ปีงบประมาณ 2566',
      'ปีงบประมาณ 2567',
      'ปีงบประมาณ 2568',
      'ปีงบประมาณ 2569',
      `ปีงบประมาณ 2570 ${text.kpi.current_year}`,
    ]);
    // The condition of a cell is shown under its value.
    const conditional = rows[1]?.querySelector('td');
    expect(conditional?.querySelector('.strategy-target__value')?.textContent).toBe('ระดับที่ 2');
    expect(conditional?.querySelector('.strategy-target__condition')?.textContent).toBe(
      '2 หรือ 3 หากการศึกษาเสร็จสิ้น',
    );
    expect(rows[4]?.getAttribute('aria-current')).toBe('true');

    // Lead and supporting units: the directory's units link to their pages; a body outside is named so.
    const units = screen.getByRole('region', { name: text.kpi.units });
    expect(within(units).getByRole('link', { name: 'สำนักงานการต่างประเทศ' }).getAttribute('href')).toBe(
      '/units/04160000',
    );
    expect(within(units).getByRole('link', { name: 'สำนักพัฒนาสังคม' }).getAttribute('href')).toBe(
      '/units/24000000',
    );
    expect(units.textContent).toContain(`สำนักการค้าปลีก (${text.kpi.outside})`);

    const projects = screen.getByRole('region', { name: text.kpi.projects });
    expect(within(projects).getAllByRole('listitem')).toHaveLength(2);
    expect(projects.textContent).toContain(text.map.new_project);
  });

  it('marks a translated rubric level in English', async () => {
    answerWith((request) =>
      request.path === '/api/strategy/kpis/1.1.1' ? json(buildKpiDetail('en')) : undefined,
    );
    renderKpi('1.1.1', 'en');
    const level = await screen.findByText('Business-matching agreements are signed');
    expect(level.getAttribute('lang')).toBe('en-t-th');
    expect(screen.getByText(catalogues.en.strategy.translation.legend)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'International Affairs Office' }).getAttribute('lang')).toBe(
      null,
    );
  });

  it('says the plan has no such KPI', async () => {
    answerWith(() => apiError(404, 'kpi_not_found', 'not found'));
    renderKpi('1.1.9');
    expect(await screen.findByText(catalogues.th.strategy.errors.kpi_not_found)).toBeTruthy();
    expect(screen.getByRole('link', { name: catalogues.th.strategy.kpi.back }).getAttribute('href')).toBe(
      '/strategy',
    );
  });
});

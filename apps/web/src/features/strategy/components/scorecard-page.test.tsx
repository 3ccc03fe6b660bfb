import { screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { catalogues, type InterfaceLocale } from '@bia/i18n';
import { answerWith, apiError, json, sentRequests } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { buildScorecard, SCORECARD_ITEM_ID } from '../../../testing/scorecard-factory.ts';
import { ScorecardPage } from './scorecard-page.tsx';

function renderScorecard(locale: InterfaceLocale = 'th', address = '/strategy/scorecard') {
  answerWith((request) =>
    request.path === '/api/strategy/scorecard' ? json(buildScorecard(locale)) : undefined,
  );
  renderWithApp(
    <MemoryRouter initialEntries={[address]}>
      <Routes>
        <Route path="/strategy/scorecard" element={<ScorecardPage />} />
      </Routes>
    </MemoryRouter>,
    { locale },
  );
}

const text = catalogues.th.strategy_scorecard;

async function rowOf(code: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: /ค่าเป้าหมายและผลของตัวชี้วัด/ });
  const header = within(table)
    .getAllByRole('rowheader')
    .find((cell) => cell.textContent?.startsWith(code));
  const row = header?.closest('tr');
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

describe('the plan scorecard', () => {
  it('shows each year’s target, result and status in words, not by colour alone', async () => {
    renderScorecard();
    expect(screen.getByRole('heading', { level: 1, name: text.page.title })).toBeTruthy();
    const row = await rowOf('1.1.1');
    const years = within(row).getAllByRole('cell');
    expect(years).toHaveLength(5);
    const [first, second, third, fourth, fifth] = years;
    expect(first?.textContent).toContain('เป้าหมาย');
    expect(first?.textContent).toContain('ผลระดับที่ 1');
    expect(within(first as HTMLElement).getByText(text.status.on_track)).toBeTruthy();
    expect(within(second as HTMLElement).getByText(text.status.missed)).toBeTruthy();
    // A conditional target: not judged, with the target's condition and why.
    expect(within(third as HTMLElement).getByText(text.status.not_judged)).toBeTruthy();
    expect(third?.textContent).toContain('ในกรณีผ่านความเห็นจาก สกก.');
    expect(third?.textContent).toContain(text.reason.conditional);
    expect(within(fourth as HTMLElement).getByText(text.status.not_reported)).toBeTruthy();
    expect(fourth?.textContent).toContain(text.page.not_achieved);
    expect(within(fifth as HTMLElement).getByText(text.status.at_risk)).toBeTruthy();
    expect(fifth?.textContent).toContain(text.page.source_six_month);

    // Each result links to the report it came from.
    const report = within(first as HTMLElement).getByRole('link', {
      name: 'ดูรายงานตัวชี้วัด 1.1.1 ปีงบประมาณ 2566',
    });
    expect(report.getAttribute('href')).toBe(`/strategy/round-items/${SCORECARD_ITEM_ID}`);
    expect(
      within(row)
        .getByRole('link', { name: /^1\.1\.1 / })
        .getAttribute('href'),
    ).toBe('/strategy/kpis/1.1.1');
  });

  it("shows each KPI's five-year trend as words in order", async () => {
    renderScorecard();
    const trend = await screen.findByRole('list', { name: 'แนวโน้มของตัวชี้วัด 1.1.1' });
    expect(
      within(trend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '✓1ปีงบประมาณ 2566: ตามเป้าหมาย ผล ระดับที่ 1',
      '✕1ปีงบประมาณ 2567: ไม่บรรลุเป้าหมาย ผล ระดับที่ 1',
      '~3ปีงบประมาณ 2568: ไม่ประเมิน ผล ระดับที่ 3',
      '?ปีงบประมาณ 2569: ยังไม่มีผลรายงาน',
      '!2ปีงบประมาณ 2570: เสี่ยงไม่บรรลุ ผล ระดับที่ 2',
    ]);
  });

  it('says when a result awaits an amendment, or was judged against an earlier version', async () => {
    renderScorecard();
    const [first] = within(await rowOf('3.2.1')).getAllByRole('cell');
    expect(first?.textContent).toContain('ร้อยละ 65');
    expect(first?.textContent).toContain(text.page.amendment_pending);
    expect(first?.textContent).toContain('ประเมินตามค่าเป้าหมายของแผนฉบับที่ 1');
    const [, , , , last] = within(await rowOf('3.2.1')).getAllByRole('cell');
    expect(within(last as HTMLElement).getByText(text.status.not_due)).toBeTruthy();
  });

  it('counts the KPIs of each year per status, explains the statuses, and offers the workbook', async () => {
    renderScorecard();
    const totals = await screen.findByRole('table', { name: text.page.totals_caption });
    const notReported = within(totals)
      .getAllByRole('row')
      .find((row) => row.textContent?.includes(text.status.not_reported));
    expect(
      within(notReported as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1', '1', '2', '0']);
    const legend = screen.getByRole('region', { name: text.page.legend });
    expect(legend.textContent).toContain(text.status_meaning.missed);
    const download = screen.getByRole('link', { name: text.page.download_xlsx });
    expect(download.getAttribute('href')).toBe('/api/strategy/scorecard.xlsx');
  });

  it('asks for an earlier version of the plan when the address names one', async () => {
    renderScorecard('en', '/strategy/scorecard?planVersion=1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan scorecard' })).toBeTruthy();
    expect(await screen.findAllByText('On track')).not.toHaveLength(0);
    expect(sentRequests().find((request) => request.path === '/api/strategy/scorecard')?.query).toEqual({
      planVersion: '1',
    });
    expect(screen.getByRole('link', { name: 'Download XLSX' }).getAttribute('href')).toBe(
      '/api/strategy/scorecard.xlsx?planVersion=1',
    );
  });

  it('says so when no plan is loaded', async () => {
    answerWith(() => apiError(404, 'plan_not_loaded', catalogues.th.strategy.errors.plan_not_loaded));
    renderWithApp(
      <MemoryRouter>
        <ScorecardPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText(catalogues.th.strategy.errors.plan_not_loaded)).toBeTruthy();
  });
});

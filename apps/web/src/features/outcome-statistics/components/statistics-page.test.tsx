import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type {
  OutcomeStatistics,
  StatisticsDimension,
  StatisticsFigures,
  StatisticsOptions,
} from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { answerWith, json, sentRequests, type SentRequest } from '../../../testing/api-double.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { OutcomeStatisticsPage } from './statistics-page.tsx';

const th = catalogues.th.outcome_statistics;

const SEOUL = '5e1a7c3b-2d4f-4b6a-8c9e-0f1a2b3c4d5e';
const FUKUOKA = '6f2b8d4c-3e5a-4c7b-9d0f-1a2b3c4d5e6f';
const ROUND = '7a3c9e5d-4f6b-4d8c-8e1a-2b3c4d5e6f7a';

function figures(overrides: {
  contacts?: number;
  confirmedContacts?: number;
  lines?: number;
  confirmedLines?: number;
  baht?: number;
  confirmedBaht?: number;
  deals?: number;
}): StatisticsFigures {
  const contacts = overrides.contacts ?? 0;
  const confirmedContacts = overrides.confirmedContacts ?? 0;
  const lines = overrides.lines ?? 0;
  const confirmedLines = overrides.confirmedLines ?? 0;
  return {
    contacts: {
      total: contacts,
      confirmed: confirmedContacts,
      unconfirmed: contacts - confirmedContacts,
      atSession: 0,
    },
    deals: { total: overrides.deals ?? 0, byStage: [{ stage: 'order', count: overrides.deals ?? 0 }] },
    orders: {
      lines,
      confirmedLines,
      unconfirmedLines: lines - confirmedLines,
      quantities: lines > 0 ? [{ unit: 'กระปุก', quantity: lines * 10 }] : [],
      valueBaht: overrides.baht ?? 0,
      confirmedValueBaht: overrides.confirmedBaht ?? 0,
      unconverted: lines > 0 ? [{ currency: 'USD', value: 100 }] : [],
      original: lines > 0 ? [{ currency: 'THB', value: overrides.baht ?? 0 }] : [],
    },
  };
}

const seoul = figures({
  contacts: 2,
  confirmedContacts: 1,
  lines: 4,
  confirmedLines: 2,
  baht: 1200,
  confirmedBaht: 800,
  deals: 2,
});
const fukuoka = figures({ contacts: 1, lines: 1, baht: 200, deals: 1 });
const totals = figures({
  contacts: 3,
  confirmedContacts: 1,
  lines: 5,
  confirmedLines: 2,
  baht: 1400,
  confirmedBaht: 800,
  deals: 3,
});

function answerFor(request: SentRequest): OutcomeStatistics {
  const groupBy = (request.query?.groupBy ?? 'city') as StatisticsDimension;
  const groups: Record<string, OutcomeStatistics['groups']> = {
    city: [
      { key: SEOUL, label: 'โซล', figures: seoul },
      { key: FUKUOKA, label: 'ฟูกุโอกะ', figures: fukuoka },
    ],
    category: [
      { key: 'food', label: 'ผลิตภัณฑ์อาหาร', figures: seoul },
      { key: 'textiles_clothing', label: 'ผ้าและเครื่องแต่งกาย', figures: fukuoka },
    ],
    round: [
      { key: ROUND, label: '1 ตุลาคม 2569 – 31 มีนาคม 2570', figures: seoul },
      { key: null, label: 'ไม่อยู่ในรอบติดตามผลใด', figures: fukuoka },
    ],
  };
  return {
    groupBy,
    asOf: '2027-06-15',
    filters: request.query?.city ? [{ dimension: 'city', key: request.query.city, label: 'โซล' }] : [],
    totals,
    groups: groups[groupBy] ?? [],
    groupCount: (groups[groupBy] ?? []).length,
    mayCountTwice: groupBy !== 'city',
    latestRates: [
      { roundId: ROUND, round: '1 ตุลาคม 2569 – 31 มีนาคม 2570', currency: 'JPY', bahtPerUnit: 0.25 },
    ],
  };
}

const options: StatisticsOptions = {
  cities: [
    { key: FUKUOKA, label: 'ฟูกุโอกะ' },
    { key: SEOUL, label: 'โซล' },
  ],
  countries: [{ key: 'KR', label: 'เกาหลีใต้' }],
  categories: [{ key: 'food', label: 'ผลิตภัณฑ์อาหาร' }],
  hsSections: [{ key: 'IV', label: 'หมวด IV' }],
  districts: [{ key: '1001', label: 'พระนคร' }],
  fiscalYears: [{ key: '2570', label: 'ปีงบ 2570' }],
  rounds: [{ key: ROUND, label: '1 ตุลาคม 2569 – 31 มีนาคม 2570' }],
};

function openPage(address = '/outcomes/statistics') {
  answerWith((request) => {
    if (request.method !== 'GET') return undefined;
    if (request.path === '/api/outcomes/statistics/options') return json(options);
    if (request.path === '/api/outcomes/statistics') return json(answerFor(request));
    return undefined;
  });
  return renderWithApp(
    <MemoryRouter initialEntries={[address]}>
      <Routes>
        <Route path="/outcomes/statistics" element={<OutcomeStatisticsPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

const statisticsRequests = () =>
  sentRequests().filter((request) => request.path === '/api/outcomes/statistics');

describe('the outcome statistics page', () => {
  it('shows the figures in Thai, each chart with its figures as a table, and the workbook of the same filters', async () => {
    openPage();
    await screen.findByRole('heading', { level: 1, name: th.page.title });

    const byCity = await screen.findByRole('region', { name: th.charts.by_city_title });
    // Each bar says its city and its value in words; the drawing itself is hidden from screen readers.
    const bars = within(byCity)
      .getAllByRole('listitem')
      .filter((item) => item.className === 'os-bars__row');
    expect(bars.map((bar) => bar.textContent)).toEqual(['โซล1,200', 'ฟูกุโอกะ200']);
    const cityTable = within(byCity).getByRole('table', { name: th.charts.by_city_title });
    expect(
      within(cityTable)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      `${th.dimensions.city}${th.metric.value_baht}${th.charts.confirmed}`,
      'โซล1,200800',
      'ฟูกุโอกะ2000',
    ]);

    const trend = screen.getByRole('region', { name: th.charts.trend_title });
    expect(within(trend).getByRole('table').textContent).toContain('ไม่อยู่ในรอบติดตามผลใด');
    expect(screen.getByRole('region', { name: th.charts.by_category_title }).textContent).toContain(
      'ผลิตภัณฑ์อาหาร',
    );

    // The overall figures, with what the buyer confirmed and what waits for the buyer.
    const overall = screen.getByRole('region', { name: th.totals.heading });
    expect(within(overall).getByText('ผู้ซื้อยืนยันแล้ว 1 · รอผู้ซื้อยืนยัน 2 · แลกเปลี่ยนในการประชุม 0')).toBeTruthy();
    expect(screen.getByText('1 JPY = 0.25 บาท (รอบ 1 ตุลาคม 2569 – 31 มีนาคม 2570)')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'การติดต่อ ดีล และคำสั่งซื้อ แยกตามเมืองพันธมิตร' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('rowheader')[0]?.textContent)).toEqual([
      undefined,
      'โซล',
      'ฟูกุโอกะ',
      th.table.total_row,
    ]);

    expect(screen.getByRole('link', { name: th.page.export }).getAttribute('href')).toBe(
      '/api/outcomes/statistics.xlsx?groupBy=city',
    );
  });

  it('narrows every figure to a city chosen, names the filter and takes it off again', async () => {
    const user = userEvent.setup();
    openPage();
    await screen.findByRole('region', { name: th.charts.by_city_title });
    await user.selectOptions(screen.getByRole('combobox', { name: th.dimensions.city }), SEOUL);

    await waitFor(() =>
      expect(
        statisticsRequests()
          .filter((request) => request.query?.city === SEOUL)
          .map((request) => request.query?.groupBy)
          .sort(),
      ).toEqual(['category', 'city', 'round']),
    );
    const chip = await screen.findByText(`${th.dimensions.city}: โซล`);
    expect(screen.getByRole('link', { name: th.page.export }).getAttribute('href')).toBe(
      `/api/outcomes/statistics.xlsx?city=${SEOUL}&groupBy=city`,
    );
    await user.click(screen.getByRole('button', { name: `นำตัวกรอง ${th.dimensions.city}: โซล ออก` }));
    await waitFor(() => expect(chip.isConnected).toBe(false));
    expect((screen.getByRole('combobox', { name: th.dimensions.city }) as HTMLSelectElement).value).toBe('');
  });

  it('groups the table by the dimension chosen, and narrows to a group from its name', async () => {
    const user = userEvent.setup();
    openPage('/outcomes/statistics?groupBy=round');
    const table = await screen.findByRole('table', {
      name: 'การติดต่อ ดีล และคำสั่งซื้อ แยกตามรอบติดตามผล',
    });
    // A group of none (outside any round) cannot be narrowed to.
    expect(within(table).queryByRole('button', { name: 'ดูเฉพาะ ไม่อยู่ในรอบติดตามผลใด' })).toBeNull();
    expect(screen.getByText(th.notes.count_twice)).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: 'ดูเฉพาะ 1 ตุลาคม 2569 – 31 มีนาคม 2570' }));
    await waitFor(() =>
      expect(statisticsRequests().some((request) => request.query?.round === ROUND)).toBe(true),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: th.filters.group_by }), 'district');
    await waitFor(() =>
      expect(statisticsRequests().some((request) => request.query?.groupBy === 'district')).toBe(true),
    );
  });

  it('measures the charts in order lines when asked, the confirmed part apart', async () => {
    const user = userEvent.setup();
    openPage();
    const byCity = await screen.findByRole('region', { name: th.charts.by_city_title });
    await user.click(screen.getByRole('radio', { name: th.metric.lines }));
    const cityTable = within(byCity).getByRole('table', { name: th.charts.by_city_title });
    expect(
      within(cityTable)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([`${th.dimensions.city}${th.metric.lines}${th.charts.confirmed}`, 'โซล42', 'ฟูกุโอกะ10']);
  });
});

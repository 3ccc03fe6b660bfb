import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, OutcomeStatistics, StatisticsFigures, StatisticsOptions } from '@bia/contracts';
import { buildBusiness, buildProduct } from '../../testing/catalogue.ts';
import { partnerNamed } from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { dealEntries, dealOrderLines, deals, followUpRates, followUpRounds } from './outcomes.schema.ts';

/** 15 June 2027 in Bangkok: FY2570 (1 October 2026 – 30 September 2027). */
const NOW = '2027-06-15T03:00:00Z';

/**
 * Three deals, two rounds with their rates:
 * - round A, April–September 2026: JPY 0.20 baht;
 * - round B, October 2026 – March 2027 (the latest): JPY 0.25, KRW 0.03;
 * - D1, business 1 with Seoul, naming its food product: a contact by e-mail confirmed in November
 *   2026 and an order in December (round B by its date), confirmed: 150 jars, 10,000 KRW and 500 THB;
 * - D2, business 1 with Fukuoka, naming its silk scarf: a contact by LINE in May 2026, not confirmed,
 *   and an order in June (round A): 10 pieces for 1,000 JPY at round A's rate (200 baht, not 250);
 *   an earlier order of 999 pieces was superseded by an amendment and must count for nothing;
 * - D3, business 2 with Seoul, naming its drink: the contact exchanged at a session in February 2027,
 *   and an order in April 2027 reported in round A: 2,000 JPY at round A's rate (400 baht) and
 *   100 USD, which no round has a rate for (kept apart, in dollars).
 */
describe('the statistics of the outcomes', () => {
  let t: TestApp;
  let officer: TestClient;
  const ids: Record<string, string> = {};

  async function statistics(query = '', client: TestClient = officer): Promise<OutcomeStatistics> {
    const answer = await client.get<OutcomeStatistics>(`/api/outcomes/statistics${query}`);
    if (answer.status !== 200) throw new Error(`statistics: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  const group = (answer: OutcomeStatistics, key: string | null): StatisticsFigures => {
    const found = answer.groups.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no group ${key} in ${JSON.stringify(answer.groups.map((g) => g.key))}`);
    return found.figures;
  };

  /** The figures most tests look at: contacts, deals, order lines and baht. */
  const summary = (figures: StatisticsFigures) => ({
    contacts: figures.contacts.total,
    deals: figures.deals.total,
    lines: figures.orders.lines,
    baht: figures.orders.valueBaht,
  });

  async function insertDeal(values: Partial<typeof deals.$inferInsert> & { entrepreneurId: string }) {
    const [deal] = await t.db
      .insert(deals)
      .values({ partnerId: '', buyerName: 'Buyer', stage: 'order', ...values })
      .returning();
    if (!deal) throw new Error('deal not inserted');
    return deal.id;
  }

  async function insertEntry(
    dealId: string,
    kind: string,
    occurredOn: string,
    extra: Partial<typeof dealEntries.$inferInsert> = {},
  ) {
    const [entry] = await t.db
      .insert(dealEntries)
      .values({ dealId, kind, occurredOn, recordedAs: 'staff', ...extra })
      .returning();
    if (!entry) throw new Error('entry not inserted');
    return entry.id;
  }

  async function insertLine(
    entryId: string,
    dealId: string,
    values: Omit<typeof dealOrderLines.$inferInsert, 'entryId' | 'dealId' | 'orderedOn'> & {
      orderedOn?: string;
    },
  ) {
    await t.db.insert(dealOrderLines).values({ entryId, dealId, orderedOn: '2026-01-01', ...values });
  }

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    const social = await t.signInAs('social_development_officer', { locale: 'en' });
    const first = await buildBusiness(social, {
      name: { th: 'ธุรกิจสถิติ 1', en: 'Statistics Business One' },
      districtCode: '1001',
    });
    const second = await buildBusiness(social, {
      name: { th: 'ธุรกิจสถิติ 2', en: 'Statistics Business Two' },
      districtCode: '1005',
    });
    ids.business1 = first.id;
    ids.business2 = second.id;
    ids.paste = (await buildProduct(social, first.id, { category: 'food', hsCode: '1905' })).id;
    ids.scarf = (await buildProduct(social, first.id, { category: 'textiles_clothing', hsCode: '6214' })).id;
    ids.drink = (await buildProduct(social, second.id, { category: 'beverages', hsCode: '2202' })).id;
    ids.seoul = (await partnerNamed(officer, 'Seoul')).id;
    ids.fukuoka = (await partnerNamed(officer, 'Fukuoka Prefecture')).id;

    const [roundA] = await t.db
      .insert(followUpRounds)
      .values({
        periodStart: '2026-04-01',
        periodEnd: '2026-09-30',
        deadline: '2026-10-31',
        status: 'closed',
      })
      .returning();
    const [roundB] = await t.db
      .insert(followUpRounds)
      .values({
        periodStart: '2026-10-01',
        periodEnd: '2027-03-31',
        deadline: '2027-04-30',
        status: 'closed',
      })
      .returning();
    if (!roundA || !roundB) throw new Error('rounds not inserted');
    ids.roundA = roundA.id;
    ids.roundB = roundB.id;
    await t.db.insert(followUpRates).values([
      { roundId: roundA.id, currency: 'JPY', bahtPerUnit: '0.2' },
      { roundId: roundB.id, currency: 'JPY', bahtPerUnit: '0.25' },
      { roundId: roundB.id, currency: 'KRW', bahtPerUnit: '0.03' },
    ]);

    const confirmed = { buyerConfirmedAt: new Date('2026-12-05T03:00:00Z'), buyerConfirmedVia: 'link' };
    const d1 = await insertDeal({ entrepreneurId: first.id, partnerId: ids.seoul, productIds: [ids.paste] });
    await insertEntry(d1, 'contact', '2026-11-10', {
      contactChannel: 'email',
      contactDirection: 'buyer_to_business',
      ...confirmed,
    });
    const d1Order = await insertEntry(d1, 'order', '2026-12-01', confirmed);
    await insertLine(d1Order, d1, {
      partnerId: ids.seoul,
      productId: ids.paste,
      quantity: '100',
      unit: 'กระปุก',
      value: '10000',
      currency: 'KRW',
    });
    await insertLine(d1Order, d1, {
      partnerId: ids.seoul,
      productId: ids.paste,
      quantity: '50',
      unit: 'กระปุก',
      value: '500',
      currency: 'THB',
    });

    const d2 = await insertDeal({
      entrepreneurId: first.id,
      partnerId: ids.fukuoka,
      productIds: [ids.scarf],
    });
    await insertEntry(d2, 'contact', '2026-05-05', {
      contactChannel: 'line',
      contactDirection: 'business_to_buyer',
    });
    const superseded = await insertEntry(d2, 'order', '2026-06-01', {
      supersededAt: new Date('2026-06-20T03:00:00Z'),
    });
    await insertLine(superseded, d2, {
      partnerId: ids.fukuoka,
      productId: ids.scarf,
      quantity: '999',
      unit: 'ผืน',
      value: '99999',
      currency: 'JPY',
    });
    const amendment = await insertEntry(d2, 'order', '2026-06-01', { amendsEntryId: superseded });
    await insertLine(amendment, d2, {
      partnerId: ids.fukuoka,
      productId: ids.scarf,
      quantity: '10',
      unit: 'ผืน',
      value: '1000',
      currency: 'JPY',
    });

    const d3 = await insertDeal({ entrepreneurId: second.id, partnerId: ids.seoul, productIds: [ids.drink] });
    await insertEntry(d3, 'contact', '2027-02-01', { contactChannel: 'session', recordedAs: 'session' });
    const d3Order = await insertEntry(d3, 'order', '2027-04-20', { roundId: roundA.id });
    await insertLine(d3Order, d3, {
      partnerId: ids.seoul,
      productId: ids.drink,
      quantity: '5',
      unit: 'ขวด',
      value: '2000',
      currency: 'JPY',
    });
    await insertLine(d3Order, d3, {
      partnerId: ids.seoul,
      productId: ids.drink,
      quantity: '20',
      unit: 'ขวด',
      value: '100',
      currency: 'USD',
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('counts every contact, deal and order line in force, converted with the rate of its round', async () => {
    const answer = await statistics();
    expect(answer.totals.contacts).toEqual({ total: 3, confirmed: 1, unconfirmed: 1, atSession: 1 });
    expect(answer.totals.deals).toEqual({ total: 3, byStage: [{ stage: 'order', count: 3 }] });
    expect(answer.totals.orders).toEqual({
      lines: 5,
      confirmedLines: 2,
      unconfirmedLines: 3,
      quantities: [
        { unit: 'กระปุก', quantity: 150 },
        { unit: 'ขวด', quantity: 25 },
        { unit: 'ผืน', quantity: 10 },
      ],
      // 10,000 KRW × 0.03 + 500 THB (D1) + 1,000 JPY × 0.20 (D2, round A) + 2,000 JPY × 0.20 (D3, round A).
      valueBaht: 1400,
      confirmedValueBaht: 800,
      unconverted: [{ currency: 'USD', value: 100 }],
      original: [
        { currency: 'JPY', value: 3000 },
        { currency: 'KRW', value: 10000 },
        { currency: 'THB', value: 500 },
        { currency: 'USD', value: 100 },
      ],
    });
    expect(answer.latestRates).toEqual([
      expect.objectContaining({ roundId: ids.roundB, currency: 'JPY', bahtPerUnit: 0.25 }),
      expect.objectContaining({ roundId: ids.roundB, currency: 'KRW', bahtPerUnit: 0.03 }),
    ]);
  });

  it('groups by partner city, the largest first, each named, with confirmed and unconfirmed apart', async () => {
    const answer = await statistics('?groupBy=city');
    expect(answer.groups.map((item) => item.label)).toEqual(['Seoul', 'Fukuoka Prefecture']);
    expect(summary(group(answer, ids.seoul ?? ''))).toEqual({ contacts: 2, deals: 2, lines: 4, baht: 1200 });
    expect(group(answer, ids.seoul ?? '').orders).toMatchObject({ confirmedLines: 2, unconfirmedLines: 2 });
    expect(group(answer, ids.seoul ?? '').contacts).toEqual({
      total: 2,
      confirmed: 1,
      unconfirmed: 0,
      atSession: 1,
    });
    expect(summary(group(answer, ids.fukuoka ?? ''))).toEqual({ contacts: 1, deals: 1, lines: 1, baht: 200 });
    expect(answer.mayCountTwice).toBe(false);
  });

  it('groups by country, category, HS section, business and district', async () => {
    const byCountry = await statistics('?groupBy=country');
    expect(byCountry.groups.map((item) => [item.key, item.label])).toEqual([
      ['KR', 'South Korea'],
      ['JP', 'Japan'],
    ]);

    const byCategory = await statistics('?groupBy=category');
    expect(byCategory.groups.map((item) => [item.label, summary(item.figures)])).toEqual([
      ['Food products', { contacts: 1, deals: 1, lines: 2, baht: 800 }],
      ['Beverages', { contacts: 1, deals: 1, lines: 2, baht: 400 }],
      ['Textiles and clothing', { contacts: 1, deals: 1, lines: 1, baht: 200 }],
    ]);
    expect(group(byCategory, 'beverages').orders.unconverted).toEqual([{ currency: 'USD', value: 100 }]);

    const bySection = await statistics('?groupBy=hs_section');
    expect(bySection.groups.map((item) => [item.key, summary(item.figures)])).toEqual([
      ['IV', { contacts: 2, deals: 2, lines: 4, baht: 1200 }],
      ['XI', { contacts: 1, deals: 1, lines: 1, baht: 200 }],
    ]);
    expect(bySection.totals.contacts.total).toBe(3);
    expect(bySection.mayCountTwice).toBe(true);

    const byBusiness = await statistics('?groupBy=business');
    expect(byBusiness.groups.map((item) => [item.label, summary(item.figures)])).toEqual([
      ['Statistics Business One', { contacts: 2, deals: 2, lines: 3, baht: 1000 }],
      ['Statistics Business Two', { contacts: 1, deals: 1, lines: 2, baht: 400 }],
    ]);

    const byDistrict = await statistics('?groupBy=district');
    expect(byDistrict.groups.map((item) => item.key)).toEqual(['1001', '1005']);
    expect(byDistrict.groups[0]?.label).toMatch(/Phra Nakhon/);
  });

  it('groups by fiscal year (Buddhist era) and by round, a deal in each it has an entry in', async () => {
    const byYear = await statistics('?groupBy=fiscal_year');
    expect(byYear.groups.map((item) => [item.key, item.label, summary(item.figures)])).toEqual([
      ['2569', 'FY 2569', { contacts: 1, deals: 1, lines: 1, baht: 200 }],
      ['2570', 'FY 2570', { contacts: 2, deals: 2, lines: 4, baht: 1200 }],
    ]);

    const byRound = await statistics('?groupBy=round');
    expect(byRound.groups.map((item) => [item.key, summary(item.figures)])).toEqual([
      // Round A: D2's contact and order, and D3's order reported in it.
      [ids.roundA, { contacts: 1, deals: 2, lines: 3, baht: 600 }],
      // Round B: D1's contact and order, D3's contact at the session.
      [ids.roundB, { contacts: 2, deals: 2, lines: 2, baht: 800 }],
    ]);
    expect(byRound.groups[0]?.label).toBe('1 April 2026 – 30 September 2026');
    expect(byRound.totals.deals.total).toBe(3);
    expect(byRound.mayCountTwice).toBe(true);
  });

  it('names rounds and fiscal years in the Buddhist era for a Thai reader', async () => {
    const thai = await t.signInAs('executive', { locale: 'th' });
    const byRound = await statistics('?groupBy=round', thai);
    expect(byRound.groups[0]?.label).toBe('1 เมษายน 2569 – 30 กันยายน 2569');
    const byYear = await statistics('?groupBy=fiscal_year', thai);
    expect(byYear.groups.map((item) => item.label)).toEqual(['ปีงบ 2569', 'ปีงบ 2570']);
  });

  it('narrows every figure to the filters, naming them', async () => {
    const inYear = await statistics('?groupBy=city&fiscalYear=2570');
    expect(summary(inYear.totals)).toEqual({ contacts: 2, deals: 2, lines: 4, baht: 1200 });
    expect(inYear.groups.map((item) => item.key)).toEqual([ids.seoul]);
    expect(inYear.filters).toEqual([{ dimension: 'fiscal_year', key: '2570', label: 'FY 2570' }]);

    const scarves = await statistics('?groupBy=business&category=textiles_clothing');
    expect(summary(scarves.totals)).toEqual({ contacts: 1, deals: 1, lines: 1, baht: 200 });

    const seoulInRoundA = await statistics(`?city=${ids.seoul}&round=${ids.roundA}`);
    expect(summary(seoulInRoundA.totals)).toEqual({ contacts: 0, deals: 1, lines: 2, baht: 400 });
    expect(seoulInRoundA.filters.map((item) => item.label)).toEqual([
      'Seoul',
      '1 April 2026 – 30 September 2026',
    ]);

    const district = await statistics('?district=1005&country=kr');
    expect(summary(district.totals)).toEqual({ contacts: 1, deals: 1, lines: 2, baht: 400 });
  });

  it('refuses a filter that is not one', async () => {
    const answer = await officer.get<ErrorResponse>('/api/outcomes/statistics?groupBy=colour&city=seoul');
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields?.map((field) => field.path).sort()).toEqual(['city', 'groupBy']);
  });

  it('offers the cities, countries, districts, years and rounds of the deals as filters', async () => {
    const answer = await officer.get<StatisticsOptions>('/api/outcomes/statistics/options');
    expect(answer.status).toBe(200);
    expect(answer.body.cities.map((item) => item.label)).toEqual(['Fukuoka Prefecture', 'Seoul']);
    expect(answer.body.countries.map((item) => item.key)).toEqual(['JP', 'KR']);
    // By name, in the reader's order: Bang Khen (1005) before Phra Nakhon (1001).
    expect(answer.body.districts.map((item) => item.key)).toEqual(['1005', '1001']);
    expect(answer.body.fiscalYears.map((item) => item.key)).toEqual(['2570', '2569']);
    expect(answer.body.rounds.map((item) => item.key)).toEqual([ids.roundB, ids.roundA]);
    expect(answer.body.categories).toHaveLength(5);
    expect(answer.body.hsSections).toHaveLength(21);
  });

  it('exports every dimension to a workbook that reads back', async () => {
    const answer = await officer.get(`/api/outcomes/statistics.xlsx?groupBy=category&fiscalYear=2570`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('spreadsheetml');
    expect(answer.headers.get('content-disposition')).toContain('outcome-statistics-2027-06-15.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(answer.bytes.slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Product category',
      'Partner city',
      'Country',
      'HS section',
      'Business',
      'District',
      'Fiscal year',
      'Follow-up round',
    ]);
    const summarySheet = workbook.getWorksheet('Summary');
    const filterRow = summarySheet?.getRow(3);
    expect(filterRow?.getCell(2).value).toBe('Fiscal year: FY 2570');

    const sheet = workbook.getWorksheet('Product category');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual([
      'Group',
      'Contacts',
      'Contacts (confirmed)',
      'Contacts (awaiting the buyer)',
      'Contacts (at a session)',
      'Deals',
    ]);
    const rows = [2, 3, 4].map((number) => {
      const row = sheet?.getRow(number);
      const cell = (title: string) => row?.getCell(header.indexOf(title) + 1).value;
      return [cell('Group'), cell('Order lines'), cell('Value (baht)'), cell('Values without a rate')];
    });
    // FY2570 holds D1's order (food) and D3's (beverages, with the dollars kept apart).
    expect(rows).toEqual([
      ['Food products', 2, 800, null],
      ['Beverages', 2, 400, 'USD 100'],
      ['All', 4, 1200, 'USD 100'],
    ]);
  });

  it('is read by executives and refused to an entrepreneur and a partner coordinator', async () => {
    const executive = await t.signInAs('executive', { locale: 'en' });
    expect((await executive.get('/api/outcomes/statistics')).status).toBe(200);
    expect((await executive.get('/api/outcomes/statistics.xlsx')).status).toBe(200);
    const entrepreneur = await t.signInAs('entrepreneur', { scopeId: ids.business1 });
    for (const path of [
      '/api/outcomes/statistics',
      '/api/outcomes/statistics/options',
      '/api/outcomes/statistics.xlsx',
    ])
      expect((await entrepreneur.get(path)).status).toBe(403);
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: ids.seoul });
    expect((await coordinator.get('/api/outcomes/statistics')).status).toBe(403);
    expect((await t.anonymous().get('/api/outcomes/statistics')).status).toBe(401);
  });
  it('shows a contact recorded through the deals at once', async () => {
    const before = await statistics('?groupBy=city');
    const created = await officer.post('/api/deals', {
      entrepreneurId: ids.business2,
      partnerId: ids.fukuoka,
      buyerName: 'A buyer who wrote after the catalogue',
      firstEntry: {
        kind: 'contact',
        occurredOn: '2027-06-01',
        contactDirection: 'buyer_to_business',
        contactChannel: 'email',
      },
    });
    expect(created.status).toBe(201);
    const after = await statistics('?groupBy=city');
    expect(group(after, ids.fukuoka ?? '').contacts.total).toBe(
      group(before, ids.fukuoka ?? '').contacts.total + 1,
    );
    expect(after.totals.deals.total).toBe(before.totals.deals.total + 1);
  });
});

/**
 * KPI 1.1.1 computed from the deals through the outcomes module's door, and the values the platform
 * computes proposed in a progress round (decision 0050), over HTTP against real SQL: the level of the
 * whole fiscal year and of a six-month round, the records behind it named only to those who read the
 * outcomes, KPI 3.2.1 from the training records, and a report that differs from the proposal refused
 * without its reason, then kept with both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Deal,
  ErrorResponse,
  PartnerSummary,
  StrategyComputedKpi,
  StrategyItemDetail,
  StrategyRoundDetail,
} from '@bia/contracts';
import { buildBusiness, buildListedProduct } from '../../testing/catalogue.ts';
import { buildProgramme, chooseCity, partnerNamed } from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { IAO_UNIT_CODE } from './rounds.rules.ts';

/** 15 June 2027 in Bangkok: fiscal year 2570, after its first six months (1 October 2026 – 31 March 2027). */
const NOW = '2027-06-15T03:00:00Z';

type Kpi111 = Extract<StrategyComputedKpi, { code: '1.1.1' }>;

let t: TestApp;
let iao: TestClient;
let liaison: TestClient;
let seoul: PartnerSummary;
let deal: Deal;
let round: StrategyRoundDetail;

const itemId = (code: string) => {
  const item = round.items.find((candidate) => candidate.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return item.id;
};
const itemOf = async (client: TestClient, code: string) =>
  client.get<StrategyItemDetail>(`/api/strategy/round-items/${itemId(code)}`);
const leadReport = (code: string) => `/api/strategy/round-items/${itemId(code)}/submissions/${IAO_UNIT_CODE}`;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  iao = await t.signInAs('iao_officer');
  liaison = await t.signInAs('liaison_officer', { scopeId: '24000000' });
  const social = await t.signInAs('social_development_officer');
  const business = await buildBusiness(social, {
    name: { th: 'เครื่องจักสานเจ้าพระยา', en: 'Chao Phraya Basketry' },
  });
  const product = await buildListedProduct(social, business.id);
  await buildProgramme(iao, { fiscalYear: 2570 });
  seoul = await partnerNamed(iao, 'Seoul');
  await chooseCity(iao, 2570, seoul.id);
  // A negotiation in January (level 2, within the six months), an order shipped in May (level 4, after them).
  const created = await iao.post<Deal>('/api/deals', {
    entrepreneurId: business.id,
    partnerId: seoul.id,
    buyerName: 'Kim Min-ji',
    productIds: [product.id],
    firstEntry: { kind: 'negotiating', occurredOn: '2027-01-10' },
  });
  if (created.status !== 201) throw new Error(`entering the deal: ${JSON.stringify(created.body)}`);
  deal = created.body;
  const ordered = await iao.post(`/api/deals/${deal.id}/entries`, {
    kind: 'order',
    occurredOn: '2027-04-20',
    orderLines: [
      {
        productId: product.id,
        quantity: 100,
        unit: 'ห่อ',
        orderedOn: '2027-04-20',
        shippedOn: '2027-05-10',
      },
    ],
  });
  if (ordered.status !== 201) throw new Error(`entering the order: ${JSON.stringify(ordered.body)}`);
  const opened = await iao.post<StrategyRoundDetail>('/api/strategy/rounds', {
    fiscalYear: 2570,
    kind: 'six_month',
    deadline: '2027-06-30',
  });
  if (opened.status !== 201) throw new Error(`opening the round: ${JSON.stringify(opened.body)}`);
  round = opened.body;
});

afterAll(async () => {
  await t.close();
});

describe('KPI 1.1.1 computed from the deals', () => {
  it('reaches level 4 over the fiscal year, with the records behind each level linked to their deal', async () => {
    const answer = await iao.get<Kpi111>('/api/strategy/kpis/1.1.1/computed?fiscalYear=2570');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      code: '1.1.1',
      fiscalYear: 2570,
      from: '2026-10-01',
      to: '2027-09-30',
      hasProgramme: true,
      level: 4,
      recordsWithheld: false,
    });
    const [chosen, negotiating, agreement, shipped] = answer.body.levels;
    expect(chosen?.records.map((record) => record.city.id)).toEqual([seoul.id]);
    expect(negotiating?.records).toMatchObject([
      {
        type: 'entry',
        dealId: deal.id,
        kind: 'negotiating',
        on: '2027-01-10',
        business: { name: 'เครื่องจักสานเจ้าพระยา' },
        buyerName: 'Kim Min-ji',
        city: { id: seoul.id },
      },
    ]);
    expect(agreement).toMatchObject({ isMet: false, missing: 'no_agreement' });
    expect(shipped?.records).toMatchObject([{ type: 'order_line', dealId: deal.id, on: '2027-05-10' }]);
  });

  it('is at level 0 for a year with no programme nor deal', async () => {
    const answer = await iao.get<Kpi111>('/api/strategy/kpis/1.1.1/computed?fiscalYear=2569');
    expect(answer.body).toMatchObject({ level: 0, hasProgramme: false });
    expect(answer.body.levels[0]).toMatchObject({ isMet: false, missing: 'no_cities_chosen' });
  });

  it('withholds the business and the buyer from a reader who may not read the outcomes', async () => {
    const answer = await liaison.get<Kpi111>('/api/strategy/kpis/1.1.1/computed?fiscalYear=2570');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ level: 4, recordsWithheld: true });
    expect(answer.body.levels[1]?.records[0]).toMatchObject({
      dealId: deal.id,
      kind: 'negotiating',
      business: null,
      buyerName: null,
    });
  });
});

describe('the proposal in a round', () => {
  it('proposes level 2 for the six months, counting only what happened by 31 March, and says how', async () => {
    const detail = await itemOf(iao, '1.1.1');
    expect(detail.status).toBe(200);
    expect(detail.body.computed).toMatchObject({
      code: '1.1.1',
      fiscalYear: 2570,
      from: '2026-10-01',
      to: '2027-03-31',
      isAvailable: true,
      unavailableReason: null,
      level: 2,
      value: null,
      explanation: 'ระดับ 2 คือระดับสูงสุดที่เงื่อนไขเป็นจริงตามบันทึกการจับคู่ธุรกิจ ระหว่างวันที่ 1 ตุลาคม 2569 ถึง 31 มีนาคม 2570',
      kpi: { code: '1.1.1', level: 2 },
    });
    // The city was chosen in June and the order shipped in May: after the period, so neither counts.
    const levels = detail.body.computed?.kpi?.code === '1.1.1' ? detail.body.computed.kpi.levels : [];
    expect(levels.map((level) => level.isMet)).toEqual([false, true, false, false, false]);
  });

  it('proposes KPI 3.2.1 from the training records (decision 0058), and nothing for a project', async () => {
    const training = await itemOf(iao, '3.2.1');
    // The IAO's officers signed in here have no training recorded: none of them is developed yet.
    expect(training.body.computed).toMatchObject({
      isAvailable: true,
      unavailableReason: null,
      level: null,
      value: 0,
      kpi: null,
    });
    expect(training.body.computed?.explanation).toContain('ได้รับการพัฒนาสมรรถนะ');
    expect((await itemOf(iao, '1.1-P1')).body.computed).toBeNull();
  });

  it('refuses another level without a reason, at overrideReason, saving nothing', async () => {
    const refused = await iao.put<ErrorResponse>(leadReport('1.1.1'), { levelReached: 3, submit: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'overrideReason',
        code: 'required',
        message: 'ค่าที่รายงานแตกต่างจากค่าที่ระบบคำนวณ กรุณาระบุเหตุผล',
      }),
    ]);
    const after = await itemOf(iao, '1.1.1');
    expect(after.body.submissions).toEqual([]);
    expect(after.body.item.status).toBe('not_started');
  });

  it('takes the proposed level without a reason, keeping what was proposed', async () => {
    const saved = await iao.put<StrategyItemDetail>(leadReport('1.1.1'), { levelReached: 2 });
    expect(saved.status).toBe(200);
    expect(saved.body.submissions[0]).toMatchObject({
      levelReached: 2,
      computedValue: { fiscalYear: 2570, from: '2026-10-01', to: '2027-03-31', level: 2, value: null },
      isOverride: false,
      overrideReason: null,
    });
  });

  it('takes another level with its reason, and shows the reviewers both', async () => {
    const reason = 'สัญญาซื้อขายลงนามเมื่อ 28 มีนาคม แต่ยังไม่ได้บันทึกในระบบ';
    const saved = await iao.put<StrategyItemDetail>(leadReport('1.1.1'), {
      version: 1,
      levelReached: 3,
      overrideReason: reason,
      submit: true,
    });
    expect(saved.status).toBe(200);
    const reviewer = await t.signInAs('strategy_officer');
    const seen = await itemOf(reviewer, '1.1.1');
    expect(seen.body.submissions[0]).toMatchObject({
      status: 'submitted',
      levelReached: 3,
      computedValue: { level: 2 },
      isOverride: true,
      overrideReason: reason,
    });
    expect(seen.body.computed).toMatchObject({ level: 2 });
  });
});

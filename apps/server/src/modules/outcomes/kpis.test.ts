import { describe, expect, it } from 'vitest';
import type { KpiDealRow, KpiEntryRow, YearEntryRow, YearOrderLineRow } from './kpis.repository.ts';
import { computeActivity, computeOutcomeKpi, computePlanKpi, sessionFollowed, sharePercent } from './kpis.ts';

const SEOUL = 'seoul';
const FUKUOKA = 'fukuoka';
const year = { startDate: '2026-10-01', endDate: '2027-09-30' };

const december = {
  id: 'december',
  title: 'Seoul',
  round: 1,
  heldOn: '2026-12-14',
  partnerIds: [SEOUL],
  entrepreneurIds: ['b1', 'b2'],
};
const march = {
  id: 'march',
  title: 'Seoul again',
  round: 2,
  heldOn: '2027-03-10',
  partnerIds: [SEOUL, FUKUOKA],
  entrepreneurIds: ['b1'],
};

function deal(id: string, entrepreneurId: string, partnerId: string): KpiDealRow {
  return { id, entrepreneurId, partnerId, buyerName: 'Buyer', buyerOrganisation: null, sessionId: null };
}

function entry(id: string, dealId: string, overrides: Partial<KpiEntryRow> = {}): KpiEntryRow {
  return {
    id,
    dealId,
    kind: 'contact',
    occurredOn: '2027-01-05',
    contactDirection: 'buyer_to_business',
    contactChannel: 'email',
    isConfirmed: false,
    isSuperseded: false,
    ...overrides,
  };
}

function yearEntry(id: string, overrides: Partial<YearEntryRow> = {}): YearEntryRow {
  return {
    id,
    dealId: 'deal',
    kind: 'contact',
    occurredOn: '2027-01-05',
    contactChannel: 'email',
    isConfirmed: false,
    entrepreneurId: 'b1',
    partnerId: SEOUL,
    buyerName: 'Buyer',
    dealSessionId: null,
    documentCount: 0,
    followsAgreement: false,
    ...overrides,
  };
}

function line(id: string, overrides: Partial<YearOrderLineRow> = {}): YearOrderLineRow {
  return {
    id,
    entryId: 'order',
    dealId: 'deal',
    partnerId: SEOUL,
    productId: 'product',
    quantity: '1.000',
    unit: 'kg',
    orderedOn: '2027-04-01',
    shippedOn: null,
    isConfirmed: false,
    documentCount: 0,
    entrepreneurId: 'b1',
    buyerName: 'Buyer',
    dealSessionId: null,
    ...overrides,
  };
}

describe('the outcome KPI', () => {
  it('counts a contact dated between two sessions with the city, from the first of them', () => {
    const kpi = computeOutcomeKpi(
      [december, march],
      [deal('d1', 'b1', SEOUL)],
      [entry('e1', 'd1', { occurredOn: '2027-01-05' })],
    );
    expect(kpi.counted).toMatchObject([{ entrepreneurId: 'b1', shown: { sessionId: 'december' } }]);
  });

  it('shows the entry the buyer confirmed before an earlier one that is not', () => {
    const kpi = computeOutcomeKpi(
      [december],
      [deal('d1', 'b1', SEOUL)],
      [entry('early', 'd1', { occurredOn: '2026-12-20' }), entry('confirmed', 'd1', { isConfirmed: true })],
    );
    expect(kpi.counted[0]).toMatchObject({
      qualifyingEntries: 2,
      isConfirmed: true,
      shown: { entry: { id: 'confirmed' } },
    });
    expect(kpi.confirmed).toBe(1);
  });

  it('ignores an entry superseded by an amendment, and lists every reason that applies', () => {
    const kpi = computeOutcomeKpi(
      [december],
      [deal('d1', 'b1', SEOUL)],
      [
        entry('old', 'd1', { isSuperseded: true }),
        entry('exchange', 'd1', { occurredOn: '2026-12-14', contactChannel: 'session' }),
        entry('early', 'd1', { occurredOn: '2026-12-01' }),
      ],
    );
    expect(kpi.counted).toEqual([]);
    expect(kpi.notCounted.find((item) => item.entrepreneurId === 'b1')?.reasons).toEqual([
      'session_exchange_only',
      'dated_before_session',
    ]);
  });

  it('meets the target at exactly half, and rounds the share to one decimal', () => {
    const kpi = computeOutcomeKpi([december], [deal('d1', 'b1', SEOUL)], [entry('e1', 'd1')]);
    expect(kpi).toMatchObject({ presented: 2, qualifying: 1, sharePercent: 50, isTargetMet: true });
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(0, 0)).toBeNull();
  });
});

describe('plan KPI 1.1.1', () => {
  const city = { id: 'pc', partnerId: SEOUL, replyStatus: 'accepted', chosenOn: '2026-10-15' };

  it('takes the highest level that holds, even with the levels below it empty', () => {
    const plan = computePlanKpi([], [], [line('shipped', { shippedOn: '2027-05-01' })], year);
    expect(plan.level).toBe(4);
    expect(plan.levels.map((level) => level.missing)).toEqual([
      'no_cities_chosen',
      'no_negotiation',
      'no_agreement',
      null,
      'no_repeat_order',
    ]);
  });

  it('reaches level 5 with a repeat order in the year', () => {
    const plan = computePlanKpi([city], [yearEntry('repeat', { kind: 'repeat_order' })], [], year);
    expect(plan.level).toBe(5);
    expect(plan.levels[4]?.records).toMatchObject([{ type: 'entry', entry: { id: 'repeat' } }]);
  });

  it('does not count an order shipped after the year, and lists it as not shipped only when it has no shipping date', () => {
    const plan = computePlanKpi(
      [city],
      [],
      [line('later', { shippedOn: '2027-10-02' }), line('waiting', { orderedOn: '2027-08-01' })],
      year,
    );
    expect(plan.level).toBe(1);
    expect(plan.levels[3]).toMatchObject({ missing: 'orders_not_shipped' });
    expect(
      plan.levels[3]?.lacking.map((record) => (record.type === 'order_line' ? record.line.id : '')),
    ).toEqual(['waiting']);
  });
});

describe('the counts of contacts and orders', () => {
  it('attributes to the session the deal started from, else to the latest session with the city before it', () => {
    expect(
      sessionFollowed([december, march], {
        entrepreneurId: 'b1',
        partnerId: SEOUL,
        dealSessionId: null,
        on: '2027-04-01',
      }),
    ).toBe('march');
    expect(
      sessionFollowed([december, march], {
        entrepreneurId: 'b2',
        partnerId: SEOUL,
        dealSessionId: null,
        on: '2027-04-01',
      }),
    ).toBe('december');
    expect(
      sessionFollowed([december], {
        entrepreneurId: 'b2',
        partnerId: FUKUOKA,
        dealSessionId: null,
        on: '2027-04-01',
      }),
    ).toBeNull();
    expect(
      sessionFollowed([december, march], {
        entrepreneurId: 'b2',
        partnerId: FUKUOKA,
        dealSessionId: 'december',
        on: '2026-10-02',
      }),
    ).toBe('december');
  });

  it('adds quantities exactly, unit by unit, and leaves out what was ordered outside the year', () => {
    const activity = computeActivity(
      [december],
      [],
      [
        line('a', { quantity: '0.100' }),
        line('b', { quantity: '0.200' }),
        line('c', { quantity: '3', unit: 'box' }),
        line('old', { orderedOn: '2026-09-30', shippedOn: '2026-10-05' }),
      ],
      year,
    );
    expect(activity.total.orderLines).toBe(3);
    expect(activity.total.milliQuantities).toEqual(
      new Map([
        ['kg', 300],
        ['box', 3000],
      ]),
    );
  });
});

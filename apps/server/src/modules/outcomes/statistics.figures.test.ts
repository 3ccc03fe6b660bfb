import { describe, expect, it } from 'vitest';
import { figuresOf, latestRatesOf, sortGroups } from './statistics.figures.ts';
import type { OrderFigureRow } from './statistics.repository.ts';

const rounds = [
  { id: 'a', periodStart: '2025-10-01', periodEnd: '2026-03-31' },
  { id: 'b', periodStart: '2026-04-01', periodEnd: '2026-09-30' },
  { id: 'c', periodStart: '2026-10-01', periodEnd: '2027-03-31' },
];

const line = (overrides: Partial<OrderFigureRow>): OrderFigureRow => ({
  key: 'seoul',
  byUnit: false,
  unit: null,
  currency: 'THB',
  isConfirmed: false,
  isConverted: true,
  lines: 1,
  quantity: null,
  value: 0,
  baht: 0,
  ...overrides,
});

describe('the latest rate of each currency', () => {
  it('is the rate of the round whose period ends last among those that recorded the currency', () => {
    const latest = latestRatesOf(rounds, [
      { roundId: 'c', currency: 'JPY', bahtPerUnit: 0.25 },
      { roundId: 'a', currency: 'JPY', bahtPerUnit: 0.2 },
      { roundId: 'a', currency: 'KRW', bahtPerUnit: 0.03 },
      { roundId: 'b', currency: 'KRW', bahtPerUnit: 0.028 },
    ]);
    expect(Object.fromEntries(latest)).toEqual({
      JPY: { roundId: 'c', bahtPerUnit: 0.25 },
      KRW: { roundId: 'b', bahtPerUnit: 0.028 },
    });
  });
});

describe('the figures of the groups', () => {
  it('adds values in baht, keeps those without a rate in their currency, and never adds units together', () => {
    const { groups, totals } = figuresOf({
      orders: [
        line({ currency: 'THB', isConfirmed: true, lines: 2, value: 500, baht: 500 }),
        line({ currency: 'JPY', lines: 1, value: 1000, baht: 200 }),
        line({ currency: 'USD', isConverted: false, lines: 1, value: 100.1, baht: null }),
        line({ currency: null, lines: 1, value: null, baht: null }),
        line({ byUnit: true, unit: 'กระปุก', currency: null, quantity: 150 }),
        line({ byUnit: true, unit: 'ขวด', currency: null, quantity: 20 }),
        line({ key: 'fukuoka', byUnit: true, unit: 'กระปุก', currency: null, quantity: 5 }),
        line({ key: 'fukuoka', currency: 'JPY', isConfirmed: true, value: 0.1 + 0.2, baht: 0.1 + 0.2 }),
      ],
      contacts: [
        { key: 'seoul', state: 'confirmed', count: 1 },
        { key: 'seoul', state: 'session', count: 2 },
        { key: 'fukuoka', state: 'unconfirmed', count: 3 },
      ],
      deals: [
        { key: 'seoul', stage: 'order', count: 1 },
        { key: 'seoul', stage: 'contact', count: 2 },
      ],
    });
    expect(groups.get('seoul')?.orders).toEqual({
      lines: 5,
      confirmedLines: 2,
      unconfirmedLines: 3,
      quantities: [
        { unit: 'กระปุก', quantity: 150 },
        { unit: 'ขวด', quantity: 20 },
      ],
      valueBaht: 700,
      confirmedValueBaht: 500,
      unconverted: [{ currency: 'USD', value: 100.1 }],
      original: [
        { currency: 'JPY', value: 1000 },
        { currency: 'THB', value: 500 },
        { currency: 'USD', value: 100.1 },
      ],
    });
    // Stages in the order a deal moves through them.
    expect(groups.get('seoul')?.deals.byStage.map((item) => item.stage)).toEqual(['contact', 'order']);
    expect(totals.orders.quantities).toEqual([
      { unit: 'กระปุก', quantity: 155 },
      { unit: 'ขวด', quantity: 20 },
    ]);
    expect(totals.orders.valueBaht).toBe(700.3);
    expect(totals.contacts).toEqual({ total: 6, confirmed: 1, unconfirmed: 3, atSession: 2 });
  });

  it('counts the totals on their own when a record may fall in several groups', () => {
    const { totals } = figuresOf({
      orders: [],
      contacts: [
        { key: 'food', state: 'confirmed', count: 1 },
        { key: 'beverages', state: 'confirmed', count: 1 },
      ],
      contactTotals: [{ key: null, state: 'confirmed', count: 1 }],
      deals: [
        { key: 'food', stage: 'order', count: 1 },
        { key: 'beverages', stage: 'order', count: 1 },
      ],
      dealTotals: [{ key: null, stage: 'order', count: 1 }],
    });
    expect(totals.contacts.total).toBe(1);
    expect(totals.deals.total).toBe(1);
  });
});

describe('the order of the groups', () => {
  const { groups } = figuresOf({
    orders: [
      line({ key: 'a', value: 10, baht: 10 }),
      line({ key: 'c', value: 900, baht: 900 }),
      line({ key: null, value: 50, baht: 50 }),
    ],
    contacts: [{ key: 'b', state: 'confirmed', count: 4 }],
    deals: [],
  });

  it('lists the largest value first, then by lines and contacts', () => {
    expect(sortGroups('city', groups, rounds).map(([key]) => key)).toEqual(['c', null, 'a', 'b']);
  });

  it('lists rounds in time order, the entries in no round last', () => {
    expect(sortGroups('round', groups, rounds).map(([key]) => key)).toEqual(['a', 'b', 'c', null]);
  });
});

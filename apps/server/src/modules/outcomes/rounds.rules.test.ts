import { describe, expect, it } from 'vitest';
import { computeRoundFigures, figureTotals, type FigureLine } from './rounds.figures.ts';
import { addDays, coveredFiscalYears, defaultPeriod, reminderDue } from './rounds.rules.ts';

describe('the period a round covers by default', () => {
  it('is October to March once 31 March has passed', () => {
    expect(defaultPeriod('2027-04-01')).toEqual({ periodStart: '2026-10-01', periodEnd: '2027-03-31' });
    expect(defaultPeriod('2027-09-30')).toEqual({ periodStart: '2026-10-01', periodEnd: '2027-03-31' });
  });

  it('is April to September once 30 September has passed, into the next calendar year', () => {
    expect(defaultPeriod('2027-10-01')).toEqual({ periodStart: '2027-04-01', periodEnd: '2027-09-30' });
    expect(defaultPeriod('2028-01-15')).toEqual({ periodStart: '2027-04-01', periodEnd: '2027-09-30' });
    expect(defaultPeriod('2028-03-31')).toEqual({ periodStart: '2027-04-01', periodEnd: '2027-09-30' });
  });

  it('asks the businesses of the fiscal year the period ends in and of the year before', () => {
    // 31 March 2027 is in FY2570 (October 2026 – September 2027).
    expect(coveredFiscalYears('2027-03-31')).toEqual([2569, 2570]);
    expect(coveredFiscalYears('2027-09-30')).toEqual([2569, 2570]);
  });

  it('counts days across months and years', () => {
    expect(addDays('2027-04-26', -7)).toBe('2027-04-19');
    expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
  });
});

describe('which reminder is due', () => {
  const round = { deadline: '2027-04-26', openedOn: '2027-04-05' };

  it('sends nothing before the week before the deadline', () => {
    expect(reminderDue(round, '2027-04-18')).toBeNull();
  });

  it("sends the week's reminder from 7 days before until the two days' is due", () => {
    expect(reminderDue(round, '2027-04-19')).toBe('week_before');
    expect(reminderDue(round, '2027-04-23')).toBe('week_before');
  });

  it("sends the two days' reminder from 2 days before until the deadline, and nothing after", () => {
    expect(reminderDue(round, '2027-04-24')).toBe('two_days_before');
    expect(reminderDue(round, '2027-04-26')).toBe('two_days_before');
    expect(reminderDue(round, '2027-04-27')).toBeNull();
  });

  it('does not remind of a day that came before the round was opened', () => {
    const late = { deadline: '2027-04-26', openedOn: '2027-04-21' };
    expect(reminderDue(late, '2027-04-21')).toBeNull();
    expect(reminderDue(late, '2027-04-24')).toBe('two_days_before');
    expect(reminderDue({ deadline: '2027-04-26', openedOn: '2027-04-25' }, '2027-04-25')).toBeNull();
  });
});

describe("a round's figures", () => {
  const line = (overrides: Partial<FigureLine>): FigureLine => ({
    partnerId: 'seoul',
    productId: 'paste',
    entrepreneurId: 'chili',
    unit: 'jar',
    quantity: '10.000',
    value: null,
    currency: null,
    isConfirmed: false,
    ...overrides,
  });

  it('adds up orders by city, product and unit, converting values at the round’s rates', () => {
    const figures = computeRoundFigures(
      [],
      [
        line({ quantity: '120.000', value: '30000.00', currency: 'JPY', isConfirmed: true }),
        line({ quantity: '0.500', value: '1000.00', currency: 'THB' }),
        line({ unit: 'box', quantity: '3.000' }),
      ],
      new Map([['JPY', 0.23]]),
    );
    expect(figures.orders).toEqual([
      expect.objectContaining({ unit: 'box', quantity: 3, lines: 1, valueBaht: null }),
      expect.objectContaining({ unit: 'jar', quantity: 120.5, lines: 2, confirmedLines: 1, valueBaht: 7900 }),
    ]);
    expect(figureTotals(figures)).toMatchObject({ orderLines: 3, confirmedOrderLines: 1, valueBaht: 7900 });
  });

  it('reports values in a currency without a rate apart, in that currency, and never guesses', () => {
    const figures = computeRoundFigures(
      [],
      [line({ value: '500.00', currency: 'KRW' }), line({ value: '250.50', currency: 'KRW' })],
      new Map([['JPY', 0.23]]),
    );
    expect(figures.orders[0]?.valueBaht).toBeNull();
    expect(figures.unconverted).toEqual([{ currency: 'KRW', value: 750.5 }]);
    expect(figureTotals(figures).valueBaht).toBe(0);
  });

  it('counts contacts by city and business, confirmed ones apart', () => {
    const figures = computeRoundFigures(
      [
        { partnerId: 'seoul', entrepreneurId: 'chili', isConfirmed: true },
        { partnerId: 'seoul', entrepreneurId: 'chili', isConfirmed: false },
        { partnerId: 'fukuoka', entrepreneurId: 'tea', isConfirmed: false },
      ],
      [],
      new Map(),
    );
    expect(figures.contacts).toEqual([
      { partnerId: 'fukuoka', entrepreneurId: 'tea', count: 1, confirmed: 0 },
      { partnerId: 'seoul', entrepreneurId: 'chili', count: 2, confirmed: 1 },
    ]);
    expect(figureTotals(figures)).toMatchObject({ contacts: 3, confirmedContacts: 1, businesses: 2 });
  });
});

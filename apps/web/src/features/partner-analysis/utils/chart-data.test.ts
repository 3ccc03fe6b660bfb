import { describe, expect, it } from 'vitest';
import { largestTotal, ratio, stackCounts, yearLabelStep, yearSpan } from './chart-data.ts';
import { NO_REGION, regionOrder } from './regions.ts';

describe('stackCounts', () => {
  it('stacks the counts of each group in the order of the keys, leaving out zeros', () => {
    const stacks = stackCounts(
      [
        { group: 'east_asia', key: 'sister_city', count: 12 },
        { group: 'east_asia', key: 'friendship_city', count: 3 },
        { group: 'europe', key: 'sister_city', count: 4 },
      ],
      ['east_asia', 'europe', 'africa'],
      ['sister_city', 'friendship_city', 'city_network'],
    );
    expect(stacks).toEqual([
      {
        group: 'east_asia',
        total: 15,
        segments: [
          { key: 'sister_city', count: 12, start: 0 },
          { key: 'friendship_city', count: 3, start: 12 },
        ],
      },
      { group: 'europe', total: 4, segments: [{ key: 'sister_city', count: 4, start: 0 }] },
      { group: 'africa', total: 0, segments: [] },
    ]);
  });

  it('adds up rows of the same group and key', () => {
    const [stack] = stackCounts(
      [
        { group: 2020, key: 'asean', count: 1 },
        { group: 2020, key: 'asean', count: 2 },
      ],
      [2020],
      ['asean'],
    );
    expect(stack?.total).toBe(3);
  });
});

describe('yearSpan', () => {
  it('runs from the first year to the last, gaps included', () => {
    expect(
      yearSpan([
        { year: 1962, regionCode: 'americas', count: 1 },
        { year: 1965, regionCode: 'europe', count: 1 },
      ]),
    ).toEqual([1962, 1963, 1964, 1965]);
  });

  it('is empty without figures', () => {
    expect(yearSpan([])).toEqual([]);
  });
});

describe('yearLabelStep', () => {
  it('labels every year when they fit, and every 10 years on a phone', () => {
    expect(yearLabelStep(10, 800, 40)).toBe(1);
    expect(yearLabelStep(64, 340, 40)).toBe(10);
  });
});

describe('figures', () => {
  it('never divides by zero', () => {
    expect(ratio(0, 0)).toBe(0);
    expect(ratio(5, 34)).toBeCloseTo(0.147, 3);
    expect(largestTotal([])).toBe(1);
  });
});

describe('regionOrder', () => {
  it("keeps the reference's order and puts partners without a region last", () => {
    const regions = [
      { code: 'asean', nameTh: 'อาเซียน', nameEn: 'ASEAN' },
      { code: 'europe', nameTh: 'ยุโรป', nameEn: 'Europe' },
    ];
    expect(regionOrder(regions, [NO_REGION, 'europe', 'mars'])).toEqual([
      'asean',
      'europe',
      'mars',
      NO_REGION,
    ]);
  });
});

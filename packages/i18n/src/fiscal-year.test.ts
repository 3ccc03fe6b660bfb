import { describe, expect, it } from 'vitest';
import { fiscalYearFromBuddhist, fiscalYearOf, toBuddhistYear } from './fiscal-year.ts';

describe('Thai fiscal year', () => {
  it('names FY 2564 for October 2020 to September 2021', () => {
    expect(fiscalYearOf('2020-10-01')).toEqual({
      buddhistYear: 2564,
      gregorianYear: 2021,
      startDate: '2020-10-01',
      endDate: '2021-09-30',
    });
    expect(fiscalYearOf('2021-09-30').buddhistYear).toBe(2564);
    expect(fiscalYearOf('2020-09-30').buddhistYear).toBe(2563);
  });

  it('judges a moment by the calendar date in Bangkok, not in UTC', () => {
    // 30 Sep 2021 18:00 UTC is already 1 Oct 2021 01:00 in Bangkok: the next fiscal year.
    expect(fiscalYearOf(new Date('2021-09-30T18:00:00Z')).buddhistYear).toBe(2565);
    expect(fiscalYearOf(new Date('2021-09-30T16:59:59Z')).buddhistYear).toBe(2564);
  });

  it('gives the dates of a fiscal year named by its Buddhist-era year', () => {
    expect(fiscalYearFromBuddhist(2570)).toMatchObject({ startDate: '2026-10-01', endDate: '2027-09-30' });
    expect(toBuddhistYear(1962)).toBe(2505);
  });

  it('refuses something that is not a date', () => {
    expect(() => fiscalYearOf('not a date')).toThrow(RangeError);
  });
});

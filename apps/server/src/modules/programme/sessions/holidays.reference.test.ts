import { describe, expect, it } from 'vitest';
import { readHolidays } from './holidays.reference.ts';

describe('the public holidays shipped as reference data', () => {
  const holidays = readHolidays();

  it('holds the holidays of the partner cities’ countries for 2026 and 2027, each with a source', () => {
    const countries = new Set(holidays.map((holiday) => holiday.countryCode));
    for (const country of ['TH', 'KR', 'JP', 'CN']) expect(countries.has(country), country).toBe(true);
    for (const holiday of holidays) {
      expect(holiday.date >= '2026-01-01' && holiday.date <= '2027-12-31', holiday.nameEn).toBe(true);
      expect(holiday.source.length, holiday.nameEn).toBeGreaterThan(0);
      expect(['law', 'unconfirmed']).toContain(holiday.verification);
    }
  });

  it('has Hangeul Day in Korea on 9 October and Songkran in Thailand on 13 April', () => {
    expect(holidays.some((h) => h.countryCode === 'KR' && h.date === '2026-10-09')).toBe(true);
    expect(holidays.some((h) => h.countryCode === 'TH' && h.date === '2026-04-13')).toBe(true);
  });

  it('never lists the same holiday twice', () => {
    const keys = holidays.map((holiday) => `${holiday.countryCode}|${holiday.date}|${holiday.nameEn}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

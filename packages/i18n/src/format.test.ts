import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  gregorianYearOf,
  monthNames,
  yearInCalendar,
} from './format.ts';
import { localeFromAcceptLanguage } from './locales.ts';

describe('formatting dates for people', () => {
  it('shows the Buddhist era in Thai and the Gregorian year in English', () => {
    expect(formatDate('2026-11-22', 'th')).toBe('22 พฤศจิกายน 2569');
    expect(formatDate('2026-11-22', 'en')).toBe('22 November 2026');
  });

  it('keeps a calendar date on its day whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'en', { timeZone: 'America/New_York' })).toBe('1 January 2026');
  });

  it('shows a moment in Bangkok time with its time zone, or in another zone when asked', () => {
    const moment = new Date('2026-11-22T06:00:00Z');
    expect(formatDateTime(moment, 'th')).toBe('22 พ.ย. 2569 13:00 GMT+7');
    expect(formatDateTime(moment, 'en', { timeZone: 'Asia/Seoul' })).toBe('22 Nov 2026, 15:00 GMT+9');
  });

  it("reads and shows the years of a date input in the reader's calendar", () => {
    expect(yearInCalendar(2026, 'th')).toBe(2569);
    expect(yearInCalendar(2026, 'en')).toBe(2026);
    expect(gregorianYearOf(2569, 'th')).toBe(2026);
    // A Gregorian year typed on a Thai page out of habit is not moved 543 years back.
    expect(gregorianYearOf(2026, 'th')).toBe(2026);
    expect(gregorianYearOf(2026, 'en')).toBe(2026);
    expect(monthNames('th')[0]).toBe('มกราคม');
    expect(monthNames('th')[11]).toBe('ธันวาคม');
    expect(monthNames('en')).toHaveLength(12);
  });

  it('formats numbers with Latin digits in Thai', () => {
    expect(formatNumber(12345, 'th')).toBe('12,345');
  });
});

describe('choosing the interface language', () => {
  it('takes the first supported language of Accept-Language, else Thai', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('ja-JP, th;q=0.5')).toBe('th');
    expect(localeFromAcceptLanguage('fr-FR')).toBe('th');
    expect(localeFromAcceptLanguage(undefined)).toBe('th');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format.ts';
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

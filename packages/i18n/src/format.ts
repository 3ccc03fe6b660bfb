/**
 * The one place dates and numbers become text. Thai shows the Buddhist era; English the Gregorian
 * year; a time always names its time zone.
 */
import type { CatalogueLocale } from './locales.ts';
import { BANGKOK_TIME_ZONE } from './fiscal-year.ts';

const intlLocale: Record<CatalogueLocale, string> = {
  th: 'th-TH-u-ca-buddhist-nu-latn',
  en: 'en-GB-u-ca-gregory',
  ja: 'ja-JP-u-ca-gregory',
  ko: 'ko-KR-u-ca-gregory',
  zh: 'zh-CN-u-ca-gregory',
};

export interface FormatOptions {
  /** The IANA time zone to show the moment in; Bangkok unless told. */
  timeZone?: string;
}

/** A calendar date (YYYY-MM-DD, no time zone) or a moment, as a long date: "22 พฤศจิกายน 2569" / "22 November 2026". */
export function formatDate(
  value: Date | string,
  locale: CatalogueLocale,
  options: FormatOptions = {},
): string {
  const isCalendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = isCalendarDate ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'long',
    timeZone: isCalendarDate ? 'UTC' : (options.timeZone ?? BANGKOK_TIME_ZONE),
  }).format(date);
}

/** A moment with date, time and time zone: "22 พ.ย. 2569 09:30 GMT+7". */
export function formatDateTime(
  value: Date | string,
  locale: CatalogueLocale,
  options: FormatOptions = {},
): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    timeZone: options.timeZone ?? BANGKOK_TIME_ZONE,
  }).format(new Date(value));
}

/** The year 1 of the Buddhist era, as Thai dates count it, is 543 BCE: 2026 CE is 2569 BE. */
const BUDDHIST_ERA_OFFSET = 543;
/** A typed year at or above this is read as Buddhist era in Thai; below it, as a Gregorian year typed by habit. */
const LOWEST_BUDDHIST_YEAR_TYPED = 2400;

/** The year a person reads in their language: Buddhist era in Thai, Gregorian in the others. */
export function yearInCalendar(gregorianYear: number, locale: CatalogueLocale): number {
  return locale === 'th' ? gregorianYear + BUDDHIST_ERA_OFFSET : gregorianYear;
}

/**
 * The Gregorian year of a year a person typed: in Thai a Buddhist-era year (2569 → 2026), though a
 * Gregorian year typed out of habit (2026) is taken as it is; in the other languages, Gregorian.
 */
export function gregorianYearOf(typedYear: number, locale: CatalogueLocale): number {
  return locale === 'th' && typedYear >= LOWEST_BUDDHIST_YEAR_TYPED
    ? typedYear - BUDDHIST_ERA_OFFSET
    : typedYear;
}

/** The twelve months' names in the language, January first: "มกราคม" … / "January" …. */
export function monthNames(locale: CatalogueLocale): string[] {
  const format = new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 1))));
}

export function formatNumber(value: number, locale: CatalogueLocale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

export function formatPercent(ratio: number, locale: CatalogueLocale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );
}

/** An amount of money, whole units: "฿1,250" in every language, grouped as the language groups digits. */
export function formatMoney(value: number, currency: string, locale: CatalogueLocale): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(value);
}

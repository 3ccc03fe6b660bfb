/** Calendar days as Bangkok counts them, and the fiscal years a deal's entries may fall in. */
import { BANGKOK_TIME_ZONE, fiscalYearOf } from '@bia/i18n';

/** Today's date in Bangkok (YYYY-MM-DD): what the server judges "not in the future" by. */
export function bangkokToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: BANGKOK_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** How many fiscal years the list's filter offers, the current one first. */
const FISCAL_YEARS_SHOWN = 6;

/** The Buddhist-era fiscal years to filter by: the current one and those before it. */
export function recentFiscalYears(now: Date = new Date()): number[] {
  const current = fiscalYearOf(now).buddhistYear;
  return Array.from({ length: FISCAL_YEARS_SHOWN }, (_, index) => current - index);
}

/**
 * The Thai government fiscal year runs from 1 October to 30 September and is named by the
 * Buddhist-era year in which it ends: FY 2564 = 1 Oct 2020 – 30 Sep 2021.
 */
import { DateTime } from 'luxon';

export const BANGKOK_TIME_ZONE = 'Asia/Bangkok';
const BUDDHIST_ERA_OFFSET = 543;

export interface FiscalYear {
  /** The Buddhist-era year that names the fiscal year (e.g. 2570). */
  buddhistYear: number;
  /** The Gregorian year in which it ends (e.g. 2027). */
  gregorianYear: number;
  /** First day, as an ISO date (YYYY-MM-DD). */
  startDate: string;
  /** Last day, as an ISO date (YYYY-MM-DD). */
  endDate: string;
}

/** The fiscal year a moment falls in, judged by the calendar date in Bangkok. */
export function fiscalYearOf(moment: Date | string): FiscalYear {
  const local =
    typeof moment === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(moment)
      ? DateTime.fromISO(moment, { zone: BANGKOK_TIME_ZONE })
      : DateTime.fromJSDate(typeof moment === 'string' ? new Date(moment) : moment, {
          zone: BANGKOK_TIME_ZONE,
        });
  if (!local.isValid) throw new RangeError(`Not a date: ${String(moment)}`);
  const gregorianYear = local.month >= 10 ? local.year + 1 : local.year;
  return fiscalYearFromGregorian(gregorianYear);
}

/** The fiscal year named by a Buddhist-era year (e.g. 2564). */
export function fiscalYearFromBuddhist(buddhistYear: number): FiscalYear {
  return fiscalYearFromGregorian(buddhistYear - BUDDHIST_ERA_OFFSET);
}

function fiscalYearFromGregorian(gregorianYear: number): FiscalYear {
  return {
    buddhistYear: gregorianYear + BUDDHIST_ERA_OFFSET,
    gregorianYear,
    startDate: `${gregorianYear - 1}-10-01`,
    endDate: `${gregorianYear}-09-30`,
  };
}

export function toBuddhistYear(gregorianYear: number): number {
  return gregorianYear + BUDDHIST_ERA_OFFSET;
}

/**
 * The session form takes times as Bangkok's clock shows them (the office's), whatever the browser's
 * own time zone; the API stores UTC.
 */
import { DateTime } from 'luxon';
import { BANGKOK_TIME_ZONE } from '@bia/i18n';

/** `2026-12-07T13:00` typed in Bangkok → `2026-12-07T06:00:00.000Z`; null when not a time. */
export function bangkokInputToUtc(value: string): string | null {
  const moment = DateTime.fromISO(value, { zone: BANGKOK_TIME_ZONE });
  return moment.isValid ? moment.toUTC().toISO() : null;
}

/** A UTC moment as a `datetime-local` value on Bangkok's clock. */
export function utcToBangkokInput(value: string): string {
  return DateTime.fromISO(value, { zone: 'utc' }).setZone(BANGKOK_TIME_ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** A day `days` after today in Bangkok (YYYY-MM-DD). */
export function bangkokDayFromToday(days: number): string {
  return DateTime.now().setZone(BANGKOK_TIME_ZONE).plus({ days }).toISODate() ?? '';
}

/** A day and a clock time typed apart (`2026-12-07`, `13:00`) on Bangkok's clock, in UTC; null when not a time. */
export function bangkokDayTimeToUtc(day: string, clock: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(clock)) return null;
  return bangkokInputToUtc(`${day}T${clock}`);
}

/** A UTC moment as Bangkok's day (`2026-12-07`) and clock time (`13:00`), as a date and a time field hold them. */
export function utcToBangkokDayTime(value: string): { day: string; clock: string } {
  const [day = '', clock = ''] = utcToBangkokInput(value).split('T');
  return { day, clock };
}

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

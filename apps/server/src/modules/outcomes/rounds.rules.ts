/**
 * The calendar of a follow-up round, as pure functions of days in Bangkok (YYYY-MM-DD): the period a
 * round covers by default, its default deadline, the fiscal years whose businesses it asks, and which
 * reminder is due on a day.
 */
import { FOLLOW_UP_REMINDER_DAYS, type FollowUpReminderKind } from '@bia/contracts';
import { fiscalYearOf } from '@bia/i18n';

/** How long businesses have to answer by default: three weeks from the day the round opens. */
export const DEFAULT_ANSWER_DAYS = 21;

/** The day `days` after (or, negative, before) a calendar day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The six months a round covers by default (seed 003 §9.2: every six months): those ending on
 * 31 March or 30 September, whichever last ended before `today` — the first half of the fiscal year
 * (October to March) or its second half (April to September).
 */
export function defaultPeriod(today: string): { periodStart: string; periodEnd: string } {
  const year = Number(today.slice(0, 4));
  const ends = [`${year}-09-30`, `${year}-03-31`, `${year - 1}-09-30`];
  const periodEnd = ends.find((end) => end < today) ?? `${year - 1}-09-30`;
  const endYear = Number(periodEnd.slice(0, 4));
  const periodStart = periodEnd.endsWith('-03-31') ? `${endYear - 1}-10-01` : `${endYear}-04-01`;
  return { periodStart, periodEnd };
}

/**
 * The fiscal years (Buddhist era) whose businesses a round asks by default: "the last two" as the
 * round sees them — the year its period ends in, and the one before.
 */
export function coveredFiscalYears(periodEnd: string): number[] {
  const { buddhistYear } = fiscalYearOf(periodEnd);
  return [buddhistYear - 1, buddhistYear];
}

/**
 * The reminder due on `today` for a round with this deadline, opened on `openedOn`: the week's from
 * seven days before the deadline until the two days' is due, the two days' from two days before until
 * the deadline itself. A reminder whose day came before the round was opened is not sent (the opening
 * mail said as much), and the week's is not sent late once the two days' is due.
 */
export function reminderDue(
  round: { deadline: string; openedOn: string },
  today: string,
): FollowUpReminderKind | null {
  if (today > round.deadline) return null;
  const twoDaysFrom = addDays(round.deadline, -FOLLOW_UP_REMINDER_DAYS.two_days_before);
  const weekFrom = addDays(round.deadline, -FOLLOW_UP_REMINDER_DAYS.week_before);
  if (today >= twoDaysFrom) return round.openedOn < twoDaysFrom ? 'two_days_before' : null;
  if (today >= weekFrom) return round.openedOn < weekFrom ? 'week_before' : null;
  return null;
}

import { BANGKOK_TIME_ZONE } from '@bia/i18n';

/** The source of "now"; services receive it so tests can fix the time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(
  at: Date | string,
): Clock & { set(next: Date | string): void; advance(ms: number): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

// One formatter for every call: building one costs more than the formatting (seen in the bench's profile).
const bangkokDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BANGKOK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Bangkok's calendar as `YYYY-MM-DD`: the day rules about dates (validity, dormancy) use. */
export function bangkokToday(now: Date): string {
  return bangkokDateFormat.format(now);
}

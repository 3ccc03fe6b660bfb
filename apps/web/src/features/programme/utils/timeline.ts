/**
 * The geometry of the programme's timeline (the seed's table as a Gantt chart): the twelve months of
 * a fiscal year as columns, and each step as bars placed by its dates, in percent of the year's width.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export interface TimelineMonth {
  /** The month's first day (YYYY-MM-DD). */
  start: string;
  /** Where the month's column starts, and how wide it is, in percent of the year. */
  left: number;
  width: number;
}

/** The twelve months from October to September of the year `startDate` opens. */
export function monthsOf(startDate: string, endDate: string): TimelineMonth[] {
  const first = dayNumber(startDate);
  const yearDays = dayNumber(endDate) - first + 1;
  const start = new Date(`${startDate}T00:00:00Z`);
  return Array.from({ length: 12 }, (_, index) => {
    const monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index, 1) / DAY_MS;
    const nextStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index + 1, 1) / DAY_MS;
    return {
      start: new Date(monthStart * DAY_MS).toISOString().slice(0, 10),
      left: ((monthStart - first) / yearDays) * 100,
      width: ((nextStart - monthStart) / yearDays) * 100,
    };
  });
}

export interface Bar {
  left: number;
  width: number;
}

/**
 * A span of whole days (both ends included) as a bar of the year's timeline, cut to the year; null
 * when it lies wholly outside it.
 */
export function barOf(year: { startDate: string; endDate: string }, from: string, to: string): Bar | null {
  const first = dayNumber(year.startDate);
  const yearDays = dayNumber(year.endDate) - first + 1;
  const start = Math.max(dayNumber(from), first);
  const end = Math.min(dayNumber(to) + 1, first + yearDays);
  if (end <= start) return null;
  return { left: ((start - first) / yearDays) * 100, width: ((end - start) / yearDays) * 100 };
}

/** Where a day falls on the year's timeline, in percent; null outside the year. */
export function positionOf(year: { startDate: string; endDate: string }, date: string): number | null {
  const bar = barOf(year, date, date);
  return bar ? bar.left + bar.width / 2 : null;
}

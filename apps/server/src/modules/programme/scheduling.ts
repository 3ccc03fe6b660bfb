/**
 * When the trade programme's video sessions can take place between Bangkok and its sister cities.
 *
 * A session is stored as two UTC instants; a city is known by its IANA time zone and its office hours,
 * written as local wall-clock times ("09:00"). Every rule is judged in each city's own calendar: office
 * hours, lunch, the weekend and holidays all use the city's local date and time on that day, so
 * daylight-saving changes (Budapest, Washington) come out right without special cases.
 *
 * Everything here is pure: "now" is an argument, nothing is read from the machine's time zone.
 * Inside, a span of time is a pair of epoch milliseconds, half-open [start, end): a session that ends
 * at 12:00 does not touch a lunch break that starts at 12:00.
 */
import { DateTime, IANAZone } from 'luxon';
import type { SlotProblemCode } from '@bia/contracts';
import { BANGKOK_TIME_ZONE } from '@bia/i18n';
import { DAY_MS, MINUTE_MS } from '../../shared/time.ts';

/** A local wall-clock time, `HH:mm` on the 24-hour clock (e.g. `'09:00'`, `'13:30'`). */
export type ClockTime = string;
/** A calendar date, `YYYY-MM-DD`, with no time zone of its own. */
export type IsoDate = string;
/** A moment: a `Date`, or an ISO string that names its offset (`…Z` or `…+07:00`). */
export type Instant = Date | string;

/** Monday to Friday as ISO weekdays (Monday = 1 … Sunday = 7). */
export const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];

/** The office hours of one city taking part in a session. */
export interface CityHours {
  /** Our own key for the city (e.g. `'seoul'`); problems name the city by it. */
  key: string;
  /** The IANA time zone, e.g. `'Asia/Seoul'`; Washington D.C. is `'America/New_York'`. */
  timeZone: string;
  /** ISO 3166 alpha-2 country code (e.g. `'KR'`), so a national holiday can be given once per country. */
  country?: string;
  /** Start of the working day, local time. */
  workStart: ClockTime;
  /** End of the working day, local time; after `workStart` (no shift runs past midnight). */
  workEnd: ClockTime;
  /** Start of the lunch break, local time; give both ends of the break or neither. */
  lunchStart?: ClockTime;
  /** End of the lunch break, local time. */
  lunchEnd?: ClockTime;
  /** The ISO weekdays the office works (Monday = 1 … Sunday = 7). */
  workDays: readonly number[];
}

/**
 * The usual office day: 09:00–17:00 with lunch 12:00–13:00, Monday to Friday. Lunch differs by
 * country — Chinese offices often break 12:00–13:30 or until 14:00 — so anything can be overridden;
 * pass `lunchStart: undefined, lunchEnd: undefined` for a city without a fixed break.
 */
export function defaultCityHours(
  key: string,
  timeZone: string,
  overrides: Partial<Omit<CityHours, 'key' | 'timeZone'>> = {},
): CityHours {
  const city: CityHours = {
    key,
    timeZone,
    workStart: '09:00',
    workEnd: '17:00',
    lunchStart: '12:00',
    lunchEnd: '13:00',
    workDays: MONDAY_TO_FRIDAY,
    ...overrides,
  };
  assertValidCity(city);
  return city;
}

/** Bangkok City Hall's office day, the base the other cities are compared with. */
export const BANGKOK_HOURS: CityHours = defaultCityHours('bangkok', BANGKOK_TIME_ZONE, { country: 'TH' });

/** A day off in one country (matched against `CityHours.country`) or one city (matched against `key`). */
export interface Holiday {
  /** A country code such as `'KR'`, or a city key such as `'seoul'`; compared without regard to case. */
  countryOrKey: string;
  /** The date in that country's own calendar. */
  date: IsoDate;
  /** The holiday's name as given, shown to the person scheduling. */
  name: string;
}

/** Shortest and longest a session may run, in minutes. */
export interface SessionLengthLimits {
  minMinutes: number;
  maxMinutes: number;
}

// ----- local times ------------------------------------------------------------------------------

/** How a session's start and end read in one city. */
export interface CityLocalTimes {
  key: string;
  timeZone: string;
  /** Local start, ISO with the offset, e.g. `'2026-01-12T15:00:00+09:00'`. */
  localStart: string;
  /** Local end, ISO with the offset in force at the end. */
  localEnd: string;
  /** The city's offset from UTC at the start, in minutes (Seoul 540, Washington in winter −300). */
  offsetMinutes: number;
  /** Whether daylight-saving time is in force at the start. */
  isDaylightSaving: boolean;
  /** Whether the city's clocks change during the session (it spans a daylight-saving switch). */
  hasOffsetChange: boolean;
}

/** The session's start and end as each city's clock shows them. */
export function localTimes(
  startUtc: Instant,
  endUtc: Instant,
  cities: readonly CityHours[],
): CityLocalTimes[] {
  const start = toMillis(startUtc);
  const end = toMillis(endUtc);
  return cities.map((city) => {
    assertValidCity(city);
    const localStart = DateTime.fromMillis(start, { zone: city.timeZone });
    const localEnd = DateTime.fromMillis(end, { zone: city.timeZone });
    return {
      key: city.key,
      timeZone: city.timeZone,
      localStart: isoWithOffset(localStart),
      localEnd: isoWithOffset(localEnd),
      offsetMinutes: localStart.offset,
      isDaylightSaving: localStart.isInDST,
      hasOffsetChange: localStart.offset !== localEnd.offset,
    };
  });
}

// ----- checking one proposed slot ---------------------------------------------------------------

/** One reason a slot does not suit, by the contract's codes; they are translated where they are shown. */
export type SlotProblem = { code: SlotProblemCode } & (
  | { code: 'ends_before_start' | 'in_the_past' }
  | { code: 'too_short' | 'too_long'; minutes: number; limitMinutes: number }
  | { code: 'outside_hours' | 'during_lunch'; cityKey: string }
  | { code: 'not_a_work_day'; cityKey: string; localDate: IsoDate }
  | { code: 'holiday'; cityKey: string; localDate: IsoDate; holidayName: string }
);

/**
 * Everything wrong with a proposed session, or an empty list when it suits every city. The slot's own
 * problems come first (order, past, length), then each city's in the order the cities were given.
 *
 * - `ends_before_start`: it ends at or before it starts (nothing else is judged then, except the past);
 * - `in_the_past`: it starts before `now`;
 * - `too_short` / `too_long`: its length is outside `limits`;
 * - `outside_hours`: locally it starts before the working day, ends after it, or runs past midnight;
 * - `during_lunch`: it overlaps the local lunch break;
 * - `not_a_work_day`: a local date it touches is not one of the city's work days;
 * - `holiday`: a local date it touches is a holiday of the city or its country.
 */
export function checkSlot(
  startUtc: Instant,
  endUtc: Instant,
  cities: readonly CityHours[],
  holidays: readonly Holiday[],
  now: Instant,
  limits: SessionLengthLimits,
): SlotProblem[] {
  const slot = { start: toMillis(startUtc), end: toMillis(endUtc) };
  assertValidHolidays(holidays);
  const problems: SlotProblem[] = [];
  if (slot.end <= slot.start) problems.push({ code: 'ends_before_start' });
  if (slot.start < toMillis(now)) problems.push({ code: 'in_the_past' });
  if (slot.end <= slot.start) return problems;

  const minutes = (slot.end - slot.start) / MINUTE_MS;
  if (minutes < limits.minMinutes) {
    problems.push({ code: 'too_short', minutes, limitMinutes: limits.minMinutes });
  }
  if (minutes > limits.maxMinutes) {
    problems.push({ code: 'too_long', minutes, limitMinutes: limits.maxMinutes });
  }
  for (const city of cities) problems.push(...cityProblems(city, slot, holidays));
  return problems;
}

function cityProblems(city: CityHours, slot: Span, holidays: readonly Holiday[]): SlotProblem[] {
  assertValidCity(city);
  const problems: SlotProblem[] = [];
  const dates = localDatesTouched(slot, city.timeZone);
  const firstDate = dates[0] ?? localDateOf(slot.start, city.timeZone);
  // The working day of the date it starts on ends before midnight, so a slot that runs past midnight
  // cannot fit inside it.
  const working = workingDay(city, firstDate);
  if (slot.start < working.start || slot.end > working.end) {
    problems.push({ code: 'outside_hours', cityKey: city.key });
  }
  if (dates.some((date) => overlapsLunch(city, date, slot))) {
    problems.push({ code: 'during_lunch', cityKey: city.key });
  }
  for (const localDate of dates) {
    if (!isWorkDay(city, localDate)) problems.push({ code: 'not_a_work_day', cityKey: city.key, localDate });
    for (const holiday of holidaysOf(city, localDate, holidays)) {
      problems.push({ code: 'holiday', cityKey: city.key, localDate, holidayName: holiday.name });
    }
  }
  return problems;
}

function overlapsLunch(city: CityHours, date: IsoDate, slot: Span): boolean {
  const lunch = lunchBreak(city, date);
  return lunch !== null && lunch.start < slot.end && slot.start < lunch.end;
}

// ----- finding slots ----------------------------------------------------------------------------

/** The days to look at, and who takes part. */
export interface CommonWindowsRequest {
  /** First day, in the calendar of `calendarTimeZone`. */
  from: IsoDate;
  /** Last day (included). At most 366 days after `from`. */
  to: IsoDate;
  /** Everyone taking part, Bangkok included when it takes part. */
  cities: readonly CityHours[];
  holidays: readonly Holiday[];
  /** The calendar `from`/`to` are read in and slots are grouped by; Bangkok unless told. */
  calendarTimeZone?: string;
}

export interface SlotRequest extends CommonWindowsRequest {
  durationMinutes: number;
  /** Slots start on this grid, counted from midnight in `calendarTimeZone`; 30 minutes unless told. */
  stepMinutes?: number;
  /** At most this many slots; 20 unless told. */
  limit?: number;
  /** No slot starts before this moment (pass "now" to leave out the past). */
  notBefore?: Instant;
}

/** A stretch of time as UTC instants (ISO strings ending in `Z`). */
export interface Slot {
  startUtc: string;
  endUtc: string;
}

export interface CommonWindow extends Slot {
  minutes: number;
}

/** The stretches of one day in which every city is free. */
export interface DayWindows {
  /** The day, in the calendar of `calendarTimeZone`. */
  date: IsoDate;
  /** Every city is at work, not at lunch, on a work day and not on holiday; earliest first. */
  windows: CommonWindow[];
  /** The longest of them, 0 when there is none: a session longer than this cannot take place that day. */
  longestMinutes: number;
}

/**
 * Slots of `durationMinutes` in which every city is inside its working hours, outside its lunch break,
 * on a work day and not on a holiday — earliest first (by date, then time), at most `limit`. Lunch
 * breaks can cut the shared day into pieces too short for a long session; then the answer is empty,
 * and {@link commonWindowsByDay} shows the longest piece of each day.
 */
export function suggestSlots(request: SlotRequest): Slot[] {
  const { durationMinutes, stepMinutes = 30, limit = 20 } = request;
  assertPositiveInteger(durationMinutes, 'durationMinutes');
  assertPositiveInteger(stepMinutes, 'stepMinutes');
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be 0 or more: ${limit}`);
  const notBefore = request.notBefore === undefined ? -Infinity : toMillis(request.notBefore);
  const zone = request.calendarTimeZone ?? BANGKOK_TIME_ZONE;

  const slots: Slot[] = [];
  for (const day of commonWindowsByDay(request)) {
    const gridOrigin = startOfDay(day.date, zone);
    for (const window of day.windows) {
      const earliest = Math.max(Date.parse(window.startUtc), notBefore);
      const end = Date.parse(window.endUtc);
      const step = stepMinutes * MINUTE_MS;
      let start = gridOrigin + Math.ceil((earliest - gridOrigin) / step) * step;
      for (; start + durationMinutes * MINUTE_MS <= end; start += step) {
        if (slots.length >= limit) return slots;
        slots.push(toSlot({ start, end: start + durationMinutes * MINUTE_MS }));
      }
    }
  }
  return slots;
}

/**
 * For each day from `from` to `to`, the stretches in which every city is free (see
 * {@link DayWindows}). It explains an empty {@link suggestSlots}: e.g. Bangkok and Seoul share
 * 09:00–15:00 Bangkok time, but the two lunch breaks leave no stretch longer than two hours.
 * A stretch belongs to the day it starts on.
 */
export function commonWindowsByDay(request: CommonWindowsRequest): DayWindows[] {
  const zone = request.calendarTimeZone ?? BANGKOK_TIME_ZONE;
  assertValidZone(zone);
  if (request.cities.length === 0) throw new RangeError('A session needs at least one city.');
  request.cities.forEach(assertValidCity);
  assertValidHolidays(request.holidays);
  const days = daysBetween(request.from, request.to);
  const range = { start: startOfDay(request.from, zone), end: startOfDay(nextDate(request.to), zone) };
  // A stretch that starts on the last day may end the next day: look one day further.
  const lookahead = { start: range.start, end: range.end + DAY_MS };
  const shared = intersectAll(
    request.cities.map((city) => freeSpans(city, lookahead, request.holidays, FOR_SESSIONS)),
  )
    .map((span) => ({ start: Math.max(span.start, range.start), end: span.end }))
    .filter((span) => span.start < span.end && span.start < range.end);

  return days.map((date) => {
    const windows = shared
      .filter((span) => localDateOf(span.start, zone) === date)
      .map((span) => ({ ...toSlot(span), minutes: (span.end - span.start) / MINUTE_MS }));
    return { date, windows, longestMinutes: Math.max(0, ...windows.map((window) => window.minutes)) };
  });
}

// ----- comparing time zones ---------------------------------------------------------------------

/** How much of a typical working day two cities share, in minutes. */
export interface HoursOverlap {
  /** Both offices are open (lunch breaks counted as open). */
  officeMinutes: number;
  /** Both offices are open and neither is at lunch. */
  freeMinutes: number;
  /** The longest unbroken stretch of `freeMinutes`: the longest session that fits. */
  longestFreeMinutes: number;
}

/**
 * The working hours `city` shares with `base` (Bangkok unless told) on the working day of `base` that
 * falls on `date` — treated as a normal weekday whatever the calendar says, without holidays, so that
 * candidate partner cities can be ranked by time-zone overlap. The date matters because of
 * daylight-saving time: Budapest shares two hours with Bangkok in January and three in July.
 */
export function workingHoursOverlap(
  city: CityHours,
  date: IsoDate,
  base: CityHours = BANGKOK_HOURS,
): HoursOverlap {
  assertValidCity(city);
  assertValidCity(base);
  assertIsoDate(date);
  const baseDay = workingDay(base, date);
  const around = { start: baseDay.start - DAY_MS, end: baseDay.end + DAY_MS };
  const open = intersect(
    [baseDay],
    freeSpans(city, around, [], { isEveryDayAWorkDay: true, isLunchExcluded: false }),
  );
  const free = intersect(
    freeSpans(base, baseDay, [], FOR_COMPARISON),
    freeSpans(city, around, [], FOR_COMPARISON),
  );
  const minutesOf = (span: Span) => (span.end - span.start) / MINUTE_MS;
  return {
    officeMinutes: sum(open.map(minutesOf)),
    freeMinutes: sum(free.map(minutesOf)),
    longestFreeMinutes: Math.max(0, ...free.map(minutesOf)),
  };
}

// ----- spans of time ----------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}

interface FreeSpanOptions {
  /** Ignore weekends (for comparing a typical weekday). */
  isEveryDayAWorkDay: boolean;
  /** Leave the lunch break out of the free time. */
  isLunchExcluded: boolean;
}

const FOR_SESSIONS: FreeSpanOptions = { isEveryDayAWorkDay: false, isLunchExcluded: true };
const FOR_COMPARISON: FreeSpanOptions = { isEveryDayAWorkDay: true, isLunchExcluded: true };

/**
 * The city's free time on every local date that `range` touches, earliest first: the working day, less
 * the lunch break, on work days that are not holidays. Spans may reach outside `range`.
 */
function freeSpans(
  city: CityHours,
  range: Span,
  holidays: readonly Holiday[],
  options: FreeSpanOptions,
): Span[] {
  const spans: Span[] = [];
  for (const date of localDatesTouched(range, city.timeZone)) {
    if (!options.isEveryDayAWorkDay && !isWorkDay(city, date)) continue;
    if (holidaysOf(city, date, holidays).length > 0) continue;
    const working = workingDay(city, date);
    const lunch = options.isLunchExcluded ? lunchBreak(city, date) : null;
    spans.push(...(lunch ? subtract(working, lunch) : [working]));
  }
  return spans;
}

/** The part of `span` outside `hole`: none, one or two pieces. */
function subtract(span: Span, hole: Span): Span[] {
  const pieces = [
    { start: span.start, end: Math.min(span.end, hole.start) },
    { start: Math.max(span.start, hole.end), end: span.end },
  ];
  return pieces.filter((piece) => piece.start < piece.end);
}

/** The time covered by both lists; each list is sorted and without overlaps, and so is the answer. */
function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const shared: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as Span;
    const right = b[j] as Span;
    const start = Math.max(left.start, right.start);
    const end = Math.min(left.end, right.end);
    if (start < end) shared.push({ start, end });
    if (left.end < right.end) i += 1;
    else j += 1;
  }
  return shared;
}

function intersectAll(lists: readonly Span[][]): Span[] {
  const [first = [], ...rest] = lists;
  return rest.reduce(intersect, first);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function toSlot(span: Span): Slot {
  return { startUtc: new Date(span.start).toISOString(), endUtc: new Date(span.end).toISOString() };
}

// ----- a city's day -----------------------------------------------------------------------------

/** The working day on a local date, as UTC milliseconds. */
function workingDay(city: CityHours, date: IsoDate): Span {
  return {
    start: atLocalTime(date, city.workStart, city.timeZone),
    end: atLocalTime(date, city.workEnd, city.timeZone),
  };
}

function lunchBreak(city: CityHours, date: IsoDate): Span | null {
  if (city.lunchStart === undefined || city.lunchEnd === undefined) return null;
  return {
    start: atLocalTime(date, city.lunchStart, city.timeZone),
    end: atLocalTime(date, city.lunchEnd, city.timeZone),
  };
}

function isWorkDay(city: CityHours, date: IsoDate): boolean {
  return city.workDays.includes(DateTime.fromISO(date).weekday);
}

function holidaysOf(city: CityHours, date: IsoDate, holidays: readonly Holiday[]): Holiday[] {
  const names = [city.key, city.country]
    .filter((name) => name !== undefined)
    .map((name) => name.toLowerCase());
  return holidays.filter(
    (holiday) => holiday.date === date && names.includes(holiday.countryOrKey.toLowerCase()),
  );
}

/** The local dates a span touches, from the date it starts on to the date of its last moment. */
function localDatesTouched(span: Span, timeZone: string): IsoDate[] {
  const last = localDateOf(Math.max(span.start, span.end - 1), timeZone);
  const dates: IsoDate[] = [];
  for (let date = localDateOf(span.start, timeZone); date <= last; date = nextDate(date)) dates.push(date);
  return dates;
}

// ----- dates and times --------------------------------------------------------------------------

/**
 * A local wall-clock time on a local date, as UTC milliseconds. A time that a clock change skips
 * (02:30 on the morning clocks jump from 02:00 to 03:00) reads as the same time after the jump.
 */
function atLocalTime(date: IsoDate, time: ClockTime, timeZone: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone: timeZone }).toMillis();
}

function startOfDay(date: IsoDate, timeZone: string): number {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toMillis();
}

function localDateOf(millis: number, timeZone: string): IsoDate {
  return DateTime.fromMillis(millis, { zone: timeZone }).toFormat('yyyy-MM-dd');
}

function nextDate(date: IsoDate): IsoDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toFormat('yyyy-MM-dd');
}

const MAX_DAYS = 366;

function daysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  assertIsoDate(from);
  assertIsoDate(to);
  if (to < from) throw new RangeError(`The range ends (${to}) before it starts (${from}).`);
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = nextDate(date)) {
    days.push(date);
    if (days.length > MAX_DAYS) throw new RangeError(`At most ${MAX_DAYS} days at a time: ${from} to ${to}.`);
  }
  return days;
}

function isoWithOffset(moment: DateTime): string {
  const iso = moment.toISO({ suppressMilliseconds: true });
  if (iso === null) throw new RangeError(`Not a valid moment: ${moment.invalidExplanation ?? ''}`);
  return iso;
}

/** Milliseconds since the epoch; a string must name its offset, or it would be read in the server's zone. */
function toMillis(instant: Instant): number {
  if (typeof instant === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(instant)) {
    throw new RangeError(`A moment needs "Z" or an offset: ${instant}`);
  }
  const millis = typeof instant === 'string' ? DateTime.fromISO(instant).toMillis() : instant.getTime();
  if (Number.isNaN(millis)) throw new RangeError(`Not a moment: ${String(instant)}`);
  return millis;
}

// ----- checks on what callers pass --------------------------------------------------------------

function assertValidCity(city: CityHours): void {
  assertValidZone(city.timeZone);
  assertClockTime(city.workStart);
  assertClockTime(city.workEnd);
  if (city.workEnd <= city.workStart) {
    throw new RangeError(`${city.key}: the working day must end after it starts.`);
  }
  if ((city.lunchStart === undefined) !== (city.lunchEnd === undefined)) {
    throw new RangeError(`${city.key}: give both ends of the lunch break, or neither.`);
  }
  if (city.lunchStart !== undefined && city.lunchEnd !== undefined) {
    assertClockTime(city.lunchStart);
    assertClockTime(city.lunchEnd);
    if (city.lunchEnd <= city.lunchStart)
      throw new RangeError(`${city.key}: lunch must end after it starts.`);
  }
  if (!city.workDays.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)) {
    throw new RangeError(`${city.key}: work days are ISO weekdays, 1 (Monday) to 7 (Sunday).`);
  }
}

function assertValidZone(timeZone: string): void {
  if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`Not an IANA time zone: ${timeZone}`);
}

/** `HH:mm` with leading zeros, so that comparing two times as text compares them as times. */
function assertClockTime(time: string): void {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new RangeError(`Not a time (HH:mm): ${time}`);
}

function assertIsoDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  }
}

function assertValidHolidays(holidays: readonly Holiday[]): void {
  for (const holiday of holidays) assertIsoDate(holiday.date);
}

function assertPositiveInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value <= 0)
    throw new RangeError(`${name} must be a whole number above 0: ${value}`);
}

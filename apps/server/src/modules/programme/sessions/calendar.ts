/**
 * Calendar invitations (`.ics`) for the trade programme's video sessions, so that each participant —
 * Bangkok officers and entrepreneurs, buyers in the partner cities — gets an invitation that opens at
 * the right local time in Outlook, Google Calendar and Apple Calendar.
 *
 * The file is an iCalendar object (RFC 5545) carrying an iTIP message (RFC 5546): `METHOD:REQUEST`
 * invites or updates, `METHOD:CANCEL` withdraws. Clients match the messages of one session by its UID
 * and take the one with the highest SEQUENCE, so a session keeps its UID for life and every change
 * raises the sequence.
 *
 * The start and end are written in the recipient's own time zone (`DTSTART;TZID=Asia/Seoul:…`), and
 * the file carries a VTIMEZONE that spells out that zone's offsets for the years the session touches,
 * generated here from the same tz rules (luxon over the runtime's ICU data) that turn the stored UTC
 * instant into local time. Writing the VTIMEZONE from the rules we compute with means the offset a
 * client reads back always matches the local time we wrote.
 *
 * Written here rather than with a library. `ical-generator` writes events well but leaves VTIMEZONE
 * to a separate generator, and the published ones (e.g. `@touch4it/ical-timezones`) ship a fixed
 * snapshot of the tz database (2018) instead of the rules this server converts with; a VTIMEZONE that
 * disagrees with our DTSTART would move the meeting by an hour in exactly the clients that trust it.
 * What is left — the handful of properties an invitation needs, TEXT escaping and folding at 75
 * UTF-8 octets — is small, and the tests parse every output with ical.js, Thunderbird's parser.
 *
 * Everything here is pure: `now` (DTSTAMP) is part of the event, nothing reads the machine's zone,
 * and the one memo (of generated VTIMEZONEs) only saves repeating the same work.
 */
import { DateTime, IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS, SECOND_MS } from '../../../shared/time.ts';

export const CALENDAR_METHODS = ['REQUEST', 'CANCEL'] as const;
/** `REQUEST` invites (or sends an update); `CANCEL` withdraws the session. */
export type CalendarMethod = (typeof CALENDAR_METHODS)[number];

export const ATTENDEE_ROLES = ['REQ-PARTICIPANT', 'OPT-PARTICIPANT'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** A person named in an invitation: shown by name, reached by email. */
export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarAttendee extends CalendarPerson {
  /** Required unless told. */
  role?: AttendeeRole;
}

/** One session as one recipient's calendar should show it. */
export interface CalendarEvent {
  /** Stable for the life of the session, e.g. `'<session-id>@bia.bangkok.invalid'`. */
  uid: string;
  /** 0 for the first invitation; higher with each change, the cancellation included. */
  sequence: number;
  method: CalendarMethod;
  /** The session's start as a UTC instant; whole seconds are written, milliseconds are dropped. */
  start: Date;
  /** The session's end; after `start`. */
  end: Date;
  /** The IANA zone DTSTART/DTEND are written in: the recipient's own, e.g. `'Asia/Seoul'`. */
  timeZone: string;
  summary: string;
  description: string;
  /** Where to join: the meeting link. */
  location?: string;
  /** A page about the session (http or https). */
  url?: string;
  organizer: CalendarPerson;
  attendees: CalendarAttendee[];
  /** Reminders as minutes before the start, e.g. `[1440, 60]`; a cancellation carries none. */
  reminders?: number[];
  /** When this message is written (DTSTAMP). */
  now: Date;
}

/** Names the software that wrote the file (RFC 5545 §3.7.3); never shown to people. */
const PRODUCT_ID = '-//Bangkok Metropolitan Administration//International Affairs Platform//EN';

/**
 * The invitation as an `.ics` file: a VCALENDAR with the VTIMEZONE of `event.timeZone` and one
 * VEVENT, CRLF line endings, lines folded at 75 octets. The same `uid` with a higher `sequence`
 * updates (REQUEST) or withdraws (CANCEL) what the recipient already has.
 */
export function buildIcs(event: CalendarEvent): string {
  assertValidEvent(event);
  const zone = IANAZone.create(event.timeZone);
  const start = wholeSeconds(event.start);
  const end = wholeSeconds(event.end);
  const lines = [
    'BEGIN:VCALENDAR',
    contentLine('PRODID', PRODUCT_ID),
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...vtimezoneLines(zone, localYear(start, zone), localYear(end, zone)),
    ...veventLines(event, zone, { start, end }),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/**
 * The MIME type for the file or the mail part that carries it. Outlook treats a message as an
 * invitation only when the `method` here matches the file's METHOD.
 */
export function icsContentType(method: CalendarMethod): string {
  return `text/calendar; charset=utf-8; method=${method}`;
}

/** The headers of an `.ics` download: its type with the file's METHOD, as an attachment, not cached. */
export function calendarFileHeaders(method: CalendarMethod): Record<string, string> {
  return {
    'content-type': icsContentType(method),
    'content-disposition': 'attachment; filename="bangkok-brand-session.ics"',
    'cache-control': 'no-store',
  };
}

// ----- the event --------------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}

function veventLines(event: CalendarEvent, zone: IANAZone, span: Span): string[] {
  const isCancel = event.method === 'CANCEL';
  return [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(event.uid)),
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.now.getTime())}`,
    dateTimeLine('DTSTART', span.start, zone),
    dateTimeLine('DTEND', span.end, zone),
    contentLine('SUMMARY', escapeText(event.summary)),
    contentLine('DESCRIPTION', escapeText(event.description)),
    ...(event.location === undefined ? [] : [contentLine('LOCATION', escapeText(event.location))]),
    ...(event.url === undefined ? [] : [contentLine('URL', new URL(event.url).href)]),
    contentLine('ORGANIZER', mailto(event.organizer.email), { CN: event.organizer.name }),
    // A cancellation asks for no reply, so its attendees carry no RSVP.
    ...event.attendees.map((attendee) =>
      contentLine('ATTENDEE', mailto(attendee.email), {
        CN: attendee.name,
        ROLE: attendee.role ?? 'REQ-PARTICIPANT',
        PARTSTAT: 'NEEDS-ACTION',
        ...(isCancel ? {} : { RSVP: 'TRUE' }),
      }),
    ),
    `STATUS:${isCancel ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    ...(isCancel ? [] : (event.reminders ?? []).flatMap((minutes) => alarmLines(minutes, event.summary))),
    'END:VEVENT',
  ];
}

/**
 * A reminder shown `minutes` before the start. DISPLAY alarms need a DESCRIPTION (RFC 5545
 * §3.6.6); the session's title is the most useful one.
 */
function alarmLines(minutes: number, summary: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    contentLine('DESCRIPTION', escapeText(summary)),
    `TRIGGER:${durationBefore(minutes)}`,
    'END:VALARM',
  ];
}

/**
 * DTSTART or DTEND as the zone's wall-clock time with its TZID. A wall-clock time that happens twice
 * (01:30 on the night clocks go back) is ambiguous in practice: RFC 5545 §3.3.5 says it means the
 * first, but parsers differ (ical.js takes the second). Such a time is written in UTC, which every
 * client reads the same way and shows in its own zone.
 */
function dateTimeLine(name: string, instant: number, zone: IANAZone): string {
  if (isWallClockRepeated(instant, zone)) return `${name}:${utcDateTime(instant)}`;
  return contentLine(name, wallClock(instant, zone.offset(instant)), { TZID: zone.name });
}

/** Whether the local time at `instant` also reads the same at another instant, under another offset. */
function isWallClockRepeated(instant: number, zone: IANAZone): boolean {
  const offset = zone.offset(instant);
  const wall = instant + offset * MINUTE_MS;
  const nearbyOffsets = [zone.offset(instant - DAY_MS), zone.offset(instant + DAY_MS)];
  return nearbyOffsets.some((other) => other !== offset && zone.offset(wall - other * MINUTE_MS) === other);
}

/** `-P1D`, `-PT1H`, `-P1DT2H30M`: a duration before the start (RFC 5545 §3.3.6). */
function durationBefore(minutes: number): string {
  if (minutes === 0) return 'PT0M';
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / 60);
  const rest = minutes % 60;
  const date = days > 0 ? `${days}D` : '';
  const time = hours > 0 || rest > 0 ? `T${hours > 0 ? `${hours}H` : ''}${rest > 0 ? `${rest}M` : ''}` : '';
  return `-P${date}${time}`;
}

/** An email address as a CAL-ADDRESS (a `mailto:` URI). */
function mailto(email: string): string {
  return `mailto:${email}`;
}

// ----- the time zone ----------------------------------------------------------------------------

/** The moment a zone's offset changes. */
interface Transition {
  /** The first instant with the new offset, UTC milliseconds. */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

/** One STANDARD or DAYLIGHT sub-component of a VTIMEZONE. */
interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** When it first applies, as the wall-clock time under the offset before it (RFC 5545 §3.6.5). */
  onset: string;
  offsetFrom: number;
  offsetTo: number;
  name: string;
  /** `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` when it comes back every year by one rule. */
  rule?: string;
}

/**
 * The VTIMEZONE for the local years `fromYear` to `toYear`, read from the rules from the start of the
 * year before: an observance applies from its onset on, so the one in force on 1 January must have
 * begun earlier (Budapest's winter time begins in the October before).
 *
 * - A zone whose offset never changed in those years (Bangkok, Seoul) gets one STANDARD.
 * - A zone that switches twice a year by a fixed weekday rule (Budapest: last Sunday of March and of
 *   October; New York: second Sunday of March, first of November) gets one DAYLIGHT and one STANDARD
 *   with a yearly RRULE. This is the shape Outlook needs: it keeps one yearly rule per zone, and reads
 *   only an RRULE naming one weekday of one month (MS-OXCICAL §2.1.3.1.1.19.2.2).
 * - Anything else (a zone that changed its rules in those years) gets one observance per change, each
 *   with its own date, after one for the offset in force when the years begin.
 */
function vtimezoneLines(zone: IANAZone, fromYear: number, toYear: number): string[] {
  const key = `${zone.name} ${fromYear} ${toYear}`;
  const known = vtimezoneCache.get(key);
  if (known !== undefined) return known;
  const lines = generateVtimezone(zone, fromYear, toYear);
  vtimezoneCache.set(key, lines);
  return lines;
}

/**
 * Finding the changes takes a few hundred offset look-ups per year (some milliseconds), and one
 * session sends the same few zones to every participant. The tz rules of a running process never
 * change, so what was generated once stays true; zones times years keeps this small.
 */
const vtimezoneCache = new Map<string, string[]>();

function generateVtimezone(zone: IANAZone, fromYear: number, toYear: number): string[] {
  const from = startOfLocalYear(fromYear - 1, zone);
  const to = startOfLocalYear(toYear + 1, zone);
  const transitions = transitionsBetween(zone, from, to);
  const years = toYear - fromYear + 2;
  const observances =
    yearlyObservances(zone, transitions, years) ?? datedObservances(zone, from, transitions);
  return [
    'BEGIN:VTIMEZONE',
    contentLine('TZID', zone.name),
    ...observances.flatMap((observance) => [
      `BEGIN:${observance.kind}`,
      `DTSTART:${observance.onset}`,
      ...(observance.rule === undefined ? [] : [`RRULE:${observance.rule}`]),
      `TZOFFSETFROM:${utcOffset(observance.offsetFrom)}`,
      `TZOFFSETTO:${utcOffset(observance.offsetTo)}`,
      contentLine('TZNAME', escapeText(observance.name)),
      `END:${observance.kind}`,
    ]),
    'END:VTIMEZONE',
  ];
}

/**
 * One DAYLIGHT and one STANDARD with a yearly rule, when `transitions` are exactly one of each in
 * every one of the `years` and each kind falls on the same weekday of the same month at the same
 * time; otherwise `null`.
 */
function yearlyObservances(
  zone: IANAZone,
  transitions: readonly Transition[],
  years: number,
): Observance[] | null {
  if (transitions.length !== 2 * years) return null;
  const observances: Observance[] = [];
  for (const isDaylight of [true, false]) {
    const ofKind = transitions.filter((transition) => isDaylightAt(transition.at, zone) === isDaylight);
    const rule = yearlyRule(ofKind);
    const first = ofKind[0];
    if (ofKind.length !== years || rule === null || first === undefined) return null;
    observances.push({ ...observance(first, zone), rule });
  }
  return observances;
}

/**
 * The RRULE that yields every one of `transitions`, one a year: the same month, weekday, time and
 * offsets, on the last such weekday of the month (`-1SU`) or always the same one (`2SU`).
 */
function yearlyRule(transitions: readonly Transition[]): string | null {
  const onsets = transitions.map((transition) => ({
    ...transition,
    date: new Date(transition.at + transition.offsetFrom * MINUTE_MS),
  }));
  const [first] = onsets;
  if (first === undefined) return null;
  const isSameRule = onsets.every(
    (onset) =>
      onset.date.getUTCMonth() === first.date.getUTCMonth() &&
      onset.date.getUTCDay() === first.date.getUTCDay() &&
      onset.date.toISOString().slice(11) === first.date.toISOString().slice(11) &&
      onset.offsetFrom === first.offsetFrom &&
      onset.offsetTo === first.offsetTo,
  );
  const years = new Set(onsets.map((onset) => onset.date.getUTCFullYear()));
  if (!isSameRule || years.size !== onsets.length) return null;

  const weekday = WEEKDAYS[first.date.getUTCDay()];
  const month = first.date.getUTCMonth() + 1;
  const isAlwaysLast = onsets.every((onset) => isLastWeekdayOfMonth(onset.date));
  const nth = Math.ceil(first.date.getUTCDate() / 7);
  const isAlwaysNth = onsets.every((onset) => Math.ceil(onset.date.getUTCDate() / 7) === nth);
  if (isAlwaysLast) return `FREQ=YEARLY;BYMONTH=${month};BYDAY=-1${weekday}`;
  if (isAlwaysNth) return `FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${weekday}`;
  return null;
}

function isLastWeekdayOfMonth(date: Date): boolean {
  return new Date(date.getTime() + 7 * DAY_MS).getUTCMonth() !== date.getUTCMonth();
}

/** The offset in force at `from`, then one observance for each change. */
function datedObservances(zone: IANAZone, from: number, transitions: readonly Transition[]): Observance[] {
  const offset = zone.offset(from);
  const opening: Observance = {
    kind: isDaylightAt(from, zone) ? 'DAYLIGHT' : 'STANDARD',
    onset: wallClock(from, offset),
    offsetFrom: offset,
    offsetTo: offset,
    name: zoneAbbreviation(from, zone),
  };
  return [opening, ...transitions.map((transition) => observance(transition, zone))];
}

function observance(transition: Transition, zone: IANAZone): Observance {
  return {
    kind: isDaylightAt(transition.at, zone) ? 'DAYLIGHT' : 'STANDARD',
    onset: wallClock(transition.at, transition.offsetFrom),
    offsetFrom: transition.offsetFrom,
    offsetTo: transition.offsetTo,
    name: zoneAbbreviation(transition.at, zone),
  };
}

/**
 * Every change of offset in [from, to), earliest first. The offset is sampled once a day — no zone
 * changes its clocks and back again within a day — and each change is then found to the second.
 */
function transitionsBetween(zone: IANAZone, from: number, to: number): Transition[] {
  const transitions: Transition[] = [];
  let cursor = from;
  while (cursor < to) {
    const next = Math.min(cursor + SAMPLE_STEP, to);
    const offsetFrom = zone.offset(cursor);
    if (zone.offset(next) === offsetFrom) {
      cursor = next;
      continue;
    }
    const at = firstInstantWithOtherOffset(zone, cursor, next);
    transitions.push({ at, offsetFrom, offsetTo: zone.offset(at) });
    cursor = at;
  }
  return transitions;
}

/** Bisection: the first whole second after `before` whose offset differs from the one at `before`. */
function firstInstantWithOtherOffset(zone: IANAZone, before: number, after: number): number {
  const offset = zone.offset(before);
  let low = before;
  let high = after;
  while (high - low > SECOND_MS) {
    const middle = low + Math.floor((high - low) / 2 / SECOND_MS) * SECOND_MS;
    if (zone.offset(middle) === offset) low = middle;
    else high = middle;
  }
  return high;
}

function isDaylightAt(instant: number, zone: IANAZone): boolean {
  return DateTime.fromMillis(instant, { zone }).isInDST;
}

/**
 * A short name for TZNAME, which clients may show but never compute with: the usual abbreviation
 * where the runtime knows one (`EST`, `CEST`), otherwise the offset as the tz database writes it
 * (`+07`, `+0530`).
 */
function zoneAbbreviation(instant: number, zone: IANAZone): string {
  for (const locale of ['en-US', 'en-GB']) {
    const name = zone.offsetName(instant, { format: 'short', locale });
    if (name !== null && /^[A-Z]{3,5}$/.test(name)) return name;
  }
  const offset = zone.offset(instant);
  const text = utcOffset(offset);
  return offset % 60 === 0 ? text.slice(0, 3) : text;
}

function startOfLocalYear(year: number, zone: IANAZone): number {
  return DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).toMillis();
}

function localYear(instant: number, zone: IANAZone): number {
  return DateTime.fromMillis(instant, { zone }).year;
}

// ----- content lines (RFC 5545 §3.1) ------------------------------------------------------------

/**
 * `NAME;PARAM=value:value`, unfolded. `value` must already be in its type's form (TEXT escaped with
 * {@link escapeText}); parameter values are made safe here.
 */
function contentLine(name: string, value: string, params: Record<string, string> = {}): string {
  const paramText = Object.entries(params)
    .map(([key, paramValue]) => `;${key}=${quoteParamValue(paramValue)}`)
    .join('');
  return `${name}${paramText}:${value}`;
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break written
 * as `\n`. Other control characters are not allowed in TEXT and are dropped.
 */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS_BUT_TAB_AND_NEWLINE, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n');
}

/**
 * A parameter value (RFC 5545 §3.2): quoted when it holds `:`, `;` or `,`. A double quote or a line
 * break cannot appear even inside quotes, so they are written as RFC 6868 says (`^'`, `^n`, `^^`).
 */
function quoteParamValue(value: string): string {
  const safe = value
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS_BUT_TAB_AND_NEWLINE, '')
    .replace(/\^/g, '^^')
    .replace(/\n/g, '^n')
    .replace(/"/g, "^'");
  return /[:;,]/.test(safe) ? `"${safe}"` : safe;
}

/**
 * Folds a content line so that no line is longer than 75 octets of UTF-8 (the CRLF not counted),
 * continuing on lines that begin with one space (RFC 5545 §3.1). It folds between characters,
 * never inside a character's bytes, so Thai text stays valid on every line.
 */
function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD, three octets). */
function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

// ----- dates and times --------------------------------------------------------------------------

/** `20270328T010000Z` */
function utcDateTime(instant: number): string {
  return `${wallClock(instant, 0)}Z`;
}

/** The wall-clock time at `instant` under `offsetMinutes`, as `20270328T020000`. */
function wallClock(instant: number, offsetMinutes: number): string {
  const iso = new Date(instant + offsetMinutes * MINUTE_MS).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

/** A UTC-OFFSET value (RFC 5545 §3.3.14): `+0700`, `-0500`, `+0530`. */
function utcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${sign}${hours}${String(minutes % 60).padStart(2, '0')}`;
}

function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / SECOND_MS) * SECOND_MS;
}

const MINUTES_PER_DAY = 24 * 60;
const SAMPLE_STEP = DAY_MS;
const MAX_LINE_OCTETS = 75;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS_BUT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

// ----- checks on what callers pass --------------------------------------------------------------

function assertValidEvent(event: CalendarEvent): void {
  if (!IANAZone.isValidZone(event.timeZone)) {
    throw new RangeError(`Not an IANA time zone: ${event.timeZone}`);
  }
  if (event.uid.trim() === '') throw new RangeError('An invitation needs a UID.');
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new RangeError(`SEQUENCE must be a whole number, 0 or more: ${event.sequence}`);
  }
  if (!CALENDAR_METHODS.includes(event.method)) throw new RangeError(`Not a method: ${event.method}`);
  for (const [name, date] of [
    ['start', event.start],
    ['end', event.end],
    ['now', event.now],
  ] as const) {
    if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is not a valid date.`);
  }
  if (wholeSeconds(event.end) <= wholeSeconds(event.start)) {
    throw new RangeError('A session must end after it starts.');
  }
  if (event.url !== undefined && !/^https?:$/.test(safeUrl(event.url).protocol)) {
    throw new RangeError(`URL must be http or https: ${event.url}`);
  }
  for (const person of [event.organizer, ...event.attendees]) assertEmail(person.email);
  for (const attendee of event.attendees) {
    if (attendee.role !== undefined && !ATTENDEE_ROLES.includes(attendee.role)) {
      throw new RangeError(`Not an attendee role: ${attendee.role}`);
    }
  }
  for (const minutes of event.reminders ?? []) {
    if (!Number.isInteger(minutes) || minutes < 0) {
      throw new RangeError(`A reminder is whole minutes before the start, 0 or more: ${minutes}`);
    }
  }
}

function safeUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new RangeError(`Not a URL: ${url}`);
  }
}

/** An address that can stand in a `mailto:` URI without escaping: no spaces, quotes or delimiters. */
function assertEmail(email: string): void {
  if (!/^[^\s@<>"(),;:\\[\]]+@[^\s@<>"(),;:\\[\]]+$/.test(email)) {
    throw new RangeError(`Not an email address: ${email}`);
  }
}

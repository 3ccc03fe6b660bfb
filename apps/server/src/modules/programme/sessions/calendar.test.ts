/**
 * The invitations are read back two ways: with ical.js (Mozilla's parser, the one Thunderbird uses),
 * which turns DTSTART back into an instant through the VTIMEZONE we wrote — so a wrong offset in the
 * VTIMEZONE or in the local time shows as a wrong instant — and with the strict reader below, which
 * checks the text itself as RFC 5545 §3.1 defines it: CRLF endings, lines of at most 75 octets,
 * folds between whole UTF-8 characters, and TEXT escaping.
 *
 * Local times worked out by hand: Budapest is UTC+1 in winter and UTC+2 from 01:00 UTC on 2027-03-28;
 * New York is UTC−5 in winter and UTC−4 from 07:00 UTC on 2027-03-14, back to UTC−5 at 06:00 UTC on
 * 2027-11-07; Seoul UTC+9 and Bangkok UTC+7 all year; Sydney UTC+11 in January 2027.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, icsContentType, type CalendarEvent } from './calendar.ts';

const UID = 'session-42@bia.bangkok.invalid';

function buildEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: UID,
    sequence: 0,
    method: 'REQUEST',
    start: new Date('2027-03-28T01:00:00Z'),
    end: new Date('2027-03-28T03:00:00Z'),
    timeZone: 'Asia/Seoul',
    summary: 'Bangkok–Seoul trade session',
    description: 'Buyers meet Bangkok entrepreneurs.',
    location: 'https://meet.example.invalid/bkk-sel-42',
    url: 'https://bia.bangkok.invalid/programme/sessions/42',
    organizer: { name: 'International Affairs Office', email: 'trade@bia.bangkok.invalid' },
    attendees: [
      { name: 'Kim Min-jun', email: 'kim@seoul.invalid' },
      { name: 'Somchai Jaidee', email: 'somchai@bangkok.invalid', role: 'OPT-PARTICIPANT' },
    ],
    reminders: [1440, 60],
    now: new Date('2026-12-01T10:00:00.123Z'),
    ...overrides,
  };
}

// ----- a strict reader (RFC 5545 §3.1) ----------------------------------------------------------

interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** The physical lines as bytes, each checked to be whole UTF-8 on its own. */
function physicalLines(ics: string): string[] {
  const bytes = new TextEncoder().encode(ics);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      if (line.length > 75) throw new Error(`A line of ${line.length} octets: ${decoder.decode(line)}`);
      lines.push(decoder.decode(line)); // throws on a character cut in two
      start = i + 2;
      i += 1;
    }
  }
  if (start !== bytes.length) throw new Error('The text does not end with CRLF.');
  for (const line of lines) {
    if (/[\r\n]/.test(line)) throw new Error(`A bare CR or LF in: ${JSON.stringify(line)}`);
  }
  return lines;
}

/** Joins each line that begins with a space onto the one before it, after dropping the space. */
function unfold(ics: string): string[] {
  const logical: string[] = [];
  for (const line of physicalLines(ics)) {
    if (line.startsWith(' ')) {
      if (logical.length === 0) throw new Error('The text begins with a continuation line.');
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  return logical;
}

function parseLine(line: string): ContentLine {
  const nameMatch = /^[A-Za-z0-9-]+/.exec(line);
  if (nameMatch === null) throw new Error(`No name: ${line}`);
  const name = nameMatch[0];
  const params: Record<string, string> = {};
  let rest = line.slice(name.length);
  while (rest.startsWith(';')) {
    const param = /^;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/.exec(rest);
    if (param === null) throw new Error(`A bad parameter in: ${line}`);
    const [whole, key = '', raw = ''] = param;
    params[key] = raw.startsWith('"') ? raw.slice(1, -1) : raw;
    rest = rest.slice(whole.length);
  }
  if (!rest.startsWith(':')) throw new Error(`No ':' after the parameters of: ${line}`);
  return { name, params, value: rest.slice(1) };
}

/** A single TEXT value: every `\`, `;` and `,` must be escaped, and only those and `\n` are. */
function unescapeText(value: string): string {
  return value.replace(/\\(.)|[;,]/g, (match: string, escaped: string | undefined) => {
    if (escaped === undefined) throw new Error(`Unescaped '${match}' in: ${value}`);
    if (escaped === 'n' || escaped === 'N') return '\n';
    if ('\\;,'.includes(escaped)) return escaped;
    throw new Error(`Unknown escape '\\${escaped}' in: ${value}`);
  });
}

function contentLines(ics: string): ContentLine[] {
  return unfold(ics).map(parseLine);
}

/** The content lines of the VEVENT, outside its alarms. */
function eventLines(ics: string): ContentLine[] {
  const lines = contentLines(ics);
  const begin = lines.findIndex((line) => line.name === 'BEGIN' && line.value === 'VEVENT');
  const end = lines.findIndex((line) => line.name === 'END' && line.value === 'VEVENT');
  const inside = lines.slice(begin + 1, end);
  const firstAlarm = inside.findIndex((line) => line.name === 'BEGIN' && line.value === 'VALARM');
  return firstAlarm === -1 ? inside : inside.slice(0, firstAlarm);
}

function eventLine(ics: string, name: string): ContentLine {
  const found = eventLines(ics).filter((line) => line.name === name);
  if (found.length !== 1) throw new Error(`${found.length} ${name} lines in the VEVENT`);
  return found[0] as ContentLine;
}

/** The lines of each sub-component called `name` (e.g. every STANDARD of the VTIMEZONE). */
function components(ics: string, name: string): ContentLine[][] {
  const found: ContentLine[][] = [];
  let current: ContentLine[] | null = null;
  for (const line of contentLines(ics)) {
    if (line.name === 'BEGIN' && line.value === name) current = [];
    else if (line.name === 'END' && line.value === name && current !== null) {
      found.push(current);
      current = null;
    } else current?.push(line);
  }
  return found;
}

function valueOf(lines: readonly ContentLine[], name: string): string | undefined {
  return lines.find((line) => line.name === name)?.value;
}

// ----- ical.js ----------------------------------------------------------------------------------

function readWithIcalJs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (vevent === null) throw new Error('No VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function instantsReadBack(ics: string) {
  const { event } = readWithIcalJs(ics);
  return {
    start: new Date(event.startDate.toUnixTime() * 1000).toISOString(),
    end: new Date(event.endDate.toUnixTime() * 1000).toISOString(),
    zone: event.startDate.zone?.tzid,
  };
}

// ----- the tests --------------------------------------------------------------------------------

describe('the session opens at the stored instant in every zone', () => {
  const cases = [
    [
      'Budapest in winter (CET)',
      'Europe/Budapest',
      '2027-01-12T09:00:00Z',
      '2027-01-12T11:00:00Z',
      '20270112T100000',
      '20270112T120000',
    ],
    [
      'Budapest in summer (CEST)',
      'Europe/Budapest',
      '2027-07-06T08:00:00Z',
      '2027-07-06T10:00:00Z',
      '20270706T100000',
      '20270706T120000',
    ],
    [
      'Budapest on 2027-03-28, before the switch',
      'Europe/Budapest',
      '2027-03-28T00:00:00Z',
      '2027-03-28T00:45:00Z',
      '20270328T010000',
      '20270328T014500',
    ],
    [
      'Budapest across the 2027-03-28 switch',
      'Europe/Budapest',
      '2027-03-28T00:30:00Z',
      '2027-03-28T02:30:00Z',
      '20270328T013000',
      '20270328T043000',
    ],
    [
      'Budapest on 2027-03-28, after the switch',
      'Europe/Budapest',
      '2027-03-28T08:00:00Z',
      '2027-03-28T10:00:00Z',
      '20270328T100000',
      '20270328T120000',
    ],
    [
      'Budapest between the US and EU switches',
      'Europe/Budapest',
      '2027-03-20T14:00:00Z',
      '2027-03-20T15:00:00Z',
      '20270320T150000',
      '20270320T160000',
    ],
    [
      'Budapest across New Year',
      'Europe/Budapest',
      '2026-12-31T22:00:00Z',
      '2027-01-01T00:30:00Z',
      '20261231T230000',
      '20270101T013000',
    ],
    [
      'New York in winter (EST)',
      'America/New_York',
      '2027-01-12T15:00:00Z',
      '2027-01-12T17:00:00Z',
      '20270112T100000',
      '20270112T120000',
    ],
    [
      'New York in summer (EDT)',
      'America/New_York',
      '2027-07-06T14:00:00Z',
      '2027-07-06T16:00:00Z',
      '20270706T100000',
      '20270706T120000',
    ],
    [
      'New York across the 2027-03-14 switch',
      'America/New_York',
      '2027-03-14T06:30:00Z',
      '2027-03-14T07:30:00Z',
      '20270314T013000',
      '20270314T033000',
    ],
    [
      'New York on 2027-03-14, after the switch',
      'America/New_York',
      '2027-03-14T14:00:00Z',
      '2027-03-14T16:00:00Z',
      '20270314T100000',
      '20270314T120000',
    ],
    [
      'New York between the US and EU switches',
      'America/New_York',
      '2027-03-20T14:00:00Z',
      '2027-03-20T15:00:00Z',
      '20270320T100000',
      '20270320T110000',
    ],
    [
      'Seoul',
      'Asia/Seoul',
      '2027-03-28T01:00:00Z',
      '2027-03-28T03:00:00Z',
      '20270328T100000',
      '20270328T120000',
    ],
    [
      'Bangkok',
      'Asia/Bangkok',
      '2027-03-28T03:00:00Z',
      '2027-03-28T05:00:00Z',
      '20270328T100000',
      '20270328T120000',
    ],
    [
      'Sydney in its summer',
      'Australia/Sydney',
      '2027-01-10T00:00:00Z',
      '2027-01-10T02:00:00Z',
      '20270110T110000',
      '20270110T130000',
    ],
  ] as const;

  it.each(cases)('%s', (_label, timeZone, start, end, localStart, localEnd) => {
    const ics = buildIcs(buildEvent({ timeZone, start: new Date(start), end: new Date(end) }));

    expect(eventLine(ics, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: timeZone },
      value: localStart,
    });
    expect(eventLine(ics, 'DTEND')).toEqual({ name: 'DTEND', params: { TZID: timeZone }, value: localEnd });
    expect(instantsReadBack(ics)).toEqual({
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      zone: timeZone,
    });
  });

  // On 2027-11-07 New York's clocks go from 01:59 EDT back to 01:00 EST, so 01:30 happens twice:
  // at 05:30 UTC and at 06:30 UTC. RFC 5545 says a local 01:30 means the first; ical.js reads the second.
  it.each([
    ['the first 01:30', '2027-11-07T05:30:00Z', '20271107T053000Z'],
    ['the second 01:30', '2027-11-07T06:30:00Z', '20271107T063000Z'],
  ])('writes %s of the night New York falls back in UTC', (_label, start, written) => {
    const ics = buildIcs(
      buildEvent({
        timeZone: 'America/New_York',
        start: new Date(start),
        end: new Date('2027-11-07T07:30:00Z'),
      }),
    );
    expect(eventLine(ics, 'DTSTART')).toEqual({ name: 'DTSTART', params: {}, value: written });
    expect(eventLine(ics, 'DTEND').value).toBe('20271107T023000');
    expect(instantsReadBack(ics)).toMatchObject({
      start: new Date(start).toISOString(),
      end: '2027-11-07T07:30:00.000Z',
    });
  });
});

describe('the VTIMEZONE', () => {
  it.each([
    ['Asia/Bangkok', '+0700'],
    ['Asia/Seoul', '+0900'],
  ])('has one STANDARD and no DAYLIGHT for %s', (timeZone, offset) => {
    const ics = buildIcs(buildEvent({ timeZone }));
    const standard = components(ics, 'STANDARD');

    expect(components(ics, 'VTIMEZONE').map((lines) => valueOf(lines, 'TZID'))).toEqual([timeZone]);
    expect(standard).toHaveLength(1);
    expect(components(ics, 'DAYLIGHT')).toHaveLength(0);
    expect(valueOf(standard[0] ?? [], 'TZOFFSETFROM')).toBe(offset);
    expect(valueOf(standard[0] ?? [], 'TZOFFSETTO')).toBe(offset);
  });

  it.each([
    [
      'Europe/Budapest',
      '+0100',
      '+0200',
      'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ],
    [
      'America/New_York',
      '-0500',
      '-0400',
      'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    ],
  ])(
    'gives %s one yearly rule for summer time and one for winter time',
    (timeZone, winter, summer, toSummer, toWinter) => {
      const ics = buildIcs(
        buildEvent({
          timeZone,
          start: new Date('2027-06-01T12:00:00Z'),
          end: new Date('2027-06-01T13:00:00Z'),
        }),
      );
      const [daylight, ...otherDaylight] = components(ics, 'DAYLIGHT');
      const [standard, ...otherStandard] = components(ics, 'STANDARD');

      expect([otherDaylight, otherStandard]).toEqual([[], []]);
      expect(daylight?.filter((line) => line.name !== 'TZNAME' && line.name !== 'DTSTART')).toEqual([
        { name: 'RRULE', params: {}, value: toSummer },
        { name: 'TZOFFSETFROM', params: {}, value: winter },
        { name: 'TZOFFSETTO', params: {}, value: summer },
      ]);
      expect(standard?.filter((line) => line.name !== 'TZNAME' && line.name !== 'DTSTART')).toEqual([
        { name: 'RRULE', params: {}, value: toWinter },
        { name: 'TZOFFSETFROM', params: {}, value: summer },
        { name: 'TZOFFSETTO', params: {}, value: winter },
      ]);
    },
  );

  it('starts each rule at its onset in the year before, as local time under the old offset', () => {
    const ics = buildIcs(buildEvent({ timeZone: 'Europe/Budapest' }));
    expect(valueOf(components(ics, 'DAYLIGHT')[0] ?? [], 'DTSTART')).toBe('20260329T020000');
    expect(valueOf(components(ics, 'STANDARD')[0] ?? [], 'DTSTART')).toBe('20261025T030000');
  });

  it('dates each change when the zone changed its rules (Mexico City dropped summer time in 2022)', () => {
    const ics = buildIcs(
      buildEvent({
        timeZone: 'America/Mexico_City',
        start: new Date('2023-01-10T16:00:00Z'),
        end: new Date('2023-01-10T17:00:00Z'),
      }),
    );
    const observances = [...components(ics, 'STANDARD'), ...components(ics, 'DAYLIGHT')];

    expect(observances.flat().filter((line) => line.name === 'RRULE')).toEqual([]);
    expect(observances.map((lines) => valueOf(lines, 'DTSTART')).sort()).toEqual([
      '20220101T000000',
      '20220403T020000',
      '20221030T020000',
    ]);
    expect(eventLine(ics, 'DTSTART').value).toBe('20230110T100000');
    expect(instantsReadBack(ics).start).toBe('2023-01-10T16:00:00.000Z');
  });
});

describe('the text follows RFC 5545', () => {
  const thai =
    'ขอเชิญผู้ประกอบการกรุงเทพมหานครร่วมการประชุมทางวิดีโอกับผู้ซื้อจากเมืองพี่เมืองน้อง 🤝 ' +
    'โปรดเตรียมเอกสารแนะนำสินค้า ราคา และเงื่อนไขการส่งออก;\nหากมีข้อสงสัย, ติดต่อสำนักงานการต่างประเทศ\\ฝ่ายการค้า ' +
    'การประชุมนี้จัดโดยกรุงเทพมหานครเพื่อส่งเสริมการค้าและการลงทุนระหว่างเมือง ' +
    // Characters of four octets (two UTF-16 units each), so that some fold falls next to one.
    '🇹🇭🤝🇭🇺'.repeat(12);

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const outputs = [
      buildIcs(buildEvent({ description: thai, summary: thai })),
      buildIcs(buildEvent({ timeZone: 'America/New_York', method: 'CANCEL', sequence: 3 })),
      buildIcs(buildEvent({ timeZone: 'Europe/Budapest', description: 'x'.repeat(500) })),
    ];
    for (const ics of outputs) {
      expect(ics.endsWith('\r\n')).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of ics.split('\r\n').slice(0, -1)) {
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
    }
  });

  it('folds a long Thai description between whole characters, and it unfolds to the original', () => {
    const ics = buildIcs(buildEvent({ description: thai }));
    const lines = physicalLines(ics); // throws if a line ends inside a character
    const start = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    const continuation = lines.slice(start + 1).findIndex((line) => !line.startsWith(' '));

    expect(continuation).toBeGreaterThan(5);
    expect(unescapeText(eventLine(ics, 'DESCRIPTION').value)).toBe(thai);
    expect(readWithIcalJs(ics).event.description).toBe(thai);
  });

  it('uses the full 75 octets before folding', () => {
    const ics = buildIcs(buildEvent({ description: 'a'.repeat(300) }));
    const lines = ics.split('\r\n');
    const start = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(lines.slice(start, start + 3).map((line) => line.length)).toEqual([75, 75, 75]);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    const summary = 'Trade; Investment, Bangkok \\ Seoul\nDay 2';
    const ics = buildIcs(buildEvent({ summary, description: 'one\r\ntwo\rthree\nfour' }));

    expect(unfold(ics)).toContain('SUMMARY:Trade\\; Investment\\, Bangkok \\\\ Seoul\\nDay 2');
    expect(unfold(ics)).toContain('DESCRIPTION:one\\ntwo\\nthree\\nfour');
    expect(unescapeText(eventLine(ics, 'SUMMARY').value)).toBe(summary);
    expect(readWithIcalJs(ics).event.summary).toBe(summary);
    expect(readWithIcalJs(ics).event.description).toBe('one\ntwo\nthree\nfour');
  });

  it("quotes a parameter value that holds ':', ';' or ','", () => {
    const name = 'Office: Trade, Investment; Bangkok';
    const ics = buildIcs(buildEvent({ organizer: { name, email: 'trade@bia.bangkok.invalid' } }));

    expect(unfold(ics)).toContain(`ORGANIZER;CN="${name}":mailto:trade@bia.bangkok.invalid`);
    expect(readWithIcalJs(ics).vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe(name);
    expect(eventLines(ics).find((line) => line.name === 'ATTENDEE')?.params.CN).toBe('Kim Min-jun');
  });
});

describe('the calendar and the event', () => {
  it('has the header of an iTIP request and one VTIMEZONE before the VEVENT', () => {
    const lines = unfold(buildIcs(buildEvent()));
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Bangkok Metropolitan Administration//International Affairs Platform//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('names the organizer and invites each attendee to reply', () => {
    const ics = buildIcs(buildEvent());
    const values = (name: string) => eventLines(ics).filter((line) => line.name === name);

    expect(eventLine(ics, 'ORGANIZER')).toEqual({
      name: 'ORGANIZER',
      params: { CN: 'International Affairs Office' },
      value: 'mailto:trade@bia.bangkok.invalid',
    });
    expect(values('ATTENDEE')).toEqual([
      {
        name: 'ATTENDEE',
        params: { CN: 'Kim Min-jun', ROLE: 'REQ-PARTICIPANT', PARTSTAT: 'NEEDS-ACTION', RSVP: 'TRUE' },
        value: 'mailto:kim@seoul.invalid',
      },
      {
        name: 'ATTENDEE',
        params: { CN: 'Somchai Jaidee', ROLE: 'OPT-PARTICIPANT', PARTSTAT: 'NEEDS-ACTION', RSVP: 'TRUE' },
        value: 'mailto:somchai@bangkok.invalid',
      },
    ]);
    expect(eventLine(ics, 'STATUS').value).toBe('CONFIRMED');
    expect(eventLine(ics, 'LOCATION').value).toBe('https://meet.example.invalid/bkk-sel-42');
    expect(eventLine(ics, 'URL').value).toBe('https://bia.bangkok.invalid/programme/sessions/42');
  });

  it('writes DTSTAMP in UTC, in whole seconds', () => {
    const ics = buildIcs(buildEvent());
    expect(eventLine(ics, 'DTSTAMP')).toEqual({ name: 'DTSTAMP', params: {}, value: '20261201T100000Z' });
    const stamp = readWithIcalJs(ics).vevent.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time && stamp.zone === ICAL.Timezone.utcTimezone).toBe(true);
  });

  it('reminds a day and an hour before with two DISPLAY alarms', () => {
    const ics = buildIcs(buildEvent({ reminders: [1440, 60] }));
    const alarms = readWithIcalJs(ics).vevent.getAllSubcomponents('valarm');

    expect(
      components(ics, 'VALARM').map((lines) => [valueOf(lines, 'ACTION'), valueOf(lines, 'TRIGGER')]),
    ).toEqual([
      ['DISPLAY', '-P1D'],
      ['DISPLAY', '-PT1H'],
    ]);
    expect(
      alarms.map((alarm) => {
        const trigger = alarm.getFirstPropertyValue('trigger');
        return trigger instanceof ICAL.Duration ? trigger.toSeconds() : null;
      }),
    ).toEqual([-86_400, -3_600]);
  });

  it('writes other reminders as days, hours and minutes', () => {
    const ics = buildIcs(buildEvent({ reminders: [90, 1530, 0] }));
    expect(components(ics, 'VALARM').map((lines) => valueOf(lines, 'TRIGGER'))).toEqual([
      '-PT1H30M',
      '-P1DT1H30M',
      'PT0M',
    ]);
  });

  it('keeps the UID and raises SEQUENCE when the session moves', () => {
    const first = buildIcs(buildEvent());
    const moved = buildIcs(
      buildEvent({
        sequence: 1,
        start: new Date('2027-03-29T01:00:00Z'),
        end: new Date('2027-03-29T03:00:00Z'),
      }),
    );

    expect(readWithIcalJs(moved).event.uid).toBe(readWithIcalJs(first).event.uid);
    expect(readWithIcalJs(moved).event.sequence).toBeGreaterThan(readWithIcalJs(first).event.sequence);
    expect(eventLine(moved, 'SEQUENCE').value).toBe('1');
    expect(unfold(moved)).toContain('METHOD:REQUEST');
    expect(instantsReadBack(moved).start).toBe('2027-03-29T01:00:00.000Z');
  });

  it('cancels with the same UID, a higher SEQUENCE, METHOD:CANCEL and STATUS:CANCELLED', () => {
    const ics = buildIcs(buildEvent({ method: 'CANCEL', sequence: 2 }));

    expect(unfold(ics)).toContain('METHOD:CANCEL');
    expect(eventLine(ics, 'UID').value).toBe(UID);
    expect(eventLine(ics, 'SEQUENCE').value).toBe('2');
    expect(eventLine(ics, 'STATUS').value).toBe('CANCELLED');
    expect(components(ics, 'VALARM')).toEqual([]);
    expect(
      eventLines(ics)
        .filter((line) => line.name === 'ATTENDEE')
        .map((line) => line.params.RSVP),
    ).toEqual([undefined, undefined]);
  });

  it('names the method in the MIME type too', () => {
    expect(icsContentType('CANCEL')).toBe('text/calendar; charset=utf-8; method=CANCEL');
  });
});

describe('what callers pass', () => {
  it.each([
    ['an end before the start', { end: new Date('2027-03-28T00:00:00Z') }],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }],
    ['a negative sequence', { sequence: -1 }],
    ['an address that would add a line', { organizer: { name: 'X', email: 'x@y.invalid\r\nX-EVIL:1' } }],
    ['a URL that is not http', { url: 'javascript:alert(1)' }],
    ['a reminder after the start', { reminders: [-5] }],
  ] satisfies [string, Partial<CalendarEvent>][])('refuses %s', (_label, overrides) => {
    expect(() => buildIcs(buildEvent(overrides))).toThrow(RangeError);
  });
});

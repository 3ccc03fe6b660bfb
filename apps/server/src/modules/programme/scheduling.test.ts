/**
 * Expectations worked out by hand. Bangkok is UTC+7 all year, so its 09:00–17:00 day is 02:00–10:00 UTC
 * with lunch 05:00–06:00 UTC. Seoul (UTC+9): 00:00–08:00 UTC, lunch 03:00–04:00. Shanghai (UTC+8):
 * 01:00–09:00, lunch 04:00–05:00. Moscow (UTC+3): 06:00–14:00, lunch 09:00–10:00. Budapest: 08:00–16:00
 * UTC in winter (CET), 07:00–15:00 in summer (CEST). Washington: 14:00–22:00 UTC in winter (EST),
 * 13:00–21:00 in summer (EDT).
 */
import { describe, expect, it } from 'vitest';
import {
  BANGKOK_HOURS,
  checkSlot,
  commonWindowsByDay,
  defaultCityHours,
  localTimes,
  suggestSlots,
  workingHoursOverlap,
  type CityHours,
  type Holiday,
  type SessionLengthLimits,
} from './scheduling.ts';

const bangkok = BANGKOK_HOURS;
const seoul = defaultCityHours('seoul', 'Asia/Seoul', { country: 'KR' });
const shanghai = defaultCityHours('shanghai', 'Asia/Shanghai', { country: 'CN' });
const moscow = defaultCityHours('moscow', 'Europe/Moscow', { country: 'RU' });
const budapest = defaultCityHours('budapest', 'Europe/Budapest', { country: 'HU' });
const washington = defaultCityHours('washington', 'America/New_York', { country: 'US' });

const hangeulDay: Holiday = { countryOrKey: 'KR', date: '2026-10-09', name: 'Hangeul Day' };
/** Before every slot in these tests. */
const now = new Date('2026-01-01T00:00:00Z');
/** 2–3 hours, as the seed data has them. */
const sessionLimits: SessionLengthLimits = { minMinutes: 120, maxMinutes: 180 };
const anyLength: SessionLengthLimits = { minMinutes: 0, maxMinutes: Infinity };

function slot(startUtc: string, endUtc: string) {
  return { startUtc, endUtc };
}

describe('local times', () => {
  it('shows Bangkok 13:00 as Seoul 15:00 and Shanghai 14:00', () => {
    expect(localTimes('2026-10-05T06:00:00Z', '2026-10-05T08:00:00Z', [bangkok, seoul, shanghai])).toEqual([
      {
        key: 'bangkok',
        timeZone: 'Asia/Bangkok',
        localStart: '2026-10-05T13:00:00+07:00',
        localEnd: '2026-10-05T15:00:00+07:00',
        offsetMinutes: 420,
        isDaylightSaving: false,
        hasOffsetChange: false,
      },
      {
        key: 'seoul',
        timeZone: 'Asia/Seoul',
        localStart: '2026-10-05T15:00:00+09:00',
        localEnd: '2026-10-05T17:00:00+09:00',
        offsetMinutes: 540,
        isDaylightSaving: false,
        hasOffsetChange: false,
      },
      {
        key: 'shanghai',
        timeZone: 'Asia/Shanghai',
        localStart: '2026-10-05T14:00:00+08:00',
        localEnd: '2026-10-05T16:00:00+08:00',
        offsetMinutes: 480,
        isDaylightSaving: false,
        hasOffsetChange: false,
      },
    ]);
  });

  it('reads the same UTC hour differently in Budapest and Washington in January and in July', () => {
    const [budapestInJanuary, washingtonInJanuary] = localTimes(
      '2026-01-12T14:00:00Z',
      '2026-01-12T16:00:00Z',
      [budapest, washington],
    );
    expect(budapestInJanuary).toMatchObject({
      localStart: '2026-01-12T15:00:00+01:00',
      offsetMinutes: 60,
      isDaylightSaving: false,
    });
    expect(washingtonInJanuary).toMatchObject({
      localStart: '2026-01-12T09:00:00-05:00',
      offsetMinutes: -300,
      isDaylightSaving: false,
    });

    const [budapestInJuly, washingtonInJuly] = localTimes('2026-07-13T14:00:00Z', '2026-07-13T16:00:00Z', [
      budapest,
      washington,
    ]);
    expect(budapestInJuly).toMatchObject({
      localStart: '2026-07-13T16:00:00+02:00',
      offsetMinutes: 120,
      isDaylightSaving: true,
    });
    expect(washingtonInJuly).toMatchObject({
      localStart: '2026-07-13T10:00:00-04:00',
      offsetMinutes: -240,
      isDaylightSaving: true,
    });
  });

  it('shows both offsets when a session spans a daylight-saving switch', () => {
    // US: 14 March 2027 at 02:00 EST (07:00 UTC) the clocks jump to 03:00 EDT.
    const [acrossUsSwitch] = localTimes('2027-03-14T06:30:00Z', '2027-03-14T07:30:00Z', [washington]);
    expect(acrossUsSwitch).toMatchObject({
      localStart: '2027-03-14T01:30:00-05:00',
      localEnd: '2027-03-14T03:30:00-04:00',
      offsetMinutes: -300,
      isDaylightSaving: false,
      hasOffsetChange: true,
    });
    // EU: 28 March 2027 at 02:00 CET (01:00 UTC) the clocks jump to 03:00 CEST.
    const [acrossEuSwitch] = localTimes('2027-03-28T00:30:00Z', '2027-03-28T02:30:00Z', [budapest]);
    expect(acrossEuSwitch).toMatchObject({
      localStart: '2027-03-28T01:30:00+01:00',
      localEnd: '2027-03-28T04:30:00+02:00',
      hasOffsetChange: true,
    });
  });

  it('refuses a moment that does not name its offset', () => {
    expect(() => localTimes('2026-10-05T06:00:00', '2026-10-05T08:00:00Z', [bangkok])).toThrow(RangeError);
  });
});

describe('checking a proposed slot', () => {
  it('finds nothing wrong with Bangkok 13:00–15:00 / Seoul 15:00–17:00 on a Monday', () => {
    expect(
      checkSlot('2026-10-05T06:00:00Z', '2026-10-05T08:00:00Z', [bangkok, seoul], [], now, sessionLimits),
    ).toEqual([]);
  });

  it("flags Bangkok 13:00–16:00 as outside Seoul's hours (Seoul 15:00–18:00)", () => {
    expect(
      checkSlot('2026-10-05T06:00:00Z', '2026-10-05T09:00:00Z', [bangkok, seoul], [], now, sessionLimits),
    ).toEqual([{ code: 'outside_hours', cityKey: 'seoul' }]);
  });

  it('flags a lunch it overlaps, not one it only touches (Bangkok 11:00–13:00 = Seoul 13:00–15:00)', () => {
    expect(
      checkSlot('2026-10-05T04:00:00Z', '2026-10-05T06:00:00Z', [bangkok, seoul], [], now, sessionLimits),
    ).toEqual([{ code: 'during_lunch', cityKey: 'bangkok' }]);
  });

  it('flags a slot that runs past local midnight even for an office open until 23:59', () => {
    const nightDesk = defaultCityHours('night-desk', 'Asia/Bangkok', {
      workStart: '00:00',
      workEnd: '23:59',
      lunchStart: undefined,
      lunchEnd: undefined,
      workDays: [1, 2, 3, 4, 5, 6, 7],
    });
    // Bangkok 23:00 Monday to 02:00 Tuesday.
    expect(
      checkSlot('2026-10-05T16:00:00Z', '2026-10-05T19:00:00Z', [nightDesk], [], now, sessionLimits),
    ).toEqual([{ code: 'outside_hours', cityKey: 'night-desk' }]);
  });

  it('flags a slot that ends before, or when, it starts', () => {
    expect(
      checkSlot('2026-10-05T08:00:00Z', '2026-10-05T06:00:00Z', [bangkok, seoul], [], now, sessionLimits),
    ).toEqual([{ code: 'ends_before_start' }]);
    expect(
      checkSlot('2026-10-05T06:00:00Z', '2026-10-05T06:00:00Z', [bangkok, seoul], [], now, sessionLimits),
    ).toEqual([{ code: 'ends_before_start' }]);
  });

  it('flags a slot that starts before now', () => {
    const later = new Date('2026-10-05T06:30:00Z');
    expect(
      checkSlot('2026-10-05T06:00:00Z', '2026-10-05T08:00:00Z', [bangkok, seoul], [], later, sessionLimits),
    ).toEqual([{ code: 'in_the_past' }]);
    expect(
      checkSlot('2026-10-05T06:30:00Z', '2026-10-05T08:00:00Z', [bangkok, seoul], [], later, anyLength),
    ).toEqual([]);
  });

  it('judges the length against the limits it is given', () => {
    expect(
      checkSlot('2026-10-05T06:00:00Z', '2026-10-05T07:00:00Z', [bangkok, seoul], [], now, sessionLimits),
    ).toEqual([{ code: 'too_short', minutes: 60, limitMinutes: 120 }]);
    expect(
      checkSlot('2026-10-05T06:00:00Z', '2026-10-05T08:00:00Z', [bangkok, seoul], [], now, {
        minMinutes: 30,
        maxMinutes: 90,
      }),
    ).toEqual([{ code: 'too_long', minutes: 120, limitMinutes: 90 }]);
  });

  it('flags the weekend in every city', () => {
    expect(
      checkSlot('2026-10-10T06:00:00Z', '2026-10-10T08:00:00Z', [bangkok, seoul], [], now, sessionLimits),
    ).toEqual([
      { code: 'not_a_work_day', cityKey: 'bangkok', localDate: '2026-10-10' },
      { code: 'not_a_work_day', cityKey: 'seoul', localDate: '2026-10-10' },
    ]);
  });

  it('flags a holiday in Seoul with its name', () => {
    expect(
      checkSlot(
        '2026-10-09T06:00:00Z',
        '2026-10-09T08:00:00Z',
        [bangkok, seoul],
        [hangeulDay],
        now,
        sessionLimits,
      ),
    ).toEqual([{ code: 'holiday', cityKey: 'seoul', localDate: '2026-10-09', holidayName: 'Hangeul Day' }]);
  });

  it("judges a holiday by the city's local date, not Bangkok's", () => {
    const holidayProblems = (startUtc: string, endUtc: string) =>
      checkSlot(startUtc, endUtc, [bangkok, seoul], [hangeulDay], now, anyLength).filter(
        (problem) => problem.code === 'holiday',
      );
    // Both are Thursday 8 October evening in Bangkok; the second is already 9 October in Seoul.
    expect(holidayProblems('2026-10-08T14:00:00Z', '2026-10-08T15:00:00Z')).toEqual([]);
    expect(holidayProblems('2026-10-08T15:00:00Z', '2026-10-08T16:00:00Z')).toEqual([
      { code: 'holiday', cityKey: 'seoul', localDate: '2026-10-09', holidayName: 'Hangeul Day' },
    ]);
  });
});

describe('suggesting slots', () => {
  const mondayRequest = {
    from: '2026-10-05',
    to: '2026-10-05',
    cities: [bangkok, seoul],
    holidays: [],
    limit: 50,
  };

  it('suggests only Bangkok 13:00–15:00 for a two-hour Bangkok–Seoul session on a Monday', () => {
    // Shared day 02:00–08:00 UTC, less Seoul's lunch (03–04) and Bangkok's (05–06): 02–03, 04–05, 06–08.
    expect(suggestSlots({ ...mondayRequest, durationMinutes: 120 })).toEqual([
      slot('2026-10-05T06:00:00.000Z', '2026-10-05T08:00:00.000Z'),
    ]);
  });

  it('suggests every half hour that fits for a one-hour Bangkok–Seoul session', () => {
    expect(suggestSlots({ ...mondayRequest, durationMinutes: 60 })).toEqual([
      slot('2026-10-05T02:00:00.000Z', '2026-10-05T03:00:00.000Z'),
      slot('2026-10-05T04:00:00.000Z', '2026-10-05T05:00:00.000Z'),
      slot('2026-10-05T06:00:00.000Z', '2026-10-05T07:00:00.000Z'),
      slot('2026-10-05T06:30:00.000Z', '2026-10-05T07:30:00.000Z'),
      slot('2026-10-05T07:00:00.000Z', '2026-10-05T08:00:00.000Z'),
    ]);
    expect(suggestSlots({ ...mondayRequest, durationMinutes: 60, limit: 2 })).toHaveLength(2);
    expect(
      suggestSlots({ ...mondayRequest, durationMinutes: 60, notBefore: '2026-10-05T06:15:00Z' }),
    ).toEqual([
      slot('2026-10-05T06:30:00.000Z', '2026-10-05T07:30:00.000Z'),
      slot('2026-10-05T07:00:00.000Z', '2026-10-05T08:00:00.000Z'),
    ]);
  });

  it("does not suggest Bangkok 13:00–16:00, which ends after Seoul's day: no three-hour slot exists", () => {
    expect(suggestSlots({ ...mondayRequest, durationMinutes: 180 })).toEqual([]);
    expect(commonWindowsByDay(mondayRequest)).toEqual([
      {
        date: '2026-10-05',
        windows: [
          { ...slot('2026-10-05T02:00:00.000Z', '2026-10-05T03:00:00.000Z'), minutes: 60 },
          { ...slot('2026-10-05T04:00:00.000Z', '2026-10-05T05:00:00.000Z'), minutes: 60 },
          { ...slot('2026-10-05T06:00:00.000Z', '2026-10-05T08:00:00.000Z'), minutes: 120 },
        ],
        longestMinutes: 120,
      },
    ]);
  });

  it("keeps every suggested slot inside every city's hours", () => {
    const cities: CityHours[] = [bangkok, seoul, shanghai];
    const slots = suggestSlots({
      from: '2026-10-01',
      to: '2026-10-31',
      durationMinutes: 60,
      stepMinutes: 15,
      cities,
      holidays: [hangeulDay],
      limit: 1000,
    });
    expect(slots.length).toBeGreaterThan(20);
    for (const suggested of slots) {
      expect(checkSlot(suggested.startUtc, suggested.endUtc, cities, [hangeulDay], now, anyLength)).toEqual(
        [],
      );
    }
  });

  it('leaves out the weekend and a holiday in Seoul', () => {
    const week = { from: '2026-10-05', to: '2026-10-11', durationMinutes: 120, cities: [bangkok, seoul] };
    const everyWeekday = ['05', '06', '07', '08', '09'].map((day) =>
      slot(`2026-10-${day}T06:00:00.000Z`, `2026-10-${day}T08:00:00.000Z`),
    );
    expect(suggestSlots({ ...week, holidays: [] })).toEqual(everyWeekday);
    expect(suggestSlots({ ...week, holidays: [hangeulDay] })).toEqual(everyWeekday.slice(0, 4));
    expect(
      commonWindowsByDay({ ...week, holidays: [hangeulDay] }).map((day) => [day.date, day.longestMinutes]),
    ).toEqual([
      ['2026-10-05', 120],
      ['2026-10-06', 120],
      ['2026-10-07', 120],
      ['2026-10-08', 120],
      ['2026-10-09', 0],
      ['2026-10-10', 0],
      ['2026-10-11', 0],
    ]);
  });

  it('follows the switches to summer time: Washington 14 March 2027, Budapest 28 March 2027', () => {
    const onDay = (date: string) =>
      suggestSlots({
        from: date,
        to: date,
        durationMinutes: 120,
        cities: [budapest, washington],
        holidays: [],
      });
    // Both on winter time: Budapest 08–16 UTC, Washington 14–22 UTC → 14:00–16:00 UTC.
    expect(onDay('2027-03-12')).toEqual([slot('2027-03-12T14:00:00.000Z', '2027-03-12T16:00:00.000Z')]);
    // Washington on summer time, Budapest not yet: 13–21 and 08–16 UTC → 13:00–16:00 UTC.
    expect(onDay('2027-03-15')).toEqual([
      slot('2027-03-15T13:00:00.000Z', '2027-03-15T15:00:00.000Z'),
      slot('2027-03-15T13:30:00.000Z', '2027-03-15T15:30:00.000Z'),
      slot('2027-03-15T14:00:00.000Z', '2027-03-15T16:00:00.000Z'),
    ]);
    // Both on summer time: Budapest 07–15 UTC, Washington 13–21 UTC → 13:00–15:00 UTC.
    expect(onDay('2027-03-29')).toEqual([slot('2027-03-29T13:00:00.000Z', '2027-03-29T15:00:00.000Z')]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => suggestSlots({ ...mondayRequest, from: '2026-10-06', durationMinutes: 60 })).toThrow(
      RangeError,
    );
  });
});

describe('Bangkok, Seoul, Shanghai and Moscow together', () => {
  const fourCities = [bangkok, seoul, shanghai, moscow];
  const monday = { from: '2026-10-05', to: '2026-10-05', holidays: [] };

  it('share exactly one two-hour slot: Moscow 09:00–11:00 is Seoul 15:00–17:00', () => {
    // Seoul (00–08 UTC) and Moscow (06–14 UTC) are six hours apart, so they share 06:00–08:00 UTC only;
    // Bangkok and Shanghai are open then and none of the four lunches falls in it.
    const slots = suggestSlots({ ...monday, durationMinutes: 120, cities: fourCities });
    expect(slots).toEqual([slot('2026-10-05T06:00:00.000Z', '2026-10-05T08:00:00.000Z')]);
    expect(
      localTimes(slots[0]?.startUtc ?? '', slots[0]?.endUtc ?? '', fourCities).map((city) => [
        city.key,
        city.localStart,
      ]),
    ).toEqual([
      ['bangkok', '2026-10-05T13:00:00+07:00'],
      ['seoul', '2026-10-05T15:00:00+09:00'],
      ['shanghai', '2026-10-05T14:00:00+08:00'],
      ['moscow', '2026-10-05T09:00:00+03:00'],
    ]);
    expect(workingHoursOverlap(moscow, '2026-10-05', seoul)).toEqual({
      officeMinutes: 120,
      freeMinutes: 120,
      longestFreeMinutes: 120,
    });
  });

  it('have no slot longer than two hours', () => {
    expect(suggestSlots({ ...monday, durationMinutes: 150, cities: fourCities })).toEqual([]);
  });

  it('keep the slot with a Shanghai lunch until 14:00, and lose it with one until 14:30', () => {
    const withShanghaiLunchUntil = (lunchEnd: string) => [
      bangkok,
      seoul,
      defaultCityHours('shanghai', 'Asia/Shanghai', { lunchStart: '12:00', lunchEnd }),
      moscow,
    ];
    expect(
      suggestSlots({ ...monday, durationMinutes: 120, cities: withShanghaiLunchUntil('14:00') }),
    ).toEqual([slot('2026-10-05T06:00:00.000Z', '2026-10-05T08:00:00.000Z')]);
    expect(
      suggestSlots({ ...monday, durationMinutes: 120, cities: withShanghaiLunchUntil('14:30') }),
    ).toEqual([]);
  });
});

describe('working-hours overlap with Bangkok', () => {
  it('ranks candidate cities by the office hours they share with Bangkok', () => {
    const candidates = [seoul, shanghai, moscow, budapest, washington];
    const ranked = candidates
      .map((city) => ({ key: city.key, ...workingHoursOverlap(city, '2026-10-05') }))
      .sort((a, b) => b.officeMinutes - a.officeMinutes);
    expect(ranked).toEqual([
      { key: 'shanghai', officeMinutes: 420, freeMinutes: 300, longestFreeMinutes: 180 },
      { key: 'seoul', officeMinutes: 360, freeMinutes: 240, longestFreeMinutes: 120 },
      { key: 'moscow', officeMinutes: 240, freeMinutes: 180, longestFreeMinutes: 180 },
      { key: 'budapest', officeMinutes: 180, freeMinutes: 180, longestFreeMinutes: 180 },
      { key: 'washington', officeMinutes: 0, freeMinutes: 0, longestFreeMinutes: 0 },
    ]);
  });

  it('gives Budapest two hours in January and three in July', () => {
    expect(workingHoursOverlap(budapest, '2026-01-12')).toEqual({
      officeMinutes: 120,
      freeMinutes: 120,
      longestFreeMinutes: 120,
    });
    expect(workingHoursOverlap(budapest, '2026-07-13')).toEqual({
      officeMinutes: 180,
      freeMinutes: 180,
      longestFreeMinutes: 180,
    });
  });

  it('gives Washington no shared office hours with Bangkok in either season', () => {
    // Bangkok's 09:00–17:00 is Washington's 21:00–05:00 in winter and 22:00–06:00 in summer.
    expect(workingHoursOverlap(washington, '2026-01-12').officeMinutes).toBe(0);
    expect(workingHoursOverlap(washington, '2026-07-13').officeMinutes).toBe(0);
  });

  it('gives Budapest and Washington three hours between the US and the EU switch days, two otherwise', () => {
    const overlapOn = (date: string) => workingHoursOverlap(washington, date, budapest).officeMinutes;
    expect(overlapOn('2027-03-12')).toBe(120);
    expect(overlapOn('2027-03-14')).toBe(180);
    expect(overlapOn('2027-03-15')).toBe(180);
    expect(overlapOn('2027-03-27')).toBe(180);
    expect(overlapOn('2027-03-28')).toBe(120);
    expect(overlapOn('2027-03-29')).toBe(120);
  });
});

describe('city hours', () => {
  it('default to 09:00–17:00 with lunch 12:00–13:00, Monday to Friday', () => {
    expect(defaultCityHours('seoul', 'Asia/Seoul')).toEqual({
      key: 'seoul',
      timeZone: 'Asia/Seoul',
      workStart: '09:00',
      workEnd: '17:00',
      lunchStart: '12:00',
      lunchEnd: '13:00',
      workDays: [1, 2, 3, 4, 5],
    });
  });

  it('refuse an unknown time zone, a malformed time and a lunch break with one end', () => {
    expect(() => defaultCityHours('atlantis', 'Atlantic/Atlantis')).toThrow(RangeError);
    expect(() => defaultCityHours('seoul', 'Asia/Seoul', { workStart: '9:00' })).toThrow(RangeError);
    expect(() => defaultCityHours('seoul', 'Asia/Seoul', { lunchEnd: undefined })).toThrow(RangeError);
  });
});

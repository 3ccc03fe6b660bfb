import { describe, expect, it } from 'vitest';
import {
  agendaFormSchema,
  agendaMinutes,
  connectionTestFormSchema,
  moveFormSchema,
  newSessionFormSchema,
  titleFormSchema,
  translationValuesOf,
  type NewSessionFormValues,
} from './session-form-values.ts';

const noTranslations = translationValuesOf(undefined);

const newSession: NewSessionFormValues = {
  partnerIds: ['3f6a9c2e-8b1d-4e7a-9c5f-2d8b6e4a1c7f'],
  title: ' Bangkok Brand × Seoul ',
  titleTranslations: noTranslations,
  round: '',
  day: '2026-12-15',
  startTime: '13:00',
  endTime: '15:00',
  meetingUrl: '  ',
  overrideReason: '',
  isAlreadyHeld: false,
};

describe('the session forms', () => {
  it('sends the times typed on Bangkok’s clock in UTC, and leaves out what was left empty', () => {
    expect(newSessionFormSchema.parse(newSession)).toEqual({
      title: 'Bangkok Brand × Seoul',
      partnerIds: ['3f6a9c2e-8b1d-4e7a-9c5f-2d8b6e4a1c7f'],
      startsAt: '2026-12-15T06:00:00.000Z',
      endsAt: '2026-12-15T08:00:00.000Z',
    });
  });

  it('records a session that already took place only when asked to, and asks for the day and both times', () => {
    expect(newSessionFormSchema.parse({ ...newSession, isAlreadyHeld: true }).isAlreadyHeld).toBe(true);
    const result = newSessionFormSchema.safeParse({ ...newSession, day: '2026-02-30', endTime: '' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['day'], ['endTime']]);
  });

  it('moves a session to a day and times typed on Bangkok’s clock, with the reason that keeps them', () => {
    expect(
      moveFormSchema.parse({ day: '2026-12-16', startTime: '13:00', endTime: '15:30', overrideReason: ' ' }),
    ).toEqual({ startsAt: '2026-12-16T06:00:00.000Z', endsAt: '2026-12-16T08:30:00.000Z' });
    expect(
      moveFormSchema.parse({
        day: '2026-12-19',
        startTime: '10:00',
        endTime: '12:00',
        overrideReason: 'Seoul asked for a Saturday',
      }).overrideReason,
    ).toBe('Seoul asked for a Saturday');
  });

  it('sends the title’s translations trimmed, those left empty left out', () => {
    expect(
      newSessionFormSchema.parse({
        ...newSession,
        titleTranslations: { ...noTranslations, ja: ' バンコク・ブランド × ソウル ', ko: '  ' },
      }).titleTranslations,
    ).toEqual({ ja: 'バンコク・ブランド × ソウル' });
    // A changed title sends every language at once: one emptied is removed.
    expect(
      titleFormSchema.parse({
        title: 'บางกอกแบรนด์',
        titleTranslations: { ...noTranslations, en: 'Bangkok Brand' },
      }),
    ).toEqual({ title: 'บางกอกแบรนด์', titleTranslations: { en: 'Bangkok Brand' } });
  });

  it('sends an item of the officer’s own with its translations, and the seed’s items with none', () => {
    const change = agendaFormSchema.parse({
      agenda: [
        { kind: 'introductions', title: '', titleTranslations: noTranslations, minutes: '15' },
        {
          kind: 'custom',
          title: 'การขนส่ง',
          titleTranslations: { ...noTranslations, ja: '物流', en: ' ' },
          minutes: '20',
        },
      ],
    });
    expect(change.agenda).toEqual([
      { kind: 'introductions', title: null, minutes: 15 },
      { kind: 'custom', title: 'การขนส่ง', titleTranslations: { ja: '物流' }, minutes: 20 },
    ]);
  });

  it('refuses a round past the year’s plan and a link the server would refuse, on their fields', () => {
    const result = newSessionFormSchema.safeParse({
      ...newSession,
      round: '13',
      meetingUrl: 'teams.microsoft.com/l/meetup-join',
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['round'], ['meetingUrl']]);
  });

  it('records a connection test without a time as none, its note trimmed', () => {
    expect(
      connectionTestFormSchema.parse({
        connectionTest: { on: '', time: '', result: 'passed', note: ' ชัดเจน ' },
      }),
    ).toEqual({ connectionTest: { at: null, result: 'passed', note: 'ชัดเจน' } });
  });

  it('records a connection test’s day and Bangkok time as one moment in UTC, and refuses a day without a time', () => {
    expect(
      connectionTestFormSchema.parse({
        connectionTest: { on: '2026-12-10', time: '10:30', result: 'passed', note: '' },
      }),
    ).toEqual({ connectionTest: { at: '2026-12-10T03:30:00.000Z', result: 'passed', note: null } });
    const dayOnly = connectionTestFormSchema.safeParse({
      connectionTest: { on: '2026-12-10', time: '', result: 'passed', note: '' },
    });
    expect(dayOnly.error?.issues.map((issue) => issue.path)).toEqual([['connectionTest', 'time']]);
  });

  it('adds up the agenda’s minutes, leaving out what is not a number yet, and refuses a 3-minute item', () => {
    const agenda = [
      { kind: 'introductions' as const, title: '', titleTranslations: noTranslations, minutes: '15' },
      { kind: 'custom' as const, title: 'ถาม-ตอบ', titleTranslations: noTranslations, minutes: 'x' },
    ];
    expect(agendaMinutes(agenda)).toBe(15);
    const result = agendaFormSchema.safeParse({ agenda: [{ ...agenda[0], minutes: '3' }] });
    expect(result.error?.issues[0]?.path).toEqual(['agenda', 0, 'minutes']);
  });
});

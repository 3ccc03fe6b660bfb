import { describe, expect, it } from 'vitest';
import {
  agendaFormSchema,
  agendaMinutes,
  connectionTestFormSchema,
  newSessionFormSchema,
  type NewSessionFormValues,
} from './session-form-values.ts';

const newSession: NewSessionFormValues = {
  partnerIds: ['3f6a9c2e-8b1d-4e7a-9c5f-2d8b6e4a1c7f'],
  title: ' Bangkok Brand × Seoul ',
  round: '',
  startsAt: '2026-12-15T13:00',
  endsAt: '2026-12-15T15:00',
  meetingUrl: '  ',
  overrideReason: '',
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
      connectionTestFormSchema.parse({ connectionTest: { at: '', result: 'passed', note: ' ชัดเจน ' } }),
    ).toEqual({ connectionTest: { at: null, result: 'passed', note: 'ชัดเจน' } });
  });

  it('adds up the agenda’s minutes, leaving out what is not a number yet, and refuses a 3-minute item', () => {
    const agenda = [
      { kind: 'introductions' as const, title: '', minutes: '15' },
      { kind: 'custom' as const, title: 'ถาม-ตอบ', minutes: 'x' },
    ];
    expect(agendaMinutes(agenda)).toBe(15);
    const result = agendaFormSchema.safeParse({ agenda: [{ ...agenda[0], minutes: '3' }] });
    expect(result.error?.issues[0]?.path).toEqual(['agenda', 0, 'minutes']);
  });
});

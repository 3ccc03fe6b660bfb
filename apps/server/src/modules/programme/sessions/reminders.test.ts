import { describe, expect, it } from 'vitest';
import { reminderDue } from './reminders.service.ts';

const start = new Date('2026-12-14T06:00:00Z');
const before = (minutes: number) => new Date(start.getTime() - minutes * 60_000);

describe('which reminder of a session is due', () => {
  it('is none more than a day before, and none once the session has started', () => {
    expect(reminderDue(start, before(24 * 60 + 1))).toBeNull();
    expect(reminderDue(start, start)).toBeNull();
    expect(reminderDue(start, before(-5))).toBeNull();
  });

  it('is the day’s from 24 hours before until the hour’s is due', () => {
    expect(reminderDue(start, before(24 * 60))).toBe('day');
    expect(reminderDue(start, before(61))).toBe('day');
  });

  it('is the hour’s in the last 60 minutes', () => {
    expect(reminderDue(start, before(60))).toBe('hour');
    expect(reminderDue(start, before(1))).toBe('hour');
  });
});

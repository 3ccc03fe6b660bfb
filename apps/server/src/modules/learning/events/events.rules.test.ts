import { describe, expect, it } from 'vitest';
import {
  canMoveTo,
  hasEventBegun,
  isCheckInOpen,
  statusOnRegistering,
  waitingPositions,
} from './events.rules.ts';

const session = { startsAt: new Date('2026-12-01T02:00:00Z'), endsAt: new Date('2026-12-01T05:00:00Z') };

describe('the events’ rules', () => {
  it('opens check-in 30 minutes before a session until its end', () => {
    expect(isCheckInOpen(session, new Date('2026-12-01T01:29:59Z'))).toBe(false);
    expect(isCheckInOpen(session, new Date('2026-12-01T01:30:00Z'))).toBe(true);
    expect(isCheckInOpen(session, new Date('2026-12-01T05:00:00Z'))).toBe(true);
    expect(isCheckInOpen(session, new Date('2026-12-01T05:00:01Z'))).toBe(false);
  });

  it('puts a registration past the capacity on the waiting list, numbered in order', () => {
    expect(statusOnRegistering(1, 2)).toBe('registered');
    expect(statusOnRegistering(2, 2)).toBe('waitlisted');
    const positions = waitingPositions([
      { id: 'a', status: 'registered' },
      { id: 'b', status: 'waitlisted' },
      { id: 'c', status: 'cancelled' },
      { id: 'd', status: 'waitlisted' },
    ]);
    expect([...positions]).toEqual([
      ['b', 1],
      ['d', 2],
    ]);
  });

  it('keeps a cancelled event cancelled', () => {
    expect(canMoveTo('draft', 'open')).toBe(true);
    expect(canMoveTo('closed', 'open')).toBe(true);
    expect(canMoveTo('cancelled', 'open')).toBe(false);
    expect(canMoveTo('open', 'draft')).toBe(false);
  });

  it('says an event began once its first session started', () => {
    expect(hasEventBegun([session], new Date('2026-12-01T01:59:00Z'))).toBe(false);
    expect(hasEventBegun([session], new Date('2026-12-01T02:00:00Z'))).toBe(true);
    expect(hasEventBegun([], new Date('2026-12-01T02:00:00Z'))).toBe(false);
  });
});

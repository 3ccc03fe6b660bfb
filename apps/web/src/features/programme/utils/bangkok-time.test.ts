import { describe, expect, it } from 'vitest';
import {
  bangkokDayTimeToUtc,
  bangkokInputToUtc,
  utcToBangkokDayTime,
  utcToBangkokInput,
} from './bangkok-time.ts';

describe('times typed on Bangkok’s clock', () => {
  it('reads 13:00 in Bangkok as 06:00 UTC, whatever the browser’s zone, and back', () => {
    expect(bangkokInputToUtc('2026-12-07T13:00')).toBe('2026-12-07T06:00:00.000Z');
    expect(utcToBangkokInput('2026-12-07T06:00:00.000Z')).toBe('2026-12-07T13:00');
    // Past midnight in Bangkok is the day before in UTC.
    expect(bangkokInputToUtc('2026-12-08T02:30')).toBe('2026-12-07T19:30:00.000Z');
  });

  it('answers null for what is not a time', () => {
    expect(bangkokInputToUtc('')).toBeNull();
    expect(bangkokInputToUtc('2026-13-40T99:00')).toBeNull();
  });

  it('joins a day and a time typed apart, and splits a moment back into them', () => {
    expect(bangkokDayTimeToUtc('2026-12-07', '13:00')).toBe('2026-12-07T06:00:00.000Z');
    expect(utcToBangkokDayTime('2026-12-07T19:30:00.000Z')).toEqual({ day: '2026-12-08', clock: '02:30' });
    expect(bangkokDayTimeToUtc('2026-12-07', '')).toBeNull();
    expect(bangkokDayTimeToUtc('2026-12', '13:00')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { barOf, monthsOf, positionOf } from './timeline.ts';

const fy2569 = { startDate: '2025-10-01', endDate: '2026-09-30' };

describe('the timeline of a fiscal year', () => {
  it('has twelve month columns from October to September that fill the year', () => {
    const months = monthsOf(fy2569.startDate, fy2569.endDate);
    expect(months.map((month) => month.start)).toEqual([
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
    ]);
    expect(months[0]?.left).toBe(0);
    expect(months.reduce((sum, month) => sum + month.width, 0)).toBeCloseTo(100, 6);
    // October has 31 of the year's 365 days.
    expect(months[0]?.width).toBeCloseTo((31 / 365) * 100, 6);
  });

  it('places a step of January on the January column, both ends included', () => {
    const january = monthsOf(fy2569.startDate, fy2569.endDate)[3];
    const bar = barOf(fy2569, '2026-01-01', '2026-01-31');
    expect(bar?.left).toBeCloseTo(january?.left ?? -1, 6);
    expect(bar?.width).toBeCloseTo(january?.width ?? -1, 6);
  });

  it('cuts a span running past the year to it, and drops one wholly outside', () => {
    expect(barOf(fy2569, '2026-09-15', '2026-10-15')).toMatchObject({ left: expect.any(Number) });
    const cut = barOf(fy2569, '2026-09-15', '2026-10-15');
    expect((cut?.left ?? 0) + (cut?.width ?? 0)).toBeCloseTo(100, 6);
    expect(barOf(fy2569, '2026-10-01', '2026-10-31')).toBeNull();
    expect(positionOf(fy2569, '2024-01-01')).toBeNull();
  });
});

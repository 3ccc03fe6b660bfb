import { describe, expect, it } from 'vitest';
import { availabilityOf, bangkokMoment, eventGainFigures, gainOf, scoreOf } from './tests.rules.ts';

const questions = [
  { id: 'q1', correctIndex: 0 },
  { id: 'q2', correctIndex: 2 },
  { id: 'q3', correctIndex: 1 },
  { id: 'q4', correctIndex: 3 },
];

describe('scoring a paper', () => {
  it('gives one point per correct choice, none for a wrong or missing one', () => {
    expect(scoreOf(questions, { q1: 0, q2: 2, q3: 0 })).toEqual({ score: 2, maxScore: 4 });
    expect(scoreOf(questions, {})).toEqual({ score: 0, maxScore: 4 });
  });
});

describe('a person’s normalised gain', () => {
  it('is (post − pre) / (max − pre): 4/10 before and 9/10 after is 5/6', () => {
    const gain = gainOf({ score: 4, maxScore: 10 }, { score: 9, maxScore: 10 });
    expect(gain).toMatchObject({ kind: 'gain', reachedTarget: true });
    expect(gain.kind === 'gain' && gain.value).toBeCloseTo(5 / 6, 10);
  });

  it('reaches the target at exactly 70%, and not just below it', () => {
    // 0/10 → 7/10: g = 0.7 exactly; 0/10 → 6/10: g = 0.6.
    expect(gainOf({ score: 0, maxScore: 10 }, { score: 7, maxScore: 10 })).toMatchObject({
      value: 0.7,
      reachedTarget: true,
    });
    expect(gainOf({ score: 0, maxScore: 10 }, { score: 6, maxScore: 10 })).toMatchObject({
      reachedTarget: false,
    });
    // 3/10 → 79/100 on a longer parallel test: (0.79 − 0.3) / 0.7 = 0.7 exactly, in whole numbers.
    expect(gainOf({ score: 3, maxScore: 10 }, { score: 79, maxScore: 100 })).toMatchObject({
      reachedTarget: true,
    });
  });

  it('is negative for someone who did worse', () => {
    const gain = gainOf({ score: 5, maxScore: 10 }, { score: 3, maxScore: 10 });
    expect(gain).toMatchObject({ kind: 'gain', value: -0.4, reachedTarget: false });
  });

  it('sets apart full marks before, and a test not taken', () => {
    expect(gainOf({ score: 10, maxScore: 10 }, { score: 8, maxScore: 10 })).toEqual({ kind: 'top_before' });
    expect(gainOf({ score: 10, maxScore: 10 }, null)).toEqual({ kind: 'top_before' });
    expect(gainOf({ score: 2, maxScore: 10 }, null)).toEqual({ kind: 'no_post' });
    expect(gainOf(null, { score: 9, maxScore: 10 })).toEqual({ kind: 'no_pre' });
  });
});

describe('the event’s figures', () => {
  it('averages the gains and counts the share at 70% over those with a gain only', () => {
    const gains = [
      gainOf({ score: 4, maxScore: 10 }, { score: 10, maxScore: 10 }), // 1.0
      gainOf({ score: 0, maxScore: 10 }, { score: 7, maxScore: 10 }), // 0.7
      gainOf({ score: 5, maxScore: 10 }, { score: 3, maxScore: 10 }), // −0.4, did worse
      gainOf({ score: 10, maxScore: 10 }, { score: 10, maxScore: 10 }), // full marks before
      gainOf({ score: 2, maxScore: 10 }, null), // no post-test
      gainOf(null, null), // registered, took nothing
    ];
    const figures = eventGainFigures(gains);
    expect(figures).toMatchObject({
      participants: 6,
      withGain: 3,
      topBefore: 1,
      incomplete: 2,
      reachedTarget: 2,
    });
    expect(figures.averageGain).toBeCloseTo((1 + 0.7 - 0.4) / 3, 10);
    expect(figures.shareReached).toBeCloseTo(2 / 3, 10);
  });

  it('has no average nor share when no one has a gain', () => {
    expect(eventGainFigures([gainOf(null, null)])).toMatchObject({ averageGain: null, shareReached: null });
  });
});

describe('when a test may be taken', () => {
  const opensAt = bangkokMoment('2026-12-01', '09:00');
  const closesAt = bangkokMoment('2026-12-01', '12:00');
  it('reads Bangkok times as UTC+7', () => {
    expect(opensAt.toISOString()).toBe('2026-12-01T02:00:00.000Z');
  });
  it('is closed until a manager opens it, then open within its times only', () => {
    const during = new Date('2026-12-01T03:00:00Z');
    expect(availabilityOf({ isOpen: false, opensAt, closesAt }, during)).toBe('closed');
    expect(availabilityOf({ isOpen: true, opensAt, closesAt }, during)).toBe('open');
    expect(availabilityOf({ isOpen: true, opensAt, closesAt }, new Date('2026-12-01T01:00:00Z'))).toBe(
      'not_yet_open',
    );
    expect(availabilityOf({ isOpen: true, opensAt, closesAt }, closesAt)).toBe('ended');
  });
});

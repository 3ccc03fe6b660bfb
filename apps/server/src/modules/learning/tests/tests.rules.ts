/**
 * The arithmetic of the tests before and after an event (decision 0057), pure: a paper's score, a
 * person's normalised gain, and the event's figures for seed 000's indicator 1 (the share of
 * participants whose knowledge rose by at least 70%).
 *
 * The gain of a person is Hake's normalised gain on the shares of the maximum, so that a parallel
 * post-test of another length compares fairly:
 *
 *   g = (post% − pre%) / (100% − pre%)  =  (post·preMax − pre·postMax) / (postMax · (preMax − pre))
 *
 * computed and compared in whole numbers (no rounding decides whether someone reached 70%).
 */

/** The share of the possible rise a person must make for the seed's indicator: 70%. */
export const GAIN_TARGET = { numerator: 7, denominator: 10 } as const;

export interface ScoredQuestion {
  id: string;
  correctIndex: number;
}

/** One point for each question whose chosen option is the correct one. */
export function scoreOf(
  questions: readonly ScoredQuestion[],
  answers: Readonly<Record<string, number>>,
): { score: number; maxScore: number } {
  let score = 0;
  for (const question of questions) if (answers[question.id] === question.correctIndex) score += 1;
  return { score, maxScore: questions.length };
}

export interface Score {
  score: number;
  maxScore: number;
}

/**
 * A person's gain:
 * - `gain`: both tests taken and room to rise before; `value` is g (negative when they did worse);
 * - `top_before`: full marks before — no room to rise, g is 0/0: shown apart, outside the figures;
 * - `no_pre` / `no_post`: a test not taken: no gain, outside the figures.
 */
export type Gain =
  | { kind: 'gain'; value: number; numerator: number; denominator: number; reachedTarget: boolean }
  | { kind: 'top_before' }
  | { kind: 'no_pre' }
  | { kind: 'no_post' };

export function gainOf(pre: Score | null, post: Score | null): Gain {
  if (!pre) return { kind: 'no_pre' };
  if (pre.score >= pre.maxScore) return { kind: 'top_before' };
  if (!post) return { kind: 'no_post' };
  const numerator = post.score * pre.maxScore - pre.score * post.maxScore;
  const denominator = post.maxScore * (pre.maxScore - pre.score);
  return {
    kind: 'gain',
    value: numerator / denominator,
    numerator,
    denominator,
    reachedTarget: numerator * GAIN_TARGET.denominator >= GAIN_TARGET.numerator * denominator,
  };
}

export interface EventGainFigures {
  /** Everyone counted: the registered participants and anyone else who took a test. */
  participants: number;
  /** Those with a gain: both tests taken and below full marks before (the share's denominator). */
  withGain: number;
  /** Full marks before: shown apart. */
  topBefore: number;
  /** A test not taken (and not at the top before). */
  incomplete: number;
  /** Those whose gain is at least 70%. */
  reachedTarget: number;
  /** The mean of the gains, or null when no one has one. */
  averageGain: number | null;
  /** reachedTarget / withGain, or null when no one has a gain. */
  shareReached: number | null;
}

export function eventGainFigures(gains: readonly Gain[]): EventGainFigures {
  let withGain = 0;
  let topBefore = 0;
  let reachedTarget = 0;
  let sum = 0;
  for (const gain of gains) {
    if (gain.kind === 'top_before') topBefore += 1;
    if (gain.kind !== 'gain') continue;
    withGain += 1;
    sum += gain.value;
    if (gain.reachedTarget) reachedTarget += 1;
  }
  return {
    participants: gains.length,
    withGain,
    topBefore,
    incomplete: gains.length - withGain - topBefore,
    reachedTarget,
    averageGain: withGain > 0 ? sum / withGain : null,
    shareReached: withGain > 0 ? reachedTarget / withGain : null,
  };
}

/** Where a test stands at a moment: closed by a manager, not yet open, open, or past its closing time. */
export type TestAvailability = 'closed' | 'not_yet_open' | 'open' | 'ended';

export function availabilityOf(
  test: { isOpen: boolean; opensAt: Date | null; closesAt: Date | null },
  now: Date,
): TestAvailability {
  if (test.closesAt && now >= test.closesAt) return 'ended';
  if (!test.isOpen) return 'closed';
  if (test.opensAt && now < test.opensAt) return 'not_yet_open';
  return 'open';
}

/** A Bangkok date and time of day (`YYYY-MM-DD`, `HH:MM`) as a moment: Bangkok keeps UTC+7 all year. */
export function bangkokMoment(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+07:00`);
}

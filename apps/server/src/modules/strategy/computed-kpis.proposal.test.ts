import { describe, expect, it } from 'vitest';
import { StrategyAnswerInputSchema, type StrategyComputedProposal } from '@bia/contracts';
import {
  keptOverrideReason,
  overrideProblems,
  proposedMeasure,
  snapshotOf,
  uncomputedKpis,
  withOverrideProblems,
} from './computed-kpis.proposal.ts';

const answer = (fields: Record<string, unknown>) => StrategyAnswerInputSchema.parse(fields);
const level3 = { fiscalYear: 2570, from: '2026-10-01', to: '2027-03-31', level: 3, value: null };
const count4 = { ...level3, level: null, value: 4 };

describe('what the platform proposes', () => {
  it('proposes a rubric KPI’s level and KPI 1.3.1’s count of activities', () => {
    const period = { fiscalYear: 2570, from: '2026-10-01', to: '2027-09-30' };
    expect(
      proposedMeasure({
        code: '2.3.1',
        ...period,
        sampleCount: 0,
        level: 2,
        networkKinds: [],
        activities: [],
        justifying: [],
      }),
    ).toEqual({ level: 2, value: null });
    expect(
      proposedMeasure({
        code: '1.3.1',
        ...period,
        sampleCount: 0,
        count: 4,
        areasCovered: [],
        hasContinuing: false,
        isContinuingRequired: true,
        isTargetMet: false,
        activities: [],
      }),
    ).toEqual({ level: null, value: 4 });
  });

  it('says KPI 3.2.1 cannot be computed without training records, and keeps nothing of such a proposal', () => {
    expect(uncomputedKpis['3.2.1']).toBe('no_training_records');
    const unavailable: StrategyComputedProposal = {
      code: '3.2.1',
      fiscalYear: 2570,
      from: '2026-10-01',
      to: '2027-03-31',
      isAvailable: false,
      unavailableReason: 'no_training_records',
      level: null,
      value: null,
      explanation: '…',
      kpi: null,
    };
    expect(snapshotOf(unavailable)).toBeNull();
    expect(snapshotOf({ ...unavailable, code: '2.3.1', isAvailable: true, level: 3 })).toEqual(level3);
  });
});

describe('confirming or overriding the proposal', () => {
  it('needs a reason at overrideReason when the level reported differs, and none when it agrees', () => {
    expect(overrideProblems(level3, answer({ levelReached: 2 }))).toEqual([
      {
        path: 'overrideReason',
        code: 'required',
        messageKey: 'strategy_computed:errors.override_reason_required',
      },
    ]);
    expect(overrideProblems(level3, answer({ levelReached: 2, overrideReason: '  ' }))).toHaveLength(1);
    expect(overrideProblems(level3, answer({ levelReached: 3 }))).toEqual([]);
    expect(
      overrideProblems(level3, answer({ levelReached: 2, overrideReason: 'A deal is not recorded' })),
    ).toEqual([]);
  });

  it('compares a number KPI’s value, and asks nothing of a report that gives no measure yet', () => {
    expect(overrideProblems(count4, answer({ value: 5 }))).toHaveLength(1);
    expect(overrideProblems(count4, answer({ value: 4 }))).toEqual([]);
    expect(overrideProblems(level3, answer({ narrative: 'Still counting' }))).toEqual([]);
    expect(overrideProblems(null, answer({ levelReached: 1 }))).toEqual([]);
  });

  it('treats a level reported above a proposal of 0 (no level holds) as an override', () => {
    expect(overrideProblems({ ...level3, level: 0 }, answer({ levelReached: 1 }))).toHaveLength(1);
  });

  it('keeps the reason only when the report overrides the proposal', () => {
    expect(keptOverrideReason(level3, answer({ levelReached: 4, overrideReason: 'Shipped in March' }))).toBe(
      'Shipped in March',
    );
    expect(keptOverrideReason(level3, answer({ levelReached: 3, overrideReason: 'Agrees' }))).toBeNull();
  });
});

describe('a report refused for its level', () => {
  it('is not asked a reason as well when its level is already refused', () => {
    const outOfRange = {
      path: 'levelReached',
      code: 'out_of_range',
      messageKey: 'strategy:errors.level_out_of_range',
    } as const;
    expect(withOverrideProblems([outOfRange], level3, answer({ levelReached: 6 }))).toEqual([outOfRange]);
    const narrative = {
      path: 'narrative',
      code: 'required',
      messageKey: 'strategy:errors.narrative_required',
    } as const;
    expect(
      withOverrideProblems([narrative], level3, answer({ levelReached: 2 })).map((item) => item.path),
    ).toEqual(['narrative', 'overrideReason']);
  });
});

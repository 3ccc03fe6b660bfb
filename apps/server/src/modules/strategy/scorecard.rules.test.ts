import { describe, expect, it } from 'vitest';
import {
  acceptedFigureOf,
  countStatuses,
  isFinalRound,
  judgeKpi,
  unjudgedReasonOf,
  yearSource,
  type KpiRoundReport,
  type LeadReport,
  type PlanTarget,
  type ScorecardRound,
} from './scorecard.rules.ts';

// FY2569 runs from 1 October 2025 to 30 September 2026.
const target = (
  value: number | null,
  asWritten = String(value),
  condition: string | null = null,
): PlanTarget => ({
  fiscal_year: 2569,
  value,
  as_written: asWritten,
  condition: condition ? { th: condition, en: condition, en_source: 'translation' } : null,
});
const sixMonth = (status = 'approved'): ScorecardRound => ({
  fiscalYear: 2569,
  kind: 'six_month',
  status,
  periodStart: '2025-10-01',
  periodEnd: '2026-03-31',
  createdAt: new Date('2026-03-01T00:00:00Z'),
});
const twelveMonth = (status = 'approved'): ScorecardRound => ({
  fiscalYear: 2569,
  kind: 'twelve_month',
  status,
  periodStart: '2025-10-01',
  periodEnd: '2026-09-30',
  createdAt: new Date('2026-09-01T00:00:00Z'),
});
const figure = (achieved: number) => ({ achieved, isAmendmentPending: false });
const report = (fields: Partial<LeadReport>): LeadReport => ({
  status: 'accepted',
  isAmendment: false,
  levelReached: null,
  value: null,
  replaced: null,
  ...fields,
});
const judge = (
  fields: Partial<Parameters<typeof judgeKpi>[0]> & Pick<Parameters<typeof judgeKpi>[0], 'today'>,
) => judgeKpi({ fiscalYear: 2569, target: target(4), figure: figure(4), round: sixMonth(), ...fields });

describe('the status of a KPI in a year', () => {
  it('is on track when the accepted level meets the target or does better, in any round', () => {
    expect(judge({ today: '2026-04-20' })).toEqual({
      status: 'on_track',
      unjudgedReason: null,
      isFinal: false,
    });
    expect(judge({ figure: figure(5), round: twelveMonth(), today: '2026-10-20' }).status).toBe('on_track');
  });

  it('is at risk when below the target in the six-month round while the year runs', () => {
    expect(judge({ figure: figure(3), today: '2026-04-20' })).toEqual({
      status: 'at_risk',
      unjudgedReason: null,
      isFinal: false,
    });
  });

  it('is at risk below the target in the twelve-month round until that round is approved', () => {
    expect(judge({ figure: figure(3), round: twelveMonth('open'), today: '2026-09-20' }).status).toBe(
      'at_risk',
    );
  });

  it("is missed below the target at the year's final approved round, or once the year is over", () => {
    expect(judge({ figure: figure(3), round: twelveMonth('approved'), today: '2026-09-20' })).toEqual({
      status: 'missed',
      unjudgedReason: null,
      isFinal: true,
    });
    // Only the six-month figure, and the year is over: it can no longer be met.
    expect(judge({ figure: figure(3), round: sixMonth(), today: '2026-10-01' }).status).toBe('missed');
  });

  it('counts a round whose period runs to 30 September as the final one', () => {
    const other: ScorecardRound = { ...sixMonth(), kind: 'other', periodEnd: '2026-09-30' };
    expect(isFinalRound(other)).toBe(true);
    expect(isFinalRound(sixMonth())).toBe(false);
    expect(judge({ figure: figure(1), round: other, today: '2026-09-30' }).status).toBe('missed');
  });

  it('is not reported without an accepted figure once the year has begun, and not due before', () => {
    expect(judge({ figure: null, round: null, today: '2026-01-10' })).toEqual({
      status: 'not_reported',
      unjudgedReason: null,
      isFinal: false,
    });
    expect(judge({ figure: null, round: null, today: '2026-10-10' })).toMatchObject({
      status: 'not_reported',
      isFinal: true,
    });
    expect(judge({ figure: null, round: null, today: '2025-09-30' }).status).toBe('not_due');
  });

  it('does not judge a conditional or policy-dependent target, nor one without a figure', () => {
    const policy = target(4, '4 (*ขึ้นอยู่กับนโยบายผู้บริหารระดับสูง)', 'ขึ้นอยู่กับนโยบายผู้บริหารระดับสูง');
    expect(judge({ target: policy, figure: figure(2), today: '2026-10-10' })).toEqual({
      status: 'not_judged',
      unjudgedReason: 'conditional',
      isFinal: true,
    });
    // Meeting the figure does not settle a condition either.
    const study = target(2, '2* ถ้าผลการศึกษาแล้วเสร็จเป็น 3', 'ถ้าผลการศึกษาแล้วเสร็จเป็น 3');
    expect(judge({ target: study, figure: figure(2), today: '2026-04-10' }).status).toBe('not_judged');
    expect(judge({ target: target(null, 'ขึ้นอยู่กับนโยบาย'), today: '2026-04-10' })).toMatchObject({
      status: 'not_judged',
      unjudgedReason: 'no_numeric_target',
    });
    // Unreported, a conditional target is simply not reported.
    expect(judge({ target: policy, figure: null, round: null, today: '2026-04-10' }).status).toBe(
      'not_reported',
    );
  });

  it('judges a figure whose footnote only says what it counts (no asterisk)', () => {
    const activities = target(3, '3 กิจกรรมต่อปี (1 กิจกรรมต่อด้าน)', '1 กิจกรรมต่อด้าน');
    expect(unjudgedReasonOf(activities)).toBeNull();
    expect(judge({ target: activities, figure: figure(3), today: '2026-04-10' }).status).toBe('on_track');
    expect(judge({ target: activities, figure: figure(2), today: '2026-04-10' }).status).toBe('at_risk');
  });
});

describe('the figure a lead report counts with', () => {
  it('is the accepted level of a rubric, or the accepted value of a number', () => {
    expect(acceptedFigureOf('rubric', report({ levelReached: 3, value: 9 }))).toEqual({
      achieved: 3,
      isAmendmentPending: false,
    });
    expect(acceptedFigureOf('percent', report({ value: 72.5 }))?.achieved).toBe(72.5);
  });

  it('is nothing for a draft, or a report submitted or returned that was never accepted', () => {
    for (const status of ['draft', 'submitted', 'returned'])
      expect(acceptedFigureOf('rubric', report({ status, levelReached: 4 }))).toBeNull();
    expect(acceptedFigureOf('rubric', null)).toBeNull();
  });

  it('is the accepted report an amendment replaces until the amendment is accepted', () => {
    const amending = report({
      status: 'submitted',
      isAmendment: true,
      levelReached: 5,
      replaced: { levelReached: 3, value: null },
    });
    expect(acceptedFigureOf('rubric', amending)).toEqual({ achieved: 3, isAmendmentPending: true });
    expect(acceptedFigureOf('rubric', { ...amending, status: 'returned' })?.achieved).toBe(3);
    expect(acceptedFigureOf('rubric', { ...amending, status: 'accepted' })).toEqual({
      achieved: 5,
      isAmendmentPending: false,
    });
  });
});

describe('the round that gives a year its figure', () => {
  const at = (round: ScorecardRound, achieved: number | null, name: string): KpiRoundReport<string> => ({
    round,
    target: target(4),
    figure: achieved === null ? null : figure(achieved),
    source: name,
  });

  it('is the approved twelve-month round, whatever came later', () => {
    const extra: ScorecardRound = { ...sixMonth('open'), kind: 'other', periodEnd: '2026-09-29' };
    expect(
      yearSource([at(sixMonth(), 2, 'six'), at(twelveMonth(), 4, 'twelve'), at(extra, 5, 'other')])?.source,
    ).toBe('twelve');
  });

  it('is else the latest round with an accepted figure', () => {
    expect(yearSource([at(sixMonth(), 2, 'six'), at(twelveMonth('open'), 3, 'twelve')])?.source).toBe(
      'twelve',
    );
    expect(yearSource([at(sixMonth(), 2, 'six'), at(twelveMonth('open'), null, 'twelve')])?.source).toBe(
      'six',
    );
    expect(yearSource([at(sixMonth('open'), null, 'six')])).toBeNull();
    expect(yearSource([])).toBeNull();
  });
});

describe('the totals of a year', () => {
  it('counts the KPIs in each status', () => {
    expect(countStatuses(['on_track', 'missed', 'on_track', 'not_judged'])).toEqual({
      on_track: 2,
      at_risk: 0,
      missed: 1,
      not_reported: 0,
      not_judged: 1,
      not_due: 0,
    });
  });
});

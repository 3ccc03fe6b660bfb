/**
 * The rules of the plan's scorecard (decision 0048), pure: which figure a KPI's lead report counts
 * with (an amendment not yet accepted counts as the accepted report it replaces), which round gives a
 * fiscal year its figure, whether a target can be judged at all, and the status of a KPI in a year.
 */
import type { ScorecardCounts, ScorecardStatus, ScorecardUnjudgedReason } from '@bia/contracts';
import { fiscalYearFromBuddhist } from '@bia/i18n';
import type { PlanKpi } from './plan-data.ts';

export type PlanTarget = PlanKpi['targets'][number];
export type MeasureKind = PlanKpi['measure']['kind'];

/**
 * Why a target cannot be judged, or null when it can: it has no figure ("depends on executive
 * policy" with nothing else), or the seed marks it conditional with its asterisk footnote ("2* — 3 if
 * the study is finished", "4 (*if the committee agrees)", "4 (*depends on executive policy)"). A
 * condition without the asterisk explains what the figure counts ("3 a year (1 in each area)") and
 * the figure is judged.
 */
export function unjudgedReasonOf(target: PlanTarget): ScorecardUnjudgedReason | null {
  if (target.value === null) return 'no_numeric_target';
  if (target.condition !== null && target.as_written.includes('*')) return 'conditional';
  return null;
}

/** The measure as a report gives it. */
export interface ReportedMeasure {
  levelReached: number | null;
  value: number | null;
}

/** A KPI's lead report in a round, as it stands, with what an amendment in progress replaced. */
export interface LeadReport extends ReportedMeasure {
  /** The submission's status: `draft`, `submitted`, `returned` or `accepted`. */
  status: string;
  isAmendment: boolean;
  /** For an amendment: the report before it (the latest `amended` review's `previous`). */
  replaced: ReportedMeasure | null;
}

/** The figure a report counts with: the accepted level or value. */
export interface AcceptedFigure {
  achieved: number;
  /** It is the accepted report an amendment (not accepted yet) would replace. */
  isAmendmentPending: boolean;
}

function figureOf(measure: MeasureKind, reported: ReportedMeasure): number | null {
  return measure === 'rubric' ? reported.levelReached : reported.value;
}

/**
 * The accepted figure of a lead report: the report's own once accepted; while an amendment is
 * submitted or returned, the accepted report it replaced (an approved round's figure does not vanish
 * because a correction is under review); otherwise none (a draft, a report submitted or returned
 * before it was ever accepted).
 */
export function acceptedFigureOf(measure: MeasureKind, report: LeadReport | null): AcceptedFigure | null {
  if (!report) return null;
  if (report.status === 'accepted') {
    const achieved = figureOf(measure, report);
    return achieved === null ? null : { achieved, isAmendmentPending: false };
  }
  if (report.isAmendment && report.replaced) {
    const achieved = figureOf(measure, report.replaced);
    return achieved === null ? null : { achieved, isAmendmentPending: true };
  }
  return null;
}

/** A round as the scorecard reads it. */
export interface ScorecardRound {
  fiscalYear: number;
  kind: string;
  /** `open` or `approved`. */
  status: string;
  periodStart: string;
  periodEnd: string;
  /** Orders two rounds with the same period end. */
  createdAt: Date;
}

/**
 * The year's final round: the twelve-month round, or a round whose period runs to the fiscal year's
 * last day (30 September).
 */
export function isFinalRound(round: ScorecardRound): boolean {
  return round.kind === 'twelve_month' || round.periodEnd >= fiscalYearFromBuddhist(round.fiscalYear).endDate;
}

/** A round's report on one KPI, with the target it is judged against (its plan version's). */
export interface KpiRoundReport<Source = unknown> {
  round: ScorecardRound;
  target: PlanTarget | null;
  figure: AcceptedFigure | null;
  /** What the caller wants back with it (the round's and item's ids…). */
  source: Source;
}

const later = (a: KpiRoundReport, b: KpiRoundReport) =>
  b.round.periodEnd.localeCompare(a.round.periodEnd) ||
  b.round.createdAt.getTime() - a.round.createdAt.getTime();

/**
 * The report that gives a year its figure: the approved final round's, when it has an accepted
 * figure; else the latest round (by the end of its period) with an accepted figure; else none.
 */
export function yearSource<Source>(
  reports: readonly KpiRoundReport<Source>[],
): KpiRoundReport<Source> | null {
  const reported = reports.filter((report) => report.figure !== null).sort(later);
  return (
    reported.find((report) => report.round.status === 'approved' && isFinalRound(report.round)) ??
    reported[0] ??
    null
  );
}

export interface Judgement {
  status: ScorecardStatus;
  unjudgedReason: ScorecardUnjudgedReason | null;
  /** The figure will not change: the final round is approved, or the year is over. */
  isFinal: boolean;
}

/**
 * A KPI's status in a fiscal year from the accepted figure of a round (null: nothing accepted),
 * judged on `today` (Bangkok's date, YYYY-MM-DD):
 * nothing accepted → `not_due` before the year begins, else `not_reported`; a target with no figure
 * or a conditional one → `not_judged`; the figure at or above the target → `on_track`; below it →
 * `missed` when the round is the year's final one and approved or the year is over, else `at_risk`.
 */
export function judgeKpi(input: {
  fiscalYear: number;
  target: PlanTarget | null;
  figure: AcceptedFigure | null;
  round: ScorecardRound | null;
  today: string;
}): Judgement {
  const year = fiscalYearFromBuddhist(input.fiscalYear);
  const isYearOver = input.today > year.endDate;
  const isFinal =
    isYearOver || (input.round !== null && input.round.status === 'approved' && isFinalRound(input.round));
  if (input.figure === null || input.round === null)
    return {
      status: input.today < year.startDate ? 'not_due' : 'not_reported',
      unjudgedReason: null,
      isFinal: isYearOver,
    };
  const reason = input.target ? unjudgedReasonOf(input.target) : 'no_numeric_target';
  if (reason !== null || input.target?.value == null)
    return { status: 'not_judged', unjudgedReason: reason ?? 'no_numeric_target', isFinal };
  if (input.figure.achieved >= input.target.value)
    return { status: 'on_track', unjudgedReason: null, isFinal };
  return { status: isFinal ? 'missed' : 'at_risk', unjudgedReason: null, isFinal };
}

/** The number of KPIs in each status. */
export function countStatuses(statuses: readonly ScorecardStatus[]): ScorecardCounts {
  const counts: ScorecardCounts = {
    on_track: 0,
    at_risk: 0,
    missed: 0,
    not_reported: 0,
    not_judged: 0,
    not_due: 0,
  };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * The plan of a year's trade programme, as seed 003 lays it out (§6.1 and the timeline table of
 * §6.2): the year is shared equally between its sessions, and within each share the steps follow one
 * another as in the seed's four months — letters first, then coordination, then the session and its
 * report in the last part. The steps done only before the first session come in the first share.
 * Pure functions: the service stores what they give, and people move the dates afterwards.
 */
import type { ProgrammeKpis, ProgrammeStepKind, ResponsibleUnit, StepStatus } from '@bia/contracts';
import { firstSessionOnlyStepKinds } from '@bia/contracts';
import { fiscalYearFromBuddhist } from '@bia/i18n';
import type { FieldProblem } from '../../../shared/errors.ts';
import { DAY_MS } from '../../../shared/time.ts';

interface StepTemplate {
  kind: ProgrammeStepKind;
  responsibleUnits: ResponsibleUnit[];
  /**
   * When in its session's share of the year the step is planned, as fractions of the share: the
   * seed's four months are quarters. The first session's letters wait for the approval; the later
   * sessions' letters open their share.
   */
  first: [number, number];
  later?: [number, number];
}

/** The steps in the seed's order, with the units its table names. */
const template: readonly StepTemplate[] = [
  { kind: 'study', responsibleUnits: ['iao'], first: [0, 0.25] },
  {
    kind: 'working_group',
    responsibleUnits: ['social_development', 'strategy_evaluation', 'iao'],
    first: [0, 0.25],
  },
  { kind: 'approval', responsibleUnits: ['iao'], first: [0.25, 0.5] },
  {
    kind: 'inquiry_letters',
    responsibleUnits: ['iao', 'partner_city'],
    first: [0.25, 0.5],
    later: [0, 0.25],
  },
  {
    kind: 'circulate_order',
    responsibleUnits: ['social_development', 'strategy_evaluation'],
    first: [0.5, 0.75],
  },
  {
    kind: 'coordinate',
    responsibleUnits: ['social_development', 'strategy_evaluation'],
    first: [0.5, 0.75],
    later: [0.25, 0.75],
  },
  {
    kind: 'agree_and_test',
    responsibleUnits: ['iao', 'partner_city'],
    first: [0.5, 0.75],
    later: [0.25, 0.75],
  },
  { kind: 'hold_session', responsibleUnits: ['bma', 'partner_city'], first: [0.75, 1] },
  { kind: 'report', responsibleUnits: ['iao'], first: [0.75, 1] },
];

export interface PlannedStep {
  kind: ProgrammeStepKind;
  round: number;
  position: number;
  responsibleUnits: ResponsibleUnit[];
  isFirstSessionOnly: boolean;
  plannedStart: string;
  plannedEnd: string;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day a point of the fiscal year falls on, the point counted in months from 1 October
 * (fractions of a month in that month's days): 0 is 1 October, 4 is 1 February, 12 the day after
 * 30 September. Calendar months keep the plan on the seed table's month columns.
 */
function dayAtMonth(yearStart: string, months: number): string {
  const whole = Math.floor(months);
  const start = new Date(`${yearStart}T00:00:00Z`);
  const monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + whole, 1);
  const nextMonthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + whole + 1, 1);
  const daysInMonth = Math.round((nextMonthStart - monthStart) / DAY_MS);
  const day = monthStart + Math.round((months - whole) * daysInMonth) * DAY_MS;
  return new Date(day).toISOString().slice(0, 10);
}

/** The steps of the sessions `from` to `to` of a year planned for `plannedSessions`. */
export function planSteps(
  fiscalYear: number,
  plannedSessions: number,
  rounds: { from: number; to: number } = { from: 1, to: plannedSessions },
): PlannedStep[] {
  const { startDate } = fiscalYearFromBuddhist(fiscalYear);
  const shareMonths = 12 / plannedSessions;
  const steps: PlannedStep[] = [];
  for (let round = rounds.from; round <= rounds.to; round += 1) {
    const shareStart = (round - 1) * shareMonths;
    for (const [position, step] of template.entries()) {
      const isFirstSessionOnly = firstSessionOnlyStepKinds.includes(step.kind);
      if (isFirstSessionOnly && round !== 1) continue;
      const [from, to] = round === 1 ? step.first : (step.later ?? step.first);
      const plannedStart = dayAtMonth(startDate, shareStart + from * shareMonths);
      const dayAfter = dayAtMonth(startDate, shareStart + to * shareMonths);
      steps.push({
        kind: step.kind,
        round,
        position,
        responsibleUnits: step.responsibleUnits,
        isFirstSessionOnly,
        plannedStart,
        plannedEnd: dayAfter > plannedStart ? addDays(dayAfter, -1) : plannedStart,
      });
    }
  }
  return steps;
}

interface StepState {
  status: StepStatus;
  plannedEnd: string;
}

/** A step still open (not done, not skipped) after the day its plan ends. */
export function isOverdue(step: StepState, today: string): boolean {
  return (step.status === 'not_started' || step.status === 'in_progress') && step.plannedEnd < today;
}

/**
 * The seed's output KPIs (§9.1.1): sessions held and reports delivered, read from the steps "hold the
 * session" and "report" marked done, against the number planned.
 */
export function kpisOf(
  steps: readonly (StepState & { kind: ProgrammeStepKind })[],
  plannedSessions: number,
  today: string,
): ProgrammeKpis {
  const done = (kind: ProgrammeStepKind) =>
    steps.filter((step) => step.kind === kind && step.status === 'done').length;
  return {
    sessionsPlanned: plannedSessions,
    sessionsHeld: done('hold_session'),
    reportsDelivered: done('report'),
    overdueSteps: steps.filter((step) => isOverdue(step, today)).length,
  };
}

interface StepDates {
  status: StepStatus;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

/**
 * What is wrong with a step's dates and status: an end before its start (planned or actual), a step
 * done with no actual end, an actual date still to come.
 */
export function stepProblems(step: StepDates, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (step.plannedEnd < step.plannedStart)
    problems.push({
      path: 'plannedEnd',
      code: 'before_start',
      messageKey: 'programme:errors.end_before_start',
    });
  if (step.actualStart && step.actualEnd && step.actualEnd < step.actualStart)
    problems.push({
      path: 'actualEnd',
      code: 'before_start',
      messageKey: 'programme:errors.end_before_start',
    });
  if (step.status === 'done' && !step.actualEnd)
    problems.push({ path: 'actualEnd', code: 'required', messageKey: 'programme:errors.done_needs_end' });
  for (const path of ['actualStart', 'actualEnd'] as const) {
    const value = step[path];
    if (value && value > today)
      problems.push({ path, code: 'in_future', messageKey: 'programme:errors.actual_in_future' });
  }
  return problems;
}

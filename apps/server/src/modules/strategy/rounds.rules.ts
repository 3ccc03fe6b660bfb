/**
 * The rules of the plan's progress rounds (decision 0043), pure: a round's default period, the items
 * a plan version gives a round, what a unit may report on an item, and whether a report is late.
 */
import type { StrategyAnswerInput, StrategyItemKind, StrategyRoundKind } from '@bia/contracts';
import type { FieldProblem } from '../../shared/errors.ts';
import type { PlanDocument, PlanKpi, PlanUnit } from './plan-data.ts';

export { IAO_UNIT_CODE } from '../liaison/index.ts';

/**
 * The period of a round of a Buddhist-era fiscal year (1 October – 30 September): the six months
 * October–March, or the twelve months.
 */
export function defaultRoundPeriod(
  fiscalYear: number,
  kind: Exclude<StrategyRoundKind, 'other'>,
): { periodStart: string; periodEnd: string } {
  const endYear = fiscalYear - 543;
  return {
    periodStart: `${endYear - 1}-10-01`,
    periodEnd: kind === 'six_month' ? `${endYear}-03-31` : `${endYear}-09-30`,
  };
}

export interface PlannedItem {
  itemKind: StrategyItemKind;
  itemCode: string;
  leadUnitCode: string;
  supportingUnitCodes: string[];
}

/**
 * Whether a unit code is a district office's: the directory gives the 50 district offices their
 * 4-digit codes (1001–1050), departments and offices 8 digits.
 */
export const isDistrictOfficeCode = (code: string) => /^\d{4}$/.test(code);

/** The seed's name for the group of all district offices ("สำนักงานเขต"), which the round resolves. */
export const DISTRICT_OFFICES_GROUP = 'สำนักงานเขต';

/**
 * The directory units a plan's unit list names: its units, and every district office where it names
 * the district offices as a group. The wider groups ("the departments, district offices and agencies
 * concerned") name no one in particular and stay unresolved.
 */
const directoryCodes = (units: readonly PlanUnit[], districtCodes: readonly string[] = []) =>
  units.flatMap((unit) => {
    if (unit.kind === 'unit') return [unit.code];
    if (unit.kind === 'group' && unit.name.th === DISTRICT_OFFICES_GROUP) return [...districtCodes];
    return [];
  });

/**
 * Every KPI and project of the plan, each assigned to its lead unit: a KPI's first lead unit that is
 * a directory unit (its other lead units and its supporting units contribute); a project's, the lead
 * of its first KPI (the units of its other KPIs contribute). A KPI whose leads are all groups or
 * bodies outside the BMA has no unit to report it and gives no item. Where a KPI names the district
 * offices as supporting units, each of `districtCodes` contributes.
 */
export function roundItemsOf(document: PlanDocument, districtCodes: readonly string[] = []): PlannedItem[] {
  const items: PlannedItem[] = [];
  const kpiUnits = new Map<string, string[]>();
  for (const strategy of document.strategies) {
    for (const tactic of strategy.tactics) {
      for (const kpi of tactic.kpis) {
        const units = [
          ...new Set([
            ...directoryCodes(kpi.lead_units),
            ...directoryCodes(kpi.supporting_units, districtCodes),
          ]),
        ];
        const [lead] = directoryCodes(kpi.lead_units);
        if (!lead) continue;
        kpiUnits.set(kpi.code, [lead, ...units.filter((code) => code !== lead)]);
        items.push({
          itemKind: 'kpi',
          itemCode: kpi.code,
          leadUnitCode: lead,
          supportingUnitCodes: units.filter((code) => code !== lead),
        });
      }
      for (const project of tactic.projects) {
        const units = [...new Set(project.kpi_codes.flatMap((code) => kpiUnits.get(code) ?? []))];
        const [lead] = units;
        if (!lead) continue;
        items.push({
          itemKind: 'project',
          itemCode: project.code,
          leadUnitCode: lead,
          supportingUnitCodes: units.slice(1),
        });
      }
    }
  }
  return items;
}

/** How an item is measured, as its reports are checked. */
export type ItemMeasure =
  { kind: 'rubric'; levels: number } | { kind: 'number' } | { kind: 'percent' } | { kind: 'project' };

export function kpiMeasure(kpi: PlanKpi): ItemMeasure {
  if (kpi.measure.kind === 'rubric') return { kind: 'rubric', levels: kpi.measure.levels.length };
  return { kind: kpi.measure.kind };
}

const problem = (
  path: string,
  code: string,
  messageKey: FieldProblem['messageKey'],
  params?: FieldProblem['params'],
): FieldProblem => ({ path, code, messageKey, ...(params ? { params } : {}) });

/**
 * What is wrong with a report for an item: a field of the other kind of item, a level outside the
 * rubric, a value for a rubric or a level for a number, a percentage over 100; when submitted, the
 * lead's measure (or a project's status) and a contribution's narrative are required.
 */
export function answerProblems(
  measure: ItemMeasure,
  answer: StrategyAnswerInput,
  options: { isSubmitting: boolean; isLead: boolean },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (measure.kind === 'project') {
    if (answer.levelReached !== null)
      problems.push(problem('levelReached', 'not_applicable', 'strategy:errors.kpi_field_on_project'));
    if (answer.value !== null)
      problems.push(problem('value', 'not_applicable', 'strategy:errors.kpi_field_on_project'));
    if (options.isSubmitting && options.isLead && answer.projectStatus === null)
      problems.push(problem('projectStatus', 'required', 'strategy:errors.project_status_required'));
  } else {
    const projectFields = [
      ['projectStatus', answer.projectStatus !== null],
      ['progressPercent', answer.progressPercent !== null],
      ['budgetPlanned', answer.budgetPlanned !== null],
      ['budgetSpent', answer.budgetSpent !== null],
      ['milestones', answer.milestones.length > 0],
    ] as const;
    for (const [path, isGiven] of projectFields)
      if (isGiven) problems.push(problem(path, 'not_applicable', 'strategy:errors.project_field_on_kpi'));
    if (measure.kind === 'rubric') {
      if (answer.value !== null)
        problems.push(problem('value', 'wrong_kind', 'strategy:errors.value_wrong_kind'));
      if (answer.levelReached !== null && (answer.levelReached < 1 || answer.levelReached > measure.levels))
        problems.push(
          problem('levelReached', 'out_of_range', 'strategy:errors.level_out_of_range', {
            max: measure.levels,
          }),
        );
    } else {
      if (answer.levelReached !== null)
        problems.push(problem('levelReached', 'wrong_kind', 'strategy:errors.level_wrong_kind'));
      if (answer.value !== null && answer.value < 0)
        problems.push(problem('value', 'too_small', 'strategy:errors.value_negative'));
      else if (measure.kind === 'percent' && answer.value !== null && answer.value > 100)
        problems.push(problem('value', 'too_big', 'strategy:errors.percent_over_100'));
    }
    const hasMeasure = measure.kind === 'rubric' ? answer.levelReached !== null : answer.value !== null;
    if (options.isSubmitting && options.isLead && !hasMeasure)
      problems.push(
        problem(
          measure.kind === 'rubric' ? 'levelReached' : 'value',
          'required',
          'strategy:errors.measure_required',
        ),
      );
  }
  if (options.isSubmitting && !options.isLead && answer.narrative.length === 0)
    problems.push(problem('narrative', 'required', 'strategy:errors.narrative_required'));
  return problems;
}

/** The lead has not submitted the item (not started, a draft, or returned to it). */
export function isAwaitingReport(status: string): boolean {
  return status === 'not_started' || status === 'draft' || status === 'returned';
}

/** An item is late once its deadline has passed (Bangkok's date) while its lead has not submitted. */
export function isItemLate(status: string, deadline: string, today: string): boolean {
  return today > deadline && isAwaitingReport(status);
}

/** Days from `today` to `deadline` (both ISO dates): 0 on the day, negative once it has passed. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * An item is due soon in the deadline's last week (from the week's reminder to the day itself) while
 * its lead has not submitted: the round's page lists its unit with those to chase before it is late.
 */
export function isItemDueSoon(status: string, deadline: string, today: string): boolean {
  const left = daysUntil(deadline, today);
  return left >= 0 && left <= 7 && isAwaitingReport(status);
}

export const strategyReminderKinds = ['week_before', 'two_days_before', 'overdue'] as const;
export type StrategyReminderKind = (typeof strategyReminderKinds)[number];

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The reminder due on `today` for a round with this deadline, opened on `openedOn`: the week's from
 * seven days before the deadline until the two days' is due, the two days' from two days before until
 * the deadline, and the overdue one from the day after. A reminder whose day came before the round was
 * opened is not sent, and the week's is not sent late once the two days' is due.
 */
export function strategyReminderDue(
  round: { deadline: string; openedOn: string },
  today: string,
): StrategyReminderKind | null {
  if (today > round.deadline) return 'overdue';
  const twoDaysFrom = shiftDay(round.deadline, -2);
  const weekFrom = shiftDay(round.deadline, -7);
  if (today >= twoDaysFrom) return round.openedOn < twoDaysFrom ? 'two_days_before' : null;
  if (today >= weekFrom) return round.openedOn < weekFrom ? 'week_before' : null;
  return null;
}

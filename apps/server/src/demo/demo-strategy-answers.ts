/**
 * What the demo's IAO officer reports on an item of the strategic plan (demo-strategy.ts): for a KPI
 * the level or value reached against the year's target, for a project its status, progress, budget and
 * milestones, each with its narrative (demo-strategy-content.ts).
 */
import type { StrategyAnswerInput } from '@bia/contracts';
import type { PlanDocument } from '../modules/strategy/plan-data.ts';
import { findKpi } from '../modules/strategy/strategy.plan.ts';
import {
  evidenceSites,
  IAO_OFFICER_COUNT,
  overrideReasons,
  SAMPLE_MARK,
  type ByReport,
  type KpiStory,
} from './demo-strategy-content.ts';
import { projectMilestones, type ProjectStory } from './demo-strategy-projects.ts';

/** Which of the year's reports: last year's six or twelve months, or this year's six months. */
export type Report = keyof ByReport<unknown>;

export const emptyAnswer: StrategyAnswerInput = {
  levelReached: null,
  value: null,
  narrative: '',
  projectStatus: null,
  progressPercent: null,
  budgetPlanned: null,
  budgetSpent: null,
  milestones: [],
  evidenceLinks: [],
  overrideReason: null,
};

/** The year's target of a KPI (the year before's, where the plan gives none). */
function targetOf(document: PlanDocument, code: string, fiscalYear: number): number {
  const targets = findKpi(document, code)?.kpi.targets ?? [];
  const known = targets.filter((target) => target.value !== null && target.fiscal_year <= fiscalYear);
  return known.at(-1)?.value ?? 1;
}

/** The lead's report on a KPI: the level or value reached against the year's target, and what was done. */
export function kpiAnswer(
  document: PlanDocument,
  story: KpiStory,
  fiscalYear: number,
  report: Report,
  correction?: { officersAdded: number; narrative: string },
): StrategyAnswerInput {
  const { kpi } = findKpi(document, story.code) ?? {};
  if (!kpi) throw new Error(`the plan has no KPI ${story.code}`);
  const target = targetOf(document, story.code, fiscalYear);
  const offset = story.offset[report];
  const year = `ปีงบประมาณ พ.ศ. ${fiscalYear}`;
  let measure: Pick<StrategyAnswerInput, 'levelReached' | 'value'>;
  let summary: string;
  if (kpi.measure.kind === 'rubric') {
    const level = Math.min(Math.max(target + offset, 1), kpi.measure.levels.length);
    measure = { levelReached: level, value: null };
    summary = `ผลการดำเนินงานอยู่ที่ระดับ ${level} (ค่าเป้าหมาย${year} ระดับ ${target})`;
  } else if (kpi.measure.kind === 'percent') {
    const officers =
      Math.round((target * IAO_OFFICER_COUNT) / 100) + offset + (correction?.officersAdded ?? 0);
    const percent = Math.round((officers * 100) / IAO_OFFICER_COUNT);
    measure = { levelReached: null, value: percent };
    summary = `ร้อยละ ${percent} (${officers} จาก ${IAO_OFFICER_COUNT} ราย; ค่าเป้าหมาย${year} ร้อยละ ${target})`;
  } else {
    const value = Math.max(target + offset, 0);
    measure = { levelReached: null, value };
    summary = `ผลการดำเนินงาน ${value} ${kpi.measure.unit.th.replace(/ต่อปี$/, '')} (ค่าเป้าหมาย${year} ${target} ${kpi.measure.unit.th})`;
  }
  return {
    ...emptyAnswer,
    ...measure,
    narrative: `${summary} ${correction?.narrative ?? story.narrative[report]}${SAMPLE_MARK}`,
    evidenceLinks: report === 'half' ? [] : (story.links ?? []).map((site) => ({ ...evidenceSites[site] })),
    overrideReason: overrideReasons[story.code] ?? null,
  };
}

/** The lead's report on a project: its status, progress, budget and milestones. */
export function projectAnswer(
  story: ProjectStory,
  index: number,
  fiscalYear: number,
  report: Report,
): StrategyAnswerInput {
  const endYear = fiscalYear - 543;
  const isFull = report === 'full';
  const status = isFull ? story.lastYear.status : 'in_progress';
  const progress = isFull ? story.lastYear.progress : 35 + ((index * 7) % 4) * 5;
  const spentShare = isFull ? (status === 'done' ? 0.96 : progress / 100) : (progress - 5) / 100;
  const milestones = projectMilestones.map((milestone, n) => ({
    text: milestone.text,
    due: `${n === 0 ? endYear - 1 : endYear}-${milestone.due}`,
    done: n === 0 || (isFull && (status === 'done' || n === 1)),
  }));
  return {
    ...emptyAnswer,
    narrative: `${story.narrative[isFull ? 'full' : 'half']}${SAMPLE_MARK}`,
    projectStatus: status,
    progressPercent: progress,
    budgetPlanned: story.budget,
    budgetSpent: Math.round((story.budget * spentShare) / 1000) * 1000,
    milestones,
    evidenceLinks: isFull && status === 'done' ? [{ ...evidenceSites.iao }] : [],
  };
}

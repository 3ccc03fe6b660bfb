/**
 * The plan's progress as its pages read it (issue 15, decision 0059): a KPI's reports in every round
 * (its page), each project's latest report (the strategy map), and the liaison network's coverage as
 * supporting evidence under tactic 2.3 (the map and KPI 2.3.1's page).
 */
import { z } from 'zod';
import { unitKinds } from '../liaison/liaison.contracts.ts';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import {
  StrategyAnswerSchema,
  StrategyEvidenceFileSchema,
  StrategyItemMeasureSchema,
  StrategyItemStatusSchema,
  StrategyProjectStatusSchema,
  StrategyRoundKindSchema,
  StrategyRoundStatusSchema,
  StrategySubmissionStatusSchema,
  StrategyUnitNameSchema,
} from './rounds.contracts.ts';
import { PlanShownTextSchema } from './strategy.contracts.ts';

/** A round as a KPI's or a project's report names it. */
export const StrategyProgressRoundSchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  kind: StrategyRoundKindSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  status: StrategyRoundStatusSchema,
  /** The plan version the round reported against. */
  planVersion: z.number().int(),
});
export type StrategyProgressRound = z.infer<typeof StrategyProgressRoundSchema>;

/** A unit's report on the KPI in one round: the lead's, or a supporter's contribution. */
export const StrategyKpiReportSchema = StrategyAnswerSchema.extend({
  unit: StrategyUnitNameSchema,
  role: z.enum(['lead', 'supporting']),
  status: StrategySubmissionStatusSchema,
  /** A correction after the round was approved (what it replaced is on the item's page). */
  isAmendment: z.boolean(),
  submittedAt: TimestampSchema.nullable(),
  /** The files uploaded as evidence, oldest first; downloaded through the round item's path. */
  files: z.array(StrategyEvidenceFileSchema),
});
export type StrategyKpiReport = z.infer<typeof StrategyKpiReportSchema>;

/** The KPI's item in one round, with the reports the reader may see (the lead's first). */
export const StrategyKpiRoundReportsSchema = z.object({
  round: StrategyProgressRoundSchema,
  itemId: z.uuid(),
  itemStatus: StrategyItemStatusSchema,
  /** How the KPI was measured in the round's plan version. */
  measure: StrategyItemMeasureSchema,
  /** The rubric's sentences (and a counted KPI's unit) in the round's plan version. */
  levels: z.array(z.object({ level: z.number().int(), text: PlanShownTextSchema.nullable() })),
  unit: PlanShownTextSchema.nullable(),
  reports: z.array(StrategyKpiReportSchema),
});
export type StrategyKpiRoundReports = z.infer<typeof StrategyKpiRoundReportsSchema>;

/**
 * Every round's item of the KPI, newest period first. A report not yet submitted (a draft) is shown
 * only to the unit that writes it.
 */
export const StrategyKpiReportListSchema = z.object({
  code: z.string(),
  rounds: z.array(StrategyKpiRoundReportsSchema),
});
export type StrategyKpiReportList = z.infer<typeof StrategyKpiReportListSchema>;

/** A project's latest report that was submitted or accepted (returned and draft ones do not count). */
export const StrategyProjectProgressSchema = z.object({
  code: z.string(),
  round: StrategyProgressRoundSchema,
  itemId: z.uuid(),
  submissionStatus: z.enum(['submitted', 'accepted']),
  isAmendment: z.boolean(),
  projectStatus: StrategyProjectStatusSchema.nullable(),
  progressPercent: z.number().int().nullable(),
});
export type StrategyProjectProgress = z.infer<typeof StrategyProjectProgressSchema>;

/** The projects with such a report, by code; a project not listed has not been reported. */
export const StrategyProjectProgressListSchema = z.object({
  items: z.array(StrategyProjectProgressSchema),
});
export type StrategyProjectProgressList = z.infer<typeof StrategyProjectProgressListSchema>;

/**
 * The liaison network's coverage (the units that name at least one liaison officer, seed 000) as
 * supporting evidence of the plan: where it is shown (a tactic, a KPI), overall and by kind of unit.
 */
export const StrategyLiaisonCoverageSchema = z.object({
  tacticCode: z.string(),
  kpiCode: z.string(),
  units: z.number().int(),
  covered: z.number().int(),
  /** Covered only by sample records (demo mode): the real unit still has nobody. */
  coveredBySampleOnly: z.number().int(),
  byKind: z.array(z.object({ kind: z.enum(unitKinds), units: z.number().int(), covered: z.number().int() })),
});
export type StrategyLiaisonCoverage = z.infer<typeof StrategyLiaisonCoverageSchema>;

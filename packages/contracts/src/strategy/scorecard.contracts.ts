/**
 * The plan's scorecard (issue 15, decision 0048): every KPI of a plan version × each fiscal year of
 * the plan — the year's target, the level or value achieved in the accepted report of that year's
 * round, and its status in words (on track, at risk, missed, not reported, not judged, not due yet).
 */
import { z } from 'zod';
import { IsoDateSchema } from '../shared/common.ts';
import { StrategyRoundKindSchema, StrategyRoundStatusSchema } from './rounds.contracts.ts';
import {
  PlanMeasureViewSchema,
  PlanShownTextSchema,
  PlanTargetViewSchema,
  PlanVersionInfoSchema,
} from './strategy.contracts.ts';

/**
 * A KPI's status in a fiscal year:
 * - `on_track`: the accepted level or value meets the target or does better;
 * - `at_risk`: below the target, but the year's figure is not final (a six-month round, the year not over);
 * - `missed`: below the target at the year's final approved round, or once the year is over;
 * - `not_reported`: no accepted report for the year (and the year has begun);
 * - `not_judged`: reported, but the target is conditional or has no figure (the seed's footnotes) — shown
 *   with the target's words, never judged by guess;
 * - `not_due`: the year has not begun and nothing is reported.
 */
export const scorecardStatuses = [
  'on_track',
  'at_risk',
  'missed',
  'not_reported',
  'not_judged',
  'not_due',
] as const;
export const ScorecardStatusSchema = z.enum(scorecardStatuses);
export type ScorecardStatus = z.infer<typeof ScorecardStatusSchema>;

/** Why a target is not judged: it has no figure, or the seed makes it conditional (its `*` footnote). */
export const scorecardUnjudgedReasons = ['no_numeric_target', 'conditional'] as const;
export const ScorecardUnjudgedReasonSchema = z.enum(scorecardUnjudgedReasons);
export type ScorecardUnjudgedReason = z.infer<typeof ScorecardUnjudgedReasonSchema>;

export const ScorecardQuerySchema = z.object({
  planVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The version number of the plan in force; its current version when absent'),
});
export type ScorecardQuery = z.infer<typeof ScorecardQuerySchema>;

/** The round whose accepted report gave a year's figure, and the round item to open for it. */
export const ScorecardSourceSchema = z.object({
  roundId: z.uuid(),
  itemId: z.uuid(),
  kind: StrategyRoundKindSchema,
  roundStatus: StrategyRoundStatusSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  /** The plan version the round reported against (its target is the one judged). */
  planVersion: z.number().int(),
  /** The report is being amended: the figure is the accepted one it replaces, until the amendment is accepted. */
  isAmendmentPending: z.boolean(),
});
export type ScorecardSource = z.infer<typeof ScorecardSourceSchema>;

export const ScorecardCellSchema = z.object({
  /** Buddhist era. */
  fiscalYear: z.number().int(),
  /** The target judged: the year's target in the version the round reported against (else this version's). */
  target: PlanTargetViewSchema.nullable(),
  /** The level reached (a rubric) or the value (a number, a percentage); null when nothing is accepted. */
  achieved: z.number().nullable(),
  status: ScorecardStatusSchema,
  /** Set when `status` is `not_judged`. */
  unjudgedReason: ScorecardUnjudgedReasonSchema.nullable(),
  /** The year's figure will not change: its final round is approved, or the year is over. */
  isFinal: z.boolean(),
  source: ScorecardSourceSchema.nullable(),
});
export type ScorecardCell = z.infer<typeof ScorecardCellSchema>;

export const ScorecardRowSchema = z.object({
  code: z.string(),
  name: PlanShownTextSchema,
  measure: PlanMeasureViewSchema,
  tactic: z.object({ code: z.string(), name: PlanShownTextSchema }),
  strategy: z.object({ number: z.number().int(), name: PlanShownTextSchema }),
  /** One per fiscal year of the plan, in order. */
  cells: z.array(ScorecardCellSchema),
});
export type ScorecardRow = z.infer<typeof ScorecardRowSchema>;

const count = z.number().int().min(0);
export const ScorecardCountsSchema = z.object({
  on_track: count,
  at_risk: count,
  missed: count,
  not_reported: count,
  not_judged: count,
  not_due: count,
});
export type ScorecardCounts = z.infer<typeof ScorecardCountsSchema>;

export const StrategyScorecardSchema = z.object({
  planKey: z.string(),
  planTitle: PlanShownTextSchema,
  version: PlanVersionInfoSchema,
  /** Buddhist era: the fiscal year today falls in. */
  currentFiscalYear: z.number().int(),
  /** Bangkok's date the statuses were judged on. */
  asOf: IsoDateSchema,
  years: z.array(z.number().int()),
  rows: z.array(ScorecardRowSchema),
  /** Per fiscal year, the number of KPIs in each status. */
  totals: z.array(z.object({ fiscalYear: z.number().int(), counts: ScorecardCountsSchema })),
});
export type StrategyScorecard = z.infer<typeof StrategyScorecardSchema>;

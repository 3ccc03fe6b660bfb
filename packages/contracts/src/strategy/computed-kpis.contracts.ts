/**
 * The KPIs of the strategic plan the platform computes from its own records (issue 15): KPI 1.1.1 from
 * the deals of the trade programme (decision 0030), KPI 1.3.1 from the areas and continuity of the
 * partner activities, KPI 2.3.1 from the BMA's part in the activities of international networks. Each
 * answer carries the records behind it. In a progress round the value is offered to the unit as a
 * proposal, which it confirms or overrides with a reason (decision 0050).
 */
import { z } from 'zod';
import { PlanLevelSchema } from '../outcomes/kpis.contracts.ts';
import { BmaRoleSchema, EngagementAreaSchema, PartnerKindSchema } from '../partners/partners.contracts.ts';
import { IsoDateSchema } from '../shared/common.ts';
import { PlanKpiParamsSchema } from './strategy.contracts.ts';

/** The KPIs the platform computes. */
export const computedKpiCodes = ['1.1.1', '1.3.1', '2.3.1'] as const;
export type ComputedKpiCode = (typeof computedKpiCodes)[number];

export const ComputedKpiParamsSchema = PlanKpiParamsSchema;

export const ComputedKpiQuerySchema = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2500)
    .max(2700)
    .describe('The fiscal year in the Buddhist era, e.g. 2569 (1 October 2025 – 30 September 2026)'),
});
export type ComputedKpiQuery = z.infer<typeof ComputedKpiQuerySchema>;

/** An activity behind a computed KPI. */
export const ComputedKpiActivitySchema = z.object({
  activityId: z.string(),
  partnerId: z.string(),
  partnerKind: PartnerKindSchema,
  /** The partner's name in Thai and in English. */
  partnerName: z.object({ th: z.string(), en: z.string() }),
  title: z.string(),
  startsOn: IsoDateSchema,
  engagementAreas: z.array(EngagementAreaSchema),
  isContinuing: z.boolean(),
  bmaRole: BmaRoleSchema.nullable(),
  /** A sample record (demonstration data); counted, and the total says how many. */
  isSample: z.boolean(),
});
export type ComputedKpiActivity = z.infer<typeof ComputedKpiActivitySchema>;

const yearShape = {
  fiscalYear: z.number().int(),
  /** The days counted (Bangkok dates): the fiscal year's first day, and its last (or a round period's end). */
  from: IsoDateSchema,
  to: IsoDateSchema,
};

const periodShape = {
  ...yearShape,
  /** How many of the activities counted are sample records. */
  sampleCount: z.number().int(),
};

export const ComputedKpi111Schema = z.object({
  code: z.literal('1.1.1'),
  ...yearShape,
  /** Whether the fiscal year has a trade programme (level 1 is its partner cities chosen). */
  hasProgramme: z.boolean(),
  /** The highest level whose condition holds (levels are not cumulative); 0 when none does. */
  level: z.number().int().min(0).max(5),
  /** Each level: whether it holds, the records behind it (deals' entries, order lines, cities chosen), what it lacks. */
  levels: z.array(PlanLevelSchema),
  /**
   * The businesses' and buyers' names are withheld from a reader who may not read the outcomes
   * (`outcomes:read`): the records keep their kind, day, city and counts.
   */
  recordsWithheld: z.boolean(),
});

export const ComputedKpi131Schema = z.object({
  code: z.literal('1.3.1'),
  ...periodShape,
  /** The year's activities with at least one area. */
  count: z.number().int(),
  /** The areas those activities cover, in the plan's order. */
  areasCovered: z.array(EngagementAreaSchema),
  hasContinuing: z.boolean(),
  /** From FY2567 one of the year's activities must be continuing. */
  isContinuingRequired: z.boolean(),
  /** One activity in each of the three areas (and, from FY2567, one continuing). */
  isTargetMet: z.boolean(),
  activities: z.array(ComputedKpiActivitySchema),
});

export const ComputedKpi231Schema = z.object({
  code: z.literal('2.3.1'),
  ...periodShape,
  /** The highest level reached (1 took part, 2 co-organised, 3 main host); 0 when none. */
  level: z.number().int().min(0).max(3),
  /** The partner kinds counted as international networks. */
  networkKinds: z.array(PartnerKindSchema),
  /** The year's activities with an international network in which the BMA's part is stated. */
  activities: z.array(ComputedKpiActivitySchema),
  /** Those of them that reach the level. */
  justifying: z.array(z.string()),
});

export const StrategyComputedKpiSchema = z.discriminatedUnion('code', [
  ComputedKpi111Schema,
  ComputedKpi131Schema,
  ComputedKpi231Schema,
]);
export type StrategyComputedKpi = z.infer<typeof StrategyComputedKpiSchema>;

/** Why the platform cannot compute a KPI it is expected to: KPI 3.2.1 needs training records it does not keep yet. */
export const computedUnavailableReasons = ['no_training_records'] as const;
export const ComputedUnavailableReasonSchema = z.enum(computedUnavailableReasons);
export type ComputedUnavailableReason = z.infer<typeof ComputedUnavailableReasonSchema>;

/**
 * What a round item offers its unit for a KPI the platform computes (decision 0050), computed when read
 * for the round's fiscal year from its first day to the round period's end: the level (a rubric) or
 * the value (a number), a short explanation in the reader's language, and the computed KPI with its
 * records. A KPI the platform should compute but cannot yet says so (`isAvailable` false, its reason).
 */
export const StrategyComputedProposalSchema = z.object({
  code: z.string(),
  ...yearShape,
  isAvailable: z.boolean(),
  unavailableReason: ComputedUnavailableReasonSchema.nullable(),
  /** The level proposed for a rubric KPI (0: no level holds); null for a number. */
  level: z.number().int().nullable(),
  /** The value proposed for a number KPI; null for a rubric. */
  value: z.number().nullable(),
  explanation: z.string(),
  kpi: StrategyComputedKpiSchema.nullable(),
});
export type StrategyComputedProposal = z.infer<typeof StrategyComputedProposalSchema>;

/** The proposal as a report keeps it: what was proposed when the unit saved it. */
export const StrategyComputedValueSchema = z.object({
  ...yearShape,
  level: z.number().int().nullable(),
  value: z.number().nullable(),
});
export type StrategyComputedValue = z.infer<typeof StrategyComputedValueSchema>;

/**
 * Whether a report overrides the platform's proposal (decision 0050): it gives a level (a rubric KPI)
 * or a value (a number KPI) other than the one proposed. A report that gives none yet overrides
 * nothing; a proposal the platform cannot make (`isAvailable` false) is overridden by nothing.
 */
export function isComputedOverride(
  proposed: Pick<StrategyComputedValue, 'level' | 'value'> | null,
  reported: { levelReached: number | null; value: number | null },
): boolean {
  if (!proposed) return false;
  if (proposed.level !== null)
    return reported.levelReached !== null && reported.levelReached !== proposed.level;
  if (proposed.value !== null) return reported.value !== null && reported.value !== proposed.value;
  return false;
}

/**
 * The KPIs of the strategic plan the platform computes from its own records (issue 15): KPI 1.3.1 from
 * the areas and continuity of the partner activities, KPI 2.3.1 from the BMA's part in the activities
 * of international networks. Each answer carries the records behind it.
 */
import { z } from 'zod';
import { BmaRoleSchema, EngagementAreaSchema, PartnerKindSchema } from '../partners/partners.contracts.ts';
import { IsoDateSchema } from '../shared/common.ts';
import { PlanKpiParamsSchema } from './strategy.contracts.ts';

/** The KPIs the platform computes. */
export const computedKpiCodes = ['1.3.1', '2.3.1'] as const;
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
  title: z.string(),
  startsOn: IsoDateSchema,
  engagementAreas: z.array(EngagementAreaSchema),
  isContinuing: z.boolean(),
  bmaRole: BmaRoleSchema.nullable(),
  /** A sample record (demonstration data); counted, and the total says how many. */
  isSample: z.boolean(),
});
export type ComputedKpiActivity = z.infer<typeof ComputedKpiActivitySchema>;

const periodShape = {
  fiscalYear: z.number().int(),
  /** The fiscal year's first and last days (Bangkok dates). */
  from: IsoDateSchema,
  to: IsoDateSchema,
  /** How many of the activities counted are sample records. */
  sampleCount: z.number().int(),
};

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
  ComputedKpi131Schema,
  ComputedKpi231Schema,
]);
export type StrategyComputedKpi = z.infer<typeof StrategyComputedKpiSchema>;

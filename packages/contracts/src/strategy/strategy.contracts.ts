/**
 * The strategic plan as the API answers it (issue 15, seed 001): the current version of the plan as a
 * tree — vision, missions, strategies, tactics with their goals, KPIs and projects — in the reader's
 * language, one KPI with where it sits, and what a unit leads or supports. Read only in this slice.
 */
import { z } from 'zod';
import { TimestampSchema } from '../shared/common.ts';

/**
 * A text of the plan in the reader's language: the seed's Thai, or its English — the seed's own, or
 * the platform's translation (`isTranslation`), which the pages mark as such.
 */
export const PlanShownTextSchema = z.object({
  text: z.string(),
  lang: z.enum(['th', 'en']),
  /** The English is the platform's translation of the Thai, not the seed's own English. */
  isTranslation: z.boolean(),
});
export type PlanShownText = z.infer<typeof PlanShownTextSchema>;

/**
 * A unit the plan names as lead or supporting: a unit of the directory (by its code, with its name
 * from the directory in the reader's language; null when the directory does not know the code), a
 * group of units the seed names without listing them, or a body outside the BMA. `asWritten` is the
 * seed's own words (Thai).
 */
export const PlanUnitRefSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('unit'),
    code: z.string(),
    name: z.string().nullable(),
    asWritten: z.string(),
  }),
  z.object({ kind: z.literal('group'), name: PlanShownTextSchema, asWritten: z.string() }),
  z.object({ kind: z.literal('outside'), name: PlanShownTextSchema, asWritten: z.string() }),
]);
export type PlanUnitRef = z.infer<typeof PlanUnitRefSchema>;

/** How a KPI is measured: a five-level rubric (each level's sentence), a number in its unit, or a percentage. */
export const PlanMeasureViewSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rubric'),
    levels: z.array(z.object({ level: z.number().int(), text: PlanShownTextSchema })),
  }),
  z.object({ kind: z.literal('number'), unit: PlanShownTextSchema }),
  z.object({ kind: z.literal('percent') }),
]);
export type PlanMeasureView = z.infer<typeof PlanMeasureViewSchema>;

/**
 * A yearly target: the level or number aimed at (null where the seed gives none), the seed's words
 * (Thai), and a condition or footnote of the cell.
 */
export const PlanTargetViewSchema = z.object({
  /** Buddhist-era fiscal year (2566–2570). */
  fiscalYear: z.number().int(),
  value: z.number().nullable(),
  asWritten: z.string(),
  condition: PlanShownTextSchema.nullable(),
});
export type PlanTargetView = z.infer<typeof PlanTargetViewSchema>;

export const PlanKpiViewSchema = z.object({
  /** "1.1.1": tactic 1.1, its first KPI. */
  code: z.string(),
  name: PlanShownTextSchema,
  measure: PlanMeasureViewSchema,
  /** One per fiscal year of the plan, in order. */
  targets: z.array(PlanTargetViewSchema),
  notes: z.array(PlanShownTextSchema),
  leadUnits: z.array(PlanUnitRefSchema),
  supportingUnits: z.array(PlanUnitRefSchema),
});
export type PlanKpiView = z.infer<typeof PlanKpiViewSchema>;

export const PlanProjectViewSchema = z.object({
  /** "1.1-P1": the tactic's projects in the order the seed first lists them. */
  code: z.string(),
  name: PlanShownTextSchema,
  /** Marked new by the seed (**โครงการใหม่). */
  isNew: z.boolean(),
  /** The KPIs whose row lists the project. */
  kpiCodes: z.array(z.string()),
});
export type PlanProjectView = z.infer<typeof PlanProjectViewSchema>;

export const PlanTacticViewSchema = z.object({
  /** "1.1" … "3.3". */
  code: z.string(),
  name: PlanShownTextSchema,
  description: PlanShownTextSchema,
  /** Its strategic goals (เป้าประสงค์เชิงกลยุทธ์). */
  goals: z.array(PlanShownTextSchema),
  kpis: z.array(PlanKpiViewSchema),
  projects: z.array(PlanProjectViewSchema),
});
export type PlanTacticView = z.infer<typeof PlanTacticViewSchema>;

export const PlanStrategyViewSchema = z.object({
  number: z.number().int(),
  name: PlanShownTextSchema,
  description: PlanShownTextSchema,
  tactics: z.array(PlanTacticViewSchema),
});
export type PlanStrategyView = z.infer<typeof PlanStrategyViewSchema>;

export const PlanMissionViewSchema = z.object({
  number: z.number().int(),
  heading: PlanShownTextSchema,
  text: PlanShownTextSchema,
});

/**
 * Where a version of the plan comes from: the platform's reference data, or an administrator's
 * correction (a transcription error) or revision (a mid-term review).
 */
export const planVersionKinds = ['reference', 'correction', 'revision'] as const;
export const PlanVersionKindSchema = z.enum(planVersionKinds);
export type PlanVersionKind = z.infer<typeof PlanVersionKindSchema>;

/** Which version of the plan is shown, and why it exists. */
export const PlanVersionInfoSchema = z.object({
  id: z.uuid(),
  /** 1, 2, … within the plan. */
  number: z.number().int(),
  /** Why this version, as recorded (an administrator's words, or the loader's). */
  note: z.string(),
  /** Loaded from the platform's reference data (rather than recorded by an administrator). */
  isReferenceData: z.boolean(),
  kind: PlanVersionKindSchema,
  /** The version the platform shows and new rounds report against (an earlier one read by its number). */
  isCurrent: z.boolean(),
  createdAt: TimestampSchema,
});
export type PlanVersionInfo = z.infer<typeof PlanVersionInfoSchema>;

/** What the plan was transcribed from. */
export const PlanSourceSchema = z.object({
  document: z.string(),
  seedFile: z.string(),
  published: z.string(),
  publisher: z.string(),
});

export const StrategyPlanSchema = z.object({
  key: z.string(),
  title: PlanShownTextSchema,
  firstFiscalYear: z.number().int(),
  lastFiscalYear: z.number().int(),
  /** The fiscal year today falls in (Buddhist era): the year whose targets the map shows. */
  currentFiscalYear: z.number().int(),
  version: PlanVersionInfoSchema,
  source: PlanSourceSchema,
  /** Where the transcription departs from the seed's letters, and why. */
  corrections: z.array(z.object({ where: z.string(), seed: z.string(), kept: z.string(), why: z.string() })),
  vision: PlanShownTextSchema,
  missions: z.array(PlanMissionViewSchema),
  strategies: z.array(PlanStrategyViewSchema),
  counts: z.object({
    strategies: z.number().int(),
    tactics: z.number().int(),
    kpis: z.number().int(),
    projects: z.number().int(),
  }),
});
export type StrategyPlan = z.infer<typeof StrategyPlanSchema>;

/** The path parameter naming a KPI of the plan. */
export const PlanKpiParamsSchema = z.object({
  code: z
    .string()
    .regex(/^[1-3]\.[1-3]\.\d$/)
    .describe('A KPI code, e.g. 1.1.1'),
});

/** A tactic or strategy named where a KPI or project sits. */
const PlanTacticRefSchema = z.object({ code: z.string(), name: PlanShownTextSchema });
const PlanStrategyRefSchema = z.object({ number: z.number().int(), name: PlanShownTextSchema });

export const StrategyKpiDetailSchema = z.object({
  planKey: z.string(),
  planTitle: PlanShownTextSchema,
  version: PlanVersionInfoSchema,
  currentFiscalYear: z.number().int(),
  strategy: PlanStrategyRefSchema,
  tactic: PlanTacticRefSchema,
  kpi: PlanKpiViewSchema,
  /** The tactic's projects that list this KPI. */
  projects: z.array(PlanProjectViewSchema),
});
export type StrategyKpiDetail = z.infer<typeof StrategyKpiDetailSchema>;

export const unitPlanRoles = ['lead', 'supporting'] as const;
export const UnitPlanRoleSchema = z.enum(unitPlanRoles);
export type UnitPlanRole = z.infer<typeof UnitPlanRoleSchema>;

export const UnitStrategySchema = z.object({
  unitCode: z.string(),
  /** The plan in force, or null when none is loaded. */
  plan: z.object({ key: z.string(), title: PlanShownTextSchema, version: PlanVersionInfoSchema }).nullable(),
  currentFiscalYear: z.number().int(),
  /** The KPIs the unit leads, then those it supports, each in the plan's order. */
  kpis: z.array(
    z.object({
      role: UnitPlanRoleSchema,
      code: z.string(),
      name: PlanShownTextSchema,
      tactic: PlanTacticRefSchema,
      measure: PlanMeasureViewSchema,
      /** This fiscal year's target, when the plan has one for it. */
      currentTarget: PlanTargetViewSchema.nullable(),
    }),
  ),
  /**
   * The projects that list a KPI the unit leads or supports (the seed names units per KPI, not per
   * project), with the unit's role: lead when it leads any of the project's KPIs.
   */
  projects: z.array(PlanProjectViewSchema.extend({ role: UnitPlanRoleSchema, tactic: PlanTacticRefSchema })),
});
export type UnitStrategy = z.infer<typeof UnitStrategySchema>;

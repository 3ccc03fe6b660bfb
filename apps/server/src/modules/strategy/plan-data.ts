/**
 * The shape of a strategic plan as the platform keeps it in its reference data
 * (data/reference/strategy/*.json): the BMA's foreign-affairs strategic plan for FY2566–2570, seed 001,
 * transcribed whole (issue 15). The file is checked against this schema when it is loaded, and a test
 * compares it with the seed itself (strategy/plan-data.test.ts).
 *
 * Every text keeps the seed's Thai as written (typing errors of the seed corrected only where the
 * correction is recorded in `corrections`), and its English either from the seed (`en_source: 'seed'`)
 * or translated for the platform (`'translation'`, shown as such to readers). Pure.
 */
import { z } from 'zod';

/** A text of the plan: the seed's Thai, and English from the seed or translated for the platform. */
export const PlanTextSchema = z.strictObject({
  th: z.string().trim().min(1),
  en: z.string().trim().min(1),
  en_source: z.enum(['seed', 'translation']),
});
export type PlanText = z.infer<typeof PlanTextSchema>;

/**
 * A unit named by the plan as lead or supporting: a unit of the directory (its code in
 * data/reference/departments.csv or districts.csv), a group of units the seed names without listing
 * them ("the departments, district offices and BMA agencies concerned"), or a body outside the BMA.
 * `as_written` keeps the seed's words (with their line-break hyphens removed).
 */
export const PlanUnitSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('unit'),
    code: z.string().regex(/^\d{4}(\d{4})?$/),
    as_written: z.string(),
  }),
  z.strictObject({ kind: z.literal('group'), name: PlanTextSchema, as_written: z.string() }),
  z.strictObject({ kind: z.literal('outside'), name: PlanTextSchema, as_written: z.string() }),
]);
export type PlanUnit = z.infer<typeof PlanUnitSchema>;

/** One rung of a five-level rubric (ระดับที่ 1–5), its sentence as the seed writes it. */
export const PlanLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(5),
  text: PlanTextSchema,
});

/**
 * How a KPI is measured: the level reached on its rubric, or a number (a count, a percentage) in its
 * unit. Most rubrics have five levels; the seed gives KPI 2.3.1 three (took part, co-organised, hosted),
 * so a rubric has three to five, numbered 1, 2, 3… in order.
 */
export const PlanMeasureSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('rubric'),
    levels: z
      .array(PlanLevelSchema)
      .min(3)
      .max(5)
      .refine((levels) => levels.every((rung, index) => rung.level === index + 1), {
        message: 'The levels of a rubric are numbered 1, 2, 3… in order.',
      }),
  }),
  z.strictObject({ kind: z.literal('number'), unit: PlanTextSchema }),
  z.strictObject({ kind: z.literal('percent') }),
]);

/**
 * A yearly target as the seed gives it: `value` the level or number aimed at (null where the seed
 * gives none, e.g. "depends on executive policy"); `as_written` the cell's words; `condition` a
 * conditional target or a footnote of the cell ("2, or 3 if the study is finished").
 */
export const PlanTargetSchema = z.strictObject({
  fiscal_year: z.number().int().min(2566).max(2570),
  value: z.number().nullable(),
  as_written: z.string().trim().min(1),
  condition: PlanTextSchema.nullable(),
});

export const PlanKpiSchema = z
  .strictObject({
    /** "1.1.1": tactic 1.1, its first KPI. */
    code: z.string().regex(/^[1-3]\.[1-3]\.\d$/),
    name: PlanTextSchema,
    measure: PlanMeasureSchema,
    /** One per fiscal year 2566–2570, in order. */
    targets: z.array(PlanTargetSchema).length(5),
    /** The seed's footnotes on the KPI (e.g. what "foreign community" means). */
    notes: z.array(PlanTextSchema),
    lead_units: z.array(PlanUnitSchema).min(1),
    supporting_units: z.array(PlanUnitSchema),
  })
  .refine(
    (kpi) =>
      kpi.targets.every(({ value }) => {
        if (value === null) return true;
        if (kpi.measure.kind === 'rubric')
          return Number.isInteger(value) && value >= 1 && value <= kpi.measure.levels.length;
        if (kpi.measure.kind === 'percent') return value >= 0 && value <= 100;
        return value >= 0;
      }),
    { message: "A target is a level of the KPI's rubric, a percentage, or a count.", path: ['targets'] },
  );
export type PlanKpi = z.infer<typeof PlanKpiSchema>;

/** A project of a tactic, with the KPIs whose row lists it; `is_new` where the seed marks (**โครงการใหม่). */
export const PlanProjectSchema = z.strictObject({
  /** "1.1-P1": the tactic's projects numbered in the order the seed first lists them. */
  code: z.string().regex(/^[1-3]\.[1-3]-P\d+$/),
  name: PlanTextSchema,
  is_new: z.boolean(),
  kpi_codes: z.array(z.string()).min(1),
  /** The seed's note on the project ("(หมายเหตุ ขึ้นอยู่กับงบประมาณที่ได้รับ)": depends on the budget received). */
  note: PlanTextSchema.optional(),
});

export const PlanTacticSchema = z.strictObject({
  /** "1.1" … "3.3". */
  code: z.string().regex(/^[1-3]\.[1-3]$/),
  name: PlanTextSchema,
  description: PlanTextSchema,
  /** Its strategic goals (เป้าประสงค์เชิงกลยุทธ์), in the seed's order. */
  goals: z.array(PlanTextSchema).min(1),
  kpis: z.array(PlanKpiSchema).min(1),
  projects: z.array(PlanProjectSchema),
});

export const PlanStrategySchema = z.strictObject({
  number: z.number().int().min(1).max(3),
  name: PlanTextSchema,
  description: PlanTextSchema,
  tactics: z.array(PlanTacticSchema).min(1),
});

export const PlanMissionSchema = z.strictObject({
  number: z.number().int().min(1).max(4),
  /** The one-word heading (นโยบาย POLICY). */
  heading: PlanTextSchema,
  text: PlanTextSchema,
});

export const PlanDocumentSchema = z.strictObject({
  /** The plan's own key, the same across its versions. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  title: PlanTextSchema,
  first_fiscal_year: z.number().int(),
  last_fiscal_year: z.number().int(),
  source: z.strictObject({
    /** What the plan was transcribed from, and where that is. */
    document: z.string(),
    seed_file: z.string(),
    published: z.string(),
    publisher: z.string(),
  }),
  /** Where the transcription departs from the seed's letters (a typing error corrected), and why. */
  corrections: z.array(
    z.strictObject({ where: z.string(), seed: z.string(), kept: z.string(), why: z.string() }),
  ),
  vision: PlanTextSchema,
  missions: z.array(PlanMissionSchema).length(4),
  strategies: z.array(PlanStrategySchema).length(3),
});
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

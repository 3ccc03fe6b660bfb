/**
 * Administrators correct the strategic plan or record a revision of it as a new version (issue 15,
 * decision 0051): the versions of the plan in force, a whole document recorded at a base version, and
 * the convenience most corrections use — one KPI's texts and targets corrected at a base version.
 * Rounds already opened keep the version they were opened with.
 */
import { z } from 'zod';
import { PlanVersionInfoSchema } from './strategy.contracts.ts';

/** What an administrator's version is: a transcription error corrected, or a revision (mid-term review). */
export const planChangeKinds = ['correction', 'revision'] as const;
export const PlanChangeKindSchema = z.enum(planChangeKinds);
export type PlanChangeKind = z.infer<typeof PlanChangeKindSchema>;

/** `?version=N`: read an earlier version of the plan in force rather than its current one. */
export const PlanVersionQuerySchema = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .optional()
    .describe('The number of a version of the plan in force (1, 2, …); its current version when left out'),
});
export type PlanVersionQuery = z.infer<typeof PlanVersionQuerySchema>;

/** A version of the plan as the list of versions shows it: who recorded it (a person's name, or none). */
export const PlanVersionItemSchema = PlanVersionInfoSchema.extend({
  /** The administrator who recorded it, by name; null for a version loaded from the reference data. */
  createdBy: z.string().nullable(),
});
export type PlanVersionItem = z.infer<typeof PlanVersionItemSchema>;

export const PlanVersionListSchema = z.object({
  planKey: z.string(),
  /** Newest first. */
  items: z.array(PlanVersionItemSchema),
});
export type PlanVersionList = z.infer<typeof PlanVersionListSchema>;

/** What every administrator's change says: the version it was made from, its kind, and why. */
const changeFields = {
  /** The version the change was edited from: refused (409 conflict_stale) once another is current. */
  baseVersionId: z.uuid(),
  kind: PlanChangeKindSchema,
  /** What changed and why ("mid-term review 2568: targets of KPI 1.2.1 revised"). */
  note: z.string().trim().min(1, { message: 'strategy_plan_admin:errors.note_required' }).max(2000),
};

/**
 * A whole plan document, edited, to record as the plan's new version. Its shape is that of the
 * reference data (data/reference/strategy/*.json); the server checks it as the loader does and
 * answers each problem at its path under `document`.
 */
export const PlanVersionCreateSchema = z.object({
  ...changeFields,
  document: z
    .record(z.string(), z.unknown())
    .describe('The whole plan document, in the shape of data/reference/strategy/*.json'),
});
export type PlanVersionCreate = z.infer<typeof PlanVersionCreateSchema>;

/** A text of the plan as an administrator writes it: Thai and English. */
export const PlanTextInputSchema = z.object({
  th: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});
export type PlanTextInput = z.infer<typeof PlanTextInputSchema>;

/** A yearly target as an administrator corrects it. */
export const PlanTargetInputSchema = z.object({
  /** Buddhist era; the KPI's years stay as they are. */
  fiscalYear: z.number().int(),
  /** The level or number aimed at; null where the plan gives none. */
  value: z.number().min(0).nullable(),
  /** The cell's words as the plan writes them (Thai). */
  asWritten: z.string().trim().min(1).max(1000),
  /** A condition or footnote of the cell; null when it has none. */
  condition: PlanTextInputSchema.nullable(),
});
export type PlanTargetInput = z.infer<typeof PlanTargetInputSchema>;

/**
 * One KPI corrected at a base version: its name, its rubric's sentences (a rubric KPI, as many as it
 * has) or its unit (a KPI counted in a unit), and its yearly targets (the same years).
 */
export const KpiCorrectionSchema = z.object({
  ...changeFields,
  name: PlanTextInputSchema,
  /** The rubric's sentences, level 1 first. */
  levels: z.array(PlanTextInputSchema).max(5).optional(),
  unit: PlanTextInputSchema.optional(),
  targets: z.array(PlanTargetInputSchema).max(10),
});
export type KpiCorrection = z.infer<typeof KpiCorrectionSchema>;

/** One KPI as the plan keeps it, both languages, for the form that corrects it. */
export const EditableKpiSchema = z.object({
  planKey: z.string(),
  /** The version shown: its id is the base of the correction. */
  versionId: z.uuid(),
  /** The version's number (1, 2, …). */
  version: z.number().int(),
  code: z.string(),
  name: PlanTextInputSchema,
  measure: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('rubric'), levels: z.array(PlanTextInputSchema) }),
    z.object({ kind: z.literal('number'), unit: PlanTextInputSchema }),
    z.object({ kind: z.literal('percent') }),
  ]),
  targets: z.array(PlanTargetInputSchema),
});
export type EditableKpi = z.infer<typeof EditableKpiSchema>;

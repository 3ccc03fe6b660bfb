/**
 * Officers' competency and training records (issue 16, plan KPI 3.2.1, decision 0058): the competency
 * list the IAO keeps, each officer's trainings, and the share of officers developed in a fiscal year
 * against the plan's target.
 */
import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';

/** A certificate of an outside course: a PDF or an image (JPEG, PNG, WebP) of at most 10 MB. */
export const MAX_TRAINING_CERTIFICATE_BYTES = 10 * 1024 * 1024;
export const trainingCertificateMediaTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
] as const;

const required = { message: 'errors:field.required' };

export const TrainingCompetencySchema = z.object({
  id: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  isActive: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type TrainingCompetency = z.infer<typeof TrainingCompetencySchema>;

export const TrainingCompetencyInputSchema = z.object({
  nameTh: z.string().trim().min(1, required).max(200, { message: 'errors:field.too_long' }),
  nameEn: z.string().trim().max(200, { message: 'errors:field.too_long' }).default(''),
  isActive: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(1000).default(0),
});
export type TrainingCompetencyInput = z.input<typeof TrainingCompetencyInputSchema>;

export const TrainingCompetencyUpdateSchema = TrainingCompetencyInputSchema.extend({
  version: z.number().int().min(1),
});
export type TrainingCompetencyUpdate = z.input<typeof TrainingCompetencyUpdateSchema>;

export const TrainingIdParamsSchema = z.object({ id: z.uuid() });

export const trainingSources = ['event', 'outside'] as const;
export const TrainingSourceSchema = z.enum(trainingSources);
export type TrainingSource = z.infer<typeof TrainingSourceSchema>;

/** How a person is identified (decision 0058): their account, or the directory row of a liaison officer without one. */
export const trainingOfficerKinds = ['iao_officer', 'liaison_officer'] as const;
export const TrainingOfficerKindSchema = z.enum(trainingOfficerKinds);
export type TrainingOfficerKind = z.infer<typeof TrainingOfficerKindSchema>;

/** An outside course (or a correction of any record): what the officer did, and what they developed. */
const trainingRecordShape = {
  /** Whose record: the officer's id (their account, or their directory row); absent for oneself. */
  officerId: z.uuid().optional(),
  title: z.string().trim().min(1, required).max(300, { message: 'errors:field.too_long' }),
  provider: z.string().trim().max(300, { message: 'errors:field.too_long' }).default(''),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema,
  hours: z
    .number({ message: 'training:errors.hours_range' })
    .int({ message: 'training:errors.hours_range' })
    .min(1, { message: 'training:errors.hours_range' })
    .max(2000, { message: 'training:errors.hours_range' }),
  competencyIds: z.array(z.uuid()).min(1, { message: 'training:errors.competency_required' }).max(20),
};

function checkDates(record: { startsOn: string; endsOn: string }, context: z.RefinementCtx): void {
  if (record.endsOn < record.startsOn)
    context.addIssue({ code: 'custom', path: ['endsOn'], message: 'training:errors.ends_before_start' });
}

export const TrainingRecordInputSchema = z.object(trainingRecordShape).superRefine(checkDates);
export type TrainingRecordInput = z.input<typeof TrainingRecordInputSchema>;

export const TrainingRecordUpdateSchema = z
  .object({ ...trainingRecordShape, version: z.number().int().min(1) })
  .superRefine(checkDates);
export type TrainingRecordUpdate = z.input<typeof TrainingRecordUpdateSchema>;

export const TrainingCertificateSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  uploadedAt: TimestampSchema,
});

export const TrainingRecordSchema = z.object({
  id: z.string(),
  source: TrainingSourceSchema,
  eventId: z.string().nullable(),
  title: z.string(),
  provider: z.string().nullable(),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema,
  hours: z.number().int(),
  competencies: z.array(z.object({ id: z.string(), nameTh: z.string(), nameEn: z.string().nullable() })),
  certificate: TrainingCertificateSchema.nullable(),
  /** Whether the reader may correct it (the IAO; the officer their own outside course). */
  canEdit: z.boolean(),
  version: z.number().int(),
});
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;

/** A person counted for KPI 3.2.1: an IR officer of the IAO or a liaison officer of the directory. */
export const TrainingOfficerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kinds: z.array(TrainingOfficerKindSchema),
  unit: z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string().nullable() }).nullable(),
  hasAccount: z.boolean(),
  /** Demonstration data: counted, and the share says how many. */
  isSample: z.boolean(),
});
export type TrainingOfficer = z.infer<typeof TrainingOfficerSchema>;

export const TrainingOfficerRowSchema = TrainingOfficerSchema.extend({
  /** A competency developed in a training that ended within the fiscal year. */
  isDeveloped: z.boolean(),
  hours: z.number().int(),
  trainings: z.number().int(),
});
export type TrainingOfficerRow = z.infer<typeof TrainingOfficerRowSchema>;

export const TrainingShareQuerySchema = z.object({
  fiscalYear: z.coerce
    .number()
    .int()
    .min(2500)
    .max(2700)
    .optional()
    .describe('The fiscal year in the Buddhist era (1 October – 30 September); the current one when absent'),
});

/** The share of officers developed in a fiscal year (KPI 3.2.1), against the plan's target. */
export const TrainingShareSchema = z.object({
  fiscalYear: z.number().int(),
  from: IsoDateSchema,
  to: IsoDateSchema,
  counted: z.number().int(),
  developed: z.number().int(),
  /** developed ÷ counted × 100, to one decimal; null when nobody is counted. */
  sharePercent: z.number().nullable(),
  /** The plan's target for the year (percent), when it has one. */
  targetPercent: z.number().nullable(),
  isTargetMet: z.boolean().nullable(),
  sampleCount: z.number().int(),
  officers: z.array(TrainingOfficerRowSchema),
});
export type TrainingShare = z.infer<typeof TrainingShareSchema>;

export const TrainingOfficerDetailSchema = z.object({
  officer: TrainingOfficerSchema,
  records: z.array(TrainingRecordSchema),
  /** Whether the reader may add a record to it. */
  canRecord: z.boolean(),
});
export type TrainingOfficerDetail = z.infer<typeof TrainingOfficerDetailSchema>;

/** The reader's own record: who they are as an officer (null when not counted) and their trainings. */
export const MyTrainingSchema = z.object({
  officer: TrainingOfficerSchema.nullable(),
  records: z.array(TrainingRecordSchema),
});
export type MyTraining = z.infer<typeof MyTrainingSchema>;

/** An event's attendees given their training records: the competencies the event developed, and its hours. */
export const TrainingFromEventSchema = z.object({
  competencyIds: z.array(z.uuid()).min(1).max(20),
  hours: z.number().int().min(1).max(500),
});
export type TrainingFromEvent = z.infer<typeof TrainingFromEventSchema>;

export const TrainingFromEventResultSchema = z.object({
  /** How many attendees now have the event in their record (new or corrected). */
  recorded: z.number().int(),
});

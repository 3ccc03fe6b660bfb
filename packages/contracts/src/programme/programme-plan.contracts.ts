import { z } from 'zod';
import { UnitCodeSchema } from '../liaison/liaison.contracts.ts';
import { EmailSchema, IsoDateSchema, PhoneSchema, TimestampSchema } from '../shared/common.ts';

/**
 * The steps of a year's trade programme, in the order of seed 003 §6.1 and its timeline table. Those
 * of `firstSessionOnlyStepKinds` come once, before the first session of the year; the others once
 * for every session.
 */
export const programmeStepKinds = [
  'study',
  'working_group',
  'approval',
  'inquiry_letters',
  'circulate_order',
  'coordinate',
  'agree_and_test',
  'hold_session',
  'report',
] as const;
export const ProgrammeStepKindSchema = z.enum(programmeStepKinds);
export type ProgrammeStepKind = z.infer<typeof ProgrammeStepKindSchema>;

export const firstSessionOnlyStepKinds: readonly ProgrammeStepKind[] = [
  'study',
  'working_group',
  'approval',
  'circulate_order',
];

/**
 * Who is responsible for a step: the International Affairs Office (สกต.), Social Development (สพส.),
 * Strategy and Evaluation (สยป.), the partner city, or the BMA as a whole (a session's Bangkok side).
 */
export const responsibleUnits = [
  'iao',
  'social_development',
  'strategy_evaluation',
  'partner_city',
  'bma',
] as const;
export const ResponsibleUnitSchema = z.enum(responsibleUnits);
export type ResponsibleUnit = z.infer<typeof ResponsibleUnitSchema>;

export const stepStatuses = ['not_started', 'in_progress', 'done', 'skipped'] as const;
export const StepStatusSchema = z.enum(stepStatuses);
export type StepStatus = z.infer<typeof StepStatusSchema>;

export const workingGroupRoles = ['chair', 'member', 'secretary'] as const;
export const WorkingGroupRoleSchema = z.enum(workingGroupRoles);
export type WorkingGroupRole = z.infer<typeof WorkingGroupRoleSchema>;

/** Fiscal years the platform keeps programmes for, by their Buddhist-era name. */
export const FiscalYearSchema = z.coerce.number().int().min(2560).max(2600);
export const FiscalYearParamsSchema = z.object({ fiscalYear: FiscalYearSchema });
export const ProgrammeStepParamsSchema = z.object({ id: z.uuid() });
export const WorkingGroupMemberParamsSchema = z.object({ id: z.uuid() });

/** The seed plans 3 sessions a year (one every 4 months) and 3 entrepreneurs a session (recommended: 5). */
export const DEFAULT_PLANNED_SESSIONS = 3;
export const DEFAULT_ENTREPRENEURS_PER_SESSION = 3;
export const MAX_PLANNED_SESSIONS = 12;
export const MAX_ENTREPRENEURS_PER_SESSION = 30;

/** Free notes on a programme record. */
export const ProgrammeNotesSchema = z.string().trim().max(5000);

export const CreateProgrammeInputSchema = z.strictObject({
  fiscalYear: FiscalYearSchema,
  plannedSessions: z.number().int().min(1).max(MAX_PLANNED_SESSIONS).default(DEFAULT_PLANNED_SESSIONS),
  entrepreneursPerSession: z
    .number()
    .int()
    .min(1)
    .max(MAX_ENTREPRENEURS_PER_SESSION)
    .default(DEFAULT_ENTREPRENEURS_PER_SESSION),
  notes: ProgrammeNotesSchema.optional(),
});
export type CreateProgrammeInput = z.input<typeof CreateProgrammeInputSchema>;

export const UpdateProgrammeInputSchema = z.strictObject({
  version: z.number().int().min(1),
  plannedSessions: z.number().int().min(1).max(MAX_PLANNED_SESSIONS).optional(),
  entrepreneursPerSession: z.number().int().min(1).max(MAX_ENTREPRENEURS_PER_SESSION).optional(),
  notes: ProgrammeNotesSchema.nullable().optional(),
});
export type UpdateProgrammeInput = z.infer<typeof UpdateProgrammeInputSchema>;

export const ProgrammeStepSchema = z.object({
  id: z.uuid(),
  kind: ProgrammeStepKindSchema,
  round: z.number().int(),
  responsibleUnits: z.array(ResponsibleUnitSchema),
  isFirstSessionOnly: z.boolean(),
  plannedStart: IsoDateSchema,
  plannedEnd: IsoDateSchema,
  actualStart: IsoDateSchema.nullable(),
  actualEnd: IsoDateSchema.nullable(),
  status: StepStatusSchema,
  /** Not done (or skipped) by its planned end, judged by today's date in Bangkok. */
  isOverdue: z.boolean(),
  owner: z.string().nullable(),
  note: z.string().nullable(),
  /** Whether the viewer may change this step. */
  canEdit: z.boolean(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type ProgrammeStep = z.infer<typeof ProgrammeStepSchema>;

export const UpdateProgrammeStepInputSchema = z.strictObject({
  version: z.number().int().min(1),
  status: StepStatusSchema.optional(),
  plannedStart: IsoDateSchema.optional(),
  plannedEnd: IsoDateSchema.optional(),
  actualStart: IsoDateSchema.nullable().optional(),
  actualEnd: IsoDateSchema.nullable().optional(),
  owner: z.string().trim().max(200).nullable().optional(),
  note: ProgrammeNotesSchema.nullable().optional(),
});
export type UpdateProgrammeStepInput = z.infer<typeof UpdateProgrammeStepInputSchema>;

export const WorkingGroupMemberSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  position: z.string().nullable(),
  unitCode: z.string().nullable(),
  groupRole: WorkingGroupRoleSchema,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type WorkingGroupMember = z.infer<typeof WorkingGroupMemberSchema>;

export const CreateWorkingGroupMemberInputSchema = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  position: z.string().trim().max(200).optional(),
  unitCode: UnitCodeSchema.optional(),
  groupRole: WorkingGroupRoleSchema.default('member'),
  email: EmailSchema.optional(),
  phone: PhoneSchema.optional(),
});
export type CreateWorkingGroupMemberInput = z.input<typeof CreateWorkingGroupMemberInputSchema>;

export const UpdateWorkingGroupMemberInputSchema = z.strictObject({
  version: z.number().int().min(1),
  fullName: z.string().trim().min(1).max(200).optional(),
  position: z.string().trim().max(200).nullable().optional(),
  unitCode: UnitCodeSchema.nullable().optional(),
  groupRole: WorkingGroupRoleSchema.optional(),
  email: EmailSchema.nullable().optional(),
  phone: PhoneSchema.nullable().optional(),
});
export type UpdateWorkingGroupMemberInput = z.infer<typeof UpdateWorkingGroupMemberInputSchema>;

/** The seed's output KPIs (§9.1.1) for the year: sessions held and reports delivered against the plan. */
export const ProgrammeKpisSchema = z.object({
  sessionsPlanned: z.number().int(),
  sessionsHeld: z.number().int(),
  reportsDelivered: z.number().int(),
  overdueSteps: z.number().int(),
});
export type ProgrammeKpis = z.infer<typeof ProgrammeKpisSchema>;

export const ProgrammeSummarySchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  /** The fiscal year's first and last days (1 October – 30 September). */
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  plannedSessions: z.number().int(),
  entrepreneursPerSession: z.number().int(),
  kpis: ProgrammeKpisSchema,
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

export const ProgrammeListSchema = z.object({
  items: z.array(ProgrammeSummarySchema),
  /** The fiscal year today falls in (Bangkok), for the page to offer. */
  currentFiscalYear: z.number().int(),
  canManage: z.boolean(),
});
export type ProgrammeList = z.infer<typeof ProgrammeListSchema>;

export const ProgrammeDetailSchema = ProgrammeSummarySchema.extend({
  notes: z.string().nullable(),
  /** Today in Bangkok, against which steps are overdue. */
  today: IsoDateSchema,
  steps: z.array(ProgrammeStepSchema),
  workingGroup: z.array(WorkingGroupMemberSchema),
  canManage: z.boolean(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type ProgrammeDetail = z.infer<typeof ProgrammeDetailSchema>;

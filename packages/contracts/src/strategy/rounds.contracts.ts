/**
 * The strategic plan's progress rounds (issue 15, decision 0043): the IAO or the strategy officer
 * opens a round for a period of a fiscal year; every KPI and project of the plan in force becomes an
 * item its lead unit reports (supporting units add contributions); the reviewers accept or return
 * each report; an executive approves the round when every item is accepted, which freezes it — a
 * later correction is an amendment, reviewed again.
 */
import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import { StrategyComputedProposalSchema, StrategyComputedValueSchema } from './computed-kpis.contracts.ts';
import { PlanShownTextSchema } from './strategy.contracts.ts';

export const strategyRoundKinds = ['six_month', 'twelve_month', 'other'] as const;
export const StrategyRoundKindSchema = z.enum(strategyRoundKinds);
export type StrategyRoundKind = z.infer<typeof StrategyRoundKindSchema>;

export const strategyRoundStatuses = ['open', 'approved'] as const;
export const StrategyRoundStatusSchema = z.enum(strategyRoundStatuses);

export const strategyItemKinds = ['kpi', 'project'] as const;
export const StrategyItemKindSchema = z.enum(strategyItemKinds);
export type StrategyItemKind = z.infer<typeof StrategyItemKindSchema>;

/** An item's state: its lead unit's report's, `not_started` before the lead saves anything. */
export const strategyItemStatuses = ['not_started', 'draft', 'submitted', 'returned', 'accepted'] as const;
export const StrategyItemStatusSchema = z.enum(strategyItemStatuses);
export type StrategyItemStatus = z.infer<typeof StrategyItemStatusSchema>;

export const strategySubmissionStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const StrategySubmissionStatusSchema = z.enum(strategySubmissionStatuses);
export type StrategySubmissionStatus = z.infer<typeof StrategySubmissionStatusSchema>;

export const strategyProjectStatuses = [
  'not_started',
  'in_progress',
  'done',
  'delayed',
  'cancelled',
] as const;
export const StrategyProjectStatusSchema = z.enum(strategyProjectStatuses);

export const strategyReviewActions = ['accepted', 'returned', 'amended'] as const;
export const StrategyReviewActionSchema = z.enum(strategyReviewActions);

/** A directory unit's code: 8 digits (a department, an office) or 4 (a district office). */
export const StrategyUnitCodeSchema = z.string().regex(/^(\d{4}|\d{8})$/);

export const StrategyRoundParamsSchema = z.object({ id: z.uuid() });
export const StrategyItemParamsSchema = z.object({ id: z.uuid() });
export const StrategySubmissionParamsSchema = z.object({ id: z.uuid(), unitCode: StrategyUnitCodeSchema });

/**
 * Opening a round. The period defaults by kind: the six months October–March of the fiscal year, or
 * its twelve months; `other` gives its own.
 */
export const StrategyRoundCreateSchema = z
  .object({
    /** Buddhist era. */
    fiscalYear: z.number().int().min(2560).max(2600),
    kind: StrategyRoundKindSchema,
    periodStart: IsoDateSchema.optional(),
    periodEnd: IsoDateSchema.optional(),
    /** The last day to report; reminders go 7 and 2 days before it. */
    deadline: IsoDateSchema,
  })
  .superRefine((round, context) => {
    if (round.kind === 'other' && (!round.periodStart || !round.periodEnd))
      context.addIssue({
        code: 'custom',
        path: [round.periodStart ? 'periodEnd' : 'periodStart'],
        message: 'strategy:errors.period_required',
      });
    if (round.periodStart && round.periodEnd && round.periodEnd < round.periodStart)
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'strategy:errors.period_reversed' });
  });
export type StrategyRoundCreate = z.infer<typeof StrategyRoundCreateSchema>;

export const StrategyMilestoneSchema = z.object({
  text: z.string().trim().min(1).max(500),
  due: IsoDateSchema.nullable(),
  done: z.boolean(),
});

export const StrategyEvidenceLinkSchema = z.object({
  title: z.string().trim().min(1).max(300),
  url: z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\/\S+$/i, { message: 'strategy:errors.link_invalid' }),
});

const money = z.number().finite().min(0, { message: 'strategy:errors.money_negative' }).max(1e15);

/**
 * What a unit reports: for a KPI the level reached (a rubric) or the value (a number, a percentage);
 * for a project its status, progress, budget and milestones; for both a narrative and evidence links.
 * A field of the other kind of item is refused (by the server, which knows the item).
 */
export const StrategyAnswerInputSchema = z.object({
  levelReached: z.number().int().nullable().default(null),
  value: z.number().finite().nullable().default(null),
  narrative: z.string().trim().max(5000).default(''),
  projectStatus: StrategyProjectStatusSchema.nullable().default(null),
  progressPercent: z
    .number()
    .int()
    .min(0, { message: 'strategy:errors.percent_out_of_range' })
    .max(100, { message: 'strategy:errors.percent_out_of_range' })
    .nullable()
    .default(null),
  budgetPlanned: money.nullable().default(null),
  budgetSpent: money.nullable().default(null),
  milestones: z.array(StrategyMilestoneSchema).max(50).default([]),
  evidenceLinks: z.array(StrategyEvidenceLinkSchema).max(20).default([]),
  /**
   * Why the unit reports another level or value than the platform's proposal (a KPI it computes):
   * required then, not kept when the report agrees (decision 0050).
   */
  overrideReason: z.string().trim().max(2000).nullable().default(null),
});
export type StrategyAnswerInput = z.infer<typeof StrategyAnswerInputSchema>;

/** Saving a unit's report: a draft, or submitted (`submit`), at the version read (absent for the first save). */
export const StrategySubmissionSaveSchema = StrategyAnswerInputSchema.extend({
  version: z.number().int().min(1).optional(),
  submit: z.boolean().default(false),
});
export type StrategySubmissionSave = z.infer<typeof StrategySubmissionSaveSchema>;

/** Correcting an accepted report of an approved round: submitted for review again, with why. */
export const StrategyAmendmentSchema = StrategyAnswerInputSchema.extend({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1, { message: 'strategy:errors.reason_required' }).max(2000),
});
export type StrategyAmendment = z.infer<typeof StrategyAmendmentSchema>;

/** A reviewer's decision on a submitted report: accept, or return with a comment (required). */
export const StrategyReviewInputSchema = z
  .object({
    version: z.number().int().min(1),
    action: z.enum(['accept', 'return']),
    comment: z.string().trim().max(2000).default(''),
  })
  .superRefine((review, context) => {
    if (review.action === 'return' && review.comment.length === 0)
      context.addIssue({ code: 'custom', path: ['comment'], message: 'strategy:errors.comment_required' });
  });
export type StrategyReviewInput = z.infer<typeof StrategyReviewInputSchema>;

export const StrategyRoundApproveSchema = z.object({ version: z.number().int().min(1) });

export const StrategyUnitNameSchema = z.object({ code: z.string(), name: z.string().nullable() });

export const StrategyRoundSummarySchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  kind: StrategyRoundKindSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  deadline: IsoDateSchema,
  status: StrategyRoundStatusSchema,
  /** The plan version the round reports against. */
  planVersion: z.number().int(),
  itemCount: z.number().int(),
  acceptedCount: z.number().int(),
  /** Items whose lead has not submitted although the deadline has passed. */
  lateCount: z.number().int(),
  /** How many items stand in each state (their lead's report's). */
  statusCounts: z.object({
    not_started: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    returned: z.number().int(),
    accepted: z.number().int(),
  }),
  /** Days from today (Bangkok) to the deadline: 0 on the day itself, negative once it has passed. */
  daysLeft: z.number().int(),
  approvedAt: TimestampSchema.nullable(),
  version: z.number().int(),
});
export type StrategyRoundSummary = z.infer<typeof StrategyRoundSummarySchema>;

export const StrategyRoundListSchema = z.object({ items: z.array(StrategyRoundSummarySchema) });

export const StrategyRoundItemSchema = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  kind: StrategyItemKindSchema,
  code: z.string(),
  name: PlanShownTextSchema,
  leadUnit: StrategyUnitNameSchema,
  supportingUnits: z.array(StrategyUnitNameSchema),
  status: StrategyItemStatusSchema,
  /** Not yet submitted (or returned and not resubmitted) although the deadline has passed. */
  isLate: z.boolean(),
  /** Supporting units' contributions submitted. */
  contributionCount: z.number().int(),
  hasAmendment: z.boolean(),
  version: z.number().int(),
});
export type StrategyRoundItem = z.infer<typeof StrategyRoundItemSchema>;

/** A liaison officer of a unit, to be reached about its reports. */
export const StrategyUnitOfficerSchema = z.object({ name: z.string(), email: z.string() });

/** A lead unit with items not submitted: their codes, and the unit's liaison officers (none: not mailed). */
export const StrategyWaitingUnitSchema = z.object({
  unit: StrategyUnitNameSchema,
  itemCodes: z.array(z.string()),
  officers: z.array(StrategyUnitOfficerSchema),
});

/** The strategies and tactics of the round's plan version, each tactic with its items' codes in plan order. */
export const StrategyRoundOutlineSchema = z.array(
  z.object({
    number: z.number().int(),
    name: PlanShownTextSchema,
    tactics: z.array(
      z.object({ code: z.string(), name: PlanShownTextSchema, itemCodes: z.array(z.string()) }),
    ),
  }),
);

export const StrategyRoundDetailSchema = z.object({
  round: StrategyRoundSummarySchema,
  items: z.array(StrategyRoundItemSchema),
  outline: StrategyRoundOutlineSchema,
  /** The lead units late, each with the codes of its late items. */
  late: z.array(StrategyWaitingUnitSchema),
  /** Before the deadline, within its last week: the lead units with items not yet submitted. */
  dueSoon: z.array(StrategyWaitingUnitSchema),
  /** Who approved the round (their name), once approved. */
  approvedBy: z.string().nullable(),
  canReview: z.boolean(),
  canApprove: z.boolean(),
});
export type StrategyRoundDetail = z.infer<typeof StrategyRoundDetailSchema>;

export const StrategyAnswerSchema = z.object({
  levelReached: z.number().int().nullable(),
  value: z.number().nullable(),
  narrative: z.string(),
  projectStatus: StrategyProjectStatusSchema.nullable(),
  progressPercent: z.number().int().nullable(),
  budgetPlanned: z.number().nullable(),
  budgetSpent: z.number().nullable(),
  milestones: z.array(StrategyMilestoneSchema),
  evidenceLinks: z.array(StrategyEvidenceLinkSchema),
});

export const StrategyReviewSchema = z.object({
  action: StrategyReviewActionSchema,
  comment: z.string(),
  by: z.string().nullable(),
  at: TimestampSchema,
  /** For an amendment: the report as it stood before. */
  previous: StrategyAnswerSchema.nullable(),
});

/**
 * The largest evidence file a unit uploads, and how many a report keeps (decision 0047): the limit of
 * deal documents and programme step documents; as many files as evidence links.
 */
export const MAX_STRATEGY_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_STRATEGY_EVIDENCE_FILES = 20;

export const StrategyEvidenceParamsSchema = StrategySubmissionParamsSchema.extend({ fileId: z.uuid() });

/** A file uploaded as evidence of a report (its content is downloaded on its own). */
export const StrategyEvidenceFileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  /** Who uploaded it, by name; null when unknown. */
  uploadedBy: z.string().nullable(),
  uploadedAt: TimestampSchema,
});
export type StrategyEvidenceFile = z.infer<typeof StrategyEvidenceFileSchema>;

/**
 * Whether a report's evidence files may be added or removed (by its unit): while it is a draft or
 * returned in an open round; in an approved round only during an amendment — sent and not yet
 * accepted (decision 0047).
 */
export function isEvidenceEditable(
  roundStatus: z.infer<typeof StrategyRoundStatusSchema>,
  submission: { status: StrategySubmissionStatus; isAmendment: boolean },
): boolean {
  if (roundStatus === 'open') return submission.status === 'draft' || submission.status === 'returned';
  return submission.isAmendment && (submission.status === 'submitted' || submission.status === 'returned');
}

export const StrategySubmissionSchema = StrategyAnswerSchema.extend({
  id: z.uuid(),
  unit: StrategyUnitNameSchema,
  role: z.enum(['lead', 'supporting']),
  status: StrategySubmissionStatusSchema,
  isAmendment: z.boolean(),
  submittedAt: TimestampSchema.nullable(),
  submittedBy: z.string().nullable(),
  version: z.number().int(),
  /** Oldest first. */
  reviews: z.array(StrategyReviewSchema),
  /** What the platform proposed when the report was saved (a KPI it computes; decision 0050). */
  computedValue: StrategyComputedValueSchema.nullable(),
  /** Whether the report's level or value differs from that proposal; its reason is then given. */
  isOverride: z.boolean(),
  overrideReason: z.string().nullable(),
  /** The files uploaded as evidence, oldest first. */
  files: z.array(StrategyEvidenceFileSchema),
});
export type StrategySubmission = z.infer<typeof StrategySubmissionSchema>;

/** How the item is measured: a KPI's rubric (its number of levels), a number, a percentage; a project. */
export const StrategyItemMeasureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rubric'), levels: z.number().int() }),
  z.object({ kind: z.literal('number') }),
  z.object({ kind: z.literal('percent') }),
  z.object({ kind: z.literal('project') }),
]);

export const StrategyItemDetailSchema = z.object({
  round: StrategyRoundSummarySchema,
  item: StrategyRoundItemSchema,
  measure: StrategyItemMeasureSchema,
  /** For a KPI the platform computes: its proposal for the round's period, computed when read (decision 0050). */
  computed: StrategyComputedProposalSchema.nullable(),
  submissions: z.array(StrategySubmissionSchema),
});
export type StrategyItemDetail = z.infer<typeof StrategyItemDetailSchema>;

/** An item the reader's unit must report (lead) or contribute to (supporting), in an open round. */
export const StrategyMyItemSchema = StrategyRoundItemSchema.extend({
  round: StrategyRoundSummarySchema,
  unitCode: z.string(),
  role: z.enum(['lead', 'supporting']),
  /** The unit's own report's state; null before it saves one. */
  submissionStatus: StrategySubmissionStatusSchema.nullable(),
  submissionVersion: z.number().int().nullable(),
});
export const StrategyMyItemListSchema = z.object({ items: z.array(StrategyMyItemSchema) });

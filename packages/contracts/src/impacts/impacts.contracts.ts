/**
 * The impact register (seed 000, success indicators 2 and 3; issue 16; decision 0055): for a theme
 * (first "ASEAN integration", later any global agenda) each unit records the impacts it expects and
 * the duties or roles of its own that must change, each classed urgent / can wait and handled by the
 * unit alone / needing the IAO, with a responsible person and a target date. A unit's answer is saved
 * as a draft, submitted, and accepted or returned by the IAO; an item can become a coordination request.
 */
import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import { UnitKindSchema } from '../liaison/liaison.contracts.ts';

export const impactEffects = ['positive', 'negative'] as const;
export const ImpactEffectSchema = z.enum(impactEffects);
export type ImpactEffect = z.infer<typeof ImpactEffectSchema>;

/** The areas an impact falls in: a fixed list (seed 000 names the physical, organisational and social sides). */
export const impactAreas = [
  'physical',
  'economic',
  'social',
  'environmental',
  'security',
  'political',
  'technological',
  'cultural',
] as const;
export const ImpactAreaSchema = z.enum(impactAreas);
export type ImpactArea = z.infer<typeof ImpactAreaSchema>;

export const impactUrgencies = ['urgent', 'can_wait'] as const;
export const ImpactUrgencySchema = z.enum(impactUrgencies);
export type ImpactUrgency = z.infer<typeof ImpactUrgencySchema>;

/** Who handles it: the unit alone, or the unit with the IAO. */
export const impactHandlings = ['unit', 'needs_iao'] as const;
export const ImpactHandlingSchema = z.enum(impactHandlings);
export type ImpactHandling = z.infer<typeof ImpactHandlingSchema>;

export const impactItemKinds = ['impact', 'duty'] as const;
export const ImpactItemKindSchema = z.enum(impactItemKinds);
export type ImpactItemKind = z.infer<typeof ImpactItemKindSchema>;

/** A unit's answer for a theme: `not_started` before its first save. */
export const impactAnswerStatuses = ['not_started', 'draft', 'submitted', 'returned', 'accepted'] as const;
export const ImpactAnswerStatusSchema = z.enum(impactAnswerStatuses);
export type ImpactAnswerStatus = z.infer<typeof ImpactAnswerStatusSchema>;

export const impactEventActions = ['submitted', 'returned', 'accepted', 'request_opened'] as const;
export const ImpactEventActionSchema = z.enum(impactEventActions);

/** A directory unit's code: 8 digits (a department, an office) or 4 (a district office). */
export const ImpactUnitCodeSchema = z.string().regex(/^(\d{4}|\d{8})$/);

export const ImpactThemeParamsSchema = z.object({ id: z.uuid() });
export const ImpactAnswerParamsSchema = z.object({ id: z.uuid(), unitCode: ImpactUnitCodeSchema });
export const ImpactItemParamsSchema = z.object({ id: z.uuid() });

/** The matrix and its workbook: every unit, or those of one kind. */
export const ImpactMatrixQuerySchema = z.object({ kind: UnitKindSchema.optional() });
export type ImpactMatrixQuery = z.infer<typeof ImpactMatrixQuerySchema>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** A theme as the IAO keeps it. */
export const ImpactThemeInputSchema = z.object({
  nameTh: text(300),
  nameEn: z.string().trim().max(300).default(''),
  description: z.string().trim().max(5000).default(''),
  isOpen: z.boolean().default(true),
  /** The day answers are due, if any; not in the past when it is set or changed. */
  dueOn: IsoDateSchema.nullable().default(null),
});
export type ImpactThemeInput = z.infer<typeof ImpactThemeInputSchema>;

export const ImpactThemeUpdateSchema = ImpactThemeInputSchema.extend({ version: z.number().int().min(1) });
export type ImpactThemeUpdate = z.infer<typeof ImpactThemeUpdateSchema>;

/** What an impact and a duty share: its class, who is responsible, by when. */
const itemFields = {
  /** An item kept from the answer as read; absent for a new one. */
  id: z.uuid().optional(),
  text: text(2000),
  urgency: ImpactUrgencySchema,
  handling: ImpactHandlingSchema,
  /** A person's name (and position, if wished). */
  responsible: text(200),
  /** Not in the past when it is new or changed. */
  targetOn: IsoDateSchema,
};

export const ImpactInputSchema = z.object({
  ...itemFields,
  effect: ImpactEffectSchema,
  area: ImpactAreaSchema,
});
export type ImpactInput = z.infer<typeof ImpactInputSchema>;

export const DutyInputSchema = z.object(itemFields);
export type DutyInput = z.infer<typeof DutyInputSchema>;

export const MAX_IMPACT_ITEMS = 50;

/**
 * Saving a unit's answer: a draft, or submitted (`submit`, which needs at least one impact or duty),
 * at the version read (absent for the first save).
 */
export const ImpactAnswerSaveSchema = z.object({
  version: z.number().int().min(1).optional(),
  submit: z.boolean().default(false),
  impacts: z.array(ImpactInputSchema).max(MAX_IMPACT_ITEMS).default([]),
  duties: z.array(DutyInputSchema).max(MAX_IMPACT_ITEMS).default([]),
});
export type ImpactAnswerSave = z.infer<typeof ImpactAnswerSaveSchema>;

/** The IAO's decision on a submitted answer (or reopening an accepted one): a return needs a comment. */
export const ImpactReviewInputSchema = z
  .object({
    version: z.number().int().min(1),
    action: z.enum(['accept', 'return']),
    comment: z.string().trim().max(2000).default(''),
  })
  .superRefine((review, context) => {
    if (review.action === 'return' && review.comment.length === 0)
      context.addIssue({ code: 'custom', path: ['comment'], message: 'impacts:errors.comment_required' });
  });
export type ImpactReviewInput = z.infer<typeof ImpactReviewInputSchema>;

export const ImpactUnitSchema = z.object({
  code: z.string(),
  name: z.string().nullable(),
  kind: UnitKindSchema.nullable(),
});

export const ImpactThemeSchema = z.object({
  id: z.uuid(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  /** In the reader's language (Thai when there is no English name). */
  name: z.string(),
  description: z.string(),
  isOpen: z.boolean(),
  dueOn: IsoDateSchema.nullable(),
  version: z.number().int(),
});
export type ImpactTheme = z.infer<typeof ImpactThemeSchema>;

/** How many items an answer holds, and of them how many are urgent and how many need the IAO. */
export const ImpactCountsSchema = z.object({
  impacts: z.number().int(),
  duties: z.number().int(),
  urgent: z.number().int(),
  needsIao: z.number().int(),
});
export type ImpactCounts = z.infer<typeof ImpactCountsSchema>;

export const ImpactMyAnswerSchema = z.object({
  unit: ImpactUnitSchema,
  status: ImpactAnswerStatusSchema,
  counts: ImpactCountsSchema,
});

export const ImpactThemeSummarySchema = ImpactThemeSchema.extend({
  /** Units that submitted or whose answer is accepted. */
  answeredCount: z.number().int(),
  acceptedCount: z.number().int(),
  /** The reader's own units' answers (a liaison officer's unit, the IAO for its officers). */
  mine: z.array(ImpactMyAnswerSchema),
});
export type ImpactThemeSummary = z.infer<typeof ImpactThemeSummarySchema>;

export const ImpactThemeListSchema = z.object({
  items: z.array(ImpactThemeSummarySchema),
  canManage: z.boolean(),
  canRead: z.boolean(),
});
export type ImpactThemeList = z.infer<typeof ImpactThemeListSchema>;

/** A unit in the matrix for a theme: its answer's state and counts. */
export const ImpactMatrixCellSchema = z.object({
  themeId: z.uuid(),
  status: ImpactAnswerStatusSchema,
  counts: ImpactCountsSchema,
  updatedAt: TimestampSchema.nullable(),
});
export type ImpactMatrixCell = z.infer<typeof ImpactMatrixCellSchema>;

export const ImpactMatrixRowSchema = z.object({
  unit: ImpactUnitSchema,
  cells: z.array(ImpactMatrixCellSchema),
});

/** Units × themes, in the themes' order. */
export const ImpactMatrixSchema = z.object({
  themes: z.array(ImpactThemeSchema),
  rows: z.array(ImpactMatrixRowSchema),
});
export type ImpactMatrix = z.infer<typeof ImpactMatrixSchema>;

export const ImpactThemeDetailSchema = z.object({
  theme: ImpactThemeSchema,
  /** Every unit (of the kind asked) with its answer's state for this theme. */
  rows: z.array(ImpactMatrixRowSchema),
  statusCounts: z.record(ImpactAnswerStatusSchema, z.number().int()),
  canManage: z.boolean(),
});
export type ImpactThemeDetail = z.infer<typeof ImpactThemeDetailSchema>;

export const ImpactItemSchema = z.object({
  id: z.uuid(),
  kind: ImpactItemKindSchema,
  text: z.string(),
  effect: ImpactEffectSchema.nullable(),
  area: ImpactAreaSchema.nullable(),
  urgency: ImpactUrgencySchema,
  handling: ImpactHandlingSchema,
  responsible: z.string(),
  targetOn: IsoDateSchema,
  /** The coordination request the item became, if it did. */
  requestId: z.uuid().nullable(),
});
export type ImpactItem = z.infer<typeof ImpactItemSchema>;

export const ImpactEventSchema = z.object({
  action: ImpactEventActionSchema,
  comment: z.string(),
  by: z.string().nullable(),
  at: TimestampSchema,
});

export const ImpactAnswerDetailSchema = z.object({
  theme: ImpactThemeSchema,
  unit: ImpactUnitSchema,
  status: ImpactAnswerStatusSchema,
  /** The answer's version (0 before its first save). */
  version: z.number().int(),
  impacts: z.array(ImpactItemSchema),
  duties: z.array(ImpactItemSchema),
  counts: ImpactCountsSchema,
  submittedAt: TimestampSchema.nullable(),
  submittedBy: z.string().nullable(),
  /** Submissions, returns (with the comment), acceptances and requests opened, oldest first. */
  history: z.array(ImpactEventSchema),
  canEdit: z.boolean(),
  canReview: z.boolean(),
  canOpenRequest: z.boolean(),
});
export type ImpactAnswerDetail = z.infer<typeof ImpactAnswerDetailSchema>;

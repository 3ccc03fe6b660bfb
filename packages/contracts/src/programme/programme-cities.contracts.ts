import { z } from 'zod';
import { ProductCategorySchema } from '../catalogue/catalogue.contracts.ts';
import { EmailSchema, IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import { ProgrammeNotesSchema } from './programme-plan.contracts.ts';

// --- Choosing the cities ----------------------------------------------------------------------------

export const rankingReasonCodes = [
  'trade_fields',
  'no_trade_fields',
  'activities',
  'no_recent_activity',
  'past_programmes',
  'shared_hours',
  'no_shared_hours',
  'no_time_zone',
  'no_contact',
  'unconfirmed',
] as const;

/** Why a candidate ranks where it does; the interface words each reason from its code and figures. */
export const RankingReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('trade_fields'), fields: z.array(z.string()) }),
  z.object({ code: z.literal('no_trade_fields'), otherFields: z.number().int() }),
  z.object({
    code: z.literal('activities'),
    count: z.number().int(),
    tradeRelated: z.number().int(),
    latestYear: z.number().int(),
  }),
  z.object({ code: z.literal('no_recent_activity') }),
  z.object({ code: z.literal('past_programmes'), years: z.array(z.number().int()) }),
  z.object({
    code: z.literal('shared_hours'),
    winterMinutes: z.number().int(),
    summerMinutes: z.number().int(),
  }),
  z.object({ code: z.literal('no_shared_hours') }),
  z.object({ code: z.literal('no_time_zone') }),
  z.object({ code: z.literal('no_contact') }),
  z.object({ code: z.literal('unconfirmed') }),
]);
export type RankingReason = z.infer<typeof RankingReasonSchema>;

export const PartnerNameSchema = z.object({
  id: z.uuid(),
  nameTh: z.string().nullable(),
  nameEn: z.string().nullable(),
  countryCode: z.string().nullable(),
  timeZone: z.string().nullable(),
});

export const CandidateSchema = z.object({
  partner: PartnerNameSchema,
  /** Out of 100: trade fields 40, activity 25, past programmes 15, time zones 20. */
  score: z.number(),
  parts: z.object({
    tradeFields: z.number(),
    activity: z.number(),
    pastProgrammes: z.number(),
    timeZone: z.number(),
  }),
  reasons: z.array(RankingReasonSchema),
  isChosen: z.boolean(),
});
export type Candidate = z.infer<typeof CandidateSchema>;
export const CandidateListSchema = z.object({ items: z.array(CandidateSchema) });
export type CandidateList = z.infer<typeof CandidateListSchema>;

/** Where the letter of inquiry to a city stands. */
export const replyStatuses = ['not_sent', 'sent', 'accepted', 'declined', 'no_answer'] as const;
export const ReplyStatusSchema = z.enum(replyStatuses);
export type ReplyStatus = z.infer<typeof ReplyStatusSchema>;

export const ProgrammeCitySchema = z.object({
  id: z.uuid(),
  partner: PartnerNameSchema,
  scoreWhenChosen: z.number().int().nullable(),
  replyStatus: ReplyStatusSchema,
  letterReference: z.string().nullable(),
  letterSentOn: IsoDateSchema.nullable(),
  replyDueOn: IsoDateSchema.nullable(),
  repliedOn: IsoDateSchema.nullable(),
  /** Sent, and no answer by the date one was expected. */
  isReplyOverdue: z.boolean(),
  /** Whether the partner has a contact to address the letter to. */
  hasContact: z.boolean(),
  /** What the city said its businesses are interested in (from its answer). */
  interestCategories: z.array(z.string()),
  interestHsChapters: z.array(z.string()),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type ProgrammeCity = z.infer<typeof ProgrammeCitySchema>;
export const ProgrammeCityListSchema = z.object({ items: z.array(ProgrammeCitySchema) });
export type ProgrammeCityList = z.infer<typeof ProgrammeCityListSchema>;
export const ProgrammeCityParamsSchema = z.object({ id: z.uuid() });

export const ChooseCityInputSchema = z.strictObject({ partnerId: z.uuid() });
export type ChooseCityInput = z.infer<typeof ChooseCityInputSchema>;

export const UpdateProgrammeCityInputSchema = z.strictObject({
  version: z.number().int().min(1),
  replyStatus: ReplyStatusSchema.optional(),
  letterReference: z.string().trim().max(100).nullable().optional(),
  letterSentOn: IsoDateSchema.nullable().optional(),
  replyDueOn: IsoDateSchema.nullable().optional(),
  repliedOn: IsoDateSchema.nullable().optional(),
  interestCategories: z.array(ProductCategorySchema).max(5).optional(),
  /** HS chapters, two digits each ("09" coffee, tea and spices). */
  interestHsChapters: z
    .array(z.string().regex(/^\d{2}$/, { message: 'programme:errors.invalid_hs_chapter' }))
    .max(99)
    .optional(),
  note: ProgrammeNotesSchema.nullable().optional(),
});
export type UpdateProgrammeCityInput = z.infer<typeof UpdateProgrammeCityInputSchema>;

export const letterLanguages = ['th', 'en'] as const;
export const LetterQuerySchema = z.object({ lang: z.enum(letterLanguages).default('th') });

// --- Letterhead of the programme's letters ----------------------------------------------------------

const LetterLineSchema = z.string().trim().max(200);

/** The sender's details printed on the programme's letters; the director signs them (seed 003 §6.1.4). */
export const LetterheadSettingsSchema = z.object({
  organisationTh: LetterLineSchema.min(1),
  organisationEn: LetterLineSchema.min(1),
  addressTh: z.array(LetterLineSchema).max(4),
  addressEn: z.array(LetterLineSchema).max(4),
  phone: LetterLineSchema,
  email: z.union([EmailSchema, z.literal('')]),
  /** The prefix of the office's letter numbers: "กท 1402". */
  referencePrefix: LetterLineSchema,
  directorNameTh: LetterLineSchema,
  directorNameEn: LetterLineSchema,
  directorPositionTh: LetterLineSchema.min(1),
  directorPositionEn: LetterLineSchema.min(1),
});
export type LetterheadSettings = z.infer<typeof LetterheadSettingsSchema>;

export const LetterheadAnswerSchema = z.object({
  settings: LetterheadSettingsSchema,
  /** 0 while the defaults are in use. */
  version: z.number().int(),
  /** The facts still missing from the defaults, for the page to ask for. */
  missing: z.array(z.enum(['phone', 'email', 'referencePrefix', 'directorNameTh', 'directorNameEn'])),
});
export type LetterheadAnswer = z.infer<typeof LetterheadAnswerSchema>;

export const UpdateLetterheadInputSchema = z.strictObject({
  version: z.number().int().min(0),
  settings: LetterheadSettingsSchema.strict(),
});
export type UpdateLetterheadInput = z.infer<typeof UpdateLetterheadInputSchema>;

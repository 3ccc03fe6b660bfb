import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import { PartnerNameSchema } from './programme-cities.contracts.ts';
import { MAX_PLANNED_SESSIONS } from './programme-plan.contracts.ts';

// --- Sessions ---------------------------------------------------------------------------------------

/** The seed's agenda (§6.1.7), and items the officer adds. */
export const agendaItemKinds = [
  'introductions',
  'presentations',
  'buyer_questions',
  'summary',
  'custom',
] as const;
export const AgendaItemKindSchema = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof AgendaItemKindSchema>;

/** The longest title of a session or of an agenda item, in any language. */
export const SESSION_TITLE_MAX = 300;

/**
 * A session's title, or an agenda item's, in the partner cities' languages (decision 0025): the Thai
 * text is the title itself and required; each of these is optional, an empty one counting as none.
 * A reader whose language is missing reads English, else Thai, told so.
 */
export const TitleTranslationsSchema = z.strictObject({
  en: z.string().trim().max(SESSION_TITLE_MAX).optional(),
  ja: z.string().trim().max(SESSION_TITLE_MAX).optional(),
  ko: z.string().trim().max(SESSION_TITLE_MAX).optional(),
  zh: z.string().trim().max(SESSION_TITLE_MAX).optional(),
});
export type TitleTranslations = z.infer<typeof TitleTranslationsSchema>;
/** The languages a title may be translated into (Thai being the title itself). */
export const titleTranslationLanguages = ['en', 'ja', 'ko', 'zh'] as const;

export const AgendaItemSchema = z.object({
  kind: AgendaItemKindSchema,
  /**
   * The officer's words for a custom item, in Thai (required then); the seed's items are named per
   * language by the catalogues.
   */
  title: z.string().trim().max(SESSION_TITLE_MAX).nullable(),
  /** A custom item's title in the other languages. */
  titleTranslations: TitleTranslationsSchema.optional(),
  minutes: z.number().int().min(5).max(240),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** A session runs 2–3 hours (seed 003 §6.1.7). */
export const SESSION_MIN_MINUTES = 120;
export const SESSION_MAX_MINUTES = 180;

export const sessionStatuses = ['planned', 'held', 'cancelled'] as const;
export const SessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

export const connectionTestResults = ['not_tested', 'passed', 'failed'] as const;
export const ConnectionTestResultSchema = z.enum(connectionTestResults);
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;

/** The reasons a time may not suit (scheduling.ts checks them). */
export const slotProblemCodes = [
  'ends_before_start',
  'in_the_past',
  'too_short',
  'too_long',
  'outside_hours',
  'during_lunch',
  'not_a_work_day',
  'holiday',
] as const;
export type SlotProblemCode = (typeof slotProblemCodes)[number];

/** Why a time does not suit, as the page words it. */
export const SlotProblemSchema = z.object({
  code: z.enum(slotProblemCodes),
  /** The partner whose time it is, or null for Bangkok or for the session as a whole. */
  partnerId: z.uuid().nullable(),
  localDate: IsoDateSchema.optional(),
  holidayName: z.string().optional(),
  minutes: z.number().optional(),
  limitMinutes: z.number().optional(),
});
export type SlotProblem = z.infer<typeof SlotProblemSchema>;

/** How a moment reads in one city. */
export const CityTimeSchema = z.object({
  /** Null for Bangkok. */
  partnerId: z.uuid().nullable(),
  timeZone: z.string(),
  localStart: z.string(),
  localEnd: z.string(),
  offsetMinutes: z.number().int(),
  isDaylightSaving: z.boolean(),
});
export type CityTime = z.infer<typeof CityTimeSchema>;

const MeetingUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https:\/\/[^\s]+\.[^\s]+$/i.test(value), {
    message: 'programme:errors.invalid_meeting_url',
  });

export const CreateSessionInputSchema = z.strictObject({
  /** In Thai. */
  title: z.string().trim().min(1).max(SESSION_TITLE_MAX),
  titleTranslations: TitleTranslationsSchema.optional(),
  round: z.number().int().min(1).max(MAX_PLANNED_SESSIONS).optional(),
  /** One city (bilateral) or several (multilateral), each chosen for the year and having accepted. */
  partnerIds: z.array(z.uuid()).min(1).max(8),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  meetingUrl: MeetingUrlSchema.optional(),
  /** Required to keep a time that does not suit every city (outside office hours, lunch, a holiday). */
  overrideReason: z.string().trim().min(1).max(1000).optional(),
  /**
   * Records a session that already took place (last year's, entered after the fact): its time must
   * have passed, it is saved as held, and no one is invited or reminded. A time that did not suit a
   * city needs no reason then: it is what happened, not a choice.
   */
  isAlreadyHeld: z.boolean().optional(),
});
export type CreateSessionInput = z.infer<typeof CreateSessionInputSchema>;

export const UpdateSessionInputSchema = z.strictObject({
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(SESSION_TITLE_MAX).optional(),
  /** All of the title's translations at once: a language left out has none. */
  titleTranslations: TitleTranslationsSchema.optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  endsAt: z.iso.datetime({ offset: true }).optional(),
  meetingUrl: MeetingUrlSchema.nullable().optional(),
  overrideReason: z.string().trim().min(1).max(1000).optional(),
  agenda: z.array(AgendaItemSchema).min(1).max(20).optional(),
  connectionTest: z
    .strictObject({
      at: z.iso.datetime({ offset: true }).nullable(),
      result: ConnectionTestResultSchema,
      note: z.string().trim().max(2000).nullable().optional(),
    })
    .optional(),
  status: SessionStatusSchema.optional(),
});
export type UpdateSessionInput = z.infer<typeof UpdateSessionInputSchema>;

export const SessionParamsSchema = z.object({ id: z.uuid() });

export const SessionSummarySchema = z.object({
  id: z.uuid(),
  fiscalYear: z.number().int(),
  round: z.number().int().nullable(),
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  status: SessionStatusSchema,
  format: z.enum(['bilateral', 'multilateral']),
  cities: z.array(PartnerNameSchema),
  connectionTestResult: ConnectionTestResultSchema,
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;
export const SessionListSchema = z.object({ items: z.array(SessionSummarySchema) });

export const SessionDetailSchema = SessionSummarySchema.extend({
  /** The title (`title`, in Thai) in the other languages written for it. */
  titleTranslations: TitleTranslationsSchema,
  meetingUrl: z.string().nullable(),
  /** Bangkok first, then each city, as its clock shows the session. */
  times: z.array(CityTimeSchema),
  /** What about the time does not suit, judged now (a holiday added later shows here). */
  problems: z.array(SlotProblemSchema),
  scheduleOverrideReason: z.string().nullable(),
  connectionTestAt: TimestampSchema.nullable(),
  connectionTestNote: z.string().nullable(),
  agenda: z.array(AgendaItemSchema),
  agendaMinutes: z.number().int(),
  sessionMinutes: z.number().int(),
  canManage: z.boolean(),
  /** Whether the viewer may choose the businesses presenting (Social Development and the IAO). */
  canChooseBusinesses: z.boolean(),
  /** Whether the viewer may send invitation links (the IAO, or a coordinator for their own city). */
  canInvite: z.boolean(),
  /** Whether the viewer may read what was recorded (attendance, interest, minutes) and the report: staff. */
  canReadRecord: z.boolean(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
});
export type SessionDetail = z.infer<typeof SessionDetailSchema>;

export const SlotSuggestionQuerySchema = z.object({
  /** Comma-separated partner ids. */
  partnerIds: z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).min(1).max(8)),
  from: IsoDateSchema,
  to: IsoDateSchema,
  minutes: z.coerce.number().int().min(30).max(240).default(SESSION_MIN_MINUTES),
});
export const SlotSuggestionsSchema = z.object({
  slots: z.array(
    z.object({ startsAt: TimestampSchema, endsAt: TimestampSchema, times: z.array(CityTimeSchema) }),
  ),
  /** The longest stretch every city shares on the days looked at, when no slot was found. */
  longestSharedMinutes: z.number().int(),
  holidays: z.array(z.object({ partnerId: z.uuid().nullable(), date: IsoDateSchema, name: z.string() })),
});
export type SlotSuggestions = z.infer<typeof SlotSuggestionsSchema>;

import { z } from 'zod';
import { EmailSchema, IsoDateSchema, PhoneSchema, TimestampSchema } from '../shared/common.ts';
import { LocalizedNameSchema, ProductCategorySchema } from '../catalogue/catalogue.contracts.ts';
import { UnitCodeSchema } from '../liaison/liaison.contracts.ts';

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

const NotesSchema = z.string().trim().max(5000);

export const CreateProgrammeInputSchema = z.strictObject({
  fiscalYear: FiscalYearSchema,
  plannedSessions: z.number().int().min(1).max(MAX_PLANNED_SESSIONS).default(DEFAULT_PLANNED_SESSIONS),
  entrepreneursPerSession: z
    .number()
    .int()
    .min(1)
    .max(MAX_ENTREPRENEURS_PER_SESSION)
    .default(DEFAULT_ENTREPRENEURS_PER_SESSION),
  notes: NotesSchema.optional(),
});
export type CreateProgrammeInput = z.input<typeof CreateProgrammeInputSchema>;

export const UpdateProgrammeInputSchema = z.strictObject({
  version: z.number().int().min(1),
  plannedSessions: z.number().int().min(1).max(MAX_PLANNED_SESSIONS).optional(),
  entrepreneursPerSession: z.number().int().min(1).max(MAX_ENTREPRENEURS_PER_SESSION).optional(),
  notes: NotesSchema.nullable().optional(),
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
  note: NotesSchema.nullable().optional(),
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
  note: NotesSchema.nullable().optional(),
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

export const AgendaItemSchema = z.object({
  kind: AgendaItemKindSchema,
  /** The officer's words for a custom item (required then); the seed's items are named per language. */
  title: z.string().trim().max(300).nullable(),
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

/** Why a time does not suit (scheduling.ts), as the page words it. */
export const SlotProblemSchema = z.object({
  code: z.enum([
    'ends_before_start',
    'in_the_past',
    'too_short',
    'too_long',
    'outside_hours',
    'during_lunch',
    'not_a_work_day',
    'holiday',
  ]),
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
  title: z.string().trim().min(1).max(300),
  round: z.number().int().min(1).max(MAX_PLANNED_SESSIONS).optional(),
  /** One city (bilateral) or several (multilateral), each chosen for the year and having accepted. */
  partnerIds: z.array(z.uuid()).min(1).max(8),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  meetingUrl: MeetingUrlSchema.optional(),
  /** Required to keep a time that does not suit every city (outside office hours, lunch, a holiday). */
  overrideReason: z.string().trim().min(1).max(1000).optional(),
});
export type CreateSessionInput = z.infer<typeof CreateSessionInputSchema>;

export const UpdateSessionInputSchema = z.strictObject({
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(300).optional(),
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

// --- The businesses presenting at a session ---------------------------------------------------------

export const SessionProductSchema = z.object({
  id: z.uuid(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  category: z.string(),
  hsCode: z.string().nullable(),
});

export const SessionBusinessSchema = z.object({
  id: z.uuid(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  exportReadiness: z.string(),
  /** Its contacts may be exchanged with the partner side (PDPA consent given, not withdrawn). */
  hasConsent: z.boolean(),
  isSample: z.boolean(),
});

export const RecommendationSchema = z.object({
  business: SessionBusinessSchema,
  score: z.number(),
  /** The categories and HS chapters the cities asked for that its products are in. */
  matchedCategories: z.array(z.string()),
  matchedHsChapters: z.array(z.string()),
  products: z.array(SessionProductSchema),
  isChosen: z.boolean(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
export const RecommendationListSchema = z.object({
  items: z.array(RecommendationSchema),
  /** False when no city of the session said what it is interested in: the list is by readiness alone. */
  hasInterests: z.boolean(),
});
export type RecommendationList = z.infer<typeof RecommendationListSchema>;

export const SessionEntrepreneurSchema = z.object({
  business: SessionBusinessSchema,
  products: z.array(SessionProductSchema),
  overPlanReason: z.string().nullable(),
});
export type SessionEntrepreneur = z.infer<typeof SessionEntrepreneurSchema>;
export const SessionEntrepreneurListSchema = z.object({
  items: z.array(SessionEntrepreneurSchema),
  planned: z.number().int(),
});
export type SessionEntrepreneurList = z.infer<typeof SessionEntrepreneurListSchema>;

export const AddSessionEntrepreneurInputSchema = z.strictObject({
  entrepreneurId: z.uuid(),
  productIds: z.array(z.uuid()).min(1).max(20),
  /** Required beyond the number of entrepreneurs the year plans per session. */
  overPlanReason: z.string().trim().min(1).max(1000).optional(),
});
export type AddSessionEntrepreneurInput = z.infer<typeof AddSessionEntrepreneurInputSchema>;
export const SessionEntrepreneurParamsSchema = z.object({ id: z.uuid(), entrepreneurId: z.uuid() });

// --- Invitations and registration of the partner side --------------------------------------------

/** The languages a partner-side participant reads the registration page in. */
export const participantLanguages = ['en', 'ja', 'ko', 'zh', 'th'] as const;
export const ParticipantLanguageSchema = z.enum(participantLanguages);
export type ParticipantLanguage = z.infer<typeof ParticipantLanguageSchema>;

export const CreateInvitationInputSchema = z.strictObject({
  partnerId: z.uuid(),
  language: ParticipantLanguageSchema.default('en'),
  email: EmailSchema.optional(),
  /** How many days the link stays usable. */
  validDays: z.number().int().min(1).max(60).default(14),
});
export type CreateInvitationInput = z.input<typeof CreateInvitationInputSchema>;

export const invitationStatuses = ['open', 'used', 'expired'] as const;

export const InvitationSchema = z.object({
  id: z.uuid(),
  partnerId: z.uuid(),
  language: ParticipantLanguageSchema,
  email: z.string().nullable(),
  expiresAt: TimestampSchema,
  usedAt: TimestampSchema.nullable(),
  status: z.enum(invitationStatuses),
  /** Who registered with it. */
  participantName: z.string().nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });

/** The link, shown once: only its hash is kept. */
export const CreatedInvitationSchema = InvitationSchema.extend({ link: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

export const InvitationTokenParamsSchema = z.object({ token: z.string().min(20).max(100) });

/** What a partner-side participant sees of the session they are invited to. */
export const PublicInvitationSchema = z.object({
  status: z.enum(['open', 'registered']),
  language: ParticipantLanguageSchema,
  title: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  /** The participant's city, and its time zone, in which the page shows the times. */
  city: z.object({ nameEn: z.string().nullable(), nameTh: z.string().nullable(), timeZone: z.string() }),
  agenda: z.array(AgendaItemSchema),
  products: z.array(
    z.object({
      id: z.uuid(),
      name: LocalizedNameSchema,
      business: LocalizedNameSchema,
      category: z.string(),
    }),
  ),
  /** Given once registered. */
  meetingUrl: z.string().nullable(),
  participant: z.object({ fullName: z.string(), company: z.string() }).nullable(),
});
export type PublicInvitation = z.infer<typeof PublicInvitationSchema>;

export const RegistrationInputSchema = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  company: z.string().trim().min(1).max(300),
  position: z.string().trim().max(200).optional(),
  email: EmailSchema,
  interests: z.string().trim().max(2000).optional(),
});
export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;

import { z } from 'zod';
import { ParticipantLanguageSchema } from '../programme/programme-invitations.contracts.ts';
import { InterestLevelSchema } from '../programme/session-record.contracts.ts';
import { IsoDateSchema, TimestampSchema } from '../shared/common.ts';
import {
  ContactDirectionSchema,
  CurrencySchema,
  DealStageSchema,
  MAX_ORDER_QUANTITY,
} from './deals.contracts.ts';

/**
 * Follow-up rounds (seed 003 §9.2, §10.4): every six months Social Development asks each business
 * that presented at a session what is new — contacts with buyers of partner cities, orders (city,
 * product, quantity) — on a form the business answers signed in, from a single-use link, or by phone
 * to an officer who enters it on its behalf. Closing a round freezes its figures; the IAO receives
 * them as a workbook in the seed's form and as a short report.
 */

export const followUpRoundStatuses = ['open', 'closed'] as const;
export const FollowUpRoundStatusSchema = z.enum(followUpRoundStatuses);
export type FollowUpRoundStatus = z.infer<typeof FollowUpRoundStatusSchema>;

/** A business's answer: nothing new since the last round, or contacts and orders reported. */
export const followUpAnswers = ['nothing_new', 'reported'] as const;
export const FollowUpAnswerSchema = z.enum(followUpAnswers);
export type FollowUpAnswer = z.infer<typeof FollowUpAnswerSchema>;

/** Who gave the answer: the business signed in, the business through its link, an officer on its behalf. */
export const followUpAnsweredAs = ['entrepreneur', 'link', 'staff'] as const;
export const FollowUpAnsweredAsSchema = z.enum(followUpAnsweredAs);
export type FollowUpAnsweredAs = z.infer<typeof FollowUpAnsweredAsSchema>;

/** The reminders of a round, mailed to the businesses that have not answered: 7 and 2 days before the deadline. */
export const followUpReminderKinds = ['week_before', 'two_days_before'] as const;
export type FollowUpReminderKind = (typeof followUpReminderKinds)[number];
export const FOLLOW_UP_REMINDER_DAYS: Record<FollowUpReminderKind, number> = {
  week_before: 7,
  two_days_before: 2,
};

/** What a business reports in a round: a contact with a buyer, or an order. */
export const followUpItemKinds = ['contact', 'order'] as const;
export const FollowUpItemKindSchema = z.enum(followUpItemKinds);
export type FollowUpItemKind = z.infer<typeof FollowUpItemKindSchema>;

/** How a contact reported in a round was made: any channel but the session itself (on record already). */
export const followUpContactChannels = ['email', 'call', 'line', 'visit', 'video'] as const;
export const FollowUpContactChannelSchema = z.enum(followUpContactChannels);

export const MAX_ROUND_BUSINESSES = 2_000;
export const MAX_ROUND_ITEMS = 50;
/** The longest period a round may cover, in days: a year (its usual six months, or a catch-up). */
export const MAX_ROUND_PERIOD_DAYS = 366;
/** The largest rate accepted: more baht than this for one unit of a currency is a typing mistake. */
export const MAX_BAHT_PER_UNIT = 1_000_000;

const NamedSchema = z.object({ id: z.uuid(), name: z.string() });

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// --- Opening a round --------------------------------------------------------------------------------

/** The baht one unit of a currency is worth for the round (no internet is assumed: the officer types it). */
export const FollowUpRateInputSchema = z.object({
  currency: CurrencySchema.refine((code) => code !== 'THB', { message: 'follow_up:errors.rate_for_baht' }),
  bahtPerUnit: z.number().gt(0, { message: 'follow_up:errors.rate_not_positive' }).max(MAX_BAHT_PER_UNIT),
});
export type FollowUpRateInput = z.infer<typeof FollowUpRateInputSchema>;

/** The most currencies a round converts. */
export const MAX_ROUND_RATES = 60;

/** A round's rates: a currency once (the second rate is refused at its field). */
export const FollowUpRatesSchema = z
  .array(FollowUpRateInputSchema)
  .max(MAX_ROUND_RATES)
  .superRefine((rates, context) => {
    const seen = new Set<string>();
    rates.forEach((rate, index) => {
      if (seen.has(rate.currency))
        context.addIssue({
          code: 'custom',
          path: [index, 'currency'],
          message: 'follow_up:errors.rate_twice',
        });
      seen.add(rate.currency);
    });
  });

export const FollowUpRoundCreateSchema = z
  .object({
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    /** The last day to answer; reminders go 7 and 2 days before it. */
    deadline: IsoDateSchema,
    /** The businesses asked (by default every one that presented at a held session in the last two fiscal years). */
    entrepreneurIds: z.array(z.uuid()).min(1).max(MAX_ROUND_BUSINESSES),
    rates: FollowUpRatesSchema.default([]),
  })
  .superRefine((round, context) => {
    if (round.periodEnd < round.periodStart)
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'follow_up:errors.period_reversed' });
    else if (daysBetween(round.periodStart, round.periodEnd) >= MAX_ROUND_PERIOD_DAYS)
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'follow_up:errors.period_too_long' });
    if (round.deadline < round.periodEnd)
      context.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'follow_up:errors.deadline_before_period_end',
      });
    if (new Set(round.entrepreneurIds).size !== round.entrepreneurIds.length)
      context.addIssue({
        code: 'custom',
        path: ['entrepreneurIds'],
        message: 'follow_up:errors.business_twice',
      });
  });
export type FollowUpRoundCreate = z.infer<typeof FollowUpRoundCreateSchema>;
export type FollowUpRoundCreateInput = z.input<typeof FollowUpRoundCreateSchema>;

/**
 * A round's rates corrected while it is open (a rate mistyped, or a currency its answers brought):
 * the whole list as it is to stand, made to the version of the round loaded. A currency left out has
 * no rate any more: its values are reported apart, in their currency.
 */
export const FollowUpRatesUpdateSchema = z.object({
  version: z.number().int().min(1),
  rates: FollowUpRatesSchema,
});
export type FollowUpRatesUpdate = z.infer<typeof FollowUpRatesUpdateSchema>;
export type FollowUpRatesUpdateInput = z.input<typeof FollowUpRatesUpdateSchema>;

export const FollowUpRoundCloseSchema = z.object({ version: z.number().int().min(1) });
export type FollowUpRoundClose = z.infer<typeof FollowUpRoundCloseSchema>;

export const FollowUpRoundParamsSchema = z.object({ id: z.uuid() });
export const FollowUpTokenParamsSchema = z.object({ token: z.string().min(16).max(128) });
export const FollowUpFormQuerySchema = z.object({
  /** The business answered for: an officer entering on a business's behalf, or one who keeps several. */
  entrepreneurId: z.uuid().optional(),
});

/** What a round proposes when Social Development opens one: its period, deadline and businesses. */
export const FollowUpRoundDefaultsSchema = z.object({
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  deadline: IsoDateSchema,
  /** The fiscal years (Buddhist era) whose held sessions the businesses presented at. */
  fiscalYears: z.array(z.number().int()),
  businesses: z.array(
    z.object({
      business: NamedSchema,
      sessions: z.array(z.object({ id: z.uuid(), title: z.string(), heldOn: IsoDateSchema })),
      /** Whether mail reaches it: an address of its own (its single-use link), or an account. */
      isReachable: z.boolean(),
      /** How many entrepreneur accounts keep it (each gets the link to the signed-in form). */
      accountCount: z.number().int(),
    }),
  ),
  /** Currencies of the orders on record, for which a rate is likely needed. */
  currencies: z.array(z.string()),
});
export type FollowUpRoundDefaults = z.infer<typeof FollowUpRoundDefaultsSchema>;

// --- A business's answer ----------------------------------------------------------------------------

export const FollowUpLineInputSchema = z
  .object({
    productId: z.uuid(),
    quantity: z.number().min(0).max(MAX_ORDER_QUANTITY),
    unit: z.string().trim().min(1).max(40),
    value: z.number().min(0).max(1e13).nullable().optional(),
    currency: CurrencySchema.nullable().optional(),
  })
  .superRefine((line, context) => {
    if (line.value != null && !line.currency)
      context.addIssue({ code: 'custom', path: ['currency'], message: 'errors:field.required' });
  });
export type FollowUpLineInput = z.infer<typeof FollowUpLineInputSchema>;

/** A buyer not on record yet: the partner city they are of, their name and organisation. */
export const FollowUpBuyerInputSchema = z.object({
  partnerId: z.uuid(),
  buyerName: z.string().trim().min(1).max(200),
  buyerOrganisation: z.string().trim().max(300).nullable().optional(),
  buyerEmail: z.string().trim().max(254).pipe(z.email()).nullable().optional(),
  buyerLanguage: ParticipantLanguageSchema.default('en'),
});

/**
 * A contact or an order: with a buyer of a deal on record (`dealId`), or with a new one (`buyer`).
 * An order names the products (of the business's catalogue), each with its quantity and unit, and
 * optionally its value and currency; its city is the buyer's.
 */
export const FollowUpItemInputSchema = z
  .object({
    kind: FollowUpItemKindSchema,
    dealId: z.uuid().nullable().optional(),
    buyer: FollowUpBuyerInputSchema.nullable().optional(),
    occurredOn: IsoDateSchema,
    contactDirection: ContactDirectionSchema.nullable().optional(),
    contactChannel: FollowUpContactChannelSchema.nullable().optional(),
    note: z.string().trim().max(2_000).nullable().optional(),
    orderLines: z.array(FollowUpLineInputSchema).max(50).optional(),
  })
  .superRefine((item, context) => {
    const issue = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    if (!item.dealId && !item.buyer) issue(['dealId'], 'follow_up:errors.buyer_required');
    if (item.dealId && item.buyer) issue(['buyer'], 'follow_up:errors.buyer_twice');
    if (item.kind === 'contact') {
      if (!item.contactDirection) issue(['contactDirection'], 'errors:field.required');
      if (!item.contactChannel) issue(['contactChannel'], 'errors:field.required');
      if (item.orderLines?.length) issue(['orderLines'], 'outcomes:errors.not_for_kind');
    } else if (!item.orderLines?.length) issue(['orderLines'], 'follow_up:errors.order_needs_line');
  });
export type FollowUpItemInput = z.infer<typeof FollowUpItemInputSchema>;

const answerFields = {
  answer: FollowUpAnswerSchema,
  items: z.array(FollowUpItemInputSchema).max(MAX_ROUND_ITEMS).default([]),
};

function checkAnswer(
  value: { answer: FollowUpAnswer; items: readonly unknown[] },
  context: z.RefinementCtx,
): void {
  if (value.answer === 'nothing_new' && value.items.length > 0)
    context.addIssue({ code: 'custom', path: ['items'], message: 'follow_up:errors.nothing_new_with_items' });
  if (value.answer === 'reported' && value.items.length === 0)
    context.addIssue({ code: 'custom', path: ['items'], message: 'follow_up:errors.report_something' });
}

/** The answer sent from a single-use link: the link names the business. */
export const FollowUpLinkAnswerInputSchema = z.object(answerFields).superRefine(checkAnswer);
export type FollowUpLinkAnswerInput = z.infer<typeof FollowUpLinkAnswerInputSchema>;

/** The answer sent signed in: by the business, or by an officer on its behalf. */
export const FollowUpAnswerInputSchema = z
  .object({ entrepreneurId: z.uuid(), ...answerFields })
  .superRefine(checkAnswer);
export type FollowUpAnswerInput = z.infer<typeof FollowUpAnswerInputSchema>;
export type FollowUpAnswerFormInput = z.input<typeof FollowUpAnswerInputSchema>;

// --- What the form shows ----------------------------------------------------------------------------

export const FollowUpRoundBriefSchema = z.object({
  id: z.uuid(),
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  deadline: IsoDateSchema,
  status: FollowUpRoundStatusSchema,
});
export type FollowUpRoundBrief = z.infer<typeof FollowUpRoundBriefSchema>;

export const FollowUpGivenAnswerSchema = z.object({
  answer: FollowUpAnswerSchema,
  answeredAt: TimestampSchema,
  answeredAs: FollowUpAnsweredAsSchema,
});

/** What a business's form shows: what is on record for it, and what it answered in this round. */
export const FollowUpFormSchema = z.object({
  round: FollowUpRoundBriefSchema,
  business: NamedSchema,
  /** How the one reading will answer: as the business (signed in, or by its link), or as staff on its behalf. */
  answeringAs: FollowUpAnsweredAsSchema,
  answer: FollowUpGivenAnswerSchema.nullable(),
  /** The held sessions the business presented at, the latest first. */
  sessions: z.array(
    z.object({ id: z.uuid(), title: z.string(), heldOn: IsoDateSchema, cities: z.array(NamedSchema) }),
  ),
  /** The buyers who showed interest in its products at those sessions. */
  interests: z.array(
    z.object({
      sessionId: z.uuid(),
      buyerName: z.string(),
      buyerOrganisation: z.string().nullable(),
      city: NamedSchema,
      product: NamedSchema,
      level: InterestLevelSchema,
    }),
  ),
  /** Its deals so far: a contact or an order may be reported with one of these buyers. */
  deals: z.array(
    z.object({
      id: z.uuid(),
      buyerName: z.string(),
      buyerOrganisation: z.string().nullable(),
      city: NamedSchema,
      stage: DealStageSchema,
      lastEntryOn: IsoDateSchema.nullable(),
    }),
  ),
  /** Its products, for the orders. */
  products: z.array(NamedSchema),
  /** The partner cities it met (at its sessions, or in its deals), for a new buyer. */
  cities: z.array(NamedSchema),
  /** What its answer in this round recorded. */
  reported: z.array(
    z.object({
      dealId: z.uuid(),
      kind: FollowUpItemKindSchema,
      occurredOn: IsoDateSchema,
      buyerName: z.string(),
      city: NamedSchema,
      lines: z.array(z.object({ product: NamedSchema, quantity: z.number(), unit: z.string() })),
    }),
  ),
});
export type FollowUpForm = z.infer<typeof FollowUpFormSchema>;

/** The rounds that asked the signed-in business (its entrepreneurs' page), with its answer to each. */
export const OwnFollowUpRoundListSchema = z.object({
  items: z.array(
    z.object({
      round: FollowUpRoundBriefSchema,
      business: NamedSchema,
      answer: FollowUpGivenAnswerSchema.nullable(),
      /** What its answer recorded in the round, counted as its form lists them (repeat orders are orders). */
      reportedCounts: z.object({ contacts: z.number().int(), orders: z.number().int() }),
    }),
  ),
});
export type OwnFollowUpRoundList = z.infer<typeof OwnFollowUpRoundListSchema>;

// --- A round as Social Development and the IAO see it -----------------------------------------------

export const FollowUpRoundSummarySchema = FollowUpRoundBriefSchema.extend({
  businessCount: z.number().int(),
  answeredCount: z.number().int(),
  reportedCount: z.number().int(),
  nothingNewCount: z.number().int(),
  openedAt: TimestampSchema,
  closedAt: TimestampSchema.nullable(),
  version: z.number().int(),
});
export type FollowUpRoundSummary = z.infer<typeof FollowUpRoundSummarySchema>;

export const FollowUpRoundListSchema = z.object({ items: z.array(FollowUpRoundSummarySchema) });
export type FollowUpRoundList = z.infer<typeof FollowUpRoundListSchema>;

/** A business of the round, live: its answer, how it came, and the mail it was sent. */
export const FollowUpRoundBusinessSchema = z.object({
  business: NamedSchema,
  answer: FollowUpAnswerSchema.nullable(),
  answeredAt: TimestampSchema.nullable(),
  answeredAs: FollowUpAnsweredAsSchema.nullable(),
  /** The officer (or entrepreneur) who answered, by name; null for the link. */
  answeredBy: z.string().nullable(),
  invitedAt: TimestampSchema.nullable(),
  remindedWeekBeforeAt: TimestampSchema.nullable(),
  remindedTwoDaysBeforeAt: TimestampSchema.nullable(),
  /** Contacts and orders its answer recorded. */
  entryCount: z.number().int(),
});
export type FollowUpRoundBusiness = z.infer<typeof FollowUpRoundBusinessSchema>;

/** A round's figures (seed 003 §9.2): contacts by city, orders by city and product, values in baht at its rates. */
export const FollowUpFiguresSchema = z.object({
  contacts: z.object({
    total: z.number().int(),
    confirmed: z.number().int(),
    byCity: z.array(z.object({ city: NamedSchema, count: z.number().int(), confirmed: z.number().int() })),
  }),
  orders: z.array(
    z.object({
      city: NamedSchema,
      product: NamedSchema,
      business: NamedSchema,
      unit: z.string(),
      quantity: z.number(),
      lines: z.number().int(),
      confirmedLines: z.number().int(),
      /** The value of its lines in baht at the round's rates; null when no line had a value. */
      valueBaht: z.number().nullable(),
    }),
  ),
  totals: z.object({
    orderLines: z.number().int(),
    confirmedOrderLines: z.number().int(),
    valueBaht: z.number(),
    /** Values in a currency the round has no rate for: reported apart, in their currency. */
    unconverted: z.array(z.object({ currency: z.string(), value: z.number() })),
    /** The businesses with at least one contact or order counted. */
    businesses: z.number().int(),
  }),
});
export type FollowUpFigures = z.infer<typeof FollowUpFiguresSchema>;

/** An entry of the round changed after it closed: the amendment, kept beside what it replaced. */
export const FollowUpAmendmentSchema = z.object({
  dealId: z.uuid(),
  entryId: z.uuid(),
  amendsEntryId: z.uuid().nullable(),
  kind: z.string(),
  occurredOn: IsoDateSchema,
  business: NamedSchema,
  buyerName: z.string(),
  recordedAt: TimestampSchema,
});

export const FollowUpRoundDetailSchema = FollowUpRoundSummarySchema.extend({
  rates: z.array(z.object({ currency: z.string(), bahtPerUnit: z.number() })),
  businesses: z.array(FollowUpRoundBusinessSchema),
  /** The figures now; and, once closed, as they were frozen, with the amendments made since. */
  figures: z.object({
    current: FollowUpFiguresSchema,
    frozen: FollowUpFiguresSchema.nullable(),
    amendments: z.array(FollowUpAmendmentSchema),
  }),
  /** Whether the reader runs rounds (opens, enters on behalf, closes). */
  canManage: z.boolean(),
});
export type FollowUpRoundDetail = z.infer<typeof FollowUpRoundDetailSchema>;

/** What became of the mail a round sent: kept in the outbox, sent, refused; and businesses with no address. */
export const FollowUpMailCountsSchema = z.object({
  outbox: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  /** Businesses with neither an e-mail address nor an account: to be reached another way. */
  unreachable: z.number().int(),
});
export type FollowUpMailCounts = z.infer<typeof FollowUpMailCountsSchema>;

export const FollowUpRoundOpenedSchema = z.object({
  round: FollowUpRoundDetailSchema,
  mail: FollowUpMailCountsSchema,
});
export type FollowUpRoundOpened = z.infer<typeof FollowUpRoundOpenedSchema>;

/** The language of the round's workbook and report. */
export const FollowUpDocumentQuerySchema = z.object({ lang: z.enum(['th', 'en']).default('th') });

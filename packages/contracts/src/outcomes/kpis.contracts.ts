import { z } from 'zod';
import { ReplyStatusSchema } from '../programme/programme-cities.contracts.ts';
import { IsoDateSchema } from '../shared/common.ts';
import { ContactChannelSchema, ContactDirectionSchema, DealEntryKindSchema } from './deals.contracts.ts';

/** The programme's outcome KPI (seed 003 §9.1.2) and the plan's KPI 1.1.1, as computed from the deals. */
export const OutcomeKpiParamsSchema = z.object({
  fiscalYear: z.coerce.number().int().min(2500).max(2700),
});

/** Seed 003 §9.1.2: at least half of the businesses that presented are contacted about an order. */
export const OUTCOME_TARGET_PERCENT = 50;

/** How many records a level of KPI 1.1.1 lists (the rest are counted). */
export const PLAN_LEVEL_RECORDS_SHOWN = 20;

/** A record named in the reader's language (a business, a partner city, a product). */
const NamedSchema = z.object({ id: z.uuid(), name: z.string() });

export const OutcomeSessionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  /** The session's day in Bangkok. */
  heldOn: IsoDateSchema,
  cities: z.array(NamedSchema),
});
export type OutcomeSession = z.infer<typeof OutcomeSessionSchema>;

/** The entry of a deal that makes a business count: the first confirmed by the buyer, else the first. */
export const QualifyingEntrySchema = z.object({
  dealId: z.uuid(),
  entryId: z.uuid(),
  kind: DealEntryKindSchema,
  occurredOn: IsoDateSchema,
  contactDirection: ContactDirectionSchema.nullable(),
  contactChannel: ContactChannelSchema.nullable(),
  isConfirmed: z.boolean(),
  buyerName: z.string(),
  buyerOrganisation: z.string().nullable(),
  city: NamedSchema,
  /** The session (of the year, with that city) it follows. */
  sessionId: z.uuid(),
});
export type QualifyingEntry = z.infer<typeof QualifyingEntrySchema>;

export const CountedBusinessSchema = z.object({
  business: NamedSchema,
  sessions: z.array(OutcomeSessionSchema),
  entry: QualifyingEntrySchema,
  /** Every entry that would make it count. */
  qualifyingEntries: z.number().int(),
  /** At least one of them confirmed by the buyer. */
  isConfirmed: z.boolean(),
});
export type CountedBusiness = z.infer<typeof CountedBusinessSchema>;

/**
 * Why a business that presented does not count (each that applies):
 * - `no_deal`: no deal recorded for it;
 * - `no_deal_with_session_city`: deals, but none with a buyer of a city of a session it presented at;
 * - `session_exchange_only`: only the exchange of contacts at the session itself;
 * - `dated_before_session`: entries dated before the session;
 * - `closed_without_deal`: the deal closed without one.
 */
export const notCountedReasons = [
  'no_deal',
  'no_deal_with_session_city',
  'session_exchange_only',
  'dated_before_session',
  'closed_without_deal',
] as const;
export const NotCountedReasonSchema = z.enum(notCountedReasons);
export type NotCountedReason = z.infer<typeof NotCountedReasonSchema>;

export const NotCountedBusinessSchema = z.object({
  business: NamedSchema,
  sessions: z.array(OutcomeSessionSchema),
  reasons: z.array(NotCountedReasonSchema).min(1),
  /** Its deals, to look into (with the buyer's city). */
  deals: z.array(z.object({ id: z.uuid(), buyerName: z.string(), city: NamedSchema })),
});
export type NotCountedBusiness = z.infer<typeof NotCountedBusinessSchema>;

export const OutcomeKpiSchema = z.object({
  /** Distinct businesses that presented at the year's held sessions. */
  presented: z.number().int(),
  qualifying: z.number().int(),
  /** Of the qualifying, those with a qualifying entry the buyer confirmed. */
  confirmed: z.number().int(),
  /** qualifying ÷ presented in percent (one decimal); null when no business presented. */
  sharePercent: z.number().nullable(),
  targetPercent: z.number(),
  isTargetMet: z.boolean(),
  counted: z.array(CountedBusinessSchema),
  notCounted: z.array(NotCountedBusinessSchema),
});
export type OutcomeKpi = z.infer<typeof OutcomeKpiSchema>;

/** A record behind a level of KPI 1.1.1: a city chosen, an entry of a deal, or an order line. */
export const PlanLevelRecordSchema = z.object({
  type: z.enum(['programme_city', 'entry', 'order_line']),
  /** The programme city's, the entry's or the order line's id. */
  id: z.uuid(),
  dealId: z.uuid().nullable(),
  entryId: z.uuid().nullable(),
  kind: DealEntryKindSchema.nullable(),
  /** The day it counts by: chosen, dated, or shipped (an order line not shipped: ordered). */
  on: IsoDateSchema,
  business: NamedSchema.nullable(),
  city: NamedSchema,
  buyerName: z.string().nullable(),
  isConfirmed: z.boolean(),
  documentCount: z.number().int(),
  /** A chosen city's answer to the letter of inquiry. */
  replyStatus: ReplyStatusSchema.nullable(),
  product: NamedSchema.nullable(),
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
});
export type PlanLevelRecord = z.infer<typeof PlanLevelRecordSchema>;

/**
 * What a level lacks when it does not hold:
 * 1 `no_cities_chosen`; 2 `no_negotiation`; 3 `no_agreement`, or `agreement_without_document`
 * (agreements there are, none with its document); 4 `no_shipment`, or `orders_not_shipped`;
 * 5 `no_repeat_order`.
 */
export const planLevelMissing = [
  'no_cities_chosen',
  'no_negotiation',
  'no_agreement',
  'agreement_without_document',
  'no_shipment',
  'orders_not_shipped',
  'no_repeat_order',
] as const;
export const PlanLevelMissingSchema = z.enum(planLevelMissing);
export type PlanLevelMissing = z.infer<typeof PlanLevelMissingSchema>;

export const PlanLevelSchema = z.object({
  level: z.number().int().min(1).max(5),
  isMet: z.boolean(),
  /** The records that justify it (the first PLAN_LEVEL_RECORDS_SHOWN), and how many there are. */
  records: z.array(PlanLevelRecordSchema),
  recordCount: z.number().int(),
  /** When it does not hold: what is missing, and the records that come close (an agreement without its document, an order not shipped). */
  missing: PlanLevelMissingSchema.nullable(),
  lacking: z.array(PlanLevelRecordSchema),
  lackingCount: z.number().int(),
});
export type PlanLevel = z.infer<typeof PlanLevelSchema>;

export const PlanKpiSchema = z.object({
  /** The highest level whose condition holds in the year; 0 when none does. */
  level: z.number().int().min(0).max(5),
  levels: z.array(PlanLevelSchema),
});
export type PlanKpi = z.infer<typeof PlanKpiSchema>;

/** What was ordered, by unit (quantities of different units are not added together). */
export const UnitQuantitySchema = z.object({ unit: z.string(), quantity: z.number() });

/** Contacts and products ordered (seed 003 §9.2), each with how many the buyer confirmed. */
export const OutcomeCountsSchema = z.object({
  contacts: z.number().int(),
  confirmedContacts: z.number().int(),
  /** Of the contacts, those exchanged at a session itself. */
  sessionExchanges: z.number().int(),
  orderLines: z.number().int(),
  confirmedOrderLines: z.number().int(),
  quantities: z.array(UnitQuantitySchema),
});
export type OutcomeCounts = z.infer<typeof OutcomeCountsSchema>;

export const OutcomeActivitySchema = z.object({
  /** By session and city; `session` null for what followed no session of the year. */
  rows: z.array(
    OutcomeCountsSchema.extend({
      session: OutcomeSessionSchema.omit({ cities: true }).nullable(),
      city: NamedSchema,
    }),
  ),
  byCity: z.array(OutcomeCountsSchema.extend({ city: NamedSchema })),
  total: OutcomeCountsSchema,
});
export type OutcomeActivity = z.infer<typeof OutcomeActivitySchema>;

/** GET /api/programmes/{fiscalYear}/outcomes */
export const ProgrammeOutcomesSchema = z.object({
  fiscalYear: z.number().int(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  /** Today in Bangkok, when the figures were computed. */
  asOf: IsoDateSchema,
  outcome: OutcomeKpiSchema,
  plan: PlanKpiSchema,
  activity: OutcomeActivitySchema,
});
export type ProgrammeOutcomes = z.infer<typeof ProgrammeOutcomesSchema>;

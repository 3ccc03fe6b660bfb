import { z } from 'zod';
import { ProductCategorySchema } from '../catalogue/catalogue.contracts.ts';
import { IsoDateSchema } from '../shared/common.ts';
import { DealStageSchema } from './deals.contracts.ts';

/**
 * The statistics Social Development keeps of the programme's outcomes (seed 003 §10.4): contacts,
 * deals by stage and orders, grouped by one dimension and filtered on any of them (decision 0036).
 */

/** What the figures can be grouped by, and filtered on. */
export const statisticsDimensions = [
  'city',
  'country',
  'category',
  'hs_section',
  'business',
  'district',
  'fiscal_year',
  'round',
] as const;
export const StatisticsDimensionSchema = z.enum(statisticsDimensions);
export type StatisticsDimension = z.infer<typeof StatisticsDimensionSchema>;

/** The HS sections, I to XXI, in their order. */
export const hsSectionCodes = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
] as const;
export const HsSectionSchema = z.enum(hsSectionCodes);
export type HsSection = z.infer<typeof HsSectionSchema>;

/** The most groups an answer lists (the largest first); the totals count them all. */
export const MAX_STATISTICS_GROUPS = 200;

/** The filters: each narrows every figure to the records of that city, country, category, … */
export const StatisticsFilterSchema = z.object({
  /** The partner city: the deal's buyer's for contacts and deals, the ordering city for orders. */
  city: z.uuid().optional(),
  /** ISO 3166-1 alpha-2 code of that city's country. */
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .optional(),
  category: ProductCategorySchema.optional(),
  hsSection: HsSectionSchema.optional(),
  /** The Bangkok Brand business. */
  business: z.uuid().optional(),
  /** The business's district office (1001–1050). */
  district: z
    .string()
    .trim()
    .regex(/^\d{4}$/)
    .optional(),
  /** Buddhist-era fiscal year (1 October – 30 September) of the entry's date. */
  fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
  /** The follow-up round the entry belongs to. */
  round: z.uuid().optional(),
});
export type StatisticsFilter = z.infer<typeof StatisticsFilterSchema>;

export const StatisticsQuerySchema = StatisticsFilterSchema.extend({
  groupBy: StatisticsDimensionSchema.default('city'),
});
export type StatisticsQuery = z.infer<typeof StatisticsQuerySchema>;

const AmountSchema = z.object({ currency: z.string(), value: z.number() });
export type CurrencyAmount = z.infer<typeof AmountSchema>;

/** The figures of a group (or of all): contacts, deals by stage and orders. */
export const StatisticsFiguresSchema = z.object({
  contacts: z.object({
    total: z.number().int(),
    /** Confirmed by the buyer. */
    confirmed: z.number().int(),
    /** Waiting for the buyer's word. */
    unconfirmed: z.number().int(),
    /** Exchanged at a session, both sides present: nothing for the buyer to confirm. */
    atSession: z.number().int(),
  }),
  deals: z.object({
    total: z.number().int(),
    byStage: z.array(z.object({ stage: DealStageSchema, count: z.number().int() })),
  }),
  orders: z.object({
    /** Order lines (one product each). */
    lines: z.number().int(),
    confirmedLines: z.number().int(),
    unconfirmedLines: z.number().int(),
    /** Quantities, each in its own unit (never added across units). */
    quantities: z.array(z.object({ unit: z.string(), quantity: z.number() })),
    /** Values converted with a follow-up round's rate (baht as they are). */
    valueBaht: z.number(),
    confirmedValueBaht: z.number(),
    /** Values in a currency no round has a rate for: kept in it, and not in `valueBaht`. */
    unconverted: z.array(AmountSchema),
    /** Every value in the currency it was agreed in. */
    original: z.array(AmountSchema),
  }),
});
export type StatisticsFigures = z.infer<typeof StatisticsFiguresSchema>;

export const StatisticsGroupSchema = z.object({
  /** The city's or business's id, the country's or category's code, the fiscal year, the round's id; null for none. */
  key: z.string().nullable(),
  label: z.string(),
  figures: StatisticsFiguresSchema,
});
export type StatisticsGroup = z.infer<typeof StatisticsGroupSchema>;

/** A rate used to convert values to baht. */
export const StatisticsRateSchema = z.object({
  roundId: z.uuid(),
  round: z.string(),
  currency: z.string(),
  bahtPerUnit: z.number(),
});

export const OutcomeStatisticsSchema = z.object({
  groupBy: StatisticsDimensionSchema,
  /** Today in Bangkok: the figures are as of it. */
  asOf: IsoDateSchema,
  /** The filters applied, each with its value named. */
  filters: z.array(z.object({ dimension: StatisticsDimensionSchema, key: z.string(), label: z.string() })),
  totals: StatisticsFiguresSchema,
  /** The largest groups first (by value in baht, then lines, contacts, deals); fiscal years and rounds in time order. */
  groups: z.array(StatisticsGroupSchema),
  /** How many groups there are (more than listed when above MAX_STATISTICS_GROUPS). */
  groupCount: z.number().int(),
  /**
   * Whether a record may count in several groups of this dimension (a deal with products of two
   * categories, a deal with entries in two years): the groups then add up to more than the totals.
   */
  mayCountTwice: z.boolean(),
  /** For each currency converted: the latest round's rate, used for entries outside a round with one. */
  latestRates: z.array(StatisticsRateSchema),
});
export type OutcomeStatistics = z.infer<typeof OutcomeStatisticsSchema>;

/** What the filters can be set to: the values found in the deals, each named. */
export const StatisticsOptionsSchema = z.object({
  cities: z.array(z.object({ key: z.string(), label: z.string() })),
  countries: z.array(z.object({ key: z.string(), label: z.string() })),
  categories: z.array(z.object({ key: ProductCategorySchema, label: z.string() })),
  hsSections: z.array(z.object({ key: HsSectionSchema, label: z.string() })),
  districts: z.array(z.object({ key: z.string(), label: z.string() })),
  fiscalYears: z.array(z.object({ key: z.string(), label: z.string() })),
  rounds: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type StatisticsOptions = z.infer<typeof StatisticsOptionsSchema>;

/**
 * The partner registry (PRODUCT.md §2): Bangkok's sister and friendship cities, organisations,
 * networks and missions, their agreements, activities, contacts and documents.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { ShownTextSchema } from '../catalogue/catalogue-public.contracts.ts';
import {
  EmailSchema,
  importPreviewOf,
  IsoDateSchema,
  PhoneSchema,
  TimestampSchema,
} from '../shared/common.ts';
import { LanguageCodeSchema } from '../liaison/liaison.contracts.ts';

export const partnerKinds = [
  'sister_city',
  'friendship_city',
  'partner_province',
  'international_organisation',
  'city_network',
  'embassy',
  'consulate',
] as const;
export const PartnerKindSchema = z.enum(partnerKinds);
export type PartnerKind = z.infer<typeof PartnerKindSchema>;

export const agreementTypes = [
  'sister_city_agreement',
  'friendship_agreement',
  'mou',
  'protocol',
  'cooperation_agreement',
  'other',
] as const;
export const AgreementTypeSchema = z.enum(agreementTypes);
export type AgreementType = z.infer<typeof AgreementTypeSchema>;

export const activityKinds = [
  'visit_to_bangkok',
  'visit_abroad',
  'delegation',
  'event',
  'meeting',
  'video_conference',
  'project',
  'mou_signing',
] as const;
export const ActivityKindSchema = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/**
 * The areas of global citizenship and cultural engagement an activity promotes: the three areas of
 * KPI 1.3.1 of the foreign-affairs strategic plan (issue 15). Several may apply; none until an officer
 * says which.
 */
export const engagementAreas = ['education', 'arts_culture_creativity', 'global_knowledge'] as const;
export const EngagementAreaSchema = z.enum(engagementAreas);
export type EngagementArea = z.infer<typeof EngagementAreaSchema>;

/**
 * The BMA's part in an activity, KPI 2.3.1's three levels of extending cooperation: it took part in a
 * network's or partner's activity, co-organised it, or was the main host. Not stated (null) until an
 * officer says.
 */
export const bmaRoles = ['participant', 'co_organiser', 'main_host'] as const;
export const BmaRoleSchema = z.enum(bmaRoles);
export type BmaRole = z.infer<typeof BmaRoleSchema>;

/** The level of KPI 2.3.1 each role stands for. */
export const bmaRoleKpiLevel = {
  participant: 1,
  co_organiser: 2,
  main_host: 3,
} as const satisfies Record<BmaRole, number>;

/**
 * How strong the evidence for a fact is: stated by the BMA/IAO with details (`bma`), only on the BMA's
 * list of sister cities (`bma_list`), confirmed by the partner or the news only (`partner_news`), or
 * not confirmed (`unconfirmed`). A record entered in the platform starts `unconfirmed`; any other level
 * must name at least one source (decision 0012).
 */
export const verificationLevels = ['bma', 'bma_list', 'partner_news', 'unconfirmed'] as const;
export const VerificationSchema = z.enum(verificationLevels);
export type Verification = z.infer<typeof VerificationSchema>;

/** Facts the BMA itself states: the only ones shown on the public page (and only with a source). */
export const publicVerificationLevels: readonly Verification[] = ['bma', 'bma_list'];

/** What a record starts as when nobody has said who confirms it. */
export const DEFAULT_VERIFICATION: Verification = 'unconfirmed';

/** Whether a fact at this level must name its source: every level that says someone confirmed it. */
export function needsSource(verification: Verification): boolean {
  return verification !== 'unconfirmed';
}

export const partnerStatuses = ['active', 'dormant'] as const;
export const PartnerStatusSchema = z.enum(partnerStatuses);
export type PartnerStatus = z.infer<typeof PartnerStatusSchema>;

export const DEFAULT_DORMANT_AFTER_MONTHS = 24;

/** ISO 3166-1 alpha-2 country code (upper case is stored; lower case is accepted). */
export const CountryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => code.length === 2 && countries.isValid(code), {
    message: 'partners:errors.invalid_country',
  })
  .describe('An ISO 3166-1 alpha-2 country code');

export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone) && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string()
  .trim()
  .refine(isIanaTimeZone, { message: 'partners:errors.invalid_time_zone' })
  .describe('An IANA time zone such as Asia/Seoul');

export const CooperationFieldCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,40}$/);

const UrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), { message: 'partners:errors.invalid_url' });

export const SourceRefSchema = z.object({ url: z.string().optional(), note: z.string().optional() });
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** The most sources one fact may list. */
export const MAX_SOURCES = 20;
/** The longest note of a source (a citation: a book, a letter and its number, a meeting). */
export const MAX_SOURCE_NOTE_LENGTH = 1000;

/** A source as a form gives it: a web address, a note (a citation), or both. */
export const SourceRefInputSchema = z
  .strictObject({
    url: UrlSchema.optional(),
    note: z.string().trim().min(1).max(MAX_SOURCE_NOTE_LENGTH).optional(),
  })
  .refine((source) => source.url !== undefined || source.note !== undefined, {
    message: 'partners:errors.source_empty',
  });

export const RegionSchema = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() });
export type Region = z.infer<typeof RegionSchema>;

export const CooperationFieldSchema = z.object({
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
});
export type CooperationField = z.infer<typeof CooperationFieldSchema>;

/** What the partner forms and filters choose from. */
export const PartnerReferenceSchema = z.object({
  regions: z.array(RegionSchema),
  cooperationFields: z.array(CooperationFieldSchema),
  /** Country code → region code, for the countries of the world. */
  countryRegions: z.record(z.string(), z.string()),
  aseanCountries: z.array(z.string()),
  dormantAfterMonths: z.number().int(),
});
export type PartnerReference = z.infer<typeof PartnerReferenceSchema>;

export const PartnerSummarySchema = z.object({
  id: z.uuid(),
  kind: PartnerKindSchema,
  nameTh: z.string().nullable(),
  nameEn: z.string().nullable(),
  nameLocal: z.string().nullable(),
  acronym: z.string().nullable(),
  countryCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  isAsean: z.boolean(),
  timeZone: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  verification: VerificationSchema,
  status: PartnerStatusSchema,
  lastActivityOn: IsoDateSchema.nullable(),
  /** The first agreement's year (or the year Bangkok joined, for a network). */
  sinceYear: z.number().int().nullable(),
  agreementTypes: z.array(AgreementTypeSchema),
  agreementCount: z.number().int(),
  activityCount: z.number().int(),
  isSample: z.boolean(),
  archived: z.boolean(),
});
export type PartnerSummary = z.infer<typeof PartnerSummarySchema>;

export const partnerSortKeys = ['name', 'country', 'region', 'since', 'last_activity', 'kind'] as const;

/** A filter of several values in a query string: `?kind=sister_city,city_network`. */
const csvList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50))
    .optional();

export const PartnerListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: csvList(PartnerKindSchema),
  country: csvList(CountryCodeSchema),
  region: csvList(z.string().max(40)),
  asean: z.enum(['yes', 'no']).optional(),
  status: PartnerStatusSchema.optional(),
  agreementType: csvList(AgreementTypeSchema),
  field: csvList(CooperationFieldCodeSchema),
  verification: csvList(VerificationSchema),
  signedFrom: IsoDateSchema.optional(),
  signedTo: IsoDateSchema.optional(),
  includeArchived: z.enum(['yes', 'no']).default('no'),
  sort: z.enum(partnerSortKeys).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuerySchema>;

export const PartnerListSchema = z.object({ items: z.array(PartnerSummarySchema), total: z.number().int() });
export type PartnerList = z.infer<typeof PartnerListSchema>;

export const PartnerParamsSchema = z.object({ id: z.uuid() });
export const PartnerChildParamsSchema = z.object({ id: z.uuid(), childId: z.uuid() });
export const VersionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

export const PartnerContactSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.string()),
  notes: z.string().nullable(),
  version: z.number().int(),
});
export type PartnerContact = z.infer<typeof PartnerContactSchema>;

export const PartnerDocumentSchema = z.object({
  id: z.uuid(),
  agreementId: z.uuid().nullable(),
  activityId: z.uuid().nullable(),
  fileName: z.string(),
  title: z.string().nullable(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  uploadedAt: TimestampSchema,
});
export type PartnerDocument = z.infer<typeof PartnerDocumentSchema>;

export const AgreementSchema = z.object({
  id: z.uuid(),
  type: AgreementTypeSchema,
  title: z.string().nullable(),
  signedOn: IsoDateSchema.nullable(),
  signedYear: z.number().int().nullable(),
  termYears: z.number().int().nullable(),
  expiresOn: IsoDateSchema.nullable(),
  renewalOn: IsoDateSchema.nullable(),
  signatories: z.string().nullable(),
  fields: z.array(z.string()),
  fieldsNote: z.string().nullable(),
  verification: VerificationSchema,
  sources: z.array(SourceRefSchema),
  notes: z.string().nullable(),
  isSample: z.boolean(),
  version: z.number().int(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const ActivitySchema = z.object({
  id: z.uuid(),
  kind: ActivityKindSchema,
  title: z.string(),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema.nullable(),
  fields: z.array(z.string()),
  unitCodes: z.array(z.string()),
  participants: z.string().nullable(),
  outcome: z.string().nullable(),
  /** The KPI 1.3.1 areas it promotes, in the order of `engagementAreas`; empty when not stated. */
  engagementAreas: z.array(EngagementAreaSchema),
  /** Held again each year (KPI 1.3.1's "one of them continuing"). */
  isContinuing: z.boolean(),
  /** The BMA's part (KPI 2.3.1); null when not stated. */
  bmaRole: BmaRoleSchema.nullable(),
  isSample: z.boolean(),
  version: z.number().int(),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** Whether a partner's programme session took place (marked held, or over) or is still to come. */
export const partnerSessionStatuses = ['held', 'to_come'] as const;
export const PartnerSessionStatusSchema = z.enum(partnerSessionStatuses);
export type PartnerSessionStatus = z.infer<typeof PartnerSessionStatusSchema>;

/**
 * A trade programme session the partner takes part in (issue 14), listed beside its activities but
 * kept by the programme: read-only here. Cancelled sessions are not listed.
 */
export const PartnerSessionSchema = z.object({
  id: z.uuid(),
  /** In the reader's language, else English, else Thai, saying which (decision 0025). */
  title: ShownTextSchema,
  startsAt: TimestampSchema,
  /** The day it starts in Bangkok, as the timeline orders it and the dormant rule counts it. */
  startsOn: IsoDateSchema,
  status: PartnerSessionStatusSchema,
  /** The programme's fiscal year (Buddhist era). */
  fiscalYear: z.number().int(),
});
export type PartnerSession = z.infer<typeof PartnerSessionSchema>;

export const PartnerDetailSchema = PartnerSummarySchema.extend({
  nameThSource: z.string().nullable(),
  nameLocalLang: z.string().nullable(),
  positionSource: z.string().nullable(),
  website: z.string().nullable(),
  verificationNote: z.string().nullable(),
  sources: z.array(SourceRefSchema),
  sourceNotes: z.string().nullable(),
  membershipStatus: z.string().nullable(),
  memberSinceYear: z.number().int().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  agreements: z.array(AgreementSchema),
  activities: z.array(ActivitySchema),
  /** Its trade programme sessions, held or to come, earliest first. */
  sessions: z.array(PartnerSessionSchema),
  contacts: z.array(PartnerContactSchema),
  documents: z.array(PartnerDocumentSchema),
  /** What the viewer may do on this record; `openSessions`: open a session's page (sessions:read). */
  can: z.object({
    edit: z.boolean(),
    recordActivity: z.boolean(),
    readAudit: z.boolean(),
    openSessions: z.boolean(),
  }),
});
export type PartnerDetail = z.infer<typeof PartnerDetailSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PartnerInputSchema = z.strictObject({
  kind: PartnerKindSchema,
  nameTh: z.string().trim().min(1).max(300),
  nameEn: optionalText(300),
  nameLocal: optionalText(300),
  nameLocalLang: LanguageCodeSchema.nullable().optional(),
  acronym: optionalText(40),
  countryCode: CountryCodeSchema.nullable().optional(),
  /** Needed only for a body without a country; otherwise the country's region is used. */
  regionCode: z.string().max(40).nullable().optional(),
  timeZone: TimeZoneSchema.nullable().optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  website: UrlSchema.nullable().optional(),
  membershipStatus: optionalText(200),
  memberSinceYear: z.number().int().min(1900).max(2200).nullable().optional(),
  /** How strong the evidence is; `unconfirmed` when not given. Any other level needs a source. */
  verification: VerificationSchema.optional(),
  /** Where the facts come from; at least one for any level but `unconfirmed`. */
  sources: z.array(SourceRefInputSchema).max(MAX_SOURCES).optional(),
  notes: optionalText(5000),
  /**
   * The user has seen the partners with a similar name in the same country and says this one is
   * another: without it, such a partner is refused (409 `partner_possible_duplicate`).
   */
  confirmDuplicate: z.boolean().optional(),
});
export type PartnerInput = z.infer<typeof PartnerInputSchema>;

export const UpdatePartnerInputSchema = PartnerInputSchema.partial().extend({
  version: z.number().int().min(1),
});
export type UpdatePartnerInput = z.infer<typeof UpdatePartnerInputSchema>;

export const AgreementInputSchema = z.strictObject({
  type: AgreementTypeSchema,
  title: optionalText(300),
  signedOn: IsoDateSchema.nullable().optional(),
  /** For an agreement known only to the year; taken from `signedOn` when that is given. */
  signedYear: z.number().int().min(1900).max(2200).nullable().optional(),
  termYears: z.number().int().min(1).max(100).nullable().optional(),
  expiresOn: IsoDateSchema.nullable().optional(),
  renewalOn: IsoDateSchema.nullable().optional(),
  signatories: optionalText(1000),
  fields: z.array(CooperationFieldCodeSchema).max(40).optional(),
  /** `unconfirmed` when not given; any other level needs a source. */
  verification: VerificationSchema.optional(),
  sources: z.array(SourceRefInputSchema).max(MAX_SOURCES).optional(),
  notes: optionalText(5000),
});
export type AgreementInput = z.infer<typeof AgreementInputSchema>;

export const UpdateAgreementInputSchema = AgreementInputSchema.partial().extend({
  version: z.number().int().min(1),
});
export type UpdateAgreementInput = z.infer<typeof UpdateAgreementInputSchema>;

export const ActivityInputSchema = z.strictObject({
  kind: ActivityKindSchema,
  title: z.string().trim().min(1).max(300),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema.nullable().optional(),
  fields: z.array(CooperationFieldCodeSchema).max(40).optional(),
  unitCodes: z
    .array(z.string().regex(/^(\d{8}|10\d{2})$/))
    .max(100)
    .optional(),
  participants: optionalText(5000),
  outcome: optionalText(10000),
  /** The KPI 1.3.1 areas it promotes; empty (not stated) when not given. */
  engagementAreas: z.array(EngagementAreaSchema).max(engagementAreas.length).optional(),
  /** Held again each year; `false` when not given. */
  isContinuing: z.boolean().optional(),
  /** The BMA's part (KPI 2.3.1); null (not stated) when not given. */
  bmaRole: BmaRoleSchema.nullable().optional(),
});
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

export const UpdateActivityInputSchema = ActivityInputSchema.partial().extend({
  version: z.number().int().min(1),
});
export type UpdateActivityInput = z.infer<typeof UpdateActivityInputSchema>;

export const ContactInputSchema = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  role: optionalText(200),
  organisation: optionalText(300),
  email: EmailSchema.nullable().optional(),
  phone: PhoneSchema.nullable().optional(),
  languages: z.array(LanguageCodeSchema).max(20).optional(),
  notes: optionalText(2000),
});
export type ContactInput = z.infer<typeof ContactInputSchema>;

export const UpdateContactInputSchema = ContactInputSchema.partial().extend({
  version: z.number().int().min(1),
});
export type UpdateContactInput = z.infer<typeof UpdateContactInputSchema>;

/**
 * The names of a partner about to be saved, to find those already recorded in the same country (or,
 * without a country, among those without one) with a similar name in any language.
 */
export const SimilarPartnersQuerySchema = z.object({
  nameTh: z.string().trim().max(300).optional(),
  nameEn: z.string().trim().max(300).optional(),
  nameLocal: z.string().trim().max(300).optional(),
  countryCode: CountryCodeSchema.optional(),
  /** The partner being changed, left out of its own likely duplicates. */
  exceptId: z.uuid().optional(),
});
export type SimilarPartnersQuery = z.infer<typeof SimilarPartnersQuerySchema>;

export const ArchivePartnerInputSchema = z.strictObject({ version: z.number().int().min(1) });

/** One sister city on the public page: only facts the BMA confirms. */
export const PublicSisterCitySchema = z.object({
  nameTh: z.string().nullable(),
  nameEn: z.string().nullable(),
  countryCode: z.string().nullable(),
  kind: PartnerKindSchema,
  /** Null unless the agreement's year is confirmed by the BMA. */
  sinceYear: z.number().int().nullable(),
  agreementType: AgreementTypeSchema.nullable(),
});
export const PublicSisterCitiesSchema = z.object({
  items: z.array(PublicSisterCitySchema),
  total: z.number().int(),
  /** Partners not shown because the BMA has not confirmed them. */
  withheld: z.number().int(),
});
export type PublicSisterCities = z.infer<typeof PublicSisterCitiesSchema>;

/** The analysis page's figures (the plan's questions, seed 001 challenges 2–3). */
export const PartnerAnalysisSchema = z.object({
  dormantAfterMonths: z.number().int(),
  totals: z.object({
    partners: z.number().int(),
    asean: z.number().int(),
    active: z.number().int(),
    dormant: z.number().int(),
  }),
  /** Partners per region and kind. */
  byRegionKind: z.array(
    z.object({ regionCode: z.string(), kind: PartnerKindSchema, count: z.number().int() }),
  ),
  agreementsPerYear: z.array(
    z.object({ year: z.number().int(), regionCode: z.string(), count: z.number().int() }),
  ),
  activitiesPerYear: z.array(
    z.object({ year: z.number().int(), regionCode: z.string(), count: z.number().int() }),
  ),
  dormant: z.array(PartnerSummarySchema),
  fieldMatrix: z.array(z.object({ partnerId: z.uuid(), fields: z.array(z.string()) })),
  /** Partners with a position, for the world map. */
  mapPoints: z.array(PartnerSummarySchema),
});
export type PartnerAnalysis = z.infer<typeof PartnerAnalysisSchema>;

export const CooperationFieldInputSchema = z.strictObject({
  code: CooperationFieldCodeSchema,
  nameTh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
});
export type CooperationFieldInput = z.infer<typeof CooperationFieldInputSchema>;

export const PartnerSettingsSchema = z.object({
  dormantAfterMonths: z.number().int().min(1).max(240),
  version: z.number().int(),
});
export const UpdatePartnerSettingsInputSchema = z.strictObject({
  dormantAfterMonths: z.number().int().min(1).max(240),
  version: z.number().int().min(0),
});

export const importKinds = ['partners', 'agreements', 'activities'] as const;
export const ImportKindSchema = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKindSchema>;

export const ImportPreviewSchema = importPreviewOf(ImportKindSchema);
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

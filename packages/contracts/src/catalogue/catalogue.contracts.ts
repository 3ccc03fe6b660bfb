/**
 * The Bangkok Brand catalogue's records (PRODUCT.md §3): entrepreneurs, their products, the products'
 * certifications, and the interest partner-city buyers express in them.
 */
import { z } from 'zod';
import {
  EmailSchema,
  importPreviewOf,
  IsoDateSchema,
  PhoneSchema,
  TimestampSchema,
  pageOf,
} from '../shared/common.ts';
import { LanguageCodeSchema } from '../liaison/liaison.contracts.ts';
import { InterfaceLocaleSchema } from '../identity/identity.contracts.ts';

/** The languages catalogue content is written in: Thai (required), English, Japanese, Korean, Chinese. */
export const contentLanguages = ['th', 'en', 'ja', 'ko', 'zh'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

export const legalForms = [
  'individual',
  'community_enterprise',
  'partnership',
  'company',
  'cooperative',
  'other',
] as const;
export const LegalFormSchema = z.enum(legalForms);
export type LegalForm = z.infer<typeof LegalFormSchema>;

/** Legal forms registered with the Department of Business Development: a 13-digit juristic id. */
export const juristicLegalForms: readonly LegalForm[] = ['partnership', 'company'];

export const exportExperiences = ['none', 'occasional', 'regular'] as const;
export const ExportExperienceSchema = z.enum(exportExperiences);
export type ExportExperience = z.infer<typeof ExportExperienceSchema>;

export const exportReadinessLevels = ['not_ready', 'preparing', 'ready'] as const;
export const ExportReadinessSchema = z.enum(exportReadinessLevels);
export type ExportReadiness = z.infer<typeof ExportReadinessSchema>;

/** How consent to be contacted by partner-city businesses was given (PDPA). */
export const consentMethods = ['signed_form', 'online_form', 'email', 'recorded_verbal'] as const;
export const ConsentMethodSchema = z.enum(consentMethods);
export type ConsentMethod = z.infer<typeof ConsentMethodSchema>;

/** The five Bangkok Brand categories (seed 003 §5.1). */
export const productCategories = [
  'food',
  'beverages',
  'textiles_clothing',
  'souvenirs_decor',
  'herbal_non_food',
] as const;
export const ProductCategorySchema = z.enum(productCategories);
export type ProductCategory = z.infer<typeof ProductCategorySchema>;

export const certificationKinds = ['bangkok_brand', 'thai_fda', 'halal', 'gi', 'organic', 'other'] as const;
export const CertificationKindSchema = z.enum(certificationKinds);
export type CertificationKind = z.infer<typeof CertificationKindSchema>;

/** One of the 50 district offices (unit codes 1001–1050), which certify Bangkok Brand products. */
export const DistrictCodeSchema = z
  .string()
  .trim()
  .regex(/^10(0[1-9]|[1-4]\d|50)$/, { message: 'catalogue:errors.invalid_district' })
  .describe('The unit code of a district office, 1001–1050');

/** Digits with optional dots or spaces (`0901`, `09.01.11`); a heading (4 digits) or subheading (6). */
export const ProductHsCodeSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s.]/g, ''))
  .pipe(z.string().regex(/^\d{4}(\d{2})?$/, { message: 'catalogue:errors.invalid_hs_code' }));

const WebsiteSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), { message: 'partners:errors.invalid_url' });

/** A LINE id as people share it: letters, digits, `.`, `_`, `-`, optionally after an `@`. */
const LineIdSchema = z
  .string()
  .trim()
  .regex(/^@?[a-z0-9._-]{1,50}$/i, { message: 'catalogue:errors.invalid_line_id' });

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** Thai required; the other languages optional (an empty text counts as none). */
export const LocalizedTextInputSchema = (max: number) =>
  z.strictObject({
    th: z.string().trim().min(1).max(max),
    en: optionalText(max),
    ja: optionalText(max),
    ko: optionalText(max),
    zh: optionalText(max),
  });

/** Every language optional (a description may not be written yet). */
export const OptionalLocalizedTextInputSchema = (max: number) =>
  z.strictObject({
    th: optionalText(max),
    en: optionalText(max),
    ja: optionalText(max),
    ko: optionalText(max),
    zh: optionalText(max),
  });

export const LocalizedNameSchema = z.object({
  th: z.string(),
  en: z.string().nullable(),
  ja: z.string().nullable(),
  ko: z.string().nullable(),
  zh: z.string().nullable(),
});
export type LocalizedName = z.infer<typeof LocalizedNameSchema>;

export const OptionalLocalizedSchema = z.object({
  th: z.string().nullable(),
  en: z.string().nullable(),
  ja: z.string().nullable(),
  ko: z.string().nullable(),
  zh: z.string().nullable(),
});
export type OptionalLocalized = z.infer<typeof OptionalLocalizedSchema>;

// --- Entrepreneurs ------------------------------------------------------------------------------------

export const EntrepreneurInputSchema = z.strictObject({
  name: LocalizedTextInputSchema(300),
  ownerName: z.string().trim().min(1).max(200),
  legalForm: LegalFormSchema,
  /** For a partnership or company, the 13-digit juristic id (dashes and spaces allowed). */
  registrationNumber: optionalText(50),
  districtCode: DistrictCodeSchema,
  address: optionalText(1000),
  email: EmailSchema.nullable().optional(),
  phone: PhoneSchema.nullable().optional(),
  website: WebsiteSchema.nullable().optional(),
  lineId: LineIdSchema.nullable().optional(),
  languages: z.array(LanguageCodeSchema).max(20).optional(),
  exportExperience: ExportExperienceSchema.optional(),
  exportReadiness: ExportReadinessSchema.optional(),
  productionCapacity: optionalText(2000),
});
export type EntrepreneurInput = z.infer<typeof EntrepreneurInputSchema>;

export const UpdateEntrepreneurInputSchema = EntrepreneurInputSchema.partial().extend({
  version: z.number().int().min(1),
});
export type UpdateEntrepreneurInput = z.infer<typeof UpdateEntrepreneurInputSchema>;

export const RecordConsentInputSchema = z.strictObject({
  version: z.number().int().min(1),
  method: ConsentMethodSchema,
  /** When consent was given (a signed form's date); now when left out. */
  givenAt: TimestampSchema.optional(),
});
export type RecordConsentInput = z.infer<typeof RecordConsentInputSchema>;

export const WithdrawConsentInputSchema = z.strictObject({ version: z.number().int().min(1) });

/** Archives a business that stopped trading: why is optional; when is recorded. */
export const ArchiveEntrepreneurInputSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: optionalText(500),
});
export type ArchiveEntrepreneurInput = z.infer<typeof ArchiveEntrepreneurInputSchema>;

/** Brings an archived business back into the catalogue. */
export const RestoreEntrepreneurInputSchema = z.strictObject({ version: z.number().int().min(1) });
export type RestoreEntrepreneurInput = z.infer<typeof RestoreEntrepreneurInputSchema>;

export const consentStates = ['none', 'given', 'withdrawn'] as const;

export const ConsentSchema = z.object({
  state: z.enum(consentStates),
  givenAt: TimestampSchema.nullable(),
  method: ConsentMethodSchema.nullable(),
  recordedBy: z.uuid().nullable(),
  withdrawnAt: TimestampSchema.nullable(),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const EntrepreneurSummarySchema = z.object({
  id: z.uuid(),
  name: LocalizedNameSchema,
  legalForm: LegalFormSchema,
  districtCode: z.string(),
  languages: z.array(z.string()),
  exportExperience: ExportExperienceSchema,
  exportReadiness: ExportReadinessSchema,
  productCount: z.number().int(),
  listedProductCount: z.number().int(),
  isSample: z.boolean(),
  /**
   * When the business was archived (stopped trading); null while active. An archived business and its
   * products are out of the public catalogue and of the pickers; staff still read them.
   */
  archivedAt: TimestampSchema.nullable(),
});
export type EntrepreneurSummary = z.infer<typeof EntrepreneurSummarySchema>;

export const entrepreneurArchivedFilters = ['exclude', 'include', 'only'] as const;
export type EntrepreneurArchivedFilter = (typeof entrepreneurArchivedFilters)[number];

export const EntrepreneurListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  district: DistrictCodeSchema.optional(),
  exportReadiness: ExportReadinessSchema.optional(),
  /** Archived businesses: left out (the default, as every picker wants), shown with the others, or alone. */
  archived: z.enum(entrepreneurArchivedFilters).default('exclude'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type EntrepreneurListQuery = z.infer<typeof EntrepreneurListQuerySchema>;

export const EntrepreneurListSchema = pageOf(EntrepreneurSummarySchema);
export type EntrepreneurList = z.infer<typeof EntrepreneurListSchema>;

// --- Products and certifications ----------------------------------------------------------------------

export const CertificationInputSchema = z.strictObject({
  kind: CertificationKindSchema,
  /** Bangkok Brand: the year certified. */
  yearCertified: z.number().int().min(2000).max(2200).nullable().optional(),
  validFrom: IsoDateSchema.nullable().optional(),
  validUntil: IsoDateSchema.nullable().optional(),
  /** Bangkok Brand: the district office that certified the product. */
  districtCode: DistrictCodeSchema.nullable().optional(),
  /** Thai FDA: the อย. number (13 digits, XX-X-XXXXX-X-XXXX); others: the certificate's number. */
  number: optionalText(100),
  /** Other certifications: what it is ("Thai Halal", "GI Khao Hom Mali"). */
  name: optionalText(200),
  issuer: optionalText(200),
});
export type CertificationInput = z.infer<typeof CertificationInputSchema>;

export const UpdateCertificationInputSchema = CertificationInputSchema.omit({ kind: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type UpdateCertificationInput = z.infer<typeof UpdateCertificationInputSchema>;

export const CertificationSchema = z.object({
  id: z.uuid(),
  kind: CertificationKindSchema,
  yearCertified: z.number().int().nullable(),
  validFrom: IsoDateSchema.nullable(),
  validUntil: IsoDateSchema.nullable(),
  districtCode: z.string().nullable(),
  /** Thai FDA numbers are written XX-X-XXXXX-X-XXXX. */
  number: z.string().nullable(),
  name: z.string().nullable(),
  issuer: z.string().nullable(),
  /** Valid on today's date in Bangkok. */
  isValidToday: z.boolean(),
  version: z.number().int(),
});
export type Certification = z.infer<typeof CertificationSchema>;

const priceSchema = z.number().min(0).max(100_000_000);

export const ProductInputSchema = z.strictObject({
  name: LocalizedTextInputSchema(300),
  description: OptionalLocalizedTextInputSchema(5000).optional(),
  category: ProductCategorySchema,
  hsCode: ProductHsCodeSchema,
  priceMinThb: priceSchema.nullable().optional(),
  priceMaxThb: priceSchema.nullable().optional(),
  minimumOrderQuantity: z.number().int().min(1).max(100_000_000).nullable().optional(),
  /** The unit of the minimum order, as the business words it ("ชิ้น", "boxes of 12"). */
  minimumOrderUnit: optionalText(50),
  leadTimeDays: z.number().int().min(0).max(730).nullable().optional(),
  /** None for goods that do not spoil. */
  shelfLifeDays: z.number().int().min(1).max(36_500).nullable().optional(),
  packaging: optionalText(1000),
});
export type ProductInput = z.infer<typeof ProductInputSchema>;

export const UpdateProductInputSchema = ProductInputSchema.partial().extend({
  version: z.number().int().min(1),
});
export type UpdateProductInput = z.infer<typeof UpdateProductInputSchema>;

/** Which texts of a product exist in each language. */
export const LanguageCompletenessSchema = z.object({
  language: z.enum(contentLanguages),
  name: z.boolean(),
  description: z.boolean(),
});
export type LanguageCompleteness = z.infer<typeof LanguageCompletenessSchema>;

/** What a buyer weighs a product by, in the catalogue and the public catalogue alike. */
export const ProductTermsSchema = z.object({
  category: ProductCategorySchema,
  hsCode: z.string(),
  priceMinThb: z.number().nullable(),
  priceMaxThb: z.number().nullable(),
  minimumOrderQuantity: z.number().int().nullable(),
  minimumOrderUnit: z.string().nullable(),
  leadTimeDays: z.number().int().nullable(),
  shelfLifeDays: z.number().int().nullable(),
});
export type ProductTerms = z.infer<typeof ProductTermsSchema>;

export const ProductSchema = z.object({
  id: z.uuid(),
  entrepreneurId: z.uuid(),
  entrepreneurName: LocalizedNameSchema,
  districtCode: z.string(),
  name: LocalizedNameSchema,
  description: OptionalLocalizedSchema,
  ...ProductTermsSchema.shape,
  packaging: z.string().nullable(),
  completeness: z.array(LanguageCompletenessSchema),
  /** Has a Bangkok Brand certification valid today: shown in the public catalogue. */
  isListed: z.boolean(),
  /** Its business is archived: the product is not listed, whatever its certifications. */
  isBusinessArchived: z.boolean(),
  certifications: z.array(CertificationSchema),
  isSample: z.boolean(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  can: z.object({ edit: z.boolean(), readInterests: z.boolean(), expressInterest: z.boolean() }),
});
export type Product = z.infer<typeof ProductSchema>;

export const ProductListQuerySchema = z.object({
  entrepreneur: z.uuid().optional(),
  category: ProductCategorySchema.optional(),
  district: DistrictCodeSchema.optional(),
  listed: z.enum(['yes', 'no']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProductListQuery = z.infer<typeof ProductListQuerySchema>;

export const ProductListSchema = pageOf(ProductSchema);
export type ProductList = z.infer<typeof ProductListSchema>;

export const EntrepreneurDetailSchema = EntrepreneurSummarySchema.extend({
  /** Personal data: null for partner-city readers unless the business consents to be contacted. */
  ownerName: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  lineId: z.string().nullable(),
  /** The contact details were withheld from this reader (no consent, or consent withdrawn). */
  contactsHidden: z.boolean(),
  productionCapacity: z.string().nullable(),
  /** The consent record; null for readers who see only the published catalogue. */
  consent: ConsentSchema.nullable(),
  /** Why the business was archived, when it is and a reason was given. */
  archiveReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  products: z.array(ProductSchema),
  /** `manage`: invite an entrepreneur, archive, restore or delete the business (never the business itself). */
  can: z.object({ edit: z.boolean(), manage: z.boolean() }),
});
export type EntrepreneurDetail = z.infer<typeof EntrepreneurDetailSchema>;

export const InviteEntrepreneurInputSchema = z.strictObject({
  email: EmailSchema,
  /** The account's name; the owner's name when left out. */
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: InterfaceLocaleSchema.optional(),
});
export type InviteEntrepreneurInput = z.infer<typeof InviteEntrepreneurInputSchema>;

// --- Interest -----------------------------------------------------------------------------------------

export const InterestInputSchema = z.strictObject({ message: optionalText(2000) });
export type InterestInput = z.infer<typeof InterestInputSchema>;

export const InterestSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  buyerUserId: z.uuid(),
  buyerName: z.string(),
  /** The partner city the buyer belongs to. */
  partnerId: z.uuid().nullable(),
  message: z.string().nullable(),
  createdAt: TimestampSchema,
});
export type Interest = z.infer<typeof InterestSchema>;

export const InterestListSchema = z.object({ items: z.array(InterestSchema) });

export const CatalogueParamsSchema = z.object({ id: z.uuid() });
export const CatalogueChildParamsSchema = z.object({ id: z.uuid(), childId: z.uuid() });

// --- Import -------------------------------------------------------------------------------------------

export const catalogueImportKinds = ['entrepreneurs', 'products'] as const;
export const CatalogueImportKindSchema = z.enum(catalogueImportKinds);
export type CatalogueImportKind = z.infer<typeof CatalogueImportKindSchema>;

export const CatalogueImportPreviewSchema = importPreviewOf(CatalogueImportKindSchema);
export type CatalogueImportPreview = z.infer<typeof CatalogueImportPreviewSchema>;

/**
 * The catalogue as buyers abroad see it: products listed today, each text in the buyer's language
 * where the business wrote one, else in English, else in Thai — and saying which.
 */
import { z } from 'zod';
import { pageOf } from '../shared/common.ts';
import {
  CertificationKindSchema,
  contentLanguages,
  DistrictCodeSchema,
  ExportReadinessSchema,
  ProductCategorySchema,
  ProductTermsSchema,
} from './catalogue.contracts.ts';

export const ContentLanguageSchema = z.enum(contentLanguages);

/** The longest search accepted: a longer one is refused with a message, never cut silently. */
export const MAX_CATALOGUE_SEARCH_LENGTH = 200;

export const CatalogueQuerySchema = z.object({
  q: z.string().trim().max(MAX_CATALOGUE_SEARCH_LENGTH).optional(),
  /** The language the buyer reads; texts fall back to English, then Thai. */
  lang: ContentLanguageSchema.default('en'),
  category: ProductCategorySchema.optional(),
  district: DistrictCodeSchema.optional(),
  certification: CertificationKindSchema.optional(),
  exportReady: z.enum(['yes']).optional(),
  maxMinimumOrder: z.coerce.number().int().min(1).max(100_000_000).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(60).default(24),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

/** A text in the language asked for, or the language it fell back to. */
export const ShownTextSchema = z.object({
  text: z.string(),
  lang: ContentLanguageSchema,
  /** True when the text is not in the language asked for. */
  isFallback: z.boolean(),
});
export type ShownText = z.infer<typeof ShownTextSchema>;

export const CatalogueProductSchema = z.object({
  id: z.uuid(),
  name: ShownTextSchema,
  description: ShownTextSchema.nullable(),
  ...ProductTermsSchema.shape,
  business: z.object({
    id: z.uuid(),
    name: ShownTextSchema,
    districtCode: z.string(),
    languages: z.array(z.string()),
    exportReadiness: ExportReadinessSchema,
  }),
  /** The certifications valid today. */
  certifications: z.array(
    z.object({
      kind: CertificationKindSchema,
      validUntil: z.string().nullable(),
      number: z.string().nullable(),
      name: z.string().nullable(),
    }),
  ),
  /** In the order the business put them; the first is the product's picture in lists. */
  photos: z.array(z.object({ id: z.uuid(), width: z.number().int(), height: z.number().int() })),
  isSample: z.boolean(),
});
export type CatalogueProduct = z.infer<typeof CatalogueProductSchema>;

export const CataloguePageSchema = pageOf(CatalogueProductSchema).extend({
  /** The matches were counted only up to `total`: there are more (the search should be narrowed). */
  totalIsCapped: z.boolean(),
});
export type CataloguePage = z.infer<typeof CataloguePageSchema>;

export const photoSizes = ['thumb', 'card', 'full'] as const;
export const PhotoSizeSchema = z.enum(photoSizes);

/** A product photo; each size is at `/api/catalogue/photos/{id}/{size}` (WebP, no metadata). */
export const ProductPhotoSchema = z.object({
  id: z.uuid(),
  width: z.number().int(),
  height: z.number().int(),
});
export type ProductPhoto = z.infer<typeof ProductPhotoSchema>;

/**
 * The public catalogue (no sign-in): the products listed today, searched and filtered, each text in
 * the buyer's language with the fallback said. Contact details never appear here.
 */
import { z } from 'zod';
import {
  CatalogueParamsSchema,
  CatalogueProductSchema,
  CataloguePageSchema,
  CatalogueQuerySchema,
  ContentLanguageSchema,
  ErrorResponseSchema,
  type CatalogueProduct,
  type ContentLanguage,
  type ShownText,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createRouter, defineRoute, jsonAnswer, pageAnswer } from '../../shared/http.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import { localizedDescription, localizedName, presentProductTerms } from './catalogue.presenter.ts';
import { bangkokDistricts } from './catalogue.reference.ts';
import {
  findListedProduct,
  searchCatalogue,
  type CatalogueBusinessRow,
  type CatalogueCertification,
  type CatalogueProductRow,
  type CataloguePhoto,
} from './catalogue.search.ts';

type Localized = {
  th: string | null;
  en: string | null;
  ja: string | null;
  ko: string | null;
  zh: string | null;
};

/** The text in `lang`, else English, else Thai; null when none of them is written. */
export function shownText(texts: Localized, lang: ContentLanguage): ShownText | null {
  for (const candidate of [lang, 'en', 'th'] as const) {
    const text = texts[candidate];
    if (text) return { text, lang: candidate, isFallback: candidate !== lang };
  }
  return null;
}

type ProductRow = CatalogueProductRow;
type BusinessRow = CatalogueBusinessRow;
type CertificationRow = CatalogueCertification;

function isValidOn(certification: CertificationRow, today: string): boolean {
  return (
    (certification.validFrom === null || certification.validFrom <= today) &&
    (certification.validUntil === null || certification.validUntil >= today)
  );
}

export function presentCatalogueProduct(
  product: ProductRow,
  business: BusinessRow,
  certifications: readonly CertificationRow[],
  photos: readonly CataloguePhoto[],
  lang: ContentLanguage,
  today: string,
): CatalogueProduct {
  const thaiName = { text: product.nameTh, lang: 'th' as const, isFallback: lang !== 'th' };
  return {
    id: product.id,
    name: shownText(localizedName(product), lang) ?? thaiName,
    description: shownText(localizedDescription(product), lang),
    ...presentProductTerms(product),
    business: {
      id: business.id,
      name: shownText(localizedName(business), lang) ?? { ...thaiName, text: business.nameTh },
      districtCode: business.districtCode,
      languages: business.languages,
      exportReadiness: CatalogueProductSchema.shape.business.shape.exportReadiness.parse(
        business.exportReadiness,
      ),
    },
    certifications: certifications
      .filter((certification) => isValidOn(certification, today))
      .map((certification) => ({
        kind: CatalogueProductSchema.shape.certifications.element.shape.kind.parse(certification.kind),
        validUntil: certification.validUntil,
        number: certification.number,
        name: certification.name,
      })),
    photos: photos.map((photo) => ({ id: photo.id, width: photo.width, height: photo.height })),
    isSample: product.isSample,
  };
}

const searchPublicCatalogue = defineRoute('public', {
  method: 'get',
  path: '/public/catalogue/products',
  tags: ['catalogue'],
  summary: 'Bangkok Brand products listed today, searched in Thai, English, Japanese, Korean or Chinese',
  description:
    'Only products with a Bangkok Brand certification valid today (Bangkok time). `q` matches names, descriptions, the business, the category and the HS code in any of the five languages, tolerating misspellings; results are ranked by how well they match. Texts are in `lang`, else English, else Thai, and say so.',
  request: { query: CatalogueQuerySchema },
  responses: { 200: jsonAnswer(CataloguePageSchema, 'A page of matching products, best first') },
});

const getPublicProduct = defineRoute('public', {
  method: 'get',
  path: '/public/catalogue/products/{id}',
  tags: ['catalogue'],
  summary: 'One Bangkok Brand product listed today, for a buyer',
  description:
    'The same product as in the search, texts in `lang`, else English, else Thai. A product not listed today (no valid Bangkok Brand certification) is not found.',
  request: { params: CatalogueParamsSchema, query: z.object({ lang: ContentLanguageSchema.default('en') }) },
  responses: {
    200: jsonAnswer(CatalogueProductSchema, 'The product'),
    404: jsonAnswer(ErrorResponseSchema, 'No product with this id is listed today'),
  },
});

/** A district office as buyers need it: its code and its Thai and English names. */
const PublicDistrictSchema = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() });
const PublicDistrictListSchema = z.object({ items: z.array(PublicDistrictSchema) });

const listPublicDistricts = defineRoute('public', {
  method: 'get',
  path: '/public/catalogue/districts',
  tags: ['catalogue'],
  summary: "Bangkok's 50 districts, to filter the public catalogue by",
  description: 'From the reference file data/reference/districts.csv, in code order.',
  responses: { 200: jsonAnswer(PublicDistrictListSchema, 'The 50 districts') },
});

/** The districts, from the reference file (they are not edited in the platform's catalogue). */
function publicDistricts(): z.infer<typeof PublicDistrictListSchema> {
  return {
    items: bangkokDistricts().map((district) => ({
      code: district.code,
      nameTh: district.nameTh,
      nameEn: district.nameEn,
    })),
  };
}

export function createPublicCatalogueRoutes({ db, clock }: { db: Db; clock: Clock }) {
  return createRouter()
    .openapi(searchPublicCatalogue, async (c) => {
      const query = c.req.valid('query');
      const today = bangkokToday(clock.now());
      const found = await searchCatalogue(
        db,
        {
          q: query.q,
          category: query.category,
          districtCode: query.district,
          certification: query.certification,
          exportReady: query.exportReady === 'yes',
          maxMinimumOrder: query.maxMinimumOrder,
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        },
        today,
      );
      const items = found.items.map(({ product, business, certifications, photos }) =>
        presentCatalogueProduct(product, business, certifications, photos, query.lang, today),
      );
      return c.json({ ...pageAnswer(items, found.total, query), totalIsCapped: found.totalIsCapped }, 200);
    })
    .openapi(getPublicProduct, async (c) => {
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const today = bangkokToday(clock.now());
      const found = await findListedProduct(db, id, today);
      if (!found) throw new AppError(catalogueErrors.product_not_found);
      return c.json(
        presentCatalogueProduct(
          found.product,
          found.business,
          found.certifications,
          found.photos,
          lang,
          today,
        ),
        200,
      );
    })
    .openapi(listPublicDistricts, (c) => c.json(publicDistricts(), 200));
}

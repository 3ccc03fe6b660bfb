/**
 * The public catalogue (no sign-in): the products listed today, searched and filtered, each text in
 * the buyer's language with the fallback said. Contact details never appear here.
 */
import { inArray } from 'drizzle-orm';
import {
  CatalogueProductSchema,
  CataloguePageSchema,
  CatalogueQuerySchema,
  type CatalogueProduct,
  type ContentLanguage,
  type ShownText,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { productCertifications, type entrepreneurs, type products } from './catalogue.schema.ts';
import { photosOf, type PhotoRow } from './catalogue.repository.ts';
import { searchCatalogue } from './catalogue.search.ts';

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

type ProductRow = typeof products.$inferSelect;
type BusinessRow = typeof entrepreneurs.$inferSelect;
type CertificationRow = typeof productCertifications.$inferSelect;

const namesOf = (row: ProductRow | BusinessRow): Localized => ({
  th: row.nameTh,
  en: row.nameEn,
  ja: row.nameJa,
  ko: row.nameKo,
  zh: row.nameZh,
});

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
  photos: readonly PhotoRow[],
  lang: ContentLanguage,
  today: string,
): CatalogueProduct {
  const thaiName = { text: product.nameTh, lang: 'th' as const, isFallback: lang !== 'th' };
  return {
    id: product.id,
    name: shownText(namesOf(product), lang) ?? thaiName,
    description: shownText(
      {
        th: product.descriptionTh,
        en: product.descriptionEn,
        ja: product.descriptionJa,
        ko: product.descriptionKo,
        zh: product.descriptionZh,
      },
      lang,
    ),
    category: CatalogueProductSchema.shape.category.parse(product.category),
    hsCode: product.hsCode,
    priceMinThb: product.priceMinThb,
    priceMaxThb: product.priceMaxThb,
    minimumOrderQuantity: product.minimumOrderQuantity,
    minimumOrderUnit: product.minimumOrderUnit,
    leadTimeDays: product.leadTimeDays,
    shelfLifeDays: product.shelfLifeDays,
    business: {
      id: business.id,
      name: shownText(namesOf(business), lang) ?? { ...thaiName, text: business.nameTh },
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

export function createPublicCatalogueRoutes({ db, clock }: { db: Db; clock: Clock }) {
  return createRouter().openapi(searchPublicCatalogue, async (c) => {
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
    const ids = found.items.map((item) => item.product.id);
    const certifications =
      ids.length > 0
        ? await db.select().from(productCertifications).where(inArray(productCertifications.productId, ids))
        : [];
    const photos = await photosOf(db, ids);
    const items = found.items.map(({ product, business }) =>
      presentCatalogueProduct(
        product,
        business,
        certifications.filter((certification) => certification.productId === product.id),
        photos.filter((photo) => photo.productId === product.id),
        query.lang,
        today,
      ),
    );
    return c.json({ items, total: found.total, page: query.page, pageSize: query.pageSize }, 200);
  });
}

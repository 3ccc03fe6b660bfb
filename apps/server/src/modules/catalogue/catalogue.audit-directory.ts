/**
 * The catalogue's records as the audit trail names them: a business and a product by their names in
 * the reader's language, each on its page; a certification and a buyer's interest within their
 * product, on the product's page.
 */
import { eq, inArray } from 'drizzle-orm';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { entrepreneurs, productCertifications, productInterests, products } from './catalogue.schema.ts';

/** Names are kept in Thai always and in English where given. */
function nameIn(row: { nameTh: string; nameEn: string | null }, locale: InterfaceLocale): string {
  return locale === 'en' && row.nameEn ? row.nameEn : row.nameTh;
}

/** Records kept under a product (a certification, an interest), each named within its product. */
async function underProducts(
  db: Db,
  rows: { id: string; name: string | null; productId: string }[],
  locale: InterfaceLocale,
) {
  const productIds = [...new Set(rows.map((row) => row.productId))];
  const named =
    productIds.length === 0
      ? []
      : await db
          .select({ id: products.id, nameTh: products.nameTh, nameEn: products.nameEn })
          .from(products)
          .where(inArray(products.id, productIds));
  const productNames = new Map(named.map((product) => [product.id, nameIn(product, locale)]));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        name: row.name,
        within: productNames.get(row.productId) ?? null,
        page: { type: 'product', id: row.productId } as const,
      },
    ]),
  );
}

export function createCatalogueAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    entrepreneur: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({ id: entrepreneurs.id, nameTh: entrepreneurs.nameTh, nameEn: entrepreneurs.nameEn })
        .from(entrepreneurs)
        .where(inArray(entrepreneurs.id, wanted));
      return new Map(
        rows.map((row) => [row.id, { name: nameIn(row, locale), page: { type: 'business', id: row.id } }]),
      );
    }),
    product: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: products.id,
          nameTh: products.nameTh,
          nameEn: products.nameEn,
          businessTh: entrepreneurs.nameTh,
          businessEn: entrepreneurs.nameEn,
        })
        .from(products)
        .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
        .where(inArray(products.id, wanted));
      return new Map(
        rows.map((row) => [
          row.id,
          {
            name: nameIn(row, locale),
            within: nameIn({ nameTh: row.businessTh, nameEn: row.businessEn }, locale),
            page: { type: 'product', id: row.id },
          },
        ]),
      );
    }),
    certification: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: productCertifications.id,
          name: productCertifications.name,
          productId: productCertifications.productId,
        })
        .from(productCertifications)
        .where(inArray(productCertifications.id, wanted));
      return underProducts(db, rows, locale);
    }),
    product_interest: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: productInterests.id,
          name: productInterests.buyerName,
          productId: productInterests.productId,
        })
        .from(productInterests)
        .where(inArray(productInterests.id, wanted));
      return underProducts(db, rows, locale);
    }),
  };
}

/**
 * The businesses a trade session may present (seed 003 §6.1.5: Social Development selects them to
 * suit what the partner city asked for): those with products listed today, with the products that
 * are in the categories or HS chapters asked for. Read only; the programme ranks them.
 */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { isListedSql } from './catalogue.repository.ts';
import { entrepreneurs, products } from './catalogue.schema.ts';

/** A record's id and its name in each language of the catalogue. */
interface Named {
  id: string;
  nameTh: string;
  nameEn: string | null;
  nameJa: string | null;
  nameKo: string | null;
  nameZh: string | null;
}

export interface CandidateProduct extends Named {
  category: string;
  hsCode: string | null;
}

export interface CandidateBusiness extends Named {
  exportReadiness: string;
  languages: string[];
  /** Where the business is reached (reminders of the sessions it presents at). */
  email: string | null;
  /** Whether partner-city businesses may be given its contacts (PDPA consent given, not withdrawn). */
  hasConsent: boolean;
  isSample: boolean;
  products: CandidateProduct[];
}

/** At most this many products are read: a ranking needs the best businesses, not every product. */
const MAX_PRODUCTS = 2000;

/**
 * The businesses with products listed today that match `interests` (any category, any HS chapter);
 * with no interests given, every business with a listed product.
 */
export async function listSessionCandidates(
  db: Db,
  today: string,
  interests: { categories: readonly string[]; hsChapters: readonly string[] },
): Promise<CandidateBusiness[]> {
  const matches: SQL[] = [];
  if (interests.categories.length > 0) matches.push(inArray(products.category, [...interests.categories]));
  if (interests.hsChapters.length > 0)
    matches.push(inArray(sql`substr(${products.hsCode}, 1, 2)`, [...interests.hsChapters]));
  const rows = await db
    .select({ product: products, business: entrepreneurs })
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .where(and(isListedSql(today), matches.length > 0 ? or(...matches) : undefined))
    .orderBy(asc(entrepreneurs.nameTh), asc(entrepreneurs.id), asc(products.nameTh))
    .limit(MAX_PRODUCTS);
  return groupByBusiness(rows);
}

/**
 * The businesses given, with all their products whether listed today or not: what a session presented
 * stays on its record after a certification ends. With `lockForShare` (inside a transaction) the
 * businesses cannot change — a consent cannot be withdrawn — until the transaction ends.
 */
export async function findSessionBusinesses(
  db: Db,
  entrepreneurIds: readonly string[],
  { lockForShare = false }: { lockForShare?: boolean } = {},
): Promise<CandidateBusiness[]> {
  if (entrepreneurIds.length === 0) return [];
  const query = db
    .select({ product: products, business: entrepreneurs })
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .where(inArray(entrepreneurs.id, [...entrepreneurIds]))
    .orderBy(asc(entrepreneurs.nameTh), asc(entrepreneurs.id), asc(products.nameTh));
  return groupByBusiness(lockForShare ? await query.for('share', { of: entrepreneurs }) : await query);
}

function groupByBusiness(
  rows: readonly { product: typeof products.$inferSelect; business: typeof entrepreneurs.$inferSelect }[],
): CandidateBusiness[] {
  const byBusiness = new Map<string, CandidateBusiness>();
  for (const { product, business } of rows) {
    const entry = byBusiness.get(business.id) ?? {
      id: business.id,
      nameTh: business.nameTh,
      nameEn: business.nameEn,
      nameJa: business.nameJa,
      nameKo: business.nameKo,
      nameZh: business.nameZh,
      exportReadiness: business.exportReadiness,
      languages: business.languages,
      email: business.email,
      hasConsent: business.consentGivenAt !== null && business.consentWithdrawnAt === null,
      isSample: business.isSample,
      products: [],
    };
    entry.products.push({
      id: product.id,
      nameTh: product.nameTh,
      nameEn: product.nameEn,
      nameJa: product.nameJa,
      nameKo: product.nameKo,
      nameZh: product.nameZh,
      category: product.category,
      hsCode: product.hsCode,
    });
    byBusiness.set(business.id, entry);
  }
  return [...byBusiness.values()];
}

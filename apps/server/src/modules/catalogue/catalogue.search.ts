/**
 * The public catalogue's search: the products listed today (a valid Bangkok Brand certification),
 * filtered, and ranked by how well their words match the buyer's words in any of the five languages.
 *
 * Each product keeps two documents of words (see catalogue.search-text.ts): its names in every
 * language, and everything a buyer may search by (names, descriptions, the business, the category's
 * name in the five languages, the HS code and its description). A page is the products whose names
 * are nearest to the searched words (pg_trgm word distance, read nearest first off a GiST index and
 * forgiving misspellings), then, when the names do not fill it, those found by an HS code, a category's
 * name or the rest of the document. Decision 0015 explains the choices and the measured speed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { and, asc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import { productCategories, type ProductCategory } from '@bia/contracts';
import { rowsOf, type Db } from '../../db/client.ts';
import { isListedSql } from './catalogue.repository.ts';
import { entrepreneurs, productCertifications, products } from './catalogue.schema.ts';
import { queryWords, searchDocument } from './catalogue.search-text.ts';
import { hsCodes } from './hs.schema.ts';

/**
 * How alike a search word must be to a word of the product's names (0–1; pg_trgm's default is 0.6):
 * low enough to forgive a misspelt name.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.45;
/**
 * How alike a search word must be to a whole word of everything else (descriptions, the business, the
 * category, the HS description): stricter, or a common word ("paste") would match "pasteurised" in a
 * fifth of the catalogue.
 */
export const DOCUMENT_SIMILARITY_THRESHOLD = 0.6;
/**
 * Matches are counted up to this many, and the page says "more than 100": counting every match of a
 * common word would cost more than finding the page (at 100,000 products, median 93 ms at 1,000, 49 ms
 * at 100).
 */
export const MAX_COUNTED = 100;
/** A word of digits that can be (the start of) an HS code. */
const HS_CODE_WORD = /^[0-9]{2,6}$/;

const categoriesFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../data/reference/catalogue/categories.csv',
);

interface CategoryRow {
  code: string;
  name_th: string;
  name_en: string;
  name_ja: string;
  name_ko: string;
  name_zh: string;
}

let categoryNames: Map<string, string[]> | undefined;

/** The name of each category in the five languages, from `data/reference/catalogue/categories.csv`. */
export function categoryNamesOf(category: string): string[] {
  if (!categoryNames) {
    const rows: CategoryRow[] = parse(fs.readFileSync(categoriesFile), { columns: true, bom: true });
    categoryNames = new Map(
      rows.map((row) => [row.code, [row.name_th, row.name_en, row.name_ja, row.name_ko, row.name_zh]]),
    );
  }
  return categoryNames.get(category) ?? [];
}

/** The category whose name (in any of the five languages) is exactly the words searched, if one is. */
export function categoryNamed(words: readonly string[]): ProductCategory | undefined {
  const searched = words.join(' ');
  return productCategories.find((category) =>
    categoryNamesOf(category).some((name) => queryWords(name).join(' ') === searched),
  );
}

type ProductTexts = Pick<
  typeof products.$inferSelect,
  | 'nameTh'
  | 'nameEn'
  | 'nameJa'
  | 'nameKo'
  | 'nameZh'
  | 'descriptionTh'
  | 'descriptionEn'
  | 'descriptionJa'
  | 'descriptionKo'
  | 'descriptionZh'
  | 'category'
  | 'hsCode'
>;
type BusinessNames = Pick<
  typeof entrepreneurs.$inferSelect,
  'nameTh' | 'nameEn' | 'nameJa' | 'nameKo' | 'nameZh'
>;

/** The two documents a product is searched by. */
export function productSearchDocuments(
  product: ProductTexts,
  business: BusinessNames,
  hsDescription: string | null,
): { nameDocument: string; searchDocument: string } {
  const names = [product.nameTh, product.nameEn, product.nameJa, product.nameKo, product.nameZh];
  return {
    nameDocument: searchDocument(names),
    searchDocument: searchDocument([
      ...names,
      product.descriptionTh,
      product.descriptionEn,
      product.descriptionJa,
      product.descriptionKo,
      product.descriptionZh,
      business.nameTh,
      business.nameEn,
      business.nameJa,
      business.nameKo,
      business.nameZh,
      ...categoryNamesOf(product.category),
      product.hsCode,
      hsDescription,
    ]),
  };
}

/** Writes the search documents of products again (after a change to them or to their business). */
export async function refreshSearchDocuments(db: Db, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  const rows = await db
    .select({ product: products, business: entrepreneurs, hsDescription: hsCodes.descriptionEn })
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .leftJoin(hsCodes, eq(hsCodes.code, products.hsCode))
    .where(inArray(products.id, [...productIds]));
  for (const row of rows) {
    await db
      .update(products)
      .set(productSearchDocuments(row.product, row.business, row.hsDescription))
      .where(eq(products.id, row.product.id));
  }
}

/** Writes the search documents of every product of a business again (its name changed). */
export async function refreshBusinessSearchDocuments(db: Db, entrepreneurId: string): Promise<void> {
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(eq(products.entrepreneurId, entrepreneurId));
  await refreshSearchDocuments(
    db,
    rows.map((row) => row.id),
  );
}

export interface CatalogueSearch {
  q?: string | undefined;
  category?: ProductCategory | undefined;
  districtCode?: string | undefined;
  /** Products holding a certification of this kind valid today (besides Bangkok Brand). */
  certification?: string | undefined;
  exportReady?: boolean | undefined;
  /** Products whose minimum order is at most this many units. */
  maxMinimumOrder?: number | undefined;
  limit: number;
  offset: number;
}

/** A search of the listed products: the page of matches, best first, and how many match in all. */
export async function searchCatalogue(db: Db, search: CatalogueSearch, today: string) {
  const words = search.q ? queryWords(search.q) : [];
  const conditions: SQL[] = [isListedSql(today)];
  if (search.category) conditions.push(eq(products.category, search.category));
  if (search.districtCode) conditions.push(eq(entrepreneurs.districtCode, search.districtCode));
  if (search.exportReady) conditions.push(eq(entrepreneurs.exportReadiness, 'ready'));
  if (search.maxMinimumOrder !== undefined)
    conditions.push(sql`coalesce(${products.minimumOrderQuantity}, 1) <= ${search.maxMinimumOrder}`);
  if (search.certification)
    conditions.push(sql`exists (
      select 1 from ${productCertifications} c
       where c.product_id = ${products.id} and c.kind = ${search.certification}
         and (c.valid_until is null or c.valid_until >= ${today}::date))`);

  // A search of words with nothing to match (only punctuation) finds nothing, not everything.
  if (search.q && words.length === 0) return { items: [], total: 0, totalIsCapped: false };
  const filters = and(...conditions);
  const page = { limit: search.limit, offset: search.offset };
  if (words.length === 0) {
    return db.transaction(async (tx) => {
      const rows = await selectPage(tx, filters, [asc(products.nameTh), asc(products.id)], page);
      const total = await countUpTo(tx, filters, MAX_COUNTED + 1);
      return { items: rows, ...cappedTotal(total) };
    });
  }

  // The search as one text of words: its distance to a document is pg_trgm's word distance, which a
  // GiST trigram index answers nearest first, so a page is read without scoring every match.
  const text = words.join(' ');
  const codes = words.filter((word) => HS_CODE_WORD.test(word));
  const category = categoryNamed(words);
  const byName = and(filters, sql`${text} <% ${products.nameDocument}`);
  // What else finds a product, cheapest first: an HS code by its first digits, a category by its name
  // in any language, else the words of everything it is searched by.
  let restMatch: SQL;
  let restOrder: SQL;
  if (codes.length === words.length) {
    restMatch = sql`(${sql.join(
      codes.map((code) => like(products.hsCode, `${code}%`)),
      sql` or `,
    )})`;
    restOrder = sql`${products.hsCode}`;
  } else if (category) {
    restMatch = eq(products.category, category);
    restOrder = sql`${products.nameTh}`;
  } else {
    restMatch = sql`${text} <<% ${products.searchDocument}`;
    restOrder = sql`${text} <<<-> ${products.searchDocument}`;
  }
  const byRest = and(filters, sql`not (${text} <% ${products.nameDocument})`, restMatch);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select
      set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true),
      set_config('pg_trgm.strict_word_similarity_threshold', ${String(DOCUMENT_SIMILARITY_THRESHOLD)}, true)`);
    // First the products whose names match, nearest first; then those found only by the rest of what
    // they are searched by (the business, the category, the HS code, the descriptions). The order is
    // the distance alone: a second sort key would make PostgreSQL sort every match instead of reading
    // the nearest off the index (8 ms against 110 ms for "chili paste" at 100,000 products).
    const namedCount = await countUpTo(tx, byName, MAX_COUNTED + 1);
    const items: Awaited<ReturnType<typeof selectPage>> = [];
    if (page.offset < namedCount) {
      items.push(...(await selectPage(tx, byName, [sql`${text} <<-> ${products.nameDocument}`], page)));
    }
    // When the names fill the page, the rest is not looked for: the best matches are the names, and
    // a product found only by its description would come after all of them anyway.
    if (namedCount >= page.offset + page.limit) return { items, ...cappedTotal(namedCount) };
    const restCount = await countUpTo(tx, byRest, MAX_COUNTED + 1 - namedCount);
    const stillWanted = page.limit - items.length;
    if (stillWanted > 0 && restCount > 0) {
      items.push(
        ...(await selectPage(tx, byRest, [restOrder], {
          limit: stillWanted,
          offset: Math.max(0, page.offset - namedCount),
        })),
      );
    }
    return { items, ...cappedTotal(namedCount + restCount) };
  });
}

type Executor = Db;

/** A count made up to MAX_COUNTED + 1, as the page says it. */
function cappedTotal(counted: number): { total: number; totalIsCapped: boolean } {
  return { total: Math.min(counted, MAX_COUNTED), totalIsCapped: counted > MAX_COUNTED };
}

/** A page of products with their business, in the order given. */
async function selectPage(
  db: Executor,
  where: SQL | undefined,
  order: SQL[],
  page: { limit: number; offset: number },
) {
  return db
    .select({ product: products, business: entrepreneurs })
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .where(where)
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
}

/** How many products match, counting no further than `cap`: a common word must not cost a full count. */
async function countUpTo(db: Executor, where: SQL | undefined, cap: number): Promise<number> {
  if (cap <= 0) return 0;
  const [counted] = rowsOf<{ total: number }>(
    await db.execute(sql`select count(*)::int as total from (
      select 1 from ${products}
        join ${entrepreneurs} on ${entrepreneurs.id} = ${products.entrepreneurId}
       where ${where ?? sql`true`} limit ${cap}) matches`),
  );
  return counted?.total ?? 0;
}

/**
 * The public catalogue's search: the products listed today (a valid Bangkok Brand certification),
 * filtered, and ranked by how well their words match the buyer's words in any of the five languages.
 *
 * A lexicon holds every distinct word of the catalogue once (`search_terms`), and each product the ids
 * of its words (`product_search_terms`): those of its names, and all it is found by (names,
 * descriptions, the business, the category's name in the five languages, the HS code and its
 * description). A search matches each of its words against the lexicon by pg_trgm word similarity
 * (forgiving misspellings, finding a word inside a longer one), then reads the products holding the
 * terms found through GIN indexes, ranked by the similarity of their words, names above the rest;
 * when every word has a term of its own, the best page is read off the names' terms in index order
 * (`product_name_terms`) instead. Decision 0015 explains the choices and the measured speed.
 */
import { and, eq, getTableName, inArray, sql, type SQL } from 'drizzle-orm';
import type { ProductCategory } from '@bia/contracts';
import { rowsOf, type Db } from '../../db/client.ts';
import { MINUTE_MS } from '../../shared/time.ts';
import { isListedSql } from './catalogue.repository.ts';
import {
  entrepreneurs,
  productCertifications,
  productNameTerms,
  productPhotos,
  products,
  productSearchTerms,
  searchTerms,
} from './catalogue.schema.ts';
import { searchQueryWords, type QueryWord } from './catalogue.search-text.ts';
// How alike a searched word and a term must be ("past" finds "paste"), as in the partner registry.
import { WORD_SIMILARITY_THRESHOLD } from '../../shared/search-text.ts';

/** The most alike terms of the lexicon kept for each searched word (a short word is like many). */
export const MAX_TERMS_PER_WORD = 16;
/** A word found beside the names (description, business, category, HS code) counts this much. */
export const OTHER_TEXT_WEIGHT = 0.5;
/**
 * Matches are counted up to this many, and the page says "more than 100": counting every match of a
 * common word would cost more than finding the page.
 */
export const MAX_COUNTED = 100;

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

/**
 * What the public catalogue shows of a product and of its business, and nothing more: no contact
 * details, no import keys, no dates of the records. A page reads these columns only.
 */
export const catalogueProductColumns = {
  id: products.id,
  nameTh: products.nameTh,
  nameEn: products.nameEn,
  nameJa: products.nameJa,
  nameKo: products.nameKo,
  nameZh: products.nameZh,
  descriptionTh: products.descriptionTh,
  descriptionEn: products.descriptionEn,
  descriptionJa: products.descriptionJa,
  descriptionKo: products.descriptionKo,
  descriptionZh: products.descriptionZh,
  category: products.category,
  hsCode: products.hsCode,
  priceMinThb: products.priceMinThb,
  priceMaxThb: products.priceMaxThb,
  minimumOrderQuantity: products.minimumOrderQuantity,
  minimumOrderUnit: products.minimumOrderUnit,
  leadTimeDays: products.leadTimeDays,
  shelfLifeDays: products.shelfLifeDays,
  isSample: products.isSample,
};
export const catalogueBusinessColumns = {
  id: entrepreneurs.id,
  nameTh: entrepreneurs.nameTh,
  nameEn: entrepreneurs.nameEn,
  nameJa: entrepreneurs.nameJa,
  nameKo: entrepreneurs.nameKo,
  nameZh: entrepreneurs.nameZh,
  districtCode: entrepreneurs.districtCode,
  languages: entrepreneurs.languages,
  exportReadiness: entrepreneurs.exportReadiness,
};

/** What a buyer is shown of a product's certification (the presenter keeps those valid today). */
export interface CatalogueCertification {
  kind: string;
  validFrom: string | null;
  validUntil: string | null;
  number: string | null;
  name: string | null;
}
/** What a buyer is shown of a product's photo: its id, to load its sizes, and its proportions. */
export interface CataloguePhoto {
  id: string;
  width: number;
  height: number;
}

/** A page's products with their certifications and photos, read with them (one statement). */
const pageColumns = {
  product: catalogueProductColumns,
  business: catalogueBusinessColumns,
  certifications: sql<CatalogueCertification[]>`coalesce((
    select json_agg(json_build_object('kind', c.kind, 'validFrom', c.valid_from, 'validUntil', c.valid_until,
                                      'number', c.number, 'name', c.name)
                    order by c.kind, c.valid_until desc, c.id)
      from ${productCertifications} c where c.product_id = ${products.id}), '[]'::json)`,
  photos: sql<CataloguePhoto[]>`coalesce((
    select json_agg(json_build_object('id', ph.id, 'width', ph.width, 'height', ph.height)
                    order by ph.position, ph.id)
      from ${productPhotos} ph where ph.product_id = ${products.id}), '[]'::json)`,
};

type ProductRow = typeof products.$inferSelect;
type BusinessRow = typeof entrepreneurs.$inferSelect;
export type CatalogueProductRow = Pick<ProductRow, keyof typeof catalogueProductColumns>;
export type CatalogueBusinessRow = Pick<BusinessRow, keyof typeof catalogueBusinessColumns>;
type PageRow = {
  product: CatalogueProductRow;
  business: CatalogueBusinessRow;
  certifications: CatalogueCertification[];
  photos: CataloguePhoto[];
};
interface Page {
  limit: number;
  offset: number;
}

/** A search of the listed products: the page of matches, best first, and how many match in all. */
export async function searchCatalogue(db: Db, search: CatalogueSearch, today: string) {
  const words = search.q ? await searchQueryWords(search.q) : [];
  // A search of words with nothing to match (only punctuation) finds nothing, not everything.
  if (search.q && words.length === 0) return nothingFound();
  const page = { limit: search.limit, offset: search.offset };
  if (words.length === 0) return listingPage(db, search, today, page);

  const matches = (await termsMatching(db, words)).filter((terms) => terms.length > 0);
  // A word no product has (a typo beyond repair, a word of another catalogue) is left out; when no
  // word is left, nothing is found.
  if (matches.length === 0) return nothingFound();

  // Matches come in stages, each ranked and counted only when those before do not fill the page and
  // the count: the products whose names hold every word; then those holding every word anywhere;
  // then those holding some of the words. A common word does not cost the rest.
  const need = Math.max(page.offset + page.limit, MAX_COUNTED + 1);
  const ids: string[] = [];
  let counted = 0;
  for (const stage of stagesOf(matches)) {
    const found = await findInStage(db, stage, {
      search,
      today,
      want: {
        want: need - counted,
        offset: Math.max(0, page.offset - counted),
        limit: page.limit - ids.length,
      },
    });
    ids.push(...found.ids);
    counted += found.count;
    if (counted >= need) break;
  }
  return { items: await pageRows(db, ids), ...cappedTotal(counted) };
}

function nothingFound() {
  return { items: [] as PageRow[], total: 0, totalIsCapped: false };
}

/** A count made up to MAX_COUNTED + 1, as the page says it. */
function cappedTotal(counted: number): { total: number; totalIsCapped: boolean } {
  return { total: Math.min(counted, MAX_COUNTED), totalIsCapped: counted > MAX_COUNTED };
}

/** The filters of a search besides its words, on the products (and businesses) of the outer query. */
function filtersOf(search: CatalogueSearch, today: string): SQL[] {
  const filters: SQL[] = [];
  if (search.category) filters.push(eq(products.category, search.category));
  if (search.districtCode) filters.push(eq(entrepreneurs.districtCode, search.districtCode));
  if (search.exportReady) filters.push(eq(entrepreneurs.exportReadiness, 'ready'));
  if (search.maxMinimumOrder !== undefined)
    filters.push(sql`coalesce(${products.minimumOrderQuantity}, 1) <= ${search.maxMinimumOrder}`);
  if (search.certification)
    filters.push(sql`exists (
      select 1 from ${productCertifications} c
       where c.product_id = ${products.id} and c.kind = ${search.certification}
         and (c.valid_until is null or c.valid_until >= ${today}::date))`);
  return filters;
}

/**
 * Whether the product `productId` is listed today and passes the search's filters, asked of that one
 * product (a subquery per product): a search checks only its best candidates, in order, and a join
 * the planner might turn into reading every certification would cost more than the search.
 */
function passesFilters(search: CatalogueSearch, today: string, productId: SQL): SQL {
  const listed = sql`(select ${isListedSql(today, productId)})`;
  const filters = filtersOf(search, today);
  if (filters.length === 0) return listed;
  return sql`(${listed} and coalesce((
    select ${and(...filters)} from ${products}
      join ${entrepreneurs} on ${entrepreneurs.id} = ${products.entrepreneurId}
     where ${products.id} = ${productId}), false))`;
}

// --- Listing (nothing searched) -------------------------------------------------------------------

/**
 * The listed products in the order of their Thai names, read off an index (by category or not), and
 * counted no further than the count shows.
 */
async function listingPage(db: Db, search: CatalogueSearch, today: string, page: Page) {
  const found = await countedPage(
    db,
    {
      list: sql`select ${products.id} as product_id, ${products.nameTh} as name_th
          from ${products} join ${entrepreneurs} on ${entrepreneurs.id} = ${products.entrepreneurId}
         where ${and(isListedSql(today), ...filtersOf(search, today))}`,
      order: sql`name_th, product_id`,
    },
    { want: Math.max(page.offset + page.limit, MAX_COUNTED + 1), offset: page.offset, limit: page.limit },
  );
  return { items: await pageRows(db, found.ids), ...cappedTotal(found.count) };
}

// --- Search ---------------------------------------------------------------------------------------

/** A term of the lexicon like a searched word, and how alike (1 when the same). */
interface TermMatch {
  id: number;
  similarity: number;
}

/**
 * The terms of the lexicon like each searched word, most alike first, in the order of the words. A
 * word is looked for in each of its forms (itself, folded, joined with its neighbours, by its kana
 * reading when in kanji, in the other languages: searchQueryWords), a term keeping its best
 * similarity times its form's weight. A form of one character (a Chinese word, a stray Thai letter) is like too many words by trigrams: it finds
 * only itself. A number is not misspelt: one of two digits or more (an HS code) finds the terms that
 * begin with it, as a heading finds its subheadings.
 */
async function termsMatching(db: Db, words: readonly QueryWord[]): Promise<TermMatch[][]> {
  const forms = words.flatMap((word, index) => word.forms.map((form) => ({ ...form, word: index + 1 })));
  const rows = rowsOf<{ word: number; id: number; similarity: number }>(
    await db.execute(sql`
      with forms as (
        select word::int, form, weight::float8
          from unnest(${sql.param(forms.map((form) => form.word))}::int[],
                      ${sql.param(forms.map((form) => form.text))}::text[],
                      ${sql.param(forms.map((form) => form.weight))}::float8[]) as f(word, form, weight))
      select forms.word, ${searchTerms.id} as id, forms.weight as similarity
        from forms join ${searchTerms} on ${searchTerms.term} = forms.form
      union all
      select forms.word, ${searchTerms.id}, forms.weight * word_similarity(forms.form, ${searchTerms.term})
        from forms join ${searchTerms} on forms.form <% ${searchTerms.term}
       where char_length(forms.form) > 1 and forms.form !~ '^[0-9]+$' and ${searchTerms.term} <> forms.form
         and word_similarity(forms.form, ${searchTerms.term}) >= ${WORD_SIMILARITY_THRESHOLD}
      union all
      select forms.word, ${searchTerms.id}, forms.weight * word_similarity(forms.form, ${searchTerms.term})
        from forms join ${searchTerms} on ${searchTerms.term} like forms.form || '%'
       where forms.form ~ '^[0-9]{2,}$' and ${searchTerms.term} <> forms.form`),
  );
  return words.map((_, index) => {
    // A term found through several forms keeps the best of them.
    const best = new Map<number, number>();
    for (const row of rows) {
      if (row.word !== index + 1) continue;
      best.set(row.id, Math.max(best.get(row.id) ?? 0, Number(row.similarity)));
    }
    return [...best]
      .map(([id, similarity]) => ({ id, similarity }))
      .sort((a, b) => b.similarity - a.similarity || a.id - b.id)
      .slice(0, MAX_TERMS_PER_WORD);
  });
}

/**
 * Which products a stage finds, and their score (higher first). `bestTerms`, when every word has one
 * term most like it, are those terms: the products whose names hold them all score best.
 */
interface Stage {
  where: SQL;
  score: SQL;
  bestTerms?: TermMatch[];
}

const terms = sql`s.terms`;
const nameTerms = sql`s.name_terms`;
const intArray = (ids: readonly number[]) => sql`${sql.param(`{${ids.join(',')}}`)}::integer[]`;

/**
 * How well a product's terms (`column`) match one searched word: the similarity of the most alike
 * term it holds, 0 when it holds none. The terms are grouped by similarity, most alike first, so
 * that a few array overlaps decide it.
 */
function wordScore(column: SQL, matches: readonly TermMatch[]): SQL {
  const levels = new Map<number, number[]>();
  for (const match of matches) {
    const level = Math.round(match.similarity * 100) / 100;
    levels.set(level, [...(levels.get(level) ?? []), match.id]);
  }
  const cases = [...levels.entries()]
    .sort(([a], [b]) => b - a)
    .map(([level, ids]) => sql`when ${column} && ${intArray(ids)} then ${level}::float8`);
  return sql`(case ${sql.join(cases, sql` `)} else 0::float8 end)`;
}

/**
 * The stages of a search, best first. The score of a product sums, over the searched words, how well
 * its names match each (or, at OTHER_TEXT_WEIGHT, the rest of what it is found by).
 */
function stagesOf(matches: readonly TermMatch[][]): Stage[] {
  const holds = (column: SQL, word: readonly TermMatch[]) =>
    sql`${column} && ${intArray(word.map((match) => match.id))}`;
  const inNames = and(...matches.map((word) => holds(nameTerms, word))) ?? sql`false`;
  const anywhere = and(...matches.map((word) => holds(terms, word))) ?? sql`false`;
  const sum = (scores: SQL[]) => sql`(${sql.join(scores, sql` + `)})`;
  const nameScore = sum(matches.map((word) => wordScore(nameTerms, word)));
  const score = sum(
    matches.map(
      (word) =>
        sql`greatest(${wordScore(nameTerms, word)}, ${OTHER_TEXT_WEIGHT}::float8 * ${wordScore(terms, word)})`,
    ),
  );
  const stages: Stage[] = [
    { where: inNames, score: nameScore, ...bestTermsOf(matches) },
    { where: sql`${anywhere} and not (${inNames})`, score },
  ];
  if (matches.length > 1) {
    const anyWord = holds(terms, matches.flat());
    stages.push({ where: sql`${anyWord} and not (${anywhere})`, score });
  }
  return stages;
}

/** How often the most common terms are in products' names, as read from PostgreSQL's statistics. */
interface CommonNameTerms {
  readAt: number;
  frequencies: Map<number, number>;
}
const commonNameTermsOf = new WeakMap<Db, CommonNameTerms>();
/** How long the statistics read are used (ANALYZE changes them seldom). */
const COMMON_TERMS_KEPT_MS = 10 * MINUTE_MS;

/**
 * The share of the names' rows of each of the most common terms (`product_name_terms`), as
 * PostgreSQL's own statistics say; a term not among them is rarer than all of them (0). Read again
 * every ten minutes: the answer only decides which term a search reads first, never what it finds.
 */
async function commonNameTerms(db: Db): Promise<Map<number, number>> {
  const known = commonNameTermsOf.get(db);
  if (known && Date.now() - known.readAt < COMMON_TERMS_KEPT_MS) return known.frequencies;
  const [row] = rowsOf<{ terms: number[] | null; frequencies: number[] | null }>(
    await db.execute(sql`
      select most_common_vals::text::integer[] as terms, most_common_freqs as frequencies
        from pg_stats
       where schemaname = current_schema() and tablename = ${getTableName(productNameTerms)}
         and attname = ${productNameTerms.termId.name}`),
  );
  const frequencies = new Map(
    (row?.terms ?? []).map((term, index) => [term, Number(row?.frequencies?.[index] ?? 0)]),
  );
  commonNameTermsOf.set(db, { readAt: Date.now(), frequencies });
  return frequencies;
}

/** The term most like each word, when each word has one (most do: the word itself). */
function bestTermsOf(matches: readonly TermMatch[][]): { bestTerms?: TermMatch[] } {
  const best: TermMatch[] = [];
  for (const word of matches) {
    const [first, second] = word;
    if (!first || (second && Math.round(second.similarity * 100) === Math.round(first.similarity * 100)))
      return {};
    best.push(first);
  }
  return { bestTerms: best };
}

/** How many products of a search's rarest term are read, per product wanted, before ranking instead. */
const BEST_NAMED_READ = 4;

interface Wanted {
  /** How many matches to count (the page and the count to come). */
  want: number;
  /** The page within the stage. */
  offset: number;
  limit: number;
}

/** What a stage is searched with: the buyer's search, Bangkok's date, and how much of it is wanted. */
interface StageSearch {
  search: CatalogueSearch;
  today: string;
  want: Wanted;
}

/** How many of a stage's products pass the filters (up to the count wanted), and the ids of the page. */
interface StageFound {
  count: number;
  ids: string[];
}

/**
 * One stage of a search: how many of its products pass the filters (up to `want`), and the ids of
 * those on the page (`offset` and `limit` within the stage), best first, ties to the product with
 * fewer words in its names (the closer match), then by id so that pages do not overlap.
 */
async function findInStage(db: Db, stage: Stage, asked: StageSearch): Promise<StageFound> {
  if (stage.bestTerms) {
    const best = await findBestNamed(db, stage.bestTerms, asked);
    if (best.count >= asked.want.want) return best;
  }
  return findRanked(db, stage, asked);
}

/**
 * The products whose names hold every one of `terms`, read in the order of the names' terms (the
 * index's), checking each against the filters until `want` pass: they all score best, so when that
 * many pass, they are the stage's best, in order, however many products match. At most
 * BEST_NAMED_READ times `want` products of the rarest term are read: when fewer pass (few products
 * hold all the terms, or few pass the filters), the stage is ranked instead.
 */
async function findBestNamed(
  db: Db,
  best: readonly TermMatch[],
  { search, today, want }: StageSearch,
): Promise<StageFound> {
  // Read the products of the rarest term, and ask each whether its names hold the others and whether
  // it is listed.
  const terms = best.map((term) => term.id);
  const frequencies = await commonNameTerms(db);
  const driving = [...terms].sort((a, b) => (frequencies.get(a) ?? 0) - (frequencies.get(b) ?? 0))[0];
  return countedPage(
    db,
    {
      list: sql`select t.product_id, t.name_size
          from (select product_id, name_size from ${productNameTerms}
                 where term_id = ${driving} order by name_size, product_id
                 limit ${want.want * BEST_NAMED_READ}) t
         where (select s.name_terms @> ${intArray(terms)} from ${productSearchTerms} s
                 where s.product_id = t.product_id)
           and ${passesFilters(search, today, sql`t.product_id`)}`,
      order: sql`name_size, product_id`,
    },
    want,
  );
}

/**
 * The products of a stage ranked by score. The candidates are ranked from the narrow table of terms
 * alone; only the best of them are checked against the filters (listed today, and any other), twice
 * as many as wanted, which is enough unless most candidates are filtered out: then every candidate is
 * checked.
 */
async function findRanked(db: Db, stage: Stage, { search, today, want }: StageSearch): Promise<StageFound> {
  const attempt = (bound: number | undefined) =>
    countedPage(
      db,
      {
        before: sql`ranked as materialized (
          select s.product_id, ${stage.score} as score, cardinality(s.name_terms) as size
            from ${productSearchTerms} s
           where ${stage.where}
           order by score desc, size, s.product_id
           ${bound === undefined ? sql`` : sql`limit ${bound}`})`,
        list: sql`select ranked.product_id, ranked.score, ranked.size from ranked
           where ${passesFilters(search, today, sql`ranked.product_id`)}`,
        order: sql`score desc, size, product_id`,
        candidates: sql`select count(*) from ranked`,
      },
      want,
    );
  const bound = want.want * 2;
  const bounded = await attempt(bound);
  return bounded.count < want.want && bounded.candidates >= bound ? attempt(undefined) : bounded;
}

/**
 * A list of products in order, read no further than `want`: how many it holds, and the ids of its
 * page. `list` selects `product_id` and the columns `order` sorts by (ending with the id, so that the
 * order is total and pages never overlap); `before` are the common table expressions it reads, and
 * `candidates` a count to answer beside.
 */
async function countedPage(
  db: Db,
  query: { before?: SQL; list: SQL; order: SQL; candidates?: SQL },
  want: Wanted,
): Promise<StageFound & { candidates: number }> {
  const [result] = rowsOf<{ found: number; ids: string[] | null; candidates: number | null }>(
    await db.execute(sql`
      with ${query.before ? sql`${query.before},` : sql``}
      found as materialized (
        select product_id, row_number() over (order by ${query.order}) as position
          from (${query.list}) listed
         order by ${query.order}
         limit ${want.want}
      )
      select (select count(*) from found)::int as found,
             (select json_agg(product_id order by position) from found
               where position > ${want.offset} and position <= ${want.offset + Math.max(0, want.limit)}) as ids,
             ${query.candidates ? sql`(${query.candidates})::int` : sql`null::int`} as candidates`),
  );
  return { count: result?.found ?? 0, ids: result?.ids ?? [], candidates: result?.candidates ?? 0 };
}

/** One product listed today, as a page of the catalogue shows it; undefined when it is not listed. */
export async function findListedProduct(db: Db, id: string, today: string): Promise<PageRow | undefined> {
  const [row] = await db
    .select(pageColumns)
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .where(and(eq(products.id, id), isListedSql(today)));
  return row;
}

/** The products (with their businesses) of these ids, in the same order. */
async function pageRows(db: Db, ids: readonly string[]): Promise<PageRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(pageColumns)
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .where(inArray(products.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.product.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The search documents of the catalogue's products: the words each product is found by (its names,
 * descriptions, business, category and HS code, in every language, and the kana readings of its
 * Japanese name), kept as ids of the lexicon's terms (`search_terms`, `product_search_terms`,
 * `product_name_terms`) and written again whenever a product, or its business's name, changes — and
 * for every product once when the way they are made changes (SEARCH_DOCUMENT_VERSION).
 * catalogue.search.ts reads them.
 */
import { asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { runOncePerFingerprint } from '../../db/reference-data-loads.ts';
import { categoryNamesOf } from './catalogue.reference.ts';
import {
  entrepreneurs,
  productNameTerms,
  products,
  productSearchTerms,
  searchTerms,
} from './catalogue.schema.ts';
import { kanjiTextsOf, readingTerms, textTerms, type TermOptions } from './catalogue.search-text.ts';
import { hsCodes } from './hs.schema.ts';
import { hasKanji, readKanji, releaseJapaneseDictionary } from './japanese-readings.ts';

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

/**
 * The words a product is found by (with their folded and joined forms: textTerms): those of its
 * names, and all of them (its names' first); and its Japanese names, whose readings (the kana of
 * their kanji, which need the dictionary) writeSearchTerms adds to both (withJapaneseReadings).
 */
export interface ProductSearchWords {
  nameWords: string[];
  words: string[];
  japaneseNames: string[];
}

/** The texts a product is searched by: its names, all of them (its names first), its Japanese names. */
export function productSearchTexts(
  product: ProductTexts,
  business: BusinessNames,
  hsDescription: string | null,
): { names: (string | null)[]; all: (string | null)[]; japaneseNames: (string | null)[] } {
  const names = [product.nameTh, product.nameEn, product.nameJa, product.nameKo, product.nameZh];
  return {
    names,
    japaneseNames: [product.nameJa],
    all: [
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
    ],
  };
}

/** The words a product is searched by. */
export function productSearchWords(
  product: ProductTexts,
  business: BusinessNames,
  hsDescription: string | null,
): ProductSearchWords {
  return searchWordsOfTexts(productSearchTexts(product, business, hsDescription), textTerms);
}

/**
 * The words of a product's texts, each term once in the order first met: its names' with the Thai
 * words written together joined (textTerms), then the rest's without. `termsOf` is textTerms, or a
 * cache of it (the sample generator's).
 */
export function searchWordsOfTexts(
  texts: ReturnType<typeof productSearchTexts>,
  termsOf: (text: string, options: TermOptions) => readonly string[],
): ProductSearchWords {
  const distinct = (of: readonly (string | null)[], options: TermOptions) =>
    of.flatMap((text) => (text ? termsOf(text, options) : []));
  const nameWords = [...new Set(distinct(texts.names, { withJoinedWords: true }))];
  const words = [...new Set([...nameWords, ...distinct(texts.all, { withJoinedWords: false })])];
  // Only names holding kanji have readings to add.
  const japaneseNames = texts.japaneseNames.filter((name): name is string => name !== null && hasKanji(name));
  return { nameWords, words, japaneseNames };
}

/**
 * The words products are found by with the readings of their Japanese names added to their names'
 * and to all (each once): "絹のスカーフ" is also found by "キヌ" and "キヌノスカフ". The dictionary is
 * read only when some name holds kanji whose readings are not already kept.
 */
export async function withJapaneseReadings(
  products: readonly ProductSearchWords[],
): Promise<Pick<ProductSearchWords, 'nameWords' | 'words'>[]> {
  const names = products.flatMap((product) => product.japaneseNames);
  const readings = await readKanji(names.flatMap(kanjiTextsOf));
  return products.map(({ nameWords, words, japaneseNames }) => {
    const read = japaneseNames.flatMap((name) => readingTerms(name, readings));
    if (read.length === 0) return { nameWords, words };
    return { nameWords: [...new Set([...nameWords, ...read])], words: [...new Set([...words, ...read])] };
  });
}

/**
 * Writes what products are found by: their words (with the readings of their Japanese names:
 * withJapaneseReadings) into the lexicon (those it lacks), each product's term ids, and the terms of
 * its names one row each. Words are added in one order (the database's),
 * so that two writers adding the same new words wait for each other instead of deadlocking.
 */
export async function writeSearchTerms(
  db: Db,
  given: readonly ({ productId: string } & ProductSearchWords)[],
): Promise<void> {
  if (given.length === 0) return;
  const read = await withJapaneseReadings(given);
  const rows = given.map((row, index) => ({ productId: row.productId, ...(read[index] ?? row) }));
  const words = [...new Set(rows.flatMap((row) => row.words))];
  await db.execute(sql`insert into ${searchTerms} (${sql.identifier(searchTerms.term.name)})
    select word from unnest(${sql.param(words)}::text[]) as word order by word on conflict do nothing`);
  const found = await db
    .select({ id: searchTerms.id, term: searchTerms.term })
    .from(searchTerms)
    .where(sql`${searchTerms.term} = any(${sql.param(words)}::text[])`);
  const idOf = new Map(found.map((row) => [row.term, row.id]));
  const idsOf = (of: readonly string[]) => {
    const ids = of.map((word) => {
      const id = idOf.get(word);
      if (id === undefined) throw new Error(`the word "${word}" is missing from the lexicon`);
      return id;
    });
    return [...new Set(ids)].sort((a, b) => a - b);
  };
  const written = rows.map((row) => ({
    productId: row.productId,
    nameTerms: idsOf(row.nameWords),
    terms: idsOf(row.words),
  }));
  const asArray = (ids: readonly number[]) => `{${ids.join(',')}}`;
  await db.execute(sql`insert into ${productSearchTerms}
      (${sql.identifier(productSearchTerms.productId.name)}, ${sql.identifier(productSearchTerms.nameTerms.name)}, ${sql.identifier(productSearchTerms.terms.name)})
    select product_id, name_terms::integer[], terms::integer[]
      from unnest(${sql.param(rows.map((row) => row.productId))}::uuid[],
                  ${sql.param(written.map((row) => asArray(row.nameTerms)))}::text[],
                  ${sql.param(written.map((row) => asArray(row.terms)))}::text[]) as given(product_id, name_terms, terms)
    on conflict (${sql.identifier(productSearchTerms.productId.name)}) do update
      set ${sql.identifier(productSearchTerms.nameTerms.name)} = excluded.${sql.identifier(productSearchTerms.nameTerms.name)},
          ${sql.identifier(productSearchTerms.terms.name)} = excluded.${sql.identifier(productSearchTerms.terms.name)}`);
  const productIds = written.map((row) => row.productId);
  await db.delete(productNameTerms).where(inArray(productNameTerms.productId, productIds));
  const postings = written.flatMap((row) =>
    row.nameTerms.map((termId) => ({ termId, nameSize: row.nameTerms.length, productId: row.productId })),
  );
  if (postings.length === 0) return;
  await db.execute(sql`insert into ${productNameTerms}
      (${sql.identifier(productNameTerms.termId.name)}, ${sql.identifier(productNameTerms.nameSize.name)}, ${sql.identifier(productNameTerms.productId.name)})
    select * from unnest(${sql.param(postings.map((posting) => posting.termId))}::integer[],
                         ${sql.param(postings.map((posting) => posting.nameSize))}::smallint[],
                         ${sql.param(postings.map((posting) => posting.productId))}::uuid[])`);
}

/** Writes what products are found by again (after a change to them or to their business). */
export async function refreshSearchDocuments(db: Db, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  const rows = await db
    .select({ product: products, business: entrepreneurs, hsDescription: hsCodes.descriptionEn })
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .leftJoin(hsCodes, eq(hsCodes.code, products.hsCode))
    .where(inArray(products.id, [...productIds]));
  await writeSearchTerms(
    db,
    rows.map((row) => ({
      productId: row.product.id,
      ...productSearchWords(row.product, row.business, row.hsDescription),
    })),
  );
}

/** Writes what every product of a business is found by again (its name changed). */
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

/**
 * The version of what a product is found by: bump it whenever that changes for products already
 * written (the folding rules, the forms textTerms gives, the readings), so that the next start writes
 * every product's search document again (rebuildSearchDocumentsOnce); otherwise old products would
 * get the new forms only when next saved.
 */
export const SEARCH_DOCUMENT_VERSION = 2;

/** What the search documents were written with: the version above, and the ICU data that cuts words. */
export function searchDocumentsFingerprint(): string {
  return `search documents ${SEARCH_DOCUMENT_VERSION}; ICU ${process.versions.icu ?? 'none'}`;
}

/** How many products' search documents are written again in one transaction. */
const REBUILD_BATCH = 500;

/**
 * Writes every product's search document again, in batches by id, each in a transaction that holds
 * its products (and their businesses) against a change meanwhile, whose own rewrite would otherwise be
 * overwritten by this one's. Answers how many products were written.
 */
export async function rebuildSearchDocuments(db: Db, batchSize = REBUILD_BATCH): Promise<number> {
  let written = 0;
  let after: string | undefined;
  for (;;) {
    const ids = await db.transaction(async (tx) => {
      const batch = await tx
        .select({ id: products.id })
        .from(products)
        .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
        .where(after === undefined ? undefined : gt(products.id, after))
        .orderBy(asc(products.id))
        .limit(batchSize)
        .for('share');
      const batchIds = batch.map((row) => row.id);
      await refreshSearchDocuments(tx, batchIds);
      return batchIds;
    });
    written += ids.length;
    after = ids.at(-1);
    if (ids.length < batchSize) return written;
  }
}

/**
 * At start: writes every product's search document again when they were written by another version
 * of the search (searchDocumentsFingerprint), once; nothing when they are current. The Japanese
 * dictionary it may have needed is let go at once. Answers whether it wrote them.
 */
export async function rebuildSearchDocumentsOnce(
  db: Db,
  fingerprint: string = searchDocumentsFingerprint(),
): Promise<boolean> {
  return runOncePerFingerprint(db, SEARCH_DOCUMENTS_LOAD, fingerprint, async () => {
    try {
      await rebuildSearchDocuments(db);
    } finally {
      releaseJapaneseDictionary();
    }
  });
}

/** The name the fingerprint of the search documents is kept under (reference_data_loads). */
const SEARCH_DOCUMENTS_LOAD = 'catalogue search documents';

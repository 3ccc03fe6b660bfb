/**
 * Sample catalogue data of any size (issue 4, "Sample data at any size"): businesses and their
 * products, every row marked `is_sample`, for trying the platform and for the benchmark.
 *
 * The same seed always gives the same rows, ids included (catalogue.sample-rows.ts makes them), so
 * 2,000 products of a seed begin with the 1,000 of that seed, and generating again adds only what is
 * missing. The words each product is searched by are written to the lexicon by the service's own
 * function; rows go in batches, far under PostgreSQL's 65,535 bind parameters per statement.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { productCategories } from '@bia/contracts';
import { rowsOf, type Db } from '../../db/client.ts';
import { entrepreneurs, productCertifications, productInterests, products } from './catalogue.schema.ts';
import { writeSearchTerms } from './catalogue.search-documents.ts';
import {
  assertSameWords,
  businessSizes,
  sampleBusiness,
  sampleProduct,
  SearchWords,
  type SampleCertificationRow,
  type SampleEntrepreneurRow,
  type SampleProductRow,
} from './catalogue.sample-rows.ts';
import { sampleWords } from './catalogue.sample-words.ts';
import { hsCodes } from './hs.schema.ts';

/** The word lists, for searches that should find sample products (the benchmark's queries). */
export { sampleWords } from './catalogue.sample-words.ts';

export interface SampleCatalogueOptions {
  /** How many products to generate (businesses follow: about one per five products). */
  products: number;
  /** The same seed gives the same rows; 1 unless given. */
  seed?: number;
  /** Today (`YYYY-MM-DD`, Bangkok): certifications are valid or expired relative to it. */
  today: string;
}

export interface SampleCatalogueResult {
  entrepreneurs: number;
  products: number;
  certifications: number;
}

/** Products per batch (with their businesses and certifications). */
const BATCH = 1000;
/** Batches written at once while the next are made (on PGlite they simply queue). */
const MAX_BATCHES_IN_FLIGHT = 2;

async function hsDescriptionsOf(db: Db): Promise<Map<string, string>> {
  const codes = new Set<string>();
  for (const category of productCategories)
    for (const item of sampleWords[category].items) codes.add(item.hsCode);
  const rows = await db
    .select({ code: hsCodes.code, description: hsCodes.descriptionEn })
    .from(hsCodes)
    .where(inArray(hsCodes.code, [...codes]));
  const found = new Map(rows.map((row) => [row.code, row.description]));
  const missing = [...codes].filter((code) => !found.has(code));
  if (missing.length > 0) {
    throw new Error(
      `The HS nomenclature is not loaded or lacks ${missing.join(', ')}: start the platform once first.`,
    );
  }
  return found;
}

/** A column written from an array of its values: the column, its SQL type, and its value in a row. */
type ColumnValues<Row> = readonly [column: PgColumn, type: string, value: (row: Row) => unknown];

const productColumns: readonly ColumnValues<SampleProductRow>[] = [
  [products.id, 'uuid', (row) => row.id],
  [products.entrepreneurId, 'uuid', (row) => row.entrepreneurId],
  [products.nameTh, 'text', (row) => row.nameTh],
  [products.nameEn, 'text', (row) => row.nameEn],
  [products.nameJa, 'text', (row) => row.nameJa],
  [products.nameKo, 'text', (row) => row.nameKo],
  [products.nameZh, 'text', (row) => row.nameZh],
  [products.descriptionTh, 'text', (row) => row.descriptionTh],
  [products.descriptionEn, 'text', (row) => row.descriptionEn],
  [products.descriptionJa, 'text', (row) => row.descriptionJa],
  [products.descriptionKo, 'text', (row) => row.descriptionKo],
  [products.descriptionZh, 'text', (row) => row.descriptionZh],
  [products.category, 'text', (row) => row.category],
  [products.hsCode, 'text', (row) => row.hsCode],
  [products.priceMinThb, 'numeric', (row) => row.priceMinThb],
  [products.priceMaxThb, 'numeric', (row) => row.priceMaxThb],
  [products.minimumOrderQuantity, 'integer', (row) => row.minimumOrderQuantity],
  [products.minimumOrderUnit, 'text', (row) => row.minimumOrderUnit],
  [products.leadTimeDays, 'smallint', (row) => row.leadTimeDays],
  [products.shelfLifeDays, 'integer', (row) => row.shelfLifeDays],
  [products.packaging, 'text', (row) => row.packaging],
  [products.isSample, 'boolean', () => true],
];

const certificationColumns: readonly ColumnValues<SampleCertificationRow>[] = [
  [productCertifications.id, 'uuid', (row) => row.id],
  [productCertifications.productId, 'uuid', (row) => row.productId],
  [productCertifications.kind, 'text', (row) => row.kind],
  [productCertifications.yearCertified, 'smallint', (row) => row.yearCertified ?? null],
  [productCertifications.validUntil, 'date', (row) => row.validUntil ?? null],
  [productCertifications.districtCode, 'text', (row) => row.districtCode ?? null],
  [productCertifications.number, 'text', (row) => row.number ?? null],
  [productCertifications.name, 'text', (row) => row.name ?? null],
  [productCertifications.isSample, 'boolean', () => true],
];

/**
 * Inserts rows as one array per column (`insert … select from unnest(…)`): as many bind parameters
 * as columns however many the rows, and far less work than a statement of 30,000 parameters.
 * Answers the ids of the rows that were new.
 */
async function insertColumns<Row>(
  db: Db,
  table: PgTable,
  columns: readonly ColumnValues<Row>[],
  rows: readonly Row[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const names = sql.join(
    columns.map(([column]) => sql.identifier(column.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map(
      ([, type, value]) => sql`${sql.param(rows.map((row) => value(row) ?? null))}::${sql.raw(type)}[]`,
    ),
    sql`, `,
  );
  const result = await db.execute(
    sql`insert into ${table} (${names}) select * from unnest(${arrays}) on conflict do nothing returning id`,
  );
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

async function insertBatch(
  db: Db,
  batch: {
    businesses: SampleEntrepreneurRow[];
    products: SampleProductRow[];
    certifications: SampleCertificationRow[];
  },
  added: SampleCatalogueResult,
): Promise<void> {
  // Counted after each await: another batch may have counted in between.
  if (batch.businesses.length > 0) {
    const rows = await db
      .insert(entrepreneurs)
      .values(batch.businesses)
      .onConflictDoNothing()
      .returning({ id: entrepreneurs.id });
    added.entrepreneurs += rows.length;
  }
  const newProducts = new Set(await insertColumns(db, products, productColumns, batch.products));
  added.products += newProducts.size;
  // The search terms of the products added (one already there keeps its own).
  await writeSearchTerms(
    db,
    batch.products
      .filter((row) => newProducts.has(row.id))
      .map((row) => ({ productId: row.id, ...row.search })),
  );
  const newCertifications = await insertColumns(
    db,
    productCertifications,
    certificationColumns,
    batch.certifications,
  );
  added.certifications += newCertifications.length;
}

/**
 * Adds sample businesses and products (with their certifications); rows of the seed already there are
 * left as they are. Answers how many rows were added.
 */
export async function generateSampleCatalogue(
  db: Db,
  options: SampleCatalogueOptions,
): Promise<SampleCatalogueResult> {
  const seed = options.seed ?? 1;
  const total = Math.max(0, Math.floor(options.products));
  const hsDescriptions = await hsDescriptionsOf(db);
  const added: SampleCatalogueResult = { entrepreneurs: 0, products: 0, certifications: 0 };

  let batchBusinesses: SampleEntrepreneurRow[] = [];
  let batchProducts: SampleProductRow[] = [];
  let batchCertifications: SampleCertificationRow[] = [];
  // Batches are written while the next ones are made, at most two at a time (one connection each).
  const inFlight: Promise<void>[] = [];
  let failure: unknown;
  const flush = async () => {
    const batch = {
      businesses: batchBusinesses,
      products: batchProducts,
      certifications: batchCertifications,
    };
    batchBusinesses = [];
    batchProducts = [];
    batchCertifications = [];
    inFlight.push(
      insertBatch(db, batch, added).catch((error: unknown) => {
        failure ??= error;
      }),
    );
    if (inFlight.length >= MAX_BATCHES_IN_FLIGHT) await inFlight.shift();
    if (failure) throw failure;
  };

  const documents = new SearchWords();
  let productIndex = 0;
  let businessIndex = 0;
  const sizes = businessSizes(seed);
  while (productIndex < total) {
    const business = sampleBusiness(seed, businessIndex);
    businessIndex += 1;
    batchBusinesses.push(business.row);
    const size = Math.min(sizes.next().value ?? 5, total - productIndex);
    for (let k = 0; k < size; k += 1) {
      const product = sampleProduct(seed, productIndex, business, hsDescriptions, documents, options.today);
      if (batchProducts.length === 0) assertSameWords(product);
      productIndex += 1;
      batchProducts.push(product.row);
      batchCertifications.push(...product.certifications);
    }
    if (batchProducts.length >= BATCH) await flush();
  }
  await flush();
  await Promise.all(inFlight);
  if (failure) throw failure;
  return added;
}

/** A sample product, as sample deals of another module (the outcomes') name and order it. */
export interface SampleProductFacts {
  id: string;
  entrepreneurId: string;
  /** The unit its minimum order is counted in, in Thai as the samples are (`ชิ้น` when none). */
  unit: string;
  /** Its lowest price in baht, when given. */
  priceThb: number | null;
}

/** Every sample product with its business, unit and price, in a stable order (by id). */
export async function listSampleProducts(db: Db): Promise<SampleProductFacts[]> {
  const rows = await db
    .select({
      id: products.id,
      entrepreneurId: products.entrepreneurId,
      unit: products.minimumOrderUnit,
      priceThb: products.priceMinThb,
    })
    .from(products)
    .where(eq(products.isSample, true))
    .orderBy(products.id);
  return rows.map((row) => ({ ...row, unit: row.unit ?? 'ชิ้น' }));
}

/**
 * Deletes every sample row of the catalogue: sample products (with their certifications, photos and
 * the interest expressed in them), sample certifications, and sample businesses left without products.
 * Real records are left alone, and so is a sample business a real product has been added to.
 */
export async function removeSampleCatalogue(db: Db): Promise<SampleCatalogueResult> {
  return db.transaction(async (tx) => {
    await tx
      .delete(productInterests)
      .where(
        inArray(
          productInterests.productId,
          tx.select({ id: products.id }).from(products).where(eq(products.isSample, true)),
        ),
      );
    const [certificationCount] = rowsOf<{ count: string }>(
      await tx.execute(sql`
        select count(*) as count from ${productCertifications}
         where ${productCertifications.isSample}
            or ${productCertifications.productId} in (select id from ${products} where ${products.isSample})`),
    );
    const removedProducts = await tx
      .delete(products)
      .where(eq(products.isSample, true))
      .returning({ id: products.id });
    await tx.delete(productCertifications).where(eq(productCertifications.isSample, true));
    const removedBusinesses = await tx
      .delete(entrepreneurs)
      .where(
        and(
          eq(entrepreneurs.isSample, true),
          sql`not exists (select 1 from ${products} where ${products.entrepreneurId} = ${entrepreneurs.id})`,
        ),
      )
      .returning({ id: entrepreneurs.id });
    return {
      entrepreneurs: removedBusinesses.length,
      products: removedProducts.length,
      certifications: Number(certificationCount?.count ?? 0),
    };
  });
}

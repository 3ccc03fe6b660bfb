/** SQL for entrepreneurs, products, certifications and interest. The service decides. */
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  getTableName,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { containsPattern } from '../../shared/text.ts';
import {
  entrepreneurs,
  productCertifications,
  productInterests,
  productPhotos,
  products,
} from './catalogue.schema.ts';
import type { PhotoSize } from './photos.ts';
import { hsCodes } from './hs.schema.ts';

export type EntrepreneurRow = typeof entrepreneurs.$inferSelect;
export type NewEntrepreneur = typeof entrepreneurs.$inferInsert;
export type ProductRow = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type CertificationRow = typeof productCertifications.$inferSelect;
export type NewCertification = typeof productCertifications.$inferInsert;
export type InterestRow = typeof productInterests.$inferSelect;

/** A product with what lists show of its business. */
export type ProductWithBusiness = ProductRow & {
  entrepreneurNameTh: string;
  entrepreneurNameEn: string | null;
  entrepreneurNameJa: string | null;
  entrepreneurNameKo: string | null;
  entrepreneurNameZh: string | null;
  districtCode: string;
  /** When its business was archived; null while the business is active. */
  entrepreneurArchivedAt: Date | null;
};

export type EntrepreneurWithCounts = EntrepreneurRow & { productCount: number; listedProductCount: number };

/**
 * A column named with its table. A correlated subquery needs it: in a query of one table Drizzle writes
 * columns bare, so `"id"` inside `(select … from products where "entrepreneur_id" = "id")` would be the
 * product's id, not the outer entrepreneur's.
 */
function qualified(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/**
 * The product (of the outer query, or `productId`) has a Bangkok Brand certification valid on `today`
 * (Bangkok's calendar): certified this year or before, started, not ended; and its business is not
 * archived. The public catalogue, the businesses a session may present and the published reach list
 * only these. The archived businesses are one uncorrelated subquery over their partial index, which
 * PostgreSQL reads once per query into a hash: a search checking many candidates pays one lookup each
 * (and, for a `productId` given, the product's business read by its primary key).
 */
export function isListedSql(today: string, productId?: SQL): SQL {
  const product = productId ?? qualified(products.id);
  const business = productId
    ? sql`(select listed_product.entrepreneur_id from ${products} listed_product
            where listed_product.id = ${productId})`
    : qualified(products.entrepreneurId);
  return sql`(exists (
    select 1 from ${productCertifications}
     where ${productCertifications.productId} = ${product}
       and ${productCertifications.kind} = 'bangkok_brand'
       and ${productCertifications.validUntil} >= ${today}::date
       and (${productCertifications.validFrom} is null or ${productCertifications.validFrom} <= ${today}::date)
       and (${productCertifications.yearCertified} is null
            or ${productCertifications.yearCertified} <= extract(year from ${today}::date))
  ) and ${business} not in (
    select archived_business.id from ${entrepreneurs} archived_business
     where archived_business.archived_at is not null
  ))`;
}

/** What of the catalogue a limited reader sees: their districts, their businesses, and what is listed. */
export interface ReachFilter {
  districts: string[];
  businesses: string[];
  published: boolean;
}

function productReach(reach: ReachFilter | undefined, today: string): SQL | undefined {
  if (!reach) return undefined;
  const allowed: SQL[] = [];
  if (reach.districts.length > 0) allowed.push(inArray(entrepreneurs.districtCode, reach.districts));
  if (reach.businesses.length > 0) allowed.push(inArray(products.entrepreneurId, reach.businesses));
  if (reach.published) allowed.push(isListedSql(today));
  return allowed.length > 0 ? or(...allowed) : sql`false`;
}

function entrepreneurReach(reach: ReachFilter | undefined, today: string): SQL | undefined {
  if (!reach) return undefined;
  const allowed: SQL[] = [];
  if (reach.districts.length > 0) allowed.push(inArray(entrepreneurs.districtCode, reach.districts));
  if (reach.businesses.length > 0) allowed.push(inArray(entrepreneurs.id, reach.businesses));
  if (reach.published) {
    allowed.push(
      sql`exists (select 1 from ${products} where ${products.entrepreneurId} = ${qualified(entrepreneurs.id)} and ${isListedSql(today)})`,
    );
  }
  return allowed.length > 0 ? or(...allowed) : sql`false`;
}

export interface EntrepreneurSearch {
  reach?: ReachFilter | undefined;
  today: string;
  text?: string | undefined;
  districtCode?: string | undefined;
  exportReadiness?: string | undefined;
  /** Archived businesses: left out, shown with the others, or alone. */
  archived: 'exclude' | 'include' | 'only';
  limit: number;
  offset: number;
}

export async function searchEntrepreneurs(
  db: Db,
  search: EntrepreneurSearch,
): Promise<{ rows: EntrepreneurWithCounts[]; total: number }> {
  const conditions: (SQL | undefined)[] = [entrepreneurReach(search.reach, search.today)];
  if (search.text) {
    const pattern = containsPattern(search.text);
    conditions.push(
      sql`(${entrepreneurs.nameTh} ilike ${pattern} or ${entrepreneurs.nameEn} ilike ${pattern}
        or ${entrepreneurs.nameJa} ilike ${pattern} or ${entrepreneurs.nameKo} ilike ${pattern}
        or ${entrepreneurs.nameZh} ilike ${pattern})`,
    );
  }
  if (search.districtCode) conditions.push(eq(entrepreneurs.districtCode, search.districtCode));
  if (search.exportReadiness) conditions.push(eq(entrepreneurs.exportReadiness, search.exportReadiness));
  if (search.archived === 'exclude') conditions.push(isNull(entrepreneurs.archivedAt));
  if (search.archived === 'only') conditions.push(isNotNull(entrepreneurs.archivedAt));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...getTableColumns(entrepreneurs),
        productCount: sql<number>`(select count(*)::int from ${products} where ${products.entrepreneurId} = ${qualified(entrepreneurs.id)})`,
        listedProductCount: sql<number>`(select count(*)::int from ${products} where ${products.entrepreneurId} = ${qualified(entrepreneurs.id)} and ${isListedSql(search.today)})`,
      })
      .from(entrepreneurs)
      .where(where)
      .orderBy(asc(entrepreneurs.nameTh), asc(entrepreneurs.id))
      .limit(search.limit)
      .offset(search.offset),
    db.select({ total: count() }).from(entrepreneurs).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export async function findEntrepreneur(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntrepreneurRow | undefined> {
  const query = db.select().from(entrepreneurs).where(eq(entrepreneurs.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function entrepreneursNamed(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: entrepreneurs.id, nameTh: entrepreneurs.nameTh, nameEn: entrepreneurs.nameEn })
    .from(entrepreneurs)
    .where(inArray(entrepreneurs.id, ids));
}

/** Products by id, with their business and their Thai and English names (other modules name them so). */
export async function productsNamed(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: products.id,
      entrepreneurId: products.entrepreneurId,
      nameTh: products.nameTh,
      nameEn: products.nameEn,
    })
    .from(products)
    .where(inArray(products.id, ids));
}

/**
 * The business whose id another module's query holds (`entrepreneurId`, a column named with its
 * table) has a Thai or English name containing `text`, in any case.
 */
export function businessNamedLikeSql(entrepreneurId: SQL, text: string): SQL {
  const pattern = containsPattern(text);
  return sql`exists (
    select 1 from ${entrepreneurs} named_business
     where named_business.id = ${entrepreneurId}
       and (named_business.name_th ilike ${pattern} or named_business.name_en ilike ${pattern}))`;
}

export async function insertEntrepreneur(db: Db, values: NewEntrepreneur): Promise<EntrepreneurRow> {
  const [row] = await db.insert(entrepreneurs).values(values).returning();
  if (!row) throw new Error('insert into entrepreneurs returned no row');
  return row;
}

export async function updateEntrepreneur(
  db: Db,
  id: string,
  values: Partial<NewEntrepreneur>,
): Promise<EntrepreneurRow> {
  const [row] = await db
    .update(entrepreneurs)
    .set({ ...values, version: sql`${entrepreneurs.version} + 1`, updatedAt: sql`now()` })
    .where(eq(entrepreneurs.id, id))
    .returning();
  if (!row) throw new Error(`entrepreneur ${id} vanished during an update`);
  return row;
}

const productWithBusinessColumns = {
  ...getTableColumns(products),
  entrepreneurNameTh: entrepreneurs.nameTh,
  entrepreneurNameEn: entrepreneurs.nameEn,
  entrepreneurNameJa: entrepreneurs.nameJa,
  entrepreneurNameKo: entrepreneurs.nameKo,
  entrepreneurNameZh: entrepreneurs.nameZh,
  districtCode: entrepreneurs.districtCode,
  entrepreneurArchivedAt: entrepreneurs.archivedAt,
};

export interface ProductSearch {
  reach?: ReachFilter | undefined;
  today: string;
  entrepreneurId?: string | undefined;
  category?: string | undefined;
  districtCode?: string | undefined;
  listed?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function searchProducts(
  db: Db,
  search: ProductSearch,
): Promise<{ rows: ProductWithBusiness[]; total: number }> {
  const conditions: (SQL | undefined)[] = [productReach(search.reach, search.today)];
  if (search.entrepreneurId) conditions.push(eq(products.entrepreneurId, search.entrepreneurId));
  if (search.category) conditions.push(eq(products.category, search.category));
  if (search.districtCode) conditions.push(eq(entrepreneurs.districtCode, search.districtCode));
  if (search.listed !== undefined) {
    conditions.push(search.listed ? isListedSql(search.today) : sql`not ${isListedSql(search.today)}`);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(productWithBusinessColumns)
      .from(products)
      .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
      .where(where)
      .orderBy(asc(products.nameTh), asc(products.id))
      .limit(search.limit)
      .offset(search.offset),
    db
      .select({ total: count() })
      .from(products)
      .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
      .where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** The products listed publicly today, newest first: what the public catalogue shows. */
export async function listedToday(
  db: Db,
  today: string,
  page: { limit: number; offset: number },
): Promise<ProductWithBusiness[]> {
  return db
    .select(productWithBusinessColumns)
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .where(isListedSql(today))
    .orderBy(desc(products.updatedAt), asc(products.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function findProduct(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProductWithBusiness | undefined> {
  const query = db
    .select(productWithBusinessColumns)
    .from(products)
    .innerJoin(entrepreneurs, eq(entrepreneurs.id, products.entrepreneurId))
    .where(eq(products.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: products }) : await query;
  return row;
}

export async function insertProduct(db: Db, values: NewProduct): Promise<ProductRow> {
  const [row] = await db.insert(products).values(values).returning();
  if (!row) throw new Error('insert into products returned no row');
  return row;
}

export async function updateProduct(db: Db, id: string, values: Partial<NewProduct>): Promise<ProductRow> {
  const [row] = await db
    .update(products)
    .set({ ...values, version: sql`${products.version} + 1`, updatedAt: sql`now()` })
    .where(eq(products.id, id))
    .returning();
  if (!row) throw new Error(`product ${id} vanished during an update`);
  return row;
}

/** How many of a business's products buyers have expressed interest in. */
export async function productsWithInterestCount(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(distinct ${productInterests.productId})::int` })
    .from(productInterests)
    .innerJoin(products, eq(products.id, productInterests.productId))
    .where(eq(products.entrepreneurId, id));
  return row?.count ?? 0;
}

/** The products of a business, locked: deleting the business deletes them. */
export async function productsOfBusiness(db: Db, entrepreneurId: string): Promise<ProductRow[]> {
  return db
    .select()
    .from(products)
    .where(eq(products.entrepreneurId, entrepreneurId))
    .orderBy(asc(products.id))
    .for('update');
}

/**
 * Deletes a business with its products and their certifications (photos and search terms go with
 * their products). The service has checked that nothing depends on it.
 */
export async function deleteEntrepreneur(db: Db, id: string): Promise<void> {
  const own = db.select({ id: products.id }).from(products).where(eq(products.entrepreneurId, id));
  await db.delete(productCertifications).where(inArray(productCertifications.productId, own));
  await db.delete(products).where(eq(products.entrepreneurId, id));
  await db.delete(entrepreneurs).where(eq(entrepreneurs.id, id));
}

/** Deletes a product and its certifications. */
export async function deleteProduct(db: Db, id: string): Promise<void> {
  await db.delete(productCertifications).where(eq(productCertifications.productId, id));
  await db.delete(products).where(eq(products.id, id));
}

export async function hsCodeLevel(db: Db, code: string): Promise<number | undefined> {
  const [row] = await db.select({ level: hsCodes.level }).from(hsCodes).where(eq(hsCodes.code, code));
  return row?.level;
}

export async function certificationsOf(db: Db, productIds: string[]): Promise<CertificationRow[]> {
  if (productIds.length === 0) return [];
  return db
    .select()
    .from(productCertifications)
    .where(inArray(productCertifications.productId, productIds))
    .orderBy(
      asc(productCertifications.kind),
      desc(productCertifications.validUntil),
      asc(productCertifications.id),
    );
}

export async function findCertification(
  db: Db,
  productId: string,
  id: string,
): Promise<CertificationRow | undefined> {
  const [row] = await db
    .select()
    .from(productCertifications)
    .where(and(eq(productCertifications.id, id), eq(productCertifications.productId, productId)))
    .for('update');
  return row;
}

export async function insertCertification(db: Db, values: NewCertification): Promise<CertificationRow> {
  const [row] = await db.insert(productCertifications).values(values).returning();
  if (!row) throw new Error('insert into product_certifications returned no row');
  return row;
}

export async function updateCertification(
  db: Db,
  id: string,
  values: Partial<NewCertification>,
): Promise<CertificationRow> {
  const [row] = await db
    .update(productCertifications)
    .set({ ...values, version: sql`${productCertifications.version} + 1`, updatedAt: sql`now()` })
    .where(eq(productCertifications.id, id))
    .returning();
  if (!row) throw new Error(`certification ${id} vanished during an update`);
  return row;
}

export async function deleteCertification(db: Db, id: string): Promise<void> {
  await db.delete(productCertifications).where(eq(productCertifications.id, id));
}

export async function insertInterest(
  db: Db,
  values: typeof productInterests.$inferInsert,
): Promise<typeof productInterests.$inferSelect> {
  const [row] = await db.insert(productInterests).values(values).returning();
  if (!row) throw new Error('insert into product_interests returned no row');
  return row;
}

export async function listInterests(db: Db, productId: string): Promise<InterestRow[]> {
  return db
    .select()
    .from(productInterests)
    .where(eq(productInterests.productId, productId))
    .orderBy(desc(productInterests.createdAt), desc(productInterests.id));
}

export async function countInterests(db: Db, productId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(productInterests)
    .where(eq(productInterests.productId, productId));
  return row?.total ?? 0;
}

// --- Photos ------------------------------------------------------------------------------------------

/** What is said of a photo without its bytes. */
const photoColumns = {
  id: productPhotos.id,
  productId: productPhotos.productId,
  position: productPhotos.position,
  sourceType: productPhotos.sourceType,
  width: productPhotos.width,
  height: productPhotos.height,
  createdAt: productPhotos.createdAt,
};
export type PhotoRow = { [K in keyof typeof photoColumns]: (typeof productPhotos.$inferSelect)[K] };

export async function photosOf(
  db: Db,
  productIds: readonly string[],
  options: { forUpdate?: boolean } = {},
): Promise<PhotoRow[]> {
  if (productIds.length === 0) return [];
  const query = db
    .select(photoColumns)
    .from(productPhotos)
    .where(inArray(productPhotos.productId, [...productIds]))
    .orderBy(asc(productPhotos.productId), asc(productPhotos.position));
  return options.forUpdate ? query.for('update') : query;
}

export async function insertPhoto(db: Db, values: typeof productPhotos.$inferInsert): Promise<PhotoRow> {
  const [row] = await db.insert(productPhotos).values(values).returning(photoColumns);
  if (!row) throw new Error('insert into product_photos returned no row');
  return row;
}

export async function deletePhoto(db: Db, id: string): Promise<void> {
  await db.delete(productPhotos).where(eq(productPhotos.id, id));
}

/** One size of a photo with its product, or undefined. */
export async function photoWithBytes(db: Db, id: string, size: PhotoSize) {
  const [row] = await db
    .select({ productId: productPhotos.productId, bytes: productPhotos[size] })
    .from(productPhotos)
    .where(eq(productPhotos.id, id));
  return row;
}

// --- Import -------------------------------------------------------------------------------------------

/** The real (not sample) businesses an import file may mean: by import key, registration number or Thai name. */
export async function entrepreneursMatching(
  db: Db,
  wanted: { importKeys: string[]; registrationNumbers: string[]; namesTh: string[] },
): Promise<EntrepreneurRow[]> {
  const names = [
    ...new Set(wanted.namesTh.map((name) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase())),
  ];
  const conditions = [
    wanted.importKeys.length > 0 ? inArray(entrepreneurs.importKey, wanted.importKeys) : undefined,
    wanted.registrationNumbers.length > 0
      ? inArray(entrepreneurs.registrationNumber, wanted.registrationNumbers)
      : undefined,
    names.length > 0
      ? inArray(sql`lower(regexp_replace(btrim(${entrepreneurs.nameTh}), '\s+', ' ', 'g'))`, names)
      : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(entrepreneurs)
    .where(and(eq(entrepreneurs.isSample, false), or(...conditions)));
}

/** The real products an import file may mean: those of its businesses, and those with its import keys. */
export async function productsMatching(
  db: Db,
  wanted: { importKeys: string[]; entrepreneurIds: string[] },
): Promise<ProductRow[]> {
  const conditions = [
    wanted.importKeys.length > 0 ? inArray(products.importKey, wanted.importKeys) : undefined,
    wanted.entrepreneurIds.length > 0 ? inArray(products.entrepreneurId, wanted.entrepreneurIds) : undefined,
  ].filter((condition) => condition !== undefined);
  if (conditions.length === 0) return [];
  return db
    .select()
    .from(products)
    .where(and(eq(products.isSample, false), or(...conditions)));
}

/** The level of each of these HS codes that exists. */
export async function hsCodeLevels(db: Db, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: hsCodes.code, level: hsCodes.level })
    .from(hsCodes)
    .where(inArray(hsCodes.code, codes));
  return new Map(rows.map((row) => [row.code, row.level]));
}

/** One catalogue import applies at a time (held to the end of the transaction). */
export async function lockImportApply(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('catalogue.import.apply'))`);
}

/**
 * The Bangkok Brand catalogue's records. Localized texts are one column per language (`_th` required,
 * `_en`, `_ja`, `_ko`, `_zh` optional), see docs/decisions/0014-catalogue-records.md. District codes
 * and user ids of other modules are checked by the service, not by foreign keys (modules meet only
 * through their index.ts).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../db/columns.ts';
import { hsCodes } from './hs.schema.ts';

/** A Bangkok Brand business: a community enterprise, an SME, a person trading on their own. */
export const entrepreneurs = pgTable(
  'entrepreneurs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    nameJa: text('name_ja'),
    nameKo: text('name_ko'),
    nameZh: text('name_zh'),
    ownerName: text('owner_name').notNull(),
    legalForm: text('legal_form').notNull(),
    /** A juristic id is stored as its 13 digits; other registrations as written. */
    registrationNumber: text('registration_number'),
    /** The district office (unit code 1001–1050) the business belongs to. */
    districtCode: text('district_code').notNull(),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    lineId: text('line_id'),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    exportExperience: text('export_experience').notNull().default('none'),
    exportReadiness: text('export_readiness').notNull().default('not_ready'),
    productionCapacity: text('production_capacity'),
    /** PDPA: consent to be contacted by partner-city businesses; contacts are shown to them only while given. */
    consentGivenAt: timestamp('consent_given_at', { withTimezone: true }),
    consentMethod: text('consent_method'),
    consentRecordedBy: uuid('consent_recorded_by'),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    /** The row's id in the spreadsheet it was imported from, so that a re-import updates it. */
    importKey: text('import_key'),
    /**
     * When the business was archived (it stopped trading): it and its products leave the public
     * catalogue and the pickers of new sessions and accounts, and stay readable by staff. Null while active.
     */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Why it was archived, as the officer put it (optional). */
    archiveReason: text('archive_reason'),
    isSample: boolean('is_sample').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('entrepreneurs_district_idx').on(table.districtCode),
    uniqueIndex('entrepreneurs_import_key_unique').on(table.importKey),
    // The few archived businesses, which every "listed today" check leaves out (isListedSql).
    index('entrepreneurs_archived_idx')
      .on(table.id)
      .where(sql`${table.archivedAt} is not null`),
  ],
);

/** A product of an entrepreneur. */
export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entrepreneurId: uuid('entrepreneur_id')
      .notNull()
      .references(() => entrepreneurs.id),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    nameJa: text('name_ja'),
    nameKo: text('name_ko'),
    nameZh: text('name_zh'),
    descriptionTh: text('description_th'),
    descriptionEn: text('description_en'),
    descriptionJa: text('description_ja'),
    descriptionKo: text('description_ko'),
    descriptionZh: text('description_zh'),
    category: text('category').notNull(),
    /** A heading (4 digits) or subheading (6 digits) of the HS nomenclature. */
    hsCode: text('hs_code')
      .notNull()
      .references(() => hsCodes.code),
    priceMinThb: numeric('price_min_thb', { precision: 12, scale: 2, mode: 'number' }),
    priceMaxThb: numeric('price_max_thb', { precision: 12, scale: 2, mode: 'number' }),
    minimumOrderQuantity: integer('minimum_order_quantity'),
    minimumOrderUnit: text('minimum_order_unit'),
    leadTimeDays: smallint('lead_time_days'),
    shelfLifeDays: integer('shelf_life_days'),
    packaging: text('packaging'),
    /** The row's id in the spreadsheet it was imported from, so that a re-import updates it. */
    importKey: text('import_key'),
    isSample: boolean('is_sample').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('products_entrepreneur_idx').on(table.entrepreneurId),
    uniqueIndex('products_import_key_unique').on(table.importKey),
    index('products_category_idx').on(table.category),
    // A search by HS code: the codes that start with the digits typed.
    index('products_hs_code_prefix_idx').using('btree', sql`${table.hsCode} text_pattern_ops`),
    // The public catalogue's order when nothing is searched: a page is read off the index, in all
    // categories or in one.
    index('products_name_th_idx').on(table.nameTh, table.id),
    index('products_category_name_th_idx').on(table.category, table.nameTh, table.id),
  ],
);

/**
 * The catalogue's lexicon: every distinct word of every product's texts (catalogue.search-text.ts),
 * once. A search matches its words against these by trigram similarity (pg_trgm), then finds the
 * products holding the terms found (`productSearchTerms`). Terms are added as products are written
 * and never removed: a term no product holds any more finds nothing.
 */
export const searchTerms = pgTable(
  'search_terms',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    term: text('term').notNull(),
  },
  (table) => [
    uniqueIndex('search_terms_term_unique').on(table.term),
    index('search_terms_term_trgm_idx').using('gin', sql`${table.term} gin_trgm_ops`),
  ],
);

/**
 * What a product is found by, as ids of `searchTerms`: the words of its names, and every word it is
 * found by (its names, descriptions, business, category in the five languages, HS code and its
 * description). A narrow table of its own, so that a search reads and ranks thousands of candidates
 * without reading the products' rows; written with the product (catalogue.search.ts).
 */
export const productSearchTerms = pgTable(
  'product_search_terms',
  {
    productId: uuid('product_id')
      .primaryKey()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** The terms of the product's names in every language, in ascending order. */
    nameTerms: integer('name_terms')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    /** Every term the product is found by, its names' included, in ascending order. */
    terms: integer('terms')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
  },
  // Without GIN's pending list (fastupdate), which a search would read through until the next vacuum:
  // writing a product costs a little more, every search the same.
  (table) => [
    index('product_search_terms_name_terms_idx').using('gin', table.nameTerms).with({ fastupdate: false }),
    index('product_search_terms_terms_idx').using('gin', table.terms).with({ fastupdate: false }),
  ],
);

/**
 * The same terms of the names, one row per term and product, in the order a search reads them: for a
 * term, the products whose names are shortest first (the closer match), then by id. A search whose
 * words all have a term of their own reads the best page off this index, however many products match
 * (catalogue.search.ts).
 */
export const productNameTerms = pgTable(
  'product_name_terms',
  {
    termId: integer('term_id').notNull(),
    /** How many terms the product's names hold (`cardinality(name_terms)`). */
    nameSize: smallint('name_size').notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.termId, table.nameSize, table.productId] }),
    index('product_name_terms_product_idx').on(table.productId),
  ],
);

/** A certification of a product: Bangkok Brand, Thai FDA (อย.), halal, GI, organic, … */
export const productCertifications = pgTable(
  'product_certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    yearCertified: smallint('year_certified'),
    validFrom: date('valid_from', { mode: 'string' }),
    /** No end date: valid until withdrawn (never for Bangkok Brand, which always has one). */
    validUntil: date('valid_until', { mode: 'string' }),
    districtCode: text('district_code'),
    /** A Thai FDA number as its 13 digits; another certificate's number as written. */
    number: text('number'),
    name: text('name'),
    issuer: text('issuer'),
    isSample: boolean('is_sample').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('product_certifications_product_idx').on(table.productId),
    index('product_certifications_listing_idx').on(table.kind, table.validUntil, table.productId),
    // Whether one product is listed today (isListedSql), answered from the index alone.
    index('product_certifications_bangkok_brand_idx')
      .on(table.productId, table.validUntil, table.validFrom, table.yearCertified)
      .where(sql`${table.kind} = 'bangkok_brand'`),
  ],
);

/** A partner-city buyer's (or coordinator's) interest in a product, for the trade programme. */
export const productInterests = pgTable(
  'product_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    buyerUserId: uuid('buyer_user_id').notNull(),
    /** The buyer's name when they expressed interest, as the business will see it. */
    buyerName: text('buyer_name').notNull(),
    /** The partner city of the buyer's role, when they have one. */
    partnerId: uuid('partner_id'),
    message: text('message'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('product_interests_product_idx').on(table.productId)],
);

/**
 * A photo of a product, kept as the WebP sizes the pages use (photos.ts), each stripped of metadata;
 * the upload itself is not kept.
 */
export const productPhotos = pgTable(
  'product_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull().default(0),
    /** What the upload was (image/jpeg, image/png, …), read from its bytes. */
    sourceType: text('source_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    thumb: bytea('thumb').notNull(),
    card: bytea('card').notNull(),
    full: bytea('full').notNull(),
    isSample: boolean('is_sample').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('product_photos_product_idx').on(table.productId, table.position)],
);

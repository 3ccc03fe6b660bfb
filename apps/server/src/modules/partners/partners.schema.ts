import { sql } from 'drizzle-orm';
import { bytea } from '../../db/columns.ts';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A source of a fact: a web address or a citation, as given in the reference data. */
export interface SourceRef {
  url?: string;
  note?: string;
}

/** World regions as the strategic plan groups them (ASEAN, East Asia, …). Reference data. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: smallint('sort_order').notNull(),
});

/** Which region each ISO 3166-1 country belongs to, and whether it is an ASEAN member. Reference data. */
export const countryRegions = pgTable(
  'country_regions',
  {
    countryCode: text('country_code').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    isAsean: boolean('is_asean').notNull().default(false),
  },
  (table) => [index('country_regions_region_idx').on(table.regionCode)],
);

/** The controlled list of cooperation fields; administrators may add more. */
export const cooperationFields = pgTable('cooperation_fields', {
  code: text('code').primaryKey(),
  nameTh: text('name_th').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: smallint('sort_order').notNull().default(100),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A partner of Bangkok: a sister or friendship city or province, an organisation, a network, a mission. */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** Thai name; imported records may lack one (shown as not recorded), forms require it. */
    nameTh: text('name_th'),
    nameThSource: text('name_th_source'),
    nameEn: text('name_en'),
    /** The partner's own name in its own language (ソウル特別市 → `ja`), where known. */
    nameLocal: text('name_local'),
    nameLocalLang: text('name_local_lang'),
    acronym: text('acronym'),
    /** ISO 3166-1 alpha-2; null for bodies without a country (a world network). */
    countryCode: text('country_code'),
    /** Normally the country's region; stored so a body without a country can still have one. */
    regionCode: text('region_code').references(() => regions.code),
    timeZone: text('time_zone'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    positionSource: text('position_source'),
    website: text('website'),
    /** How strong the evidence for the record is: `bma`, `bma_list`, `partner_news`, `unconfirmed`. */
    verification: text('verification').notNull(),
    /** The verification wording of the source, kept as given. */
    verificationNote: text('verification_note'),
    sources: jsonb('sources').$type<SourceRef[]>().notNull().default([]),
    /** Conflicts and caveats from the sources, shown on the record. */
    sourceNotes: text('source_notes'),
    /** Bangkok's standing in a network or organisation ("full member", "pilot city"). */
    membershipStatus: text('membership_status'),
    memberSinceYear: smallint('member_since_year'),
    notes: text('notes'),
    /** Where an imported record came from (`sister_cities.csv#14`), so a re-import updates it. */
    importKey: text('import_key'),
    isSample: boolean('is_sample').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('partners_country_idx').on(table.countryCode),
    index('partners_region_idx').on(table.regionCode),
    uniqueIndex('partners_import_key_unique').on(table.importKey),
  ],
);

/** A person to contact at a partner. */
export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    fullName: text('full_name').notNull(),
    role: text('role'),
    organisation: text('organisation'),
    email: text('email'),
    phone: text('phone'),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('partner_contacts_partner_idx').on(table.partnerId)],
);

/** An agreement signed with a partner. Dates may be known only to the year. */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    type: text('type').notNull(),
    /** The title or type as the source words it ("Protocol on Friendly Relations"). */
    title: text('title'),
    signedOn: date('signed_on', { mode: 'string' }),
    /** The year signed; equal to the year of `signedOn` when that is known. */
    signedYear: smallint('signed_year'),
    termYears: smallint('term_years'),
    expiresOn: date('expires_on', { mode: 'string' }),
    renewalOn: date('renewal_on', { mode: 'string' }),
    signatories: text('signatories'),
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Cooperation fields as the source words them, before they were mapped to the list. */
    fieldsNote: text('fields_note'),
    verification: text('verification').notNull(),
    sources: jsonb('sources').$type<SourceRef[]>().notNull().default([]),
    notes: text('notes'),
    importKey: text('import_key'),
    isSample: boolean('is_sample').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('agreements_partner_idx').on(table.partnerId),
    uniqueIndex('agreements_import_key_unique').on(table.importKey),
  ],
);

/** Something that happened with a partner: a visit, a delegation, a meeting, a project… */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Codes of the BMA units that took part. */
    unitCodes: text('unit_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    participants: text('participants'),
    outcome: text('outcome'),
    /**
     * The areas of global citizenship and cultural engagement it promotes (KPI 1.3.1 of the strategic
     * plan): `education`, `arts_culture_creativity`, `global_knowledge`. Empty until an officer says.
     */
    engagementAreas: text('engagement_areas')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Held again each year (KPI 1.3.1's "one of them continuing"). */
    isContinuing: boolean('is_continuing').notNull().default(false),
    /** The BMA's part (KPI 2.3.1): `participant`, `co_organiser` or `main_host`; null until an officer says. */
    bmaRole: text('bma_role'),
    importKey: text('import_key'),
    isSample: boolean('is_sample').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('activities_partner_idx').on(table.partnerId, table.startsOn),
    uniqueIndex('activities_import_key_unique').on(table.importKey),
    check(
      'activities_engagement_areas',
      sql`${table.engagementAreas} <@ ARRAY['education', 'arts_culture_creativity', 'global_knowledge']::text[]`,
    ),
    check(
      'activities_bma_role',
      sql`${table.bmaRole} is null or ${table.bmaRole} in ('participant', 'co_organiser', 'main_host')`,
    ),
  ],
);

/** A file attached to a partner, or to one of its agreements or activities. */
export const partnerDocuments = pgTable(
  'partner_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    agreementId: uuid('agreement_id').references(() => agreements.id),
    activityId: uuid('activity_id').references(() => activities.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    title: text('title'),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [index('partner_documents_partner_idx').on(table.partnerId)],
);

import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A BMA unit: a department, an office, or one of the 50 district offices. Reference data. */
export const units = pgTable(
  'units',
  {
    /** BMA agency code (8 digits) for departments and offices; DOPA geocode (4 digits) for districts. */
    code: text('code').primaryKey(),
    kind: text('kind').notNull(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    parentCode: text('parent_code'),
    nameThSource: text('name_th_source'),
    nameEnSource: text('name_en_source'),
    sourceNotes: text('source_notes'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('units_kind_idx').on(table.kind)],
);

/** A unit's international-relations liaison officer (seed 000). */
export const liaisonOfficers = pgTable(
  'liaison_officers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    fullName: text('full_name').notNull(),
    position: text('position'),
    email: text('email'),
    phone: text('phone'),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    since: date('since', { mode: 'string' }),
    isSample: boolean('is_sample').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('liaison_officers_unit_idx').on(table.unitCode),
    uniqueIndex('liaison_officers_unit_name_unique').on(table.unitCode, sql`lower(${table.fullName})`),
  ],
);

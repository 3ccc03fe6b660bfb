/**
 * Officers' competency and training records (issue 16, plan KPI 3.2.1, decision 0058): the list of
 * competencies the IAO keeps, each officer's trainings (from an event of the learning module or an
 * outside course) with the competencies they developed, and an outside course's certificate.
 *
 * A person is an account (`user_id`) or, for a liaison officer of the unit directory without one, that
 * directory row (`liaison_officer_id`): exactly one of the two is set.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../../db/columns.ts';
import { learningEvents } from '../learning.schema.ts';

/** A competency an officer develops (languages, protocol, negotiation …), in the IAO's order. */
export const trainingCompetencies = pgTable(
  'training_competencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    isActive: boolean('is_active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('training_competencies_name_th_unique').on(sql`lower(${table.nameTh})`)],
);

export const trainingSources = ['event', 'outside'] as const;
export type TrainingSource = (typeof trainingSources)[number];

/** One training of one officer: the dates, the hours and the competencies it developed. */
export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id'),
    liaisonOfficerId: uuid('liaison_officer_id'),
    source: text('source').$type<TrainingSource>().notNull(),
    eventId: uuid('event_id').references(() => learningEvents.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    provider: text('provider'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    hours: integer('hours').notNull(),
    competencyIds: jsonb('competency_ids').$type<string[]>().notNull().default([]),
    recordedBy: uuid('recorded_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('training_records_user_idx').on(table.userId, table.endsOn),
    index('training_records_liaison_officer_idx').on(table.liaisonOfficerId, table.endsOn),
    uniqueIndex('training_records_one_per_event')
      .on(table.eventId, table.userId)
      .where(sql`${table.eventId} is not null`),
    check('training_records_one_person', sql`num_nonnulls(${table.userId}, ${table.liaisonOfficerId}) = 1`),
    check('training_records_source', sql`${table.source} in ('event', 'outside')`),
    check('training_records_dates', sql`${table.endsOn} >= ${table.startsOn}`),
    check('training_records_hours', sql`${table.hours} between 1 and 2000`),
  ],
);

/** The certificate of an outside course: a PDF or an image, judged by its content. */
export const trainingCertificates = pgTable('training_certificates', {
  recordId: uuid('record_id')
    .primaryKey()
    .references(() => trainingRecords.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The impact register (seed 000 indicators 2 and 3, issue 16, decision 0055): themes, each unit's
 * answer for a theme, the answer's impacts and duties, and the answer's history. Units belong to the
 * liaison module and people to identity: they are referred to by code and id.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A theme the units answer for: "ASEAN integration", later any global agenda. */
export const impactThemes = pgTable(
  'impact_themes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nameTh: text('name_th').notNull(),
    nameEn: text('name_en'),
    description: text('description').notNull().default(''),
    /** Closed: the units' answers can no longer be saved. */
    isOpen: boolean('is_open').notNull().default(true),
    dueOn: date('due_on', { mode: 'string' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('impact_themes_name_unique').on(sql`lower(${table.nameTh})`)],
);

/** A unit's answer for a theme: one per unit and theme. */
export const impactAnswers = pgTable(
  'impact_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => impactThemes.id, { onDelete: 'cascade' }),
    unitCode: text('unit_code').notNull(),
    /** `draft`, `submitted`, `returned` or `accepted`. */
    status: text('status').notNull().default('draft'),
    savedBy: uuid('saved_by'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('impact_answers_theme_unit_unique').on(table.themeId, table.unitCode),
    index('impact_answers_unit').on(table.unitCode),
    check('impact_answers_status', sql`${table.status} in ('draft', 'submitted', 'returned', 'accepted')`),
  ],
);

/** An impact the unit expects, or a duty of the unit that must change. */
export const impactItems = pgTable(
  'impact_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => impactAnswers.id, { onDelete: 'cascade' }),
    /** `impact` or `duty`. */
    kind: text('kind').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    /** An impact's: `positive` or `negative`; null for a duty. */
    effect: text('effect'),
    /** An impact's area (contracts `impactAreas`); null for a duty. */
    area: text('area'),
    urgency: text('urgency').notNull(),
    handling: text('handling').notNull(),
    responsible: text('responsible').notNull(),
    targetOn: date('target_on', { mode: 'string' }).notNull(),
    /** The coordination request the item became (the coordination module's id). */
    requestId: uuid('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('impact_items_answer').on(table.answerId, table.kind, table.position),
    check('impact_items_kind', sql`${table.kind} in ('impact', 'duty')`),
    check('impact_items_urgency', sql`${table.urgency} in ('urgent', 'can_wait')`),
    check('impact_items_handling', sql`${table.handling} in ('unit', 'needs_iao')`),
    check(
      'impact_items_impact_fields',
      sql`(${table.kind} = 'impact' and ${table.effect} in ('positive', 'negative') and ${table.area} is not null) or (${table.kind} = 'duty' and ${table.effect} is null and ${table.area} is null)`,
    ),
  ],
);

/** What happened to an answer: submitted, returned with a comment, accepted, an item made a request. */
export const impactAnswerEvents = pgTable(
  'impact_answer_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => impactAnswers.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    comment: text('comment').notNull().default(''),
    by: uuid('by'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('impact_answer_events_answer').on(table.answerId, table.at),
    check(
      'impact_answer_events_action',
      sql`${table.action} in ('submitted', 'returned', 'accepted', 'request_opened')`,
    ),
  ],
);

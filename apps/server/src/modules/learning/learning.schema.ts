/**
 * Seminars, workshops, trainings and consultations (issue 16, seed 000): the events the IAO runs for
 * the liaison network, their sessions, and who registered. The parts of the module add what hangs on
 * an event: attendance and feedback (`events/`), the tests before and after (`tests/`).
 *
 * People belong to the identity module and units to the liaison module: they are referred to by id and
 * by unit code, as the other modules' tables do.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const learningEventKinds = ['seminar', 'workshop', 'training', 'consultation'] as const;
export type LearningEventKind = (typeof learningEventKinds)[number];

/** draft: only the organisers see it; open: invited staff register; closed: registration over; cancelled. */
export const learningEventStatuses = ['draft', 'open', 'closed', 'cancelled'] as const;
export type LearningEventStatus = (typeof learningEventStatuses)[number];

/** An event the IAO runs: a seminar, a workshop, a training or a consultation on a draft document. */
export const learningEvents = pgTable(
  'learning_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<LearningEventKind>().notNull(),
    titleTh: text('title_th').notNull(),
    titleEn: text('title_en'),
    descriptionTh: text('description_th'),
    descriptionEn: text('description_en'),
    /** The unit that runs it: the IAO's code in the unit directory, as a rule. */
    organiserUnitCode: text('organiser_unit_code').notNull(),
    /** Seats in all; a registration past it goes on the waiting list. */
    capacity: integer('capacity').notNull(),
    /** The units invited to send people (unit codes); empty means every unit. */
    invitedUnitCodes: jsonb('invited_unit_codes').$type<string[]>().notNull().default([]),
    status: text('status').$type<LearningEventStatus>().notNull().default('draft'),
    /** Hours of learning one attendee is credited with (for the training record). */
    creditHours: integer('credit_hours'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('learning_events_status_idx').on(table.status),
    check('learning_events_kind', sql`${table.kind} in ('seminar', 'workshop', 'training', 'consultation')`),
    check('learning_events_status', sql`${table.status} in ('draft', 'open', 'closed', 'cancelled')`),
    check('learning_events_capacity_positive', sql`${table.capacity} >= 1`),
  ],
);

/** One sitting of an event: in a room, or online through a link. Attendance is taken per session. */
export const learningEventSessions = pgTable(
  'learning_event_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => learningEvents.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    room: text('room'),
    onlineUrl: text('online_url'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('learning_event_sessions_event_idx').on(table.eventId, table.startsAt),
    check('learning_event_sessions_ends_after_start', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/** registered: has a seat; waitlisted: waits for one, in order of `registeredAt`; cancelled: gave it up. */
export const learningRegistrationStatuses = ['registered', 'waitlisted', 'cancelled'] as const;
export type LearningRegistrationStatus = (typeof learningRegistrationStatuses)[number];

/** One person's place at an event: one seat per person, whatever their unit. */
export const learningRegistrations = pgTable(
  'learning_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => learningEvents.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** The unit the person came for (their liaison scope, or the unit they named). */
    unitCode: text('unit_code'),
    status: text('status').$type<LearningRegistrationStatus>().notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('learning_registrations_one_per_person').on(table.eventId, table.userId),
    index('learning_registrations_event_status_idx').on(table.eventId, table.status, table.registeredAt),
    check('learning_registrations_status', sql`${table.status} in ('registered', 'waitlisted', 'cancelled')`),
  ],
);

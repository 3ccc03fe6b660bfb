/**
 * What hangs on an event's sessions and its people (issue 16, decision 0056): the secret check-in
 * link of each session, who attended each session and how they were checked in (the QR link on their
 * phone, or ticked by hand by an organiser), and each participant's feedback on the event.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { learningEvents, learningEventSessions } from '../learning.schema.ts';

/** The secret token of a session's check-in link (shown to organisers as a QR code). */
export const learningSessionCheckInLinks = pgTable('learning_session_check_in_links', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => learningEventSessions.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique('learning_session_check_in_links_token'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const learningCheckInMethods = ['qr', 'manual'] as const;
export type LearningCheckInMethod = (typeof learningCheckInMethods)[number];

/** One person present at one session: checked in by the QR link, or ticked by hand by an organiser. */
export const learningAttendance = pgTable(
  'learning_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => learningEventSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    method: text('method').$type<LearningCheckInMethod>().notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull(),
    /** Who ticked it by hand; the person themselves for a QR check-in. */
    recordedBy: uuid('recorded_by').notNull(),
  },
  (table) => [
    uniqueIndex('learning_attendance_one_per_session').on(table.sessionId, table.userId),
    index('learning_attendance_user_idx').on(table.userId),
    check('learning_attendance_method', sql`${table.method} in ('qr', 'manual')`),
  ],
);

/** A participant's feedback on an event: a rating from 1 to 5 and comments, given once. */
export const learningFeedback = pgTable(
  'learning_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => learningEvents.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    rating: integer('rating').notNull(),
    comments: text('comments'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('learning_feedback_one_per_person').on(table.eventId, table.userId),
    check('learning_feedback_rating', sql`${table.rating} between 1 and 5`),
  ],
);

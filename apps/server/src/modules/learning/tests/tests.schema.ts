/**
 * The tests before and after an event (issue 16, seed 000 indicator 1; decision 0057): the event's
 * question bank, its pre-test and post-test (each opened by a manager, within its times), and each
 * participant's one attempt at each, scored when submitted.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { learningEvents } from '../learning.schema.ts';

export const learningTestKinds = ['pre', 'post'] as const;
export type LearningTestKind = (typeof learningTestKinds)[number];

/** One answer choice of a question, in Thai and optionally English. */
export interface LearningQuestionOption {
  th: string;
  en?: string;
}

/** An event's question bank: one per event, its version guarding concurrent edits of the questions. */
export const learningQuestionBanks = pgTable('learning_question_banks', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => learningEvents.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A multiple-choice question of the bank; it belongs to the pre-test, the post-test or both. */
export const learningTestQuestions = pgTable(
  'learning_test_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => learningQuestionBanks.eventId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    promptTh: text('prompt_th').notNull(),
    promptEn: text('prompt_en'),
    /** Two to six choices, in the order shown. */
    options: jsonb('options').$type<LearningQuestionOption[]>().notNull(),
    /** The index in `options` of the one correct answer: never sent to a participant. */
    correctIndex: integer('correct_index').notNull(),
    inPre: boolean('in_pre').notNull(),
    inPost: boolean('in_post').notNull(),
  },
  (table) => [
    uniqueIndex('learning_test_questions_position').on(table.eventId, table.position),
    check('learning_test_questions_in_a_test', sql`${table.inPre} or ${table.inPost}`),
    check(
      'learning_test_questions_correct_index',
      sql`${table.correctIndex} >= 0 and ${table.correctIndex} < 6`,
    ),
  ],
);

/** The pre-test or the post-test of an event: closed until a manager opens it, and only within its times. */
export const learningTests = pgTable(
  'learning_tests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => learningEvents.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<LearningTestKind>().notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    isOpen: boolean('is_open').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('learning_tests_one_per_kind').on(table.eventId, table.kind),
    check('learning_tests_kind', sql`${table.kind} in ('pre', 'post')`),
    check(
      'learning_tests_closes_after_opening',
      sql`${table.opensAt} is null or ${table.closesAt} is null or ${table.closesAt} > ${table.opensAt}`,
    ),
  ],
);

/** One participant's one attempt at a test: the choices made and the score computed on submission. */
export const learningTestAttempts = pgTable(
  'learning_test_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    testId: uuid('test_id')
      .notNull()
      .references(() => learningTests.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    /** Question id → the index of the option chosen. */
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    score: integer('score').notNull(),
    maxScore: integer('max_score').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('learning_test_attempts_one_per_person').on(table.testId, table.userId),
    index('learning_test_attempts_user_idx').on(table.userId),
    check(
      'learning_test_attempts_score_range',
      sql`${table.score} >= 0 and ${table.maxScore} >= 1 and ${table.score} <= ${table.maxScore}`,
    ),
  ],
);

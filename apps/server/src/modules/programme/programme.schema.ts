/**
 * The trade programme's tables: the year's programme, its steps (and their documents) and working
 * group, the cities chosen, the sessions with their cities, businesses, invitations, participants,
 * interest, contacts and reminders, and the public holidays sessions are checked against.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  primaryKey,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../db/columns.ts';

/**
 * The trade programme of one fiscal year (seed 003 §6): Bangkok Brand entrepreneurs meet buyers of
 * sister cities in a planned number of sessions. Named by the Buddhist-era fiscal year (2569 =
 * 1 Oct 2025 – 30 Sep 2026); one per year.
 */
export const tradeProgrammes = pgTable(
  'trade_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fiscalYear: integer('fiscal_year').notNull(),
    plannedSessions: integer('planned_sessions').notNull(),
    entrepreneursPerSession: integer('entrepreneurs_per_session').notNull(),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('trade_programmes_fiscal_year_unique').on(table.fiscalYear)],
);

/**
 * One step of a programme (seed 003 §6.1 and its timeline table), for one of its sessions (`round`,
 * 1 for the first). The steps done only before the first session of a year are marked so.
 */
export const programmeSteps = pgTable(
  'programme_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => tradeProgrammes.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    round: integer('round').notNull(),
    /** The step's place in the year's list (the template's order within a round). */
    position: integer('position').notNull(),
    responsibleUnits: text('responsible_units').array().notNull(),
    isFirstSessionOnly: boolean('is_first_session_only').notNull().default(false),
    plannedStart: date('planned_start', { mode: 'string' }).notNull(),
    plannedEnd: date('planned_end', { mode: 'string' }).notNull(),
    actualStart: date('actual_start', { mode: 'string' }),
    actualEnd: date('actual_end', { mode: 'string' }),
    status: text('status').notNull().default('not_started'),
    /** Who carries it out (a name, as the office writes it in its plans). */
    owner: text('owner'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('programme_steps_programme_idx').on(table.programmeId, table.round, table.position),
    uniqueIndex('programme_steps_kind_round_unique').on(table.programmeId, table.kind, table.round),
  ],
);

/** A member of the programme's working group (seed 003 §6.1.2: Social Development's director chairs). */
export const workingGroupMembers = pgTable(
  'working_group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => tradeProgrammes.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    position: text('position'),
    /** A BMA unit's code (checked against the units when saved). */
    unitCode: text('unit_code'),
    groupRole: text('group_role').notNull(),
    email: text('email'),
    phone: text('phone'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('working_group_members_programme_idx').on(table.programmeId),
    uniqueIndex('working_group_members_name_unique').on(table.programmeId, sql`lower(${table.fullName})`),
  ],
);

/**
 * A partner city chosen for a year's programme, and the letter of inquiry sent to it (seed 003
 * §6.1.4): its reference number, when it was sent, by when an answer is expected, and the answer.
 */
export const programmeCities = pgTable(
  'programme_cities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => tradeProgrammes.id, { onDelete: 'cascade' }),
    /** The partner (partners module), checked to be a city when chosen. */
    partnerId: uuid('partner_id').notNull(),
    /** What the ranking said when the city was chosen: its score out of 100. */
    scoreWhenChosen: integer('score_when_chosen'),
    replyStatus: text('reply_status').notNull().default('not_sent'),
    letterReference: text('letter_reference'),
    letterSentOn: date('letter_sent_on', { mode: 'string' }),
    replyDueOn: date('reply_due_on', { mode: 'string' }),
    repliedOn: date('replied_on', { mode: 'string' }),
    /** What the city said its businesses are interested in: Bangkok Brand categories and HS chapters. */
    interestCategories: text('interest_categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    interestHsChapters: text('interest_hs_chapters')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('programme_cities_partner_unique').on(table.programmeId, table.partnerId)],
);

/**
 * A title's translations out of Thai (decision 0025): `{ en?, ja?, ko?, zh? }`, each written by the
 * officer or absent. Rows written before these existed hold none (`{}`, or no key in an agenda item).
 */
export type StoredTitleTranslations = Partial<Record<'en' | 'ja' | 'ko' | 'zh', string>>;

/** One item of a session's agenda: one of the seed's (§6.1.7), or one the officer wrote. */
export interface StoredAgendaItem {
  kind: string;
  /** The officer's own words, in Thai; the seed's items are named in each reader's language instead. */
  title: string | null;
  /** The officer's words in other languages. */
  titleTranslations?: StoredTitleTranslations;
  minutes: number;
}

/**
 * A trade session: Bangkok's entrepreneurs and the buyers of one city (bilateral) or several
 * (multilateral), at a moment stored in UTC; each city reads it in its own time zone. A time outside
 * a city's office hours is kept only with the reason the officer gave for it.
 */
export const programmeSessions = pgTable(
  'programme_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => tradeProgrammes.id, { onDelete: 'cascade' }),
    /** Which of the year's planned sessions it is (1 for the first), when it is one of them. */
    round: integer('round'),
    /** In Thai: the title every reader falls back to. */
    title: text('title').notNull(),
    /** The title in the partner cities' languages, where the officer wrote it. */
    titleTranslations: jsonb('title_translations').$type<StoredTitleTranslations>().notNull().default({}),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    meetingUrl: text('meeting_url'),
    status: text('status').notNull().default('planned'),
    /** Why the session is held at a time that does not suit every city (null: it suits them all). */
    scheduleOverrideReason: text('schedule_override_reason'),
    connectionTestAt: timestamp('connection_test_at', { withTimezone: true }),
    connectionTestResult: text('connection_test_result').notNull().default('not_tested'),
    connectionTestNote: text('connection_test_note'),
    agenda: jsonb('agenda').$type<StoredAgendaItem[]>().notNull(),
    /** Raised with every change of time or cancellation, so that calendars replace the old invitation. */
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    /** What the session's record says (seed 003 §6.1.8), written by the IAO during and after it. */
    minutes: text('minutes'),
    summary: text('summary'),
    evaluation: text('evaluation'),
    problems: text('problems'),
    suggestions: text('suggestions'),
    /** When the report went to the executives: the year's KPI "reports delivered" counts these. */
    reportDeliveredOn: date('report_delivered_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('programme_sessions_programme_idx').on(table.programmeId, table.startsAt),
    check('programme_sessions_order', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/** The session a row belongs to: removed with it. */
function sessionIdColumn() {
  return uuid('session_id')
    .notNull()
    .references(() => programmeSessions.id, { onDelete: 'cascade' });
}

/** The partner cities of a session, in the order the officer gave them. */
export const sessionCities = pgTable(
  'session_cities',
  {
    sessionId: sessionIdColumn(),
    partnerId: uuid('partner_id').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.partnerId] })],
);

/** Public holidays of the partner cities' countries (reference data, `data/reference/holidays`). */
export const publicHolidays = pgTable(
  'public_holidays',
  {
    countryCode: text('country_code').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    nameEn: text('name_en').notNull(),
    nameLocal: text('name_local'),
    kind: text('kind').notNull(),
    /** `law` when the date follows from the law cited; `unconfirmed` when it awaits that year's announcement. */
    verification: text('verification').notNull(),
    source: text('source').notNull(),
  },
  (table) => [primaryKey({ columns: [table.countryCode, table.date, table.nameEn] })],
);

/**
 * A Bangkok Brand business presenting at a session, with the products it presents (seed 003 §6.1.5:
 * Social Development selects them). Beyond the year's planned number, only with the reason given.
 */
export const sessionEntrepreneurs = pgTable(
  'session_entrepreneurs',
  {
    sessionId: sessionIdColumn(),
    /** The business (catalogue module). */
    entrepreneurId: uuid('entrepreneur_id').notNull(),
    productIds: uuid('product_ids').array().notNull(),
    overPlanReason: text('over_plan_reason'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.entrepreneurId] })],
);

/**
 * An invitation link for a partner-side participant of a session, sent by the IAO or by the city's
 * coordinator: it expires, and it registers one person once. Only the token's SHA-256 is kept.
 */
export const sessionInvitations = pgTable(
  'session_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: sessionIdColumn(),
    /** The city the participant comes from. */
    partnerId: uuid('partner_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The language the registration page opens in: en, ja, ko, zh (or th). */
    language: text('language').notNull(),
    email: text('email'),
    createdBy: uuid('created_by'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('session_invitations_token_unique').on(table.tokenHash),
    index('session_invitations_session_idx').on(table.sessionId),
  ],
);

/** A partner-side participant, registered through an invitation: a buyer of the partner city. */
export const sessionParticipants = pgTable(
  'session_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: sessionIdColumn(),
    partnerId: uuid('partner_id').notNull(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => sessionInvitations.id),
    fullName: text('full_name').notNull(),
    company: text('company').notNull(),
    position: text('position'),
    email: text('email').notNull(),
    interests: text('interests'),
    language: text('language').notNull(),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('session_participants_invitation_unique').on(table.invitationId),
    uniqueIndex('session_participants_email_unique').on(table.sessionId, sql`lower(${table.email})`),
  ],
);

/** The interest a buyer showed in a product presented at a session (none, some, strong), with a note. */
export const sessionInterests = pgTable(
  'session_interests',
  {
    sessionId: sessionIdColumn(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => sessionParticipants.id, { onDelete: 'cascade' }),
    /** A product the session presents (catalogue module), and the business it belongs to. */
    productId: uuid('product_id').notNull(),
    entrepreneurId: uuid('entrepreneur_id').notNull(),
    level: text('level').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.participantId, table.productId] })],
);

/**
 * Contacts exchanged at a session between a Bangkok Brand business and a buyer: recorded only while
 * the business has consented to its contacts being given to partner-city businesses (PDPA).
 */
export const sessionContactExchanges = pgTable(
  'session_contact_exchanges',
  {
    sessionId: sessionIdColumn(),
    entrepreneurId: uuid('entrepreneur_id').notNull(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => sessionParticipants.id, { onDelete: 'cascade' }),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.entrepreneurId, table.participantId] })],
);

/**
 * The reminders mailed before a session (a day and an hour before), one per person and time: a
 * session moved to a new time is reminded of again.
 */
export const sessionReminders = pgTable(
  'session_reminders',
  {
    sessionId: sessionIdColumn(),
    kind: text('kind').notNull(),
    /** The address, in lower case. */
    email: text('email').notNull(),
    /** The session's start the reminder was for. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.kind, table.email, table.startsAt] })],
);

/** A document attached to a programme step: the Governor's approval, an order, minutes, a report. */
export const programmeStepDocuments = pgTable(
  'programme_step_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stepId: uuid('step_id')
      .notNull()
      .references(() => programmeSteps.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('programme_step_documents_step_idx').on(table.stepId, table.createdAt)],
);

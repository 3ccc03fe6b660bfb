/**
 * The trade programme's outcomes (seed 003 §9, §10.4): deals between a Bangkok Brand business and a
 * partner city's buyer with their dated history, orders and evidence, the buyer's confirmations, and
 * the six-monthly follow-up rounds Social Development runs with their exchange rates and answers.
 *
 * Businesses, products, partners, sessions and people belong to other modules: they are referred to
 * by id, as the programme's tables do, so that each module keeps its own rules for removing them.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../db/columns.ts';

/**
 * A deal: a business and a buyer of a partner city, and the products concerned. It starts from a
 * session (the contacts exchanged there) or is entered later. Its stage is that of its latest entry
 * that moves it on (kept here so that lists and statistics need not read the history).
 */
export const deals = pgTable(
  'deals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The Bangkok Brand business (catalogue module). */
    entrepreneurId: uuid('entrepreneur_id').notNull(),
    /** The buyer's partner city (partners module). */
    partnerId: uuid('partner_id').notNull(),
    /** The buyer as registered for a session, when they did (programme module). */
    participantId: uuid('participant_id'),
    /** The buyer's account, when they have one. */
    buyerUserId: uuid('buyer_user_id'),
    buyerName: text('buyer_name').notNull(),
    buyerOrganisation: text('buyer_organisation'),
    buyerEmail: text('buyer_email'),
    /** The language the buyer reads: their confirmation links open in it. */
    buyerLanguage: text('buyer_language').notNull().default('en'),
    /** The session the deal started from, if any. */
    sessionId: uuid('session_id'),
    productIds: uuid('product_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    stage: text('stage').notNull().default('contact'),
    isSample: boolean('is_sample').notNull().default(false),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('deals_entrepreneur_idx').on(table.entrepreneurId),
    index('deals_partner_idx').on(table.partnerId),
    // One deal per contact exchanged at a session: starting it twice finds the first.
    uniqueIndex('deals_session_contact_unique')
      .on(table.sessionId, table.entrepreneurId, table.participantId)
      .where(sql`${table.sessionId} is not null and ${table.participantId} is not null`),
  ],
);

/**
 * A dated entry of a deal's history: a contact made, samples sent, negotiating, an agreement, an
 * order, a shipment, a repeat or wider order, or the deal closed without one. An entry changed after
 * its follow-up round closed is not overwritten: the amendment is a new entry that supersedes it.
 */
export const dealEntries = pgTable(
  'deal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** For a contact: who contacted whom, and how. */
    contactDirection: text('contact_direction'),
    contactChannel: text('contact_channel'),
    note: text('note'),
    /** For a deal closed without a deal: why. */
    closedReason: text('closed_reason'),
    /** Who recorded it, and in which capacity: staff (on the business's behalf), the business, the session record. */
    recordedBy: uuid('recorded_by'),
    recordedAs: text('recorded_as').notNull(),
    /** The follow-up round it was reported in, if any. */
    roundId: uuid('round_id'),
    buyerConfirmedAt: timestamp('buyer_confirmed_at', { withTimezone: true }),
    /** `link` (the single-use link mailed to the buyer) or `account` (signed in as the buyer). */
    buyerConfirmedVia: text('buyer_confirmed_via'),
    amendsEntryId: uuid('amends_entry_id'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('deal_entries_deal_idx').on(table.dealId, table.occurredOn),
    index('deal_entries_round_idx').on(table.roundId),
    check('deal_entries_closed_reason', sql`${table.kind} <> 'closed' or ${table.closedReason} is not null`),
  ],
);

/** What an order (or a repeat order) is made of: one product each, with its quantity and value. */
export const dealOrderLines = pgTable(
  'deal_order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dealEntries.id, { onDelete: 'cascade' }),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    /** The city that ordered (the deal's, unless the buyer ordered for another partner city). */
    partnerId: uuid('partner_id').notNull(),
    productId: uuid('product_id').notNull(),
    quantity: numeric('quantity', { precision: 18, scale: 3 }).notNull(),
    unit: text('unit').notNull(),
    /** The value in the currency it was agreed in (ISO 4217); converted to baht by a round's rate. */
    value: numeric('value', { precision: 18, scale: 2 }),
    currency: text('currency'),
    orderedOn: date('ordered_on', { mode: 'string' }).notNull(),
    shippedOn: date('shipped_on', { mode: 'string' }),
  },
  (table) => [
    index('deal_order_lines_entry_idx').on(table.entryId),
    index('deal_order_lines_partner_idx').on(table.partnerId, table.orderedOn),
    index('deal_order_lines_product_idx').on(table.productId),
    check('deal_order_lines_quantity', sql`${table.quantity} >= 0 and ${table.quantity} <= 1000000000`),
    check('deal_order_lines_value', sql`${table.value} is null or ${table.value} >= 0`),
    check('deal_order_lines_currency', sql`(${table.value} is null) = (${table.currency} is null)`),
    check(
      'deal_order_lines_shipped',
      sql`${table.shippedOn} is null or ${table.shippedOn} >= ${table.orderedOn}`,
    ),
  ],
);

/** Evidence of an entry: the agreement, an order form, a shipping document, an e-mail. */
export const dealDocuments = pgTable(
  'deal_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dealEntries.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('deal_documents_entry_idx').on(table.entryId, table.createdAt)],
);

/**
 * The buyer's word on an entry (an order, an agreement), decision 0039: a single-use link mailed to
 * the buyer to confirm it without an account (`via` `link`: only the token's SHA-256 is kept), with
 * the answer given through it; or the buyer saying from their account that the entry is not right
 * (`via` `account`: no token, used and "expired" when answered). A confirmation from the account is
 * kept on the entry itself (`deal_entries.buyer_confirmed_*`). The answer (`confirmed`, `disputed`),
 * the buyer's note with `disputed`, and its time are written with the answer, in its transaction.
 */
export const dealConfirmationLinks = pgTable(
  'deal_confirmation_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => dealEntries.id, { onDelete: 'cascade' }),
    via: text('via').notNull().default('link'),
    tokenHash: text('token_hash'),
    language: text('language').notNull(),
    email: text('email').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answer: text('answer'),
    answerNote: text('answer_note'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('deal_confirmation_links_token_unique').on(table.tokenHash),
    index('deal_confirmation_links_entry_idx').on(table.entryId),
    check('deal_confirmation_links_via', sql`${table.via} in ('link', 'account')`),
    // A link has its token; an account's answer has none.
    check('deal_confirmation_links_token', sql`(${table.via} = 'link') = (${table.tokenHash} is not null)`),
    check(
      'deal_confirmation_links_answer',
      sql`(${table.answer} is null and ${table.answeredAt} is null and ${table.answerNote} is null)
        or (${table.answer} = 'confirmed' and ${table.answeredAt} is not null and ${table.answerNote} is null)
        or (${table.answer} = 'disputed' and ${table.answeredAt} is not null and ${table.answerNote} is not null)`,
    ),
    // An account's row is its answer.
    check(
      'deal_confirmation_links_account_answered',
      sql`${table.via} = 'link' or ${table.answer} is not null`,
    ),
  ],
);

/**
 * A follow-up round (seed 003 §9.2, §10.4): every six months Social Development asks the businesses
 * that presented for their contacts and orders. Closing it freezes its figures.
 */
export const followUpRounds = pgTable(
  'follow_up_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    /** The round's figures as they stood when it closed. */
    frozenFigures: jsonb('frozen_figures'),
    openedBy: uuid('opened_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('follow_up_rounds_period_unique').on(table.periodStart, table.periodEnd),
    check('follow_up_rounds_period', sql`${table.periodEnd} >= ${table.periodStart}`),
  ],
);

/** The baht a unit of a currency was worth for a round, as Social Development recorded it. */
export const followUpRates = pgTable(
  'follow_up_rates',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => followUpRounds.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    bahtPerUnit: numeric('baht_per_unit', { precision: 18, scale: 6 }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.roundId, table.currency] }),
    check('follow_up_rates_positive', sql`${table.bahtPerUnit} > 0`),
  ],
);

/**
 * A business asked in a round: its single-use link (businesses without an account), its answer
 * (`nothing_new` or `reported`) and who gave it, and the reminders sent.
 */
export const followUpRoundBusinesses = pgTable(
  'follow_up_round_businesses',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => followUpRounds.id, { onDelete: 'cascade' }),
    entrepreneurId: uuid('entrepreneur_id').notNull(),
    tokenHash: text('token_hash'),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    /** `entrepreneur`, `link` (the business without an account) or `staff` (entered on its behalf). */
    answeredAs: text('answered_as'),
    remindedWeekBeforeAt: timestamp('reminded_week_before_at', { withTimezone: true }),
    remindedTwoDaysBeforeAt: timestamp('reminded_two_days_before_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.roundId, table.entrepreneurId] }),
    uniqueIndex('follow_up_round_businesses_token_unique').on(table.tokenHash),
  ],
);

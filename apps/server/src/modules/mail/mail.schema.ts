import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every e-mail the platform sends; without SMTP this is the outbox administrators read. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** 'outbox' (kept here only), 'sent' (handed to SMTP) or 'failed'. */
    status: text('status').notNull(),
    errorMessage: text('error_message'),
    /** A calendar invitation sent with the message (RFC 5545), and its iTIP method (REQUEST, CANCEL). */
    calendar: text('calendar'),
    calendarMethod: text('calendar_method'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('mail_messages_created_idx').on(table.createdAt)],
);

/**
 * Coordination requests between the units and the IAO (issue 16, decision 0054): the requests, their
 * history (opened, assigned, status changes, comments), their attached files and the reminders sent.
 *
 * People belong to the identity module, units to the liaison module, partners and trade sessions to
 * their modules: they are referred to by id and by unit code, as the other modules' tables do.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../db/columns.ts';

export const coordinationRequests = pgTable(
  'coordination_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subject: text('subject').notNull(),
    details: text('details').notNull(),
    /** The unit it comes from; null when opened by staff who act for no unit. */
    fromUnitCode: text('from_unit_code'),
    /** The unit that handles it. */
    toUnitCode: text('to_unit_code').notNull(),
    /** The person there who handles it, once someone is assigned. */
    assigneeId: uuid('assignee_id'),
    partnerId: uuid('partner_id'),
    sessionId: uuid('session_id'),
    kpiCode: text('kpi_code'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    urgency: text('urgency').notNull(),
    handledBy: text('handled_by').notNull(),
    status: text('status').notNull().default('received'),
    openedBy: uuid('opened_by').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it was last done or declined; null while open. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('coordination_requests_to_unit').on(table.toUnitCode, table.status),
    index('coordination_requests_from_unit').on(table.fromUnitCode, table.status),
    index('coordination_requests_assignee').on(table.assigneeId, table.status),
    index('coordination_requests_opened_by').on(table.openedBy),
    index('coordination_requests_opened_at').on(table.openedAt),
    check('coordination_requests_urgency', sql`${table.urgency} in ('urgent', 'can_wait')`),
    check('coordination_requests_handled_by', sql`${table.handledBy} in ('unit', 'iao')`),
    check(
      'coordination_requests_status',
      sql`${table.status} in ('received', 'in_progress', 'waiting', 'done', 'declined')`,
    ),
  ],
);

/** What happened to a request, in order: opened, assigned, a status change, a comment. */
export const coordinationRequestEvents = pgTable(
  'coordination_request_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => coordinationRequests.id, { onDelete: 'cascade' }),
    /** The order things happened in, when two share a moment. */
    position: serial('position').notNull(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    toUnitCode: text('to_unit_code'),
    assigneeId: uuid('assignee_id'),
    /** A comment, or the note of a status change. */
    body: text('body'),
    /** The person a comment is addressed to (mailed). */
    addressedTo: uuid('addressed_to'),
  },
  (table) => [
    index('coordination_request_events_request').on(table.requestId, table.position),
    check(
      'coordination_request_events_kind',
      sql`${table.kind} in ('opened', 'assigned', 'status', 'comment')`,
    ),
  ],
);

/** The files attached to a request (PDF, Word, Excel, images…), kept in the database. */
export const coordinationRequestFiles = pgTable(
  'coordination_request_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => coordinationRequests.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('coordination_request_files_request').on(table.requestId, table.uploadedAt)],
);

/** The reminders sent of a request (`due_soon`, `overdue`): each once. */
export const coordinationRequestReminders = pgTable(
  'coordination_request_reminders',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => coordinationRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.requestId, table.kind] }),
    check('coordination_request_reminders_kind', sql`${table.kind} in ('due_soon', 'overdue')`),
  ],
);

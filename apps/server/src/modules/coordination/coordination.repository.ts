/** SQL for the coordination requests, their history, files and reminders. No rules here. */
import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  coordinationRequestEvents,
  coordinationRequestFiles,
  coordinationRequestReminders,
  coordinationRequests,
} from './coordination.schema.ts';

export type RequestRow = typeof coordinationRequests.$inferSelect;
export type NewRequest = typeof coordinationRequests.$inferInsert;
export type EventRow = typeof coordinationRequestEvents.$inferSelect;
export type NewEvent = typeof coordinationRequestEvents.$inferInsert;
export type FileRow = Omit<typeof coordinationRequestFiles.$inferSelect, 'content'>;
export type FileWithContent = typeof coordinationRequestFiles.$inferSelect;

const OPEN = ['received', 'in_progress', 'waiting'];

export async function insertRequest(db: Db, values: NewRequest): Promise<RequestRow> {
  const [row] = await db.insert(coordinationRequests).values(values).returning();
  if (!row) throw new Error('coordination request not stored');
  return row;
}

export async function findRequest(
  db: Db,
  id: string,
  options: { lock?: 'update' } = {},
): Promise<RequestRow | undefined> {
  const query = db.select().from(coordinationRequests).where(eq(coordinationRequests.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function updateRequest(
  db: Db,
  before: RequestRow,
  values: Partial<NewRequest>,
): Promise<RequestRow> {
  const [row] = await db
    .update(coordinationRequests)
    .set({ ...values, version: before.version + 1 })
    .where(eq(coordinationRequests.id, before.id))
    .returning();
  if (!row) throw new Error('coordination request vanished while updated');
  return row;
}

/** Who a list is of: any of these (an assignee, units on either side, an opener), open or closed. */
export interface RequestFilter {
  assigneeId?: string;
  unitCodes?: readonly string[];
  toUnitCodes?: readonly string[];
  openedBy?: string;
  urgency?: string;
  state: 'open' | 'closed' | 'all';
}

function whereOf(filter: RequestFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.assigneeId) conditions.push(eq(coordinationRequests.assigneeId, filter.assigneeId));
  if (filter.unitCodes)
    conditions.push(
      filter.unitCodes.length === 0
        ? eq(coordinationRequests.id, '00000000-0000-0000-0000-000000000000')
        : or(
            inArray(coordinationRequests.toUnitCode, [...filter.unitCodes]),
            inArray(coordinationRequests.fromUnitCode, [...filter.unitCodes]),
          ),
    );
  if (filter.toUnitCodes) conditions.push(inArray(coordinationRequests.toUnitCode, [...filter.toUnitCodes]));
  if (filter.openedBy) conditions.push(eq(coordinationRequests.openedBy, filter.openedBy));
  if (filter.urgency) conditions.push(eq(coordinationRequests.urgency, filter.urgency));
  if (filter.state === 'open') conditions.push(inArray(coordinationRequests.status, OPEN));
  if (filter.state === 'closed') conditions.push(inArray(coordinationRequests.status, ['done', 'declined']));
  return and(...conditions);
}

/** The requests matching, the soonest due first (at most 500). */
export async function listRequests(db: Db, filter: RequestFilter): Promise<RequestRow[]> {
  return db
    .select()
    .from(coordinationRequests)
    .where(whereOf(filter))
    .orderBy(asc(coordinationRequests.dueDate), desc(coordinationRequests.openedAt))
    .limit(500);
}

export async function countRequests(db: Db, filter: RequestFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(coordinationRequests).where(whereOf(filter));
  return row?.total ?? 0;
}

/** The requests opened between two moments (a fiscal year), for its figures. */
export async function listOpenedBetween(db: Db, from: Date, to: Date): Promise<RequestRow[]> {
  return db
    .select()
    .from(coordinationRequests)
    .where(and(gte(coordinationRequests.openedAt, from), lt(coordinationRequests.openedAt, to)));
}

/** The open requests due on or before a date: those a reminder may be due for. */
export async function listOpenDueBy(db: Db, date: string): Promise<RequestRow[]> {
  return db
    .select()
    .from(coordinationRequests)
    .where(and(inArray(coordinationRequests.status, OPEN), lte(coordinationRequests.dueDate, date)));
}

export async function insertEvent(db: Db, values: NewEvent): Promise<EventRow> {
  const [row] = await db.insert(coordinationRequestEvents).values(values).returning();
  if (!row) throw new Error('coordination event not stored');
  return row;
}

export async function listEvents(db: Db, requestId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(coordinationRequestEvents)
    .where(eq(coordinationRequestEvents.requestId, requestId))
    .orderBy(asc(coordinationRequestEvents.position));
}

/** Every column but the content: lists never read the files themselves. */
const fileColumns = {
  id: coordinationRequestFiles.id,
  requestId: coordinationRequestFiles.requestId,
  fileName: coordinationRequestFiles.fileName,
  mediaType: coordinationRequestFiles.mediaType,
  byteSize: coordinationRequestFiles.byteSize,
  uploadedBy: coordinationRequestFiles.uploadedBy,
  uploadedAt: coordinationRequestFiles.uploadedAt,
};

export async function listFiles(db: Db, requestId: string): Promise<FileRow[]> {
  return db
    .select(fileColumns)
    .from(coordinationRequestFiles)
    .where(eq(coordinationRequestFiles.requestId, requestId))
    .orderBy(asc(coordinationRequestFiles.uploadedAt), asc(coordinationRequestFiles.id));
}

export async function countFiles(db: Db, requestId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(coordinationRequestFiles)
    .where(eq(coordinationRequestFiles.requestId, requestId));
  return row?.total ?? 0;
}

export async function insertFile(
  db: Db,
  values: typeof coordinationRequestFiles.$inferInsert,
): Promise<FileRow> {
  const [row] = await db.insert(coordinationRequestFiles).values(values).returning(fileColumns);
  if (!row) throw new Error(`file of coordination request ${values.requestId} not stored`);
  return row;
}

export async function findFile(
  db: Db,
  requestId: string,
  fileId: string,
): Promise<FileWithContent | undefined> {
  const [row] = await db
    .select()
    .from(coordinationRequestFiles)
    .where(and(eq(coordinationRequestFiles.id, fileId), eq(coordinationRequestFiles.requestId, requestId)));
  return row;
}

/** Records a reminder of a request; false when it was recorded already (it is sent once). */
export async function claimReminder(
  db: Db,
  values: { requestId: string; kind: string; sentAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(coordinationRequestReminders)
    .values(values)
    .onConflictDoNothing()
    .returning({ requestId: coordinationRequestReminders.requestId });
  return rows.length > 0;
}

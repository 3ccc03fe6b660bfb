/** SQL for browsing the audit trail: a page of events matching the filters, newest first; who made changes. */
import { and, count, desc, eq, gte, isNotNull, lt, max, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { AuditQuery } from '@bia/contracts';
import { BANGKOK_TIME_ZONE } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { auditEvents } from './audit.schema.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;

function startOfBangkokDay(isoDate: string, plusDays = 0): Date {
  return DateTime.fromISO(isoDate, { zone: BANGKOK_TIME_ZONE })
    .startOf('day')
    .plus({ days: plusDays })
    .toJSDate();
}

function filtersOf(query: AuditQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.actorId ? eq(auditEvents.actorUserId, query.actorId) : undefined,
    query.from ? gte(auditEvents.occurredAt, startOfBangkokDay(query.from)) : undefined,
    query.to ? lt(auditEvents.occurredAt, startOfBangkokDay(query.to, 1)) : undefined,
  ];
  return and(...conditions);
}

/** One page of the events matching the query (dates are calendar days in Bangkok), and how many match. */
export async function listAuditEvents(
  db: Db,
  query: AuditQuery,
): Promise<{ rows: AuditEventRow[]; total: number }> {
  const where = filtersOf(query);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** Everyone who has made a change in the trail, each with an e-mail the trail kept for them. */
export async function listAuditActors(db: Db): Promise<{ id: string; email: string | null }[]> {
  const rows = await db
    .select({ id: auditEvents.actorUserId, email: max(auditEvents.actorEmail) })
    .from(auditEvents)
    .where(isNotNull(auditEvents.actorUserId))
    .groupBy(auditEvents.actorUserId);
  return rows.flatMap((row) => (row.id ? [{ id: row.id, email: row.email }] : []));
}

/**
 * The id of the latest event of the trail (0 when none), read off the primary key: it moves on with
 * every audited change, so a figure computed from shared records can tell whether any has changed.
 */
export async function lastAuditEventId(db: Db): Promise<number> {
  const [row] = await db.select({ id: max(auditEvents.id) }).from(auditEvents);
  return Number(row?.id ?? 0);
}

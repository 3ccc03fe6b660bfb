/** Browsing the audit trail (administrators). */
import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { AuditEventPageSchema, AuditQuerySchema, type AuditEvent, type AuditQuery } from '@bia/contracts';
import { BANGKOK_TIME_ZONE } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { auditEvents } from './audit.schema.ts';

const listAuditEvents = defineRoute('audit:read', {
  method: 'get',
  path: '/audit',
  tags: ['administration'],
  summary: 'Changes to shared records, newest first; dates are calendar days in Bangkok',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonAnswer(AuditEventPageSchema, 'A page of audit events') },
});

function startOfBangkokDay(isoDate: string, plusDays = 0): Date {
  return DateTime.fromISO(isoDate, { zone: BANGKOK_TIME_ZONE })
    .startOf('day')
    .plus({ days: plusDays })
    .toJSDate();
}

function escapeLike(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_');
}

function filtersOf(query: AuditQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    query.action ? ilike(auditEvents.action, `%${escapeLike(query.action)}%`) : undefined,
    query.actor ? ilike(auditEvents.actorEmail, `%${escapeLike(query.actor)}%`) : undefined,
    query.from ? gte(auditEvents.occurredAt, startOfBangkokDay(query.from)) : undefined,
    query.to ? lt(auditEvents.occurredAt, startOfBangkokDay(query.to, 1)) : undefined,
  ];
  return and(...conditions);
}

export function presentAuditEvent(row: typeof auditEvents.$inferSelect): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    ipAddress: row.ipAddress,
  };
}

export function createAuditRoutes({ db }: { db: Db }) {
  return createRouter().openapi(listAuditEvents, async (c) => {
    const query = c.req.valid('query');
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
    return c.json(
      {
        items: rows.map(presentAuditEvent),
        total: total?.total ?? 0,
        page: query.page,
        pageSize: query.pageSize,
      },
      200,
    );
  });
}

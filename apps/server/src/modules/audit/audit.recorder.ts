/** Writes audit events; call it inside the same transaction as the change it records. */
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../shared/actor.ts';
import { auditEvents } from './audit.schema.ts';

export interface AuditEntry {
  /** What happened, as `<entity>.<verb>`, e.g. `liaison_officer.create`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(executor: Db, context: RequestContext, entry: AuditEntry): Promise<void> {
  await executor.insert(auditEvents).values({
    actorUserId: context.actor?.userId ?? null,
    actorEmail: context.actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ipAddress: context.ipAddress,
  });
}

/**
 * The trail of one record and of the records kept under it (whose snapshots name it in `parentKey`,
 * e.g. an agreement's `partnerId`), newest first.
 */
export async function auditTrailOf(
  executor: Db,
  record: { entityType: string; entityId: string; parentKey: string },
  limit: number,
) {
  const { entityType, entityId, parentKey } = record;
  return executor
    .select()
    .from(auditEvents)
    .where(
      sql`(${auditEvents.entityType} = ${entityType} and ${auditEvents.entityId} = ${entityId})
        or ${auditEvents.after} ->> ${parentKey} = ${entityId}
        or ${auditEvents.before} ->> ${parentKey} = ${entityId}`,
    )
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
}

/** Writes audit events; call it inside the same transaction as the change it records. */
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

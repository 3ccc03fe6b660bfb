/** An audit event as the API answers it. */
import type { AuditEvent } from '@bia/contracts';
import type { AuditEventRow } from './audit.repository.ts';

export function presentAuditEvent(row: AuditEventRow): AuditEvent {
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

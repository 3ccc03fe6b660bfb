/** An audit event as the API answers it: as the trail keeps it, and, in the list, with its names. */
import type { AuditEvent, NamedAuditEvent } from '@bia/contracts';
import type { AuditEventRow } from './audit.repository.ts';
import type { NamedAuditEventRow } from './audit.service.ts';

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

export function presentNamedAuditEvent({ row, actorName, record }: NamedAuditEventRow): NamedAuditEvent {
  return { ...presentAuditEvent(row), actorName, record };
}

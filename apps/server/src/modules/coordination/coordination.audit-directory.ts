/**
 * Coordination requests as the audit trail names them: by their subject. The audit list links no page
 * for them yet (its page kinds are the audit module's), so none is given.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { coordinationRequests } from './coordination.schema.ts';

export function createCoordinationAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    coordination_request: describeByUuid(async (wanted) => {
      const rows = await db
        .select({ id: coordinationRequests.id, subject: coordinationRequests.subject })
        .from(coordinationRequests)
        .where(inArray(coordinationRequests.id, wanted));
      return new Map(rows.map((row) => [row.id, { name: row.subject, page: null }]));
    }),
  };
}

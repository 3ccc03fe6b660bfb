/** Accounts as the audit trail names them (records and the people who made changes): by display name. */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { users } from './identity.schema.ts';

export function createIdentityAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    user: describeByUuid(async (wanted) => {
      const rows = await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, wanted));
      return new Map(
        rows.map((row) => [row.id, { name: row.displayName, page: { type: 'user', id: row.id } }]),
      );
    }),
  };
}

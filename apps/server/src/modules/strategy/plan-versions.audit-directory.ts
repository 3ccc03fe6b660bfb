/**
 * The versions of the plan as the audit trail names them: by their number, in the reader's language
 * ("the strategic plan, version 2"). The map shows an earlier version at /strategy?version=N, which the
 * audit list has no page type for, so none is given.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { strategyPlanVersions } from './strategy.schema.ts';

export function createPlanVersionsAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    strategy_plan_version: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({ id: strategyPlanVersions.id, version: strategyPlanVersions.version })
        .from(strategyPlanVersions)
        .where(inArray(strategyPlanVersions.id, wanted));
      const t = translatorFor(locale);
      return new Map(
        rows.map((row) => [
          row.id,
          { name: t('strategy_plan_admin:audit.version_name', { number: row.version }), page: null },
        ]),
      );
    }),
  };
}

/**
 * The progress rounds as the audit trail names them: by their fiscal year and period, in the
 * reader's language and calendar. Their reports and reviews are filed under them. The web app has no
 * page for a round yet, so none is given.
 */
import { inArray } from 'drizzle-orm';
import { formatDate } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { strategyRounds } from './strategy.schema.ts';

export function createStrategyRoundsAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    strategy_round: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: strategyRounds.id,
          fiscalYear: strategyRounds.fiscalYear,
          periodStart: strategyRounds.periodStart,
          periodEnd: strategyRounds.periodEnd,
        })
        .from(strategyRounds)
        .where(inArray(strategyRounds.id, wanted));
      const t = translatorFor(locale);
      return new Map(
        rows.map((row) => [
          row.id,
          {
            name: t('strategy:rounds.round_name', {
              year: row.fiscalYear,
              from: formatDate(row.periodStart, locale),
              to: formatDate(row.periodEnd, locale),
            }),
            page: null,
          },
        ]),
      );
    }),
  };
}

/**
 * The follow-up rounds as the audit trail names them: by their period, in the reader's language and
 * calendar ("1 ตุลาคม 2568 – 31 มีนาคม 2569"). Their answers are filed under them. The web app has no
 * page type for a round in the trail yet, so none is given.
 */
import { inArray } from 'drizzle-orm';
import { formatDate } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { followUpRounds } from './outcomes.schema.ts';

export function createFollowUpRoundsAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    follow_up_round: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: followUpRounds.id,
          periodStart: followUpRounds.periodStart,
          periodEnd: followUpRounds.periodEnd,
        })
        .from(followUpRounds)
        .where(inArray(followUpRounds.id, wanted));
      const t = translatorFor(locale);
      return new Map(
        rows.map((row) => [
          row.id,
          {
            name: t('follow_up:round_name', {
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

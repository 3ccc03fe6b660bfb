/**
 * The outcomes' records as the audit trail names them: a deal (under which its entries and their
 * evidence are filed) by its buyer, within its business, on the deal's page.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { entrepreneursNamed } from '../catalogue/index.ts';
import { deals } from './outcomes.schema.ts';

export function createOutcomesAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    deal: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({ id: deals.id, buyerName: deals.buyerName, entrepreneurId: deals.entrepreneurId })
        .from(deals)
        .where(inArray(deals.id, wanted));
      const businesses = await entrepreneursNamed(db, [...new Set(rows.map((row) => row.entrepreneurId))]);
      const businessName = new Map(
        businesses.map((business) => [
          business.id,
          locale === 'en' && business.nameEn ? business.nameEn : business.nameTh,
        ]),
      );
      return new Map(
        rows.map((row) => [
          row.id,
          {
            name: row.buyerName,
            within: businessName.get(row.entrepreneurId) ?? null,
            page: { type: 'deal', id: row.id },
          },
        ]),
      );
    }),
  };
}

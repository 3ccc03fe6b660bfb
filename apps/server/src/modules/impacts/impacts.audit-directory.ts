/**
 * The impact register's records as the audit trail names them: a theme by its name, a unit's answer
 * by its unit's code within its theme. The audit list has no link to the register's pages yet.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { impactAnswers, impactThemes } from './impacts.schema.ts';

export function createImpactsAuditDirectory(db: Db): AuditRecordDirectory {
  const themeName = (row: { nameTh: string; nameEn: string | null }, locale: string) =>
    locale === 'en' && row.nameEn ? row.nameEn : row.nameTh;
  return {
    impact_theme: describeByUuid(async (wanted, locale) => {
      const rows = await db.select().from(impactThemes).where(inArray(impactThemes.id, wanted));
      return new Map(rows.map((row) => [row.id, { name: themeName(row, locale), page: null }]));
    }),
    impact_answer: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: impactAnswers.id,
          unitCode: impactAnswers.unitCode,
          nameTh: impactThemes.nameTh,
          nameEn: impactThemes.nameEn,
        })
        .from(impactAnswers)
        .innerJoin(impactThemes, eq(impactThemes.id, impactAnswers.themeId))
        .where(inArray(impactAnswers.id, wanted));
      return new Map(
        rows.map((row) => [row.id, { name: row.unitCode, within: themeName(row, locale), page: null }]),
      );
    }),
  };
}

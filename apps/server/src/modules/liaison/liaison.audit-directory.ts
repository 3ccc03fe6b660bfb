/**
 * The liaison directory's records as the audit trail names them: a unit by its name in the reader's
 * language, a liaison officer by their name within their unit; both on the unit's page.
 */
import { eq, inArray } from 'drizzle-orm';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { describeByUuid, type AuditRecordDirectory } from '../audit/index.ts';
import { liaisonOfficers, units } from './liaison.schema.ts';

function unitName(unit: { nameTh: string; nameEn: string | null }, locale: InterfaceLocale): string {
  return locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameTh;
}

export function createLiaisonAuditDirectory(db: Db): AuditRecordDirectory {
  return {
    async unit(codes, locale) {
      const rows = await db
        .select({ code: units.code, nameTh: units.nameTh, nameEn: units.nameEn })
        .from(units)
        .where(inArray(units.code, codes));
      return new Map(
        rows.map((row) => [row.code, { name: unitName(row, locale), page: { type: 'unit', id: row.code } }]),
      );
    },
    liaison_officer: describeByUuid(async (wanted, locale) => {
      const rows = await db
        .select({
          id: liaisonOfficers.id,
          fullName: liaisonOfficers.fullName,
          code: units.code,
          nameTh: units.nameTh,
          nameEn: units.nameEn,
        })
        .from(liaisonOfficers)
        .innerJoin(units, eq(units.code, liaisonOfficers.unitCode))
        .where(inArray(liaisonOfficers.id, wanted));
      return new Map(
        rows.map((row) => [
          row.id,
          { name: row.fullName, within: unitName(row, locale), page: { type: 'unit', id: row.code } },
        ]),
      );
    }),
  };
}

/** Units as the scope of a role (a liaison officer works for one unit). */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ScopeDirectory } from '../identity/index.ts';
import { units } from './liaison.schema.ts';

export function createUnitScopeDirectory(db: Db): ScopeDirectory {
  return {
    async exists(scopeType, scopeId) {
      if (scopeType !== 'unit') return true;
      const found = await db
        .select({ code: units.code })
        .from(units)
        .where(inArray(units.code, [scopeId]));
      return found.length === 1;
    },
    async labels(scopeType, scopeIds, locale) {
      if (scopeType !== 'unit' || scopeIds.length === 0) return new Map();
      const rows = await db
        .select({ code: units.code, nameTh: units.nameTh, nameEn: units.nameEn })
        .from(units)
        .where(inArray(units.code, scopeIds));
      return new Map(rows.map((row) => [row.code, locale === 'en' && row.nameEn ? row.nameEn : row.nameTh]));
    },
  };
}

/** Partners as the scope of a role (a partner coordinator or buyer belongs to one partner city). */
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ScopeDirectory } from '../identity/index.ts';
import { displayName } from './partners.presenter.ts';
import { partners } from './partners.schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createPartnerScopeDirectory(db: Db): ScopeDirectory {
  async function named(ids: string[]) {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return [];
    return db
      .select({ id: partners.id, nameTh: partners.nameTh, nameEn: partners.nameEn })
      .from(partners)
      .where(inArray(partners.id, valid));
  }
  return {
    async exists(scopeType, scopeId) {
      if (scopeType !== 'partner') return true;
      return (await named([scopeId])).length === 1;
    },
    async labels(scopeType, scopeIds, locale) {
      if (scopeType !== 'partner') return new Map();
      return new Map((await named(scopeIds)).map((row) => [row.id, displayName(row, locale)]));
    },
  };
}

/** One directory over several, each answering for its own scope type. */
export function combineScopeDirectories(...directories: ScopeDirectory[]): ScopeDirectory {
  return {
    async exists(scopeType, scopeId) {
      for (const directory of directories) if (!(await directory.exists(scopeType, scopeId))) return false;
      return true;
    },
    async labels(scopeType, scopeIds, locale) {
      const merged = new Map<string, string>();
      for (const directory of directories) {
        for (const [id, label] of await directory.labels(scopeType, scopeIds, locale)) merged.set(id, label);
      }
      return merged;
    },
  };
}

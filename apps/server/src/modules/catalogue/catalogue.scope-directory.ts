/** Businesses as the scope of a role (an entrepreneur keeps the page of one business). */
import type { Db } from '../../db/client.ts';
import type { ScopeDirectory } from '../identity/index.ts';
import { entrepreneursNamed } from './catalogue.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createBusinessScopeDirectory(db: Db): ScopeDirectory {
  const named = (ids: string[]) =>
    entrepreneursNamed(
      db,
      ids.filter((id) => UUID.test(id)),
    );
  return {
    async exists(scopeType, scopeId) {
      if (scopeType !== 'business') return true;
      return (await named([scopeId])).length === 1;
    },
    async labels(scopeType, scopeIds, locale) {
      if (scopeType !== 'business') return new Map();
      return new Map(
        (await named(scopeIds)).map((row) => [
          row.id,
          locale === 'th' ? row.nameTh : (row.nameEn ?? row.nameTh),
        ]),
      );
    },
  };
}

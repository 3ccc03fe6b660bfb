/**
 * What another module's figures group by, of the partner registry (the outcomes' statistics, seed 003
 * §10.4): each partner's country, as a subquery the caller joins by `id`. Archived partners are kept:
 * their past deals still count.
 */
import { sql, type SQL } from 'drizzle-orm';
import { partners } from './partners.schema.ts';

/** `(id, country)` of every partner; `country` (ISO 3166-1 alpha-2) is null for a body without one. */
export function partnerCountriesSql(): SQL {
  return sql`(select ${partners.id} as id, ${partners.countryCode} as country from ${partners})`;
}

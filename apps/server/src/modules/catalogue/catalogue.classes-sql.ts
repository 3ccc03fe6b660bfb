/**
 * What another module's figures group by, of the catalogue's records (the outcomes' statistics,
 * seed 003 §10.4): each product's category and HS section, and each business's district. Each is a
 * subquery the caller joins by `id`, so that PostgreSQL plans it as one join; only these columns are
 * read, and no rule of the catalogue is applied (an archived business's past orders still count).
 */
import { sql, type SQL } from 'drizzle-orm';
import { entrepreneurs, products } from './catalogue.schema.ts';
import { hsCodes } from './hs.schema.ts';

/** `(id, category, hs_section)` of every product; `hs_section` is null for chapter 99. */
export function productClassesSql(): SQL {
  return sql`(select ${products.id} as id, ${products.category} as category, ${hsCodes.sectionCode} as hs_section
    from ${products} left join ${hsCodes} on ${hsCodes.code} = ${products.hsCode})`;
}

/** `(id, district)` of every business: its district office's code (1001–1050). */
export function businessDistrictsSql(): SQL {
  return sql`(select ${entrepreneurs.id} as id, ${entrepreneurs.districtCode} as district from ${entrepreneurs})`;
}

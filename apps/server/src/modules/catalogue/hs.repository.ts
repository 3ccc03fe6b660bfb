/**
 * Finding HS codes: digits find the codes that start with them (the shortest, a chapter, first);
 * words find the descriptions that contain every word, chapters and headings before subheadings.
 */
import { and, asc, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import type { HsSearchQuery } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { containsPattern, prefixPattern } from '../../shared/text.ts';
import { hsCodes, hsSections } from './hs.schema.ts';

export async function searchHsCodes(db: Db, query: HsSearchQuery) {
  const digits = query.q.replace(/[\s.]/g, '');
  const isCode = /^\d+$/.test(digits);
  const conditions: SQL[] = isCode
    ? [like(hsCodes.code, prefixPattern(digits))]
    : query.q
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => ilike(hsCodes.descriptionEn, containsPattern(word)));
  if (query.level) conditions.push(eq(hsCodes.level, query.level));
  return db
    .select({
      code: hsCodes.code,
      level: hsCodes.level,
      parentCode: hsCodes.parentCode,
      section: hsCodes.sectionCode,
      sectionName: hsSections.nameEn,
      description: hsCodes.descriptionEn,
    })
    .from(hsCodes)
    .leftJoin(hsSections, eq(hsSections.code, hsCodes.sectionCode))
    .where(and(...conditions))
    .orderBy(asc(hsCodes.level), asc(sql`length(${hsCodes.descriptionEn})`), asc(hsCodes.code))
    .limit(query.limit);
}

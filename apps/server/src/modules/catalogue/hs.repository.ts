/**
 * Reading the HS nomenclature: the codes that start with some digits (the shortest, a chapter, first),
 * and every code, for the search by words (hs.search.ts).
 */
import { and, asc, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { prefixPattern } from '../../shared/text.ts';
import { hsCodes, hsSections } from './hs.schema.ts';

const columns = {
  code: hsCodes.code,
  level: hsCodes.level,
  parentCode: hsCodes.parentCode,
  section: hsCodes.sectionCode,
  sectionName: hsSections.nameEn,
  description: hsCodes.descriptionEn,
};

export interface HsCodeRow {
  code: string;
  level: number;
  parentCode: string | null;
  section: string | null;
  sectionName: string | null;
  description: string;
}

function selectCodes(db: Db, conditions: SQL[]) {
  return db
    .select(columns)
    .from(hsCodes)
    .leftJoin(hsSections, eq(hsSections.code, hsCodes.sectionCode))
    .where(and(...conditions))
    .orderBy(asc(hsCodes.level), asc(sql`length(${hsCodes.descriptionEn})`), asc(hsCodes.code));
}

/** The codes starting with `digits`, of one level or all, chapters and headings first. */
export async function findHsCodesByPrefix(
  db: Db,
  digits: string,
  level: number | undefined,
  limit: number,
): Promise<HsCodeRow[]> {
  const conditions = [like(hsCodes.code, prefixPattern(digits))];
  if (level) conditions.push(eq(hsCodes.level, level));
  return selectCodes(db, conditions).limit(limit);
}

/** Every code of the nomenclature, in the same order. */
export async function listHsCodes(db: Db): Promise<HsCodeRow[]> {
  return selectCodes(db, []);
}

/**
 * The liaison officers of the directory with their unit's names: the read another module makes of
 * them (the learning module's training records, decision 0058).
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { liaisonOfficers, units } from './liaison.schema.ts';

export interface LiaisonOfficerRead {
  id: string;
  fullName: string;
  email: string | null;
  unitCode: string;
  unitNameTh: string;
  unitNameEn: string | null;
  isSample: boolean;
}

/** Every liaison officer of the directory, by unit and name. */
export async function listLiaisonOfficersWithUnits(db: Db): Promise<LiaisonOfficerRead[]> {
  return db
    .select({
      id: liaisonOfficers.id,
      fullName: liaisonOfficers.fullName,
      email: liaisonOfficers.email,
      unitCode: liaisonOfficers.unitCode,
      unitNameTh: units.nameTh,
      unitNameEn: units.nameEn,
      isSample: liaisonOfficers.isSample,
    })
    .from(liaisonOfficers)
    .innerJoin(units, eq(units.code, liaisonOfficers.unitCode))
    .orderBy(asc(liaisonOfficers.unitCode), asc(liaisonOfficers.fullName));
}

/** The names of these units of the directory, by code (a liaison officer's account names only its unit's code). */
export async function unitNamesByCode(
  db: Db,
  codes: readonly string[],
): Promise<Map<string, { nameTh: string; nameEn: string | null }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: units.code, nameTh: units.nameTh, nameEn: units.nameEn })
    .from(units)
    .where(inArray(units.code, [...new Set(codes)]));
  return new Map(rows.map((row) => [row.code, { nameTh: row.nameTh, nameEn: row.nameEn }]));
}

/** SQL for units and their liaison officers. No rules here: the service and the policy decide. */
import { and, eq, getTableColumns, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { unitKinds, type UnitKind } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { containsPattern } from '../../shared/text.ts';
import { liaisonOfficers, units } from './liaison.schema.ts';

export type UnitRow = Omit<typeof units.$inferSelect, 'kind'> & { kind: UnitKind };
export type OfficerRow = typeof liaisonOfficers.$inferSelect;
export type NewOfficer = typeof liaisonOfficers.$inferInsert;

/** A unit with the number of its liaison officers, and how many of them are sample records. */
export type UnitWithCounts = UnitRow & { liaisonCount: number; sampleCount: number };

export interface UnitSearch {
  /** Part of the Thai name, the English name or the code, in any letter case. */
  q?: string | undefined;
  kind?: UnitKind | undefined;
}

/** The stored kind of a unit; the reference data writes only the known kinds. */
function unitKindOf(kind: string): UnitKind {
  const known = unitKinds.find((candidate) => candidate === kind);
  if (!known) throw new Error(`unit kind "${kind}" is not one of ${unitKinds.join(', ')}`);
  return known;
}

function decodeUnit<T extends { kind: string }>(row: T): Omit<T, 'kind'> & { kind: UnitKind } {
  return { ...row, kind: unitKindOf(row.kind) };
}

export async function listUnitsWithCounts(db: Db, search: UnitSearch = {}): Promise<UnitWithCounts[]> {
  const conditions: SQL[] = [];
  if (search.q) {
    const pattern = containsPattern(search.q);
    const matches = or(
      ilike(units.nameTh, pattern),
      ilike(units.nameEn, pattern),
      ilike(units.code, pattern),
    );
    if (matches) conditions.push(matches);
  }
  if (search.kind) conditions.push(eq(units.kind, search.kind));
  const rows = await db
    .select({
      ...getTableColumns(units),
      liaisonCount: sql<number>`count(${liaisonOfficers.id})::int`,
      sampleCount: sql<number>`(count(${liaisonOfficers.id}) filter (where ${liaisonOfficers.isSample}))::int`,
    })
    .from(units)
    .leftJoin(liaisonOfficers, eq(liaisonOfficers.unitCode, units.code))
    .where(and(...conditions))
    .groupBy(units.code);
  return rows.map(decodeUnit);
}

/** One unit; with `forUpdate`, locked until the transaction ends (changes to a unit queue up). */
export async function findUnit(
  db: Db,
  code: string,
  options: { forUpdate?: boolean } = {},
): Promise<UnitRow | undefined> {
  const query = db.select().from(units).where(eq(units.code, code));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row && decodeUnit(row);
}

export async function updateUnit(
  db: Db,
  code: string,
  values: Pick<UnitRow, 'nameEn' | 'nameEnSource' | 'notes' | 'updatedAt'>,
): Promise<UnitRow> {
  const [row] = await db
    .update(units)
    .set({ ...values, version: sql`${units.version} + 1` })
    .where(eq(units.code, code))
    .returning();
  if (!row) throw new Error(`unit ${code} vanished during its update`);
  return decodeUnit(row);
}

export async function listOfficersOfUnit(db: Db, unitCode: string): Promise<OfficerRow[]> {
  return db.select().from(liaisonOfficers).where(eq(liaisonOfficers.unitCode, unitCode));
}

/** The name of every liaison officer and their unit, for the coverage export. */
export async function listOfficerNames(
  db: Db,
): Promise<Pick<OfficerRow, 'unitCode' | 'fullName' | 'isSample'>[]> {
  return db
    .select({
      unitCode: liaisonOfficers.unitCode,
      fullName: liaisonOfficers.fullName,
      isSample: liaisonOfficers.isSample,
    })
    .from(liaisonOfficers);
}

export async function findOfficer(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<OfficerRow | undefined> {
  const query = db.select().from(liaisonOfficers).where(eq(liaisonOfficers.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertOfficer(db: Db, values: NewOfficer): Promise<OfficerRow> {
  const [row] = await db.insert(liaisonOfficers).values(values).returning();
  if (!row) throw new Error('liaison officer insert returned nothing');
  return row;
}

export async function updateOfficer(
  db: Db,
  id: string,
  values: Partial<
    Pick<OfficerRow, 'fullName' | 'position' | 'email' | 'phone' | 'languages' | 'since' | 'updatedAt'>
  >,
): Promise<OfficerRow> {
  const [row] = await db
    .update(liaisonOfficers)
    .set({ ...values, version: sql`${liaisonOfficers.version} + 1` })
    .where(eq(liaisonOfficers.id, id))
    .returning();
  if (!row) throw new Error(`liaison officer ${id} vanished during its update`);
  return row;
}

export async function deleteOfficer(db: Db, id: string): Promise<void> {
  await db.delete(liaisonOfficers).where(eq(liaisonOfficers.id, id));
}

/** Which of these unit codes exist. */
export async function existingUnitCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: units.code })
    .from(units)
    .where(inArray(units.code, [...codes]));
  return new Set(rows.map((row) => row.code));
}

/** The codes of every unit of a kind (the 50 district offices, say), in code order. */
export async function unitCodesOfKind(db: Db, kind: UnitKind): Promise<string[]> {
  const rows = await db
    .select({ code: units.code })
    .from(units)
    .where(eq(units.kind, kind))
    .orderBy(units.code);
  return rows.map((row) => row.code);
}

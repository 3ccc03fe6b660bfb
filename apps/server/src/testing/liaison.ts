/**
 * Factories of the liaison directory: a liaison officer to send through the API, and units and officers
 * written straight into the database as the starting point of a test. Each is unique unless told.
 */
import type { Db } from '../db/client.ts';
import { liaisonOfficers, units } from '../modules/liaison/liaison.schema.ts';

let sequence = 0;

/** A liaison officer as the API takes one, unique unless told otherwise. */
export function buildOfficerInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    fullName: `ผู้ประสานงาน ทดสอบ ${sequence}`,
    position: 'นักวิเทศสัมพันธ์ปฏิบัติการ',
    email: `liaison-${sequence}@bangkok.go.th`,
    phone: '02 123 4567',
    languages: ['th', 'en'],
    since: '2026-10-01',
    ...overrides,
  };
}

/** A liaison officer of a unit, written into the database. */
export async function buildOfficer(
  db: Db,
  unitCode: string,
  overrides: Partial<typeof liaisonOfficers.$inferInsert> = {},
) {
  sequence += 1;
  const [row] = await db
    .insert(liaisonOfficers)
    .values({ unitCode, fullName: `ผู้ประสานงาน เดิม ${sequence}`, ...overrides })
    .returning();
  if (!row) throw new Error('officer not inserted');
  return row;
}

/** A unit outside the reference list (a department by default), written into the database. */
export async function buildUnit(db: Db, overrides: Partial<typeof units.$inferInsert> = {}) {
  sequence += 1;
  const [row] = await db
    .insert(units)
    .values({
      code: `test-unit-${sequence}`,
      kind: 'department',
      nameTh: `หน่วยทดสอบ ${sequence}`,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('unit not inserted');
  return row;
}

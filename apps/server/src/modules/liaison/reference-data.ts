/**
 * Loads the BMA's units (departments, offices, the 50 district offices) from the reference files in
 * `data/reference/` on start. Units already in the database are left as they are, so edits made in
 * the platform survive restarts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { UnitKind } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { units } from './liaison.schema.ts';
import { referenceDataDir } from '../../shared/paths.ts';

interface DepartmentRow {
  bma_agency_code: string;
  name_th: string;
  name_en: string;
  level: string;
  parent_code: string;
  name_th_source: string;
  name_en_source: string;
  notes: string;
}

interface DistrictRow {
  district_code: string;
  name_th: string;
  name_en: string;
}

const DISTRICT_SOURCE =
  'kongvut/thai-province-data (MIT), formats/csv/districts.csv, commit 9711e723dfe9c0c48630f05090ed70a1aa3c66f1';

function readCsv<T>(file: string): T[] {
  return parse(fs.readFileSync(path.join(referenceDataDir, file)), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
}

function kindOfLevel(level: string): UnitKind {
  return level.startsWith('department') ? 'department' : 'office';
}

export type UnitSeed = typeof units.$inferInsert;

export function readReferenceUnits(): UnitSeed[] {
  const departments = readCsv<DepartmentRow>('departments.csv').map((row): UnitSeed => ({
    code: row.bma_agency_code,
    kind: kindOfLevel(row.level),
    nameTh: row.name_th,
    nameEn: row.name_en || null,
    parentCode: row.parent_code || null,
    nameThSource: row.name_th_source || null,
    nameEnSource: row.name_en_source || null,
    sourceNotes: row.notes || null,
  }));
  const districts = readCsv<DistrictRow>('districts.csv').map((row): UnitSeed => ({
    code: row.district_code,
    kind: 'district',
    nameTh: row.name_th,
    nameEn: row.name_en || null,
    parentCode: null,
    nameThSource: DISTRICT_SOURCE,
    nameEnSource: DISTRICT_SOURCE,
    sourceNotes: null,
  }));
  return [...departments, ...districts];
}

/** Inserts the reference units that are not in the database yet; answers how many were added. */
export async function loadReferenceData(db: Db): Promise<number> {
  const inserted = await db
    .insert(units)
    .values(readReferenceUnits())
    .onConflictDoNothing()
    .returning({ code: units.code });
  return inserted.length;
}

/**
 * Loads the Harmonized System nomenclature from `data/reference/hs/` on start (UN Comtrade via the
 * `datasets/harmonized-system` data package, PDDL 1.0; see its SOURCES.md). The nomenclature is not
 * edited in the platform, so rows already loaded are left alone and a restart adds nothing twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../db/client.ts';
import { hsCodes, hsSections } from './hs.schema.ts';
import { referenceDataDir } from '../../shared/paths.ts';

interface SectionRow {
  section: string;
  name: string;
}

interface CodeRow {
  section: string;
  hscode: string;
  description: string;
  parent: string;
  level: string;
}

const hsDataDir = path.join(referenceDataDir, 'hs');

const TOTAL = 'TOTAL';

/** Rows per insert: well under PostgreSQL's limit of 65,535 parameters (5 per row). */
const INSERT_BATCH = 1000;

function readCsv<T>(file: string): T[] {
  return parse(fs.readFileSync(path.join(hsDataDir, file)), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
}

export function readHsNomenclature() {
  const sections = readCsv<SectionRow>('sections.csv').map((row) => ({
    code: row.section,
    nameEn: row.name,
  }));
  // "TOTAL" is the whole nomenclature: a row of its own (skipped), the parent of every chapter, and
  // the section of chapter 99, which belongs to none.
  const codes = readCsv<CodeRow>('harmonized-system.csv')
    .filter((row) => row.hscode !== TOTAL)
    .map((row) => ({
      code: row.hscode,
      level: Number(row.level),
      parentCode: row.parent === TOTAL ? null : row.parent,
      sectionCode: row.section === TOTAL ? null : row.section,
      descriptionEn: row.description,
    }));
  return { sections, codes };
}

/** Answers how many codes were added (0 once loaded). */
export async function loadHsNomenclature(db: Db): Promise<number> {
  const { sections, codes } = readHsNomenclature();
  return db.transaction(async (tx) => {
    await tx.insert(hsSections).values(sections).onConflictDoNothing();
    let added = 0;
    for (let start = 0; start < codes.length; start += INSERT_BATCH) {
      const inserted = await tx
        .insert(hsCodes)
        .values(codes.slice(start, start + INSERT_BATCH))
        .onConflictDoNothing()
        .returning({ code: hsCodes.code });
      added += inserted.length;
    }
    return added;
  });
}

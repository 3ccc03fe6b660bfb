/**
 * Loads the public holidays of `data/reference/holidays/public-holidays.csv` (with their sources, and
 * `unconfirmed` where a date awaits that year's announcement) on start, so that the scheduler warns of
 * them. Rows already loaded are left as they are; new ones are added.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../../db/client.ts';
import { textOrNull } from '../../../shared/text.ts';
import type { publicHolidays } from '../programme.schema.ts';
import { insertHolidays } from './sessions.repository.ts';
import { referenceDataDir } from '../../../shared/paths.ts';

export const holidaysFile = path.join(referenceDataDir, 'holidays/public-holidays.csv');

interface HolidayCsvRow {
  country_iso2: string;
  date: string;
  name_en: string;
  name_local: string;
  kind: string;
  verification: string;
  source: string;
}

export function readHolidays(file = holidaysFile): (typeof publicHolidays.$inferInsert)[] {
  const rows: HolidayCsvRow[] = parse(fs.readFileSync(file), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
  return rows.map((row, index) => {
    if (!/^[A-Z]{2}$/.test(row.country_iso2) || !/^\d{4}-\d{2}-\d{2}$/.test(row.date) || !row.name_en)
      throw new Error(
        `${path.basename(file)} row ${index + 2}: a country code, a date and an English name are needed`,
      );
    return {
      countryCode: row.country_iso2,
      date: row.date,
      nameEn: row.name_en,
      nameLocal: textOrNull(row.name_local),
      kind: row.kind,
      verification: row.verification,
      source: row.source,
    };
  });
}

/** Answers how many holidays were added. */
export async function loadHolidayReferenceData(db: Db): Promise<number> {
  return insertHolidays(db, readHolidays());
}

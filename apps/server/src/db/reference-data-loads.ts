/**
 * Loading the reference data (units, partners, holidays, the HS nomenclature) only when it changed.
 * Every loader is idempotent, but together they took about a second of every start on PGlite, mostly to
 * find that nothing was new (issue 13, item 17; decision 0026). The database keeps a fingerprint of what
 * its reference data was loaded from — the files in data/reference and the program that loaded them —
 * and a start whose fingerprint matches skips the loading. The fingerprint lives in the database, so a
 * restored backup or a second server on the same PostgreSQL sees what that database holds.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { referenceDataDir } from '../shared/paths.ts';
import type { Db } from './client.ts';

export const referenceDataLoads = pgTable('reference_data_loads', {
  /** What was loaded; one row for the whole reference data today. */
  name: text('name').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

const ALL_REFERENCE_DATA = 'all';

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    })
    .sort();
}

/**
 * The fingerprint of the reference data files and of the program that loads them: `programFile` is the
 * running server's entry (the bundle `npm start` runs holds every loader, so any change of code counts).
 */
export function referenceDataFingerprint(programFile: string): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(referenceDataDir), programFile]) {
    hash.update(path.relative(referenceDataDir, file)).update('\0').update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** Runs `load` unless this database's reference data was loaded from the same fingerprint; answers whether it ran. */
export async function loadReferenceDataOnce(
  db: Db,
  fingerprint: string,
  load: () => Promise<void>,
): Promise<boolean> {
  const [loaded] = await db
    .select({ fingerprint: referenceDataLoads.fingerprint })
    .from(referenceDataLoads)
    .where(eq(referenceDataLoads.name, ALL_REFERENCE_DATA));
  if (loaded?.fingerprint === fingerprint) return false;
  await load();
  await db
    .insert(referenceDataLoads)
    .values({ name: ALL_REFERENCE_DATA, fingerprint })
    .onConflictDoUpdate({
      target: referenceDataLoads.name,
      set: { fingerprint, loadedAt: new Date() },
    });
  return true;
}

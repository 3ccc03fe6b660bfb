/**
 * Loading the reference data (units, partners, holidays, the HS nomenclature) only when it changed.
 * Every loader is idempotent, but together they took about a second of every start on PGlite, mostly to
 * find that nothing was new (issue 13, item 17; decision 0026). The database keeps a fingerprint of what
 * its reference data was loaded from — the files in data/reference and the program that loaded them —
 * and a start whose fingerprint matches skips the loading. The fingerprint lives in the database, so a
 * restored backup or a second server on the same PostgreSQL sees what that database holds.
 *
 * Other work a start must do once per version of something, not at every start, keeps its own
 * fingerprint here under its own name (runOncePerFingerprint): the catalogue's search documents are
 * written again for every product when the search's program changes (decision 0028).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { referenceDataDir } from '../shared/paths.ts';
import type { Db } from './client.ts';

export const referenceDataLoads = pgTable('reference_data_loads', {
  /** What was loaded or done: `all` for the whole reference data, or the name of other work. */
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
  return runOncePerFingerprint(db, ALL_REFERENCE_DATA, fingerprint, load);
}

/**
 * Runs `work` unless this database last ran the work of this name with the same fingerprint, and then
 * keeps the fingerprint; answers whether it ran. Work that fails keeps the old fingerprint, so the
 * next start tries again.
 */
export async function runOncePerFingerprint(
  db: Db,
  name: string,
  fingerprint: string,
  work: () => Promise<void>,
): Promise<boolean> {
  const [done] = await db
    .select({ fingerprint: referenceDataLoads.fingerprint })
    .from(referenceDataLoads)
    .where(eq(referenceDataLoads.name, name));
  if (done?.fingerprint === fingerprint) return false;
  await work();
  await db
    .insert(referenceDataLoads)
    .values({ name, fingerprint })
    .onConflictDoUpdate({
      target: referenceDataLoads.name,
      set: { fingerprint, loadedAt: new Date() },
    });
  return true;
}

/** Platform settings that administrators change in the platform; a key not stored has its default. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { settings } from './settings.schema.ts';

export type SettingRow = typeof settings.$inferSelect;

/** The stored setting, if any; locked until the transaction ends when asked (`forUpdate`). */
export async function readSetting(
  db: Db,
  key: string,
  options: { forUpdate?: boolean } = {},
): Promise<SettingRow | undefined> {
  const query = db.select().from(settings).where(eq(settings.key, key));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Stores a value and returns the row with its new version (1 for a first write). */
export async function writeSetting(
  db: Db,
  key: string,
  value: unknown,
  updatedBy: string | null,
): Promise<SettingRow> {
  const [row] = await db
    .insert(settings)
    .values({ key, value, updatedBy })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedBy, version: sql`${settings.version} + 1`, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error(`setting ${key} was not written`);
  return row;
}

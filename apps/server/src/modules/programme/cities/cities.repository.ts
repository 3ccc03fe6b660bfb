/** SQL for the cities chosen for a year's programme, their letters and answers. No rules here. */
import { asc, eq, sql } from 'drizzle-orm';
import { replyStatuses, type ReplyStatus } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import { programmeCities, tradeProgrammes } from '../programme.schema.ts';
import { oneOf } from '../programme.values.ts';

export type CityRow = Omit<typeof programmeCities.$inferSelect, 'replyStatus'> & { replyStatus: ReplyStatus };

function decodeCity(row: typeof programmeCities.$inferSelect): CityRow {
  return { ...row, replyStatus: oneOf(replyStatuses, row.replyStatus, 'reply status') };
}

export async function listCities(db: Db, programmeId: string): Promise<CityRow[]> {
  const rows = await db
    .select()
    .from(programmeCities)
    .where(eq(programmeCities.programmeId, programmeId))
    .orderBy(asc(programmeCities.createdAt), asc(programmeCities.id));
  return rows.map(decodeCity);
}

/** The fiscal years in which each partner accepted the programme's invitation. */
export async function acceptedYearsByPartner(db: Db): Promise<Map<string, number[]>> {
  const rows = await db
    .select({ partnerId: programmeCities.partnerId, fiscalYear: tradeProgrammes.fiscalYear })
    .from(programmeCities)
    .innerJoin(tradeProgrammes, eq(tradeProgrammes.id, programmeCities.programmeId))
    .where(eq(programmeCities.replyStatus, 'accepted'));
  const years = new Map<string, number[]>();
  for (const row of rows) years.set(row.partnerId, [...(years.get(row.partnerId) ?? []), row.fiscalYear]);
  return years;
}

export async function findCity(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CityRow | undefined> {
  const query = db.select().from(programmeCities).where(eq(programmeCities.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ? decodeCity(row) : undefined;
}

/** Chooses a city for a programme; undefined when it was chosen already. */
export async function insertCity(
  db: Db,
  values: typeof programmeCities.$inferInsert,
): Promise<CityRow | undefined> {
  const [row] = await db.insert(programmeCities).values(values).onConflictDoNothing().returning();
  return row ? decodeCity(row) : undefined;
}

export async function updateCity(
  db: Db,
  id: string,
  changes: Partial<typeof programmeCities.$inferInsert>,
): Promise<CityRow> {
  const [row] = await db
    .update(programmeCities)
    .set({ ...changes, version: sql`${programmeCities.version} + 1` })
    .where(eq(programmeCities.id, id))
    .returning();
  if (!row) throw new Error(`programme city ${id} vanished during its update`);
  return decodeCity(row);
}

export async function deleteCity(db: Db, id: string): Promise<void> {
  await db.delete(programmeCities).where(eq(programmeCities.id, id));
}

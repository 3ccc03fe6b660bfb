/** SQL for the impact register: themes, the units' answers, their items and history. No rules here. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { impactAnswerEvents, impactAnswers, impactItems, impactThemes } from './impacts.schema.ts';

export type ThemeRow = typeof impactThemes.$inferSelect;
export type AnswerRow = typeof impactAnswers.$inferSelect;
export type ItemRow = typeof impactItems.$inferSelect;
export type NewItem = typeof impactItems.$inferInsert;
export type EventRow = typeof impactAnswerEvents.$inferSelect;

export async function listThemes(db: Db): Promise<ThemeRow[]> {
  return db.select().from(impactThemes).orderBy(asc(impactThemes.createdAt), asc(impactThemes.nameTh));
}

export async function findTheme(
  db: Db,
  id: string,
  options: { lock?: 'update' } = {},
): Promise<ThemeRow | undefined> {
  const query = db.select().from(impactThemes).where(eq(impactThemes.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function findThemeNamed(db: Db, nameTh: string): Promise<ThemeRow | undefined> {
  const [row] = await db
    .select()
    .from(impactThemes)
    .where(sql`lower(${impactThemes.nameTh}) = lower(${nameTh})`);
  return row;
}

export async function insertTheme(db: Db, values: typeof impactThemes.$inferInsert): Promise<ThemeRow> {
  const [row] = await db.insert(impactThemes).values(values).returning();
  if (!row) throw new Error('impact theme not inserted');
  return row;
}

export async function updateTheme(
  db: Db,
  before: ThemeRow,
  values: Partial<typeof impactThemes.$inferInsert>,
): Promise<ThemeRow> {
  const [row] = await db
    .update(impactThemes)
    .set({ ...values, version: before.version + 1 })
    .where(eq(impactThemes.id, before.id))
    .returning();
  if (!row) throw new Error('impact theme vanished while updated');
  return row;
}

/** Every answer of the themes (all themes when none are named). */
export async function listAnswers(db: Db, themeIds?: readonly string[]): Promise<AnswerRow[]> {
  if (themeIds && themeIds.length === 0) return [];
  const query = db.select().from(impactAnswers);
  return themeIds ? query.where(inArray(impactAnswers.themeId, [...themeIds])) : query;
}

export async function findAnswer(
  db: Db,
  themeId: string,
  unitCode: string,
  options: { lock?: 'update' } = {},
): Promise<AnswerRow | undefined> {
  const query = db
    .select()
    .from(impactAnswers)
    .where(and(eq(impactAnswers.themeId, themeId), eq(impactAnswers.unitCode, unitCode)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function findAnswerById(db: Db, id: string): Promise<AnswerRow | undefined> {
  const [row] = await db.select().from(impactAnswers).where(eq(impactAnswers.id, id));
  return row;
}

/** Inserts the answer, or nothing when the unit has one for the theme already. */
export async function insertAnswerIfNew(
  db: Db,
  values: typeof impactAnswers.$inferInsert,
): Promise<AnswerRow | undefined> {
  const [row] = await db.insert(impactAnswers).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateAnswer(
  db: Db,
  before: AnswerRow,
  values: Partial<typeof impactAnswers.$inferInsert>,
): Promise<AnswerRow> {
  const [row] = await db
    .update(impactAnswers)
    .set({ ...values, version: before.version + 1 })
    .where(eq(impactAnswers.id, before.id))
    .returning();
  if (!row) throw new Error('impact answer vanished while updated');
  return row;
}

export async function listItems(db: Db, answerIds: readonly string[]): Promise<ItemRow[]> {
  if (answerIds.length === 0) return [];
  return db
    .select()
    .from(impactItems)
    .where(inArray(impactItems.answerId, [...answerIds]))
    .orderBy(asc(impactItems.kind), asc(impactItems.position));
}

export async function findItem(db: Db, id: string, options: { lock?: 'update' } = {}) {
  const query = db.select().from(impactItems).where(eq(impactItems.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/**
 * Makes the answer's items these: the ones kept (by id) updated, the new ones inserted, the others
 * removed.
 */
export async function replaceItems(
  db: Db,
  answerId: string,
  items: (Omit<NewItem, 'answerId'> & { id?: string | undefined })[],
  at: Date,
): Promise<void> {
  const kept = items.flatMap((item) => (item.id ? [item.id] : []));
  const existing = await listItems(db, [answerId]);
  const removed = existing.filter((row) => !kept.includes(row.id)).map((row) => row.id);
  if (removed.length > 0) await db.delete(impactItems).where(inArray(impactItems.id, removed));
  for (const { id, ...values } of items) {
    if (id) {
      await db
        .update(impactItems)
        .set({ ...values, updatedAt: at })
        .where(and(eq(impactItems.id, id), eq(impactItems.answerId, answerId)));
    } else {
      await db.insert(impactItems).values({ ...values, answerId, createdAt: at, updatedAt: at });
    }
  }
}

export async function setItemRequest(db: Db, id: string, requestId: string, at: Date): Promise<ItemRow> {
  const [row] = await db
    .update(impactItems)
    .set({ requestId, updatedAt: at })
    .where(eq(impactItems.id, id))
    .returning();
  if (!row) throw new Error('impact item vanished while converted');
  return row;
}

export async function insertEvent(db: Db, values: typeof impactAnswerEvents.$inferInsert): Promise<void> {
  await db.insert(impactAnswerEvents).values(values);
}

export async function listEvents(db: Db, answerId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(impactAnswerEvents)
    .where(eq(impactAnswerEvents.answerId, answerId))
    .orderBy(asc(impactAnswerEvents.at));
}

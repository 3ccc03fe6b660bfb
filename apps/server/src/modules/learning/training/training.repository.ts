/** SQL for the competency list, the training records and their certificates. No rules here. */
import { and, asc, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { learningAttendance } from '../events/events.schema.ts';
import { learningEventSessions, learningEvents } from '../learning.schema.ts';
import { trainingCertificates, trainingCompetencies, trainingRecords } from './training.schema.ts';

export type CompetencyRow = typeof trainingCompetencies.$inferSelect;
export type TrainingRecordRow = typeof trainingRecords.$inferSelect;
export type NewTrainingRecord = typeof trainingRecords.$inferInsert;
export type CertificateRow = typeof trainingCertificates.$inferSelect;
export type CertificateInfo = Omit<CertificateRow, 'content'>;

export async function listCompetencies(db: Db): Promise<CompetencyRow[]> {
  return db
    .select()
    .from(trainingCompetencies)
    .orderBy(asc(trainingCompetencies.sortOrder), asc(trainingCompetencies.nameTh));
}

export async function findCompetency(db: Db, id: string, lock = false): Promise<CompetencyRow | undefined> {
  const query = db.select().from(trainingCompetencies).where(eq(trainingCompetencies.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findCompetencyNamed(db: Db, nameTh: string): Promise<CompetencyRow | undefined> {
  const [row] = await db
    .select()
    .from(trainingCompetencies)
    .where(sql`lower(${trainingCompetencies.nameTh}) = lower(${nameTh})`);
  return row;
}

export async function insertCompetency(db: Db, values: typeof trainingCompetencies.$inferInsert) {
  const [row] = await db.insert(trainingCompetencies).values(values).returning();
  if (!row) throw new Error('competency not inserted');
  return row;
}

export async function updateCompetency(
  db: Db,
  id: string,
  changes: Partial<typeof trainingCompetencies.$inferInsert>,
): Promise<CompetencyRow> {
  const [row] = await db
    .update(trainingCompetencies)
    .set({ ...changes, version: sql`${trainingCompetencies.version} + 1` })
    .where(eq(trainingCompetencies.id, id))
    .returning();
  if (!row) throw new Error('competency not updated');
  return row;
}

/** Whose records: accounts and directory rows of liaison officers. */
export interface RecordOwners {
  userIds: readonly string[];
  liaisonOfficerIds: readonly string[];
}

function ownedBy(owners: RecordOwners): SQL | undefined {
  const conditions: SQL[] = [];
  if (owners.userIds.length > 0) conditions.push(inArray(trainingRecords.userId, [...owners.userIds]));
  if (owners.liaisonOfficerIds.length > 0)
    conditions.push(inArray(trainingRecords.liaisonOfficerId, [...owners.liaisonOfficerIds]));
  return or(...conditions);
}

/** The records of these people, the latest first; those that ended between `from` and `to` when given. */
export async function listRecords(
  db: Db,
  owners: RecordOwners,
  endedWithin?: { from: string; to: string },
): Promise<TrainingRecordRow[]> {
  const owned = ownedBy(owners);
  if (!owned) return [];
  const within = endedWithin
    ? and(
        sql`${trainingRecords.endsOn} >= ${endedWithin.from}`,
        sql`${trainingRecords.endsOn} <= ${endedWithin.to}`,
      )
    : undefined;
  return db
    .select()
    .from(trainingRecords)
    .where(and(owned, within))
    .orderBy(desc(trainingRecords.endsOn), desc(trainingRecords.createdAt));
}

export async function findRecord(db: Db, id: string, lock = false): Promise<TrainingRecordRow | undefined> {
  const query = db.select().from(trainingRecords).where(eq(trainingRecords.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertRecord(db: Db, values: NewTrainingRecord): Promise<TrainingRecordRow> {
  const [row] = await db.insert(trainingRecords).values(values).returning();
  if (!row) throw new Error('training record not inserted');
  return row;
}

export async function updateRecord(
  db: Db,
  id: string,
  changes: Partial<NewTrainingRecord>,
  now: Date,
): Promise<TrainingRecordRow> {
  const [row] = await db
    .update(trainingRecords)
    .set({ ...changes, updatedAt: now, version: sql`${trainingRecords.version} + 1` })
    .where(eq(trainingRecords.id, id))
    .returning();
  if (!row) throw new Error('training record not updated');
  return row;
}

/** The record of an event for an account, if there is one. */
export async function findEventRecord(db: Db, eventId: string, userId: string) {
  const [row] = await db
    .select()
    .from(trainingRecords)
    .where(and(eq(trainingRecords.eventId, eventId), eq(trainingRecords.userId, userId)));
  return row;
}

/** An event with the Bangkok days of its first and last sessions (null without sessions). */
export async function findEvent(db: Db, id: string) {
  const [event] = await db
    .select({ id: learningEvents.id, titleTh: learningEvents.titleTh })
    .from(learningEvents)
    .where(eq(learningEvents.id, id));
  if (!event) return undefined;
  const [days] = await db
    .select({
      firstDay: sql<
        string | null
      >`to_char(min(${learningEventSessions.startsAt}) at time zone 'Asia/Bangkok', 'YYYY-MM-DD')`,
      lastDay: sql<
        string | null
      >`to_char(max(${learningEventSessions.endsAt}) at time zone 'Asia/Bangkok', 'YYYY-MM-DD')`,
    })
    .from(learningEventSessions)
    .where(eq(learningEventSessions.eventId, id));
  return { ...event, firstDay: days?.firstDay ?? null, lastDay: days?.lastDay ?? null };
}

/** The certificates' descriptions (never their content) of these records. */
export async function certificatesOf(db: Db, recordIds: readonly string[]): Promise<CertificateInfo[]> {
  if (recordIds.length === 0) return [];
  const { content: _content, ...columns } = getTableColumns(trainingCertificates);
  return db
    .select(columns)
    .from(trainingCertificates)
    .where(inArray(trainingCertificates.recordId, [...recordIds]));
}

export async function findCertificate(db: Db, recordId: string): Promise<CertificateRow | undefined> {
  const [row] = await db
    .select()
    .from(trainingCertificates)
    .where(eq(trainingCertificates.recordId, recordId));
  return row;
}

/** Keeps a record's certificate, replacing the one it had. */
export async function saveCertificate(db: Db, values: typeof trainingCertificates.$inferInsert) {
  const [row] = await db
    .insert(trainingCertificates)
    .values(values)
    .onConflictDoUpdate({
      target: trainingCertificates.recordId,
      set: {
        fileName: values.fileName,
        mediaType: values.mediaType,
        byteSize: values.byteSize,
        content: values.content,
        uploadedBy: values.uploadedBy,
        uploadedAt: values.uploadedAt,
      },
    })
    .returning();
  if (!row) throw new Error('certificate not saved');
  return row;
}

/** Who attended at least one session of the event. */
export async function attendeesOf(db: Db, eventId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: learningAttendance.userId })
    .from(learningAttendance)
    .innerJoin(learningEventSessions, eq(learningEventSessions.id, learningAttendance.sessionId))
    .where(eq(learningEventSessions.eventId, eventId));
  return rows.map((row) => row.userId);
}

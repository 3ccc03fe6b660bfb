/** SQL for the files a unit uploads as evidence of its report. No rules here. */
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { strategyEvidenceFiles } from './strategy.schema.ts';

export type EvidenceFileRow = Omit<typeof strategyEvidenceFiles.$inferSelect, 'content'>;
export type EvidenceFileWithContent = typeof strategyEvidenceFiles.$inferSelect;

/** Every column but the content: lists never read the files themselves. */
const fileColumns = {
  id: strategyEvidenceFiles.id,
  submissionId: strategyEvidenceFiles.submissionId,
  fileName: strategyEvidenceFiles.fileName,
  mediaType: strategyEvidenceFiles.mediaType,
  byteSize: strategyEvidenceFiles.byteSize,
  uploadedBy: strategyEvidenceFiles.uploadedBy,
  uploadedAt: strategyEvidenceFiles.uploadedAt,
};

/** The files of these reports, without their content, oldest first. */
export async function listFiles(db: Db, submissionIds: readonly string[]): Promise<EvidenceFileRow[]> {
  if (submissionIds.length === 0) return [];
  return db
    .select(fileColumns)
    .from(strategyEvidenceFiles)
    .where(inArray(strategyEvidenceFiles.submissionId, [...submissionIds]))
    .orderBy(asc(strategyEvidenceFiles.uploadedAt), asc(strategyEvidenceFiles.id));
}

export async function countFiles(db: Db, submissionId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(strategyEvidenceFiles)
    .where(eq(strategyEvidenceFiles.submissionId, submissionId));
  return row?.total ?? 0;
}

export async function insertFile(
  db: Db,
  values: typeof strategyEvidenceFiles.$inferInsert,
): Promise<EvidenceFileRow> {
  const [row] = await db.insert(strategyEvidenceFiles).values(values).returning(fileColumns);
  if (!row) throw new Error(`evidence file of submission ${values.submissionId} not stored`);
  return row;
}

/** A file of a report, with its content; locked when it is about to be removed. */
export async function findFile(
  db: Db,
  submissionId: string,
  fileId: string,
  options: { lock?: 'update' } = {},
): Promise<EvidenceFileWithContent | undefined> {
  const query = db
    .select()
    .from(strategyEvidenceFiles)
    .where(and(eq(strategyEvidenceFiles.id, fileId), eq(strategyEvidenceFiles.submissionId, submissionId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function deleteFile(db: Db, fileId: string): Promise<void> {
  await db.delete(strategyEvidenceFiles).where(eq(strategyEvidenceFiles.id, fileId));
}

/**
 * SQL for the trade programmes, their steps, working groups and the documents attached to steps.
 * No rules here: the services decide.
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import {
  programmeStepKinds,
  responsibleUnits,
  stepStatuses,
  workingGroupRoles,
  type ProgrammeStepKind,
  type ResponsibleUnit,
  type StepStatus,
  type WorkingGroupRole,
} from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import {
  programmeStepDocuments,
  programmeSteps,
  tradeProgrammes,
  workingGroupMembers,
} from '../programme.schema.ts';
import { oneOf } from '../programme.values.ts';

export type ProgrammeRow = typeof tradeProgrammes.$inferSelect;
export type StepRow = Omit<typeof programmeSteps.$inferSelect, 'kind' | 'status' | 'responsibleUnits'> & {
  kind: ProgrammeStepKind;
  status: StepStatus;
  responsibleUnits: ResponsibleUnit[];
};
export type MemberRow = Omit<typeof workingGroupMembers.$inferSelect, 'groupRole'> & {
  groupRole: WorkingGroupRole;
};
type NewStep = typeof programmeSteps.$inferInsert;
type NewMember = typeof workingGroupMembers.$inferInsert;

function decodeStep(row: typeof programmeSteps.$inferSelect): StepRow {
  return {
    ...row,
    kind: oneOf(programmeStepKinds, row.kind, 'step kind'),
    status: oneOf(stepStatuses, row.status, 'step status'),
    responsibleUnits: row.responsibleUnits.map((unit) => oneOf(responsibleUnits, unit, 'responsible unit')),
  };
}

function decodeMember(row: typeof workingGroupMembers.$inferSelect): MemberRow {
  return { ...row, groupRole: oneOf(workingGroupRoles, row.groupRole, 'working group role') };
}

export async function listProgrammes(db: Db): Promise<ProgrammeRow[]> {
  return db.select().from(tradeProgrammes).orderBy(asc(tradeProgrammes.fiscalYear));
}

export async function findProgramme(
  db: Db,
  fiscalYear: number,
  options: { forUpdate?: boolean } = {},
): Promise<ProgrammeRow | undefined> {
  const query = db.select().from(tradeProgrammes).where(eq(tradeProgrammes.fiscalYear, fiscalYear));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findProgrammeById(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProgrammeRow | undefined> {
  const query = db.select().from(tradeProgrammes).where(eq(tradeProgrammes.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Adds the programme of a year; undefined when that year has one already. */
export async function insertProgramme(
  db: Db,
  values: typeof tradeProgrammes.$inferInsert,
): Promise<ProgrammeRow | undefined> {
  const [row] = await db.insert(tradeProgrammes).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateProgramme(
  db: Db,
  id: string,
  changes: Partial<typeof tradeProgrammes.$inferInsert>,
): Promise<ProgrammeRow> {
  const [row] = await db
    .update(tradeProgrammes)
    .set({ ...changes, version: sql`${tradeProgrammes.version} + 1` })
    .where(eq(tradeProgrammes.id, id))
    .returning();
  if (!row) throw new Error(`programme ${id} vanished during its update`);
  return row;
}

/** The steps of programmes, in the order of the year: by session, then the seed's order. */
export async function listSteps(db: Db, programmeIds: readonly string[]): Promise<StepRow[]> {
  if (programmeIds.length === 0) return [];
  const rows = await db
    .select()
    .from(programmeSteps)
    .where(inArray(programmeSteps.programmeId, [...programmeIds]))
    .orderBy(asc(programmeSteps.round), asc(programmeSteps.position));
  return rows.map(decodeStep);
}

export async function insertSteps(db: Db, steps: NewStep[]): Promise<void> {
  if (steps.length > 0) await db.insert(programmeSteps).values(steps);
}

export async function deleteStepsAfterRound(db: Db, programmeId: string, round: number): Promise<void> {
  await db
    .delete(programmeSteps)
    .where(and(eq(programmeSteps.programmeId, programmeId), gt(programmeSteps.round, round)));
}

export async function findStep(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StepRow | undefined> {
  const query = db.select().from(programmeSteps).where(eq(programmeSteps.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ? decodeStep(row) : undefined;
}

export async function updateStep(db: Db, id: string, changes: Partial<NewStep>): Promise<StepRow> {
  const [row] = await db
    .update(programmeSteps)
    .set({ ...changes, version: sql`${programmeSteps.version} + 1` })
    .where(eq(programmeSteps.id, id))
    .returning();
  if (!row) throw new Error(`step ${id} vanished during its update`);
  return decodeStep(row);
}

export async function listMembers(db: Db, programmeId: string): Promise<MemberRow[]> {
  const rows = await db
    .select()
    .from(workingGroupMembers)
    .where(eq(workingGroupMembers.programmeId, programmeId))
    .orderBy(asc(workingGroupMembers.createdAt), asc(workingGroupMembers.id));
  return rows.map(decodeMember);
}

export async function findMember(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MemberRow | undefined> {
  const query = db.select().from(workingGroupMembers).where(eq(workingGroupMembers.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ? decodeMember(row) : undefined;
}

export async function insertMember(db: Db, values: NewMember): Promise<MemberRow> {
  const [row] = await db.insert(workingGroupMembers).values(values).returning();
  if (!row) throw new Error('the working group member was not added');
  return decodeMember(row);
}

export async function updateMember(db: Db, id: string, changes: Partial<NewMember>): Promise<MemberRow> {
  const [row] = await db
    .update(workingGroupMembers)
    .set({ ...changes, version: sql`${workingGroupMembers.version} + 1` })
    .where(eq(workingGroupMembers.id, id))
    .returning();
  if (!row) throw new Error(`working group member ${id} vanished during its update`);
  return decodeMember(row);
}

export async function deleteMember(db: Db, id: string): Promise<void> {
  await db.delete(workingGroupMembers).where(eq(workingGroupMembers.id, id));
}

/** Which of the steps given have documents attached. */
export async function stepIdsWithDocuments(db: Db, stepIds: readonly string[]): Promise<Set<string>> {
  if (stepIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ stepId: programmeStepDocuments.stepId })
    .from(programmeStepDocuments)
    .where(inArray(programmeStepDocuments.stepId, [...stepIds]));
  return new Set(rows.map((row) => row.stepId));
}

/** A document's description, without its content. */
const documentColumns = {
  id: programmeStepDocuments.id,
  stepId: programmeStepDocuments.stepId,
  fileName: programmeStepDocuments.fileName,
  mediaType: programmeStepDocuments.mediaType,
  byteSize: programmeStepDocuments.byteSize,
  uploadedBy: programmeStepDocuments.uploadedBy,
  createdAt: programmeStepDocuments.createdAt,
};
export type StepDocumentRow = Omit<typeof programmeStepDocuments.$inferSelect, 'content'>;
type StepDocumentWithContent = typeof programmeStepDocuments.$inferSelect;

/** A step's documents, without their content, oldest first. */
export async function listStepDocuments(db: Db, stepId: string): Promise<StepDocumentRow[]> {
  return db
    .select(documentColumns)
    .from(programmeStepDocuments)
    .where(eq(programmeStepDocuments.stepId, stepId))
    .orderBy(asc(programmeStepDocuments.createdAt), asc(programmeStepDocuments.id));
}

export async function insertStepDocument(
  db: Db,
  values: typeof programmeStepDocuments.$inferInsert,
): Promise<StepDocumentRow> {
  const [document] = await db.insert(programmeStepDocuments).values(values).returning(documentColumns);
  if (!document) throw new Error(`document of step ${values.stepId} not stored`);
  return document;
}

/** A document of a step, with its content. */
export async function findStepDocument(
  db: Db,
  stepId: string,
  documentId: string,
): Promise<StepDocumentWithContent | undefined> {
  const [document] = await db
    .select()
    .from(programmeStepDocuments)
    .where(and(eq(programmeStepDocuments.id, documentId), eq(programmeStepDocuments.stepId, stepId)));
  return document;
}

/** Removes a document of a step; answers what was removed (undefined: there was none). */
export async function deleteStepDocument(
  db: Db,
  stepId: string,
  documentId: string,
): Promise<StepDocumentWithContent | undefined> {
  const [removed] = await db
    .delete(programmeStepDocuments)
    .where(and(eq(programmeStepDocuments.id, documentId), eq(programmeStepDocuments.stepId, stepId)))
    .returning();
  return removed;
}

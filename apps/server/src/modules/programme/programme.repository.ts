/** SQL for the trade programmes, their steps and working groups. No rules here: the service decides. */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import {
  programmeStepKinds,
  replyStatuses,
  responsibleUnits,
  stepStatuses,
  workingGroupRoles,
  type ProgrammeStepKind,
  type ReplyStatus,
  type ResponsibleUnit,
  type StepStatus,
  type WorkingGroupRole,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { findSessionBusinesses, type CandidateBusiness } from '../catalogue/index.ts';
import {
  programmeCities,
  programmeStepDocuments,
  programmeSteps,
  sessionEntrepreneurs,
  tradeProgrammes,
  workingGroupMembers,
} from './programme.schema.ts';

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

/** A stored value of one of `known`; the service writes only those. */
function oneOf<T extends string>(known: readonly T[], value: string, what: string): T {
  const found = known.find((candidate) => candidate === value);
  if (!found) throw new Error(`${what} "${value}" is not one of ${known.join(', ')}`);
  return found;
}

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

/** A business presenting at a session, the products it presents, and when it checked in. */
export interface PresentingBusiness {
  business: CandidateBusiness;
  products: CandidateBusiness['products'];
  checkedInAt: Date | null;
}

/**
 * The businesses presenting at a session, whether or not their products are still listed today; with
 * `lockForShare`, their records (their consent) held unchanged until the transaction ends.
 */
export async function listPresentingBusinesses(
  db: Db,
  sessionId: string,
  options: { lockForShare?: boolean } = {},
): Promise<PresentingBusiness[]> {
  const rows = await db
    .select()
    .from(sessionEntrepreneurs)
    .where(eq(sessionEntrepreneurs.sessionId, sessionId));
  const found = await findSessionBusinesses(
    db,
    rows.map((row) => row.entrepreneurId),
    options,
  );
  return found.flatMap((business) => {
    const row = rows.find((candidate) => candidate.entrepreneurId === business.id);
    if (!row) return [];
    return [
      {
        business,
        products: business.products.filter((product) => row.productIds.includes(product.id)),
        checkedInAt: row.checkedInAt,
      },
    ];
  });
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

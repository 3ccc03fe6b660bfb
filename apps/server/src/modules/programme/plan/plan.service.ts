/**
 * The trade programme's use cases: opening a fiscal year's programme with the seed's steps planned
 * across the year, changing its plan, recording each step's progress, and keeping its working group.
 * Every change runs in one transaction with its audit entry, behind a lock on the programme, so that
 * two people changing one year wait for each other.
 */
import type {
  ProgrammeStepKind,
  CreateProgrammeInput,
  UpdateProgrammeInput,
  UpdateProgrammeStepInput,
  UpdateWorkingGroupMemberInput,
  CreateWorkingGroupMemberInput,
} from '@bia/contracts';
import { CreateProgrammeInputSchema, CreateWorkingGroupMemberInputSchema } from '@bia/contracts';
import type { Db } from '../../../db/client.ts';
import type { Actor, RequestContext } from '../../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../../shared/clock.ts';
import { AppError, commonErrors, type ErrorDefinition, type FieldProblem } from '../../../shared/errors.ts';
import { textOrNull } from '../../../shared/text.ts';
import { createAudited, recordAudit, removeAudited, updateAudited } from '../../audit/index.ts';
import { knownUnitCodes } from '../../liaison/index.ts';
import { programmeErrors } from '../programme.errors.ts';
import { canEditStep } from '../programme.policy.ts';
import { planSteps, stepProblems } from './plan.ts';
import * as repository from './plan.repository.ts';
import type { MemberRow, ProgrammeRow, StepRow } from './plan.repository.ts';

export interface ProgrammeServiceDeps {
  db: Db;
  clock: Clock;
}

export interface ProgrammeWithParts {
  programme: ProgrammeRow;
  steps: StepRow[];
  workingGroup: MemberRow[];
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;

function programmeSnapshot(programme: ProgrammeRow) {
  return {
    fiscalYear: programme.fiscalYear,
    plannedSessions: programme.plannedSessions,
    entrepreneursPerSession: programme.entrepreneursPerSession,
    notes: programme.notes,
    version: programme.version,
  };
}

function stepSnapshot(step: StepRow) {
  return {
    programmeId: step.programmeId,
    kind: step.kind,
    round: step.round,
    status: step.status,
    plannedStart: step.plannedStart,
    plannedEnd: step.plannedEnd,
    actualStart: step.actualStart,
    actualEnd: step.actualEnd,
    owner: step.owner,
    note: step.note,
    version: step.version,
  };
}

/** What the audit trail keeps of a member: all its details and version, without its id and timestamps. */
function memberSnapshot(member: MemberRow) {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...kept } = member;
  return kept;
}

function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

/** The programme of a fiscal year (locked with `forUpdate`); `programme_not_found` when there is none. */
export async function programmeOrFail(
  executor: Db,
  fiscalYear: number,
  options: { forUpdate?: boolean } = {},
): Promise<ProgrammeRow> {
  const programme = await repository.findProgramme(executor, fiscalYear, options);
  if (!programme) throw new AppError(programmeErrors.programme_not_found);
  return programme;
}

/** The programme a session, city or step belongs to; `programme_not_found` when it vanished. */
export async function programmeByIdOrFail(executor: Db, id: string): Promise<ProgrammeRow> {
  const programme = await repository.findProgrammeById(executor, id);
  if (!programme) throw new AppError(programmeErrors.programme_not_found);
  return programme;
}

/**
 * A session of a planned round completes that round's step when it is held ("hold the session") and
 * when its report is delivered ("report"): the year's KPIs count those steps. The step's actual end is
 * the day it happened (moved with it when that day is corrected); audited as any change of a step.
 */
export async function completeRoundStep(
  tx: Db,
  session: { id: string; programmeId: string; round: number | null },
  kind: Extract<ProgrammeStepKind, 'hold_session' | 'report'>,
  on: string,
  { now, context, isCorrection = false }: { now: Date; context: RequestContext; isCorrection?: boolean },
): Promise<void> {
  if (session.round === null) return;
  const steps = await repository.listSteps(tx, [session.programmeId]);
  const step = steps.find((candidate) => candidate.kind === kind && candidate.round === session.round);
  // A step done already keeps its dates, unless the day it happened was corrected.
  if (!step || (step.status === 'done' && !isCorrection)) return;
  const after = await repository.updateStep(tx, step.id, {
    status: 'done',
    actualStart: step.actualStart && step.actualStart <= on ? step.actualStart : on,
    actualEnd: on,
    updatedAt: now,
  });
  await recordAudit(tx, context, {
    action: 'programme_step.update',
    entityType: 'programme_step',
    entityId: step.id,
    before: { status: step.status, actualStart: step.actualStart, actualEnd: step.actualEnd },
    after: {
      status: after.status,
      actualStart: after.actualStart,
      actualEnd: after.actualEnd,
      bySession: session.id,
    },
  });
}

/**
 * A step, member or city of a programme, locked `FOR UPDATE` after its programme, the order every
 * change of a year takes, so that two changes of one year wait for each other instead of deadlocking.
 */
export async function lockUnderProgramme<Row extends { programmeId: string }>(
  tx: Db,
  find: (executor: Db, options: { forUpdate?: boolean }) => Promise<Row | undefined>,
  notFound: ErrorDefinition,
): Promise<Row> {
  const seen = await find(tx, {});
  if (!seen) throw new AppError(notFound);
  await repository.findProgrammeById(tx, seen.programmeId, { forUpdate: true });
  const row = await find(tx, { forUpdate: true });
  if (!row) throw new AppError(notFound);
  return row;
}

export function createProgrammeService({ db, clock }: ProgrammeServiceDeps) {
  const today = () => bangkokToday(clock.now());

  async function withParts(executor: Db, programme: ProgrammeRow): Promise<ProgrammeWithParts> {
    return {
      programme,
      steps: await repository.listSteps(executor, [programme.id]),
      workingGroup: await repository.listMembers(executor, programme.id),
    };
  }

  /** The steps of the sessions added to a plan, numbered after those it has. */
  async function addRounds(tx: Db, programme: ProgrammeRow, from: number, to: number): Promise<void> {
    const now = clock.now();
    await repository.insertSteps(
      tx,
      planSteps(programme.fiscalYear, programme.plannedSessions, { from, to }).map((step) => ({
        ...step,
        programmeId: programme.id,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }

  async function assertKnownUnit(executor: Db, unitCode: string | null | undefined): Promise<void> {
    if (!unitCode) return;
    const known = await knownUnitCodes(executor, [unitCode]);
    if (!known.has(unitCode))
      failOn([
        {
          path: 'unitCode',
          code: 'unknown',
          messageKey: 'programme:errors.unknown_unit',
          params: { code: unitCode },
        },
      ]);
  }

  async function assertNoDuplicateMember(
    tx: Db,
    programmeId: string,
    fullName: string,
    exceptId: string | null,
  ): Promise<void> {
    const members = await repository.listMembers(tx, programmeId);
    const same = members.some(
      (member) =>
        member.id !== exceptId && member.fullName.toLocaleLowerCase() === fullName.toLocaleLowerCase(),
    );
    if (same)
      throw new AppError(programmeErrors.member_duplicate, [
        { path: 'fullName', code: 'duplicate', messageKey: 'programme:errors.member_duplicate' },
      ]);
  }

  const lockStep = (tx: Db, id: string): Promise<StepRow> =>
    lockUnderProgramme(
      tx,
      (executor, options) => repository.findStep(executor, id, options),
      programmeErrors.step_not_found,
    );

  const lockMember = (tx: Db, id: string): Promise<MemberRow> =>
    lockUnderProgramme(
      tx,
      (executor, options) => repository.findMember(executor, id, options),
      programmeErrors.member_not_found,
    );

  /** Removes the steps of the sessions after `plannedSessions`; refused when one of them has begun. */
  async function dropRounds(tx: Db, programme: ProgrammeRow, plannedSessions: number): Promise<void> {
    const dropped = (await repository.listSteps(tx, [programme.id])).filter(
      (step) => step.round > plannedSessions,
    );
    // A step with documents attached has begun too: dropping it would lose them.
    const withDocuments = await repository.stepIdsWithDocuments(
      tx,
      dropped.map((step) => step.id),
    );
    const started = dropped.filter((step) => step.status !== 'not_started' || withDocuments.has(step.id));
    if (started.length > 0)
      throw new AppError(programmeErrors.rounds_started, [], {
        session: Math.min(...started.map((step) => step.round)),
      });
    await repository.deleteStepsAfterRound(tx, programme.id, plannedSessions);
  }

  return {
    today,

    /** Every year's programme with its steps (for the KPIs), oldest year first. */
    async listProgrammes(): Promise<{ programme: ProgrammeRow; steps: StepRow[] }[]> {
      const programmes = await repository.listProgrammes(db);
      const steps = await repository.listSteps(
        db,
        programmes.map((programme) => programme.id),
      );
      return programmes.map((programme) => ({
        programme,
        steps: steps.filter((step) => step.programmeId === programme.id),
      }));
    },

    async getProgramme(fiscalYear: number): Promise<ProgrammeWithParts> {
      return withParts(db, await programmeOrFail(db, fiscalYear));
    },

    /** Opens a fiscal year's programme with every step of its sessions planned; one per year. */
    async createProgramme(input: CreateProgrammeInput, context: RequestContext): Promise<ProgrammeWithParts> {
      const values = CreateProgrammeInputSchema.parse(input);
      return db.transaction(async (tx) => {
        const programme = await createAudited(tx, context, {
          action: 'programme.create',
          entityType: 'trade_programme',
          entityId: (row) => row.id,
          snapshot: programmeSnapshot,
          insert: async (inserting) => {
            const now = clock.now();
            const row = await repository.insertProgramme(inserting, {
              fiscalYear: values.fiscalYear,
              plannedSessions: values.plannedSessions,
              entrepreneursPerSession: values.entrepreneursPerSession,
              notes: textOrNull(values.notes),
              createdAt: now,
              updatedAt: now,
            });
            if (!row) throw new AppError(programmeErrors.programme_exists, [], { year: values.fiscalYear });
            await addRounds(inserting, row, 1, row.plannedSessions);
            return row;
          },
        });
        return withParts(tx, programme);
      });
    },

    /**
     * Changes a programme's plan. More sessions add the steps of the new ones (planned in the
     * shares of the new number); fewer remove those of the last sessions, refused when any of their
     * steps is under way or done.
     */
    async updateProgramme(
      fiscalYear: number,
      input: UpdateProgrammeInput,
      context: RequestContext,
    ): Promise<ProgrammeWithParts> {
      return db.transaction(async (tx) => {
        const seen = await programmeOrFail(tx, fiscalYear);
        const { after } = await updateAudited(tx, context, {
          action: 'programme.update',
          entityType: 'trade_programme',
          entityId: seen.id,
          lock: (locking) => programmeOrFail(locking, fiscalYear, { forUpdate: true }),
          expectedVersion: input.version,
          snapshot: programmeSnapshot,
          write: async (writing, before) => {
            const plannedSessions = input.plannedSessions ?? before.plannedSessions;
            if (plannedSessions < before.plannedSessions) await dropRounds(writing, before, plannedSessions);
            const changed = await repository.updateProgramme(writing, before.id, {
              plannedSessions,
              entrepreneursPerSession: input.entrepreneursPerSession ?? before.entrepreneursPerSession,
              notes: input.notes !== undefined ? textOrNull(input.notes) : before.notes,
              updatedAt: clock.now(),
            });
            if (plannedSessions > before.plannedSessions)
              await addRounds(writing, changed, before.plannedSessions + 1, plannedSessions);
            return changed;
          },
        });
        return withParts(tx, after);
      });
    },

    /** Records a step's progress, dates, owner or note; refused if it changed since it was loaded. */
    async updateStep(
      actor: Actor,
      id: string,
      input: UpdateProgrammeStepInput,
      context: RequestContext,
    ): Promise<StepRow> {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          action: 'programme_step.update',
          entityType: 'programme_step',
          entityId: id,
          lock: async (locking) => {
            const step = await lockStep(locking, id);
            if (!canEditStep(actor, step)) throw new AppError(programmeErrors.not_your_step);
            return step;
          },
          expectedVersion: input.version,
          snapshot: stepSnapshot,
          write: async (writing, before) => {
            const status = input.status ?? before.status;
            const changes = {
              status,
              plannedStart: input.plannedStart ?? before.plannedStart,
              plannedEnd: input.plannedEnd ?? before.plannedEnd,
              actualStart: input.actualStart !== undefined ? input.actualStart : before.actualStart,
              // A step marked done today needs no end date typed: today is its end.
              actualEnd:
                input.actualEnd !== undefined
                  ? input.actualEnd
                  : (before.actualEnd ?? (status === 'done' && before.status !== 'done' ? today() : null)),
              owner: input.owner !== undefined ? textOrNull(input.owner) : before.owner,
              note: input.note !== undefined ? textOrNull(input.note) : before.note,
            };
            failOn(stepProblems(changes, today()));
            return repository.updateStep(writing, id, { ...changes, updatedAt: clock.now() });
          },
        });
        return after;
      });
    },

    async addMember(
      fiscalYear: number,
      input: CreateWorkingGroupMemberInput,
      context: RequestContext,
    ): Promise<MemberRow> {
      const values = CreateWorkingGroupMemberInputSchema.parse(input);
      return db.transaction(async (tx) =>
        createAudited(tx, context, {
          action: 'working_group_member.create',
          entityType: 'working_group_member',
          entityId: (member) => member.id,
          snapshot: memberSnapshot,
          insert: async (inserting) => {
            const programme = await programmeOrFail(inserting, fiscalYear, { forUpdate: true });
            await assertKnownUnit(inserting, values.unitCode);
            await assertNoDuplicateMember(inserting, programme.id, values.fullName, null);
            const now = clock.now();
            return repository.insertMember(inserting, {
              programmeId: programme.id,
              fullName: values.fullName,
              position: textOrNull(values.position),
              unitCode: values.unitCode ?? null,
              groupRole: values.groupRole,
              email: textOrNull(values.email),
              phone: textOrNull(values.phone),
              createdAt: now,
              updatedAt: now,
            });
          },
        }),
      );
    },

    async updateMember(
      id: string,
      input: UpdateWorkingGroupMemberInput,
      context: RequestContext,
    ): Promise<MemberRow> {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          action: 'working_group_member.update',
          entityType: 'working_group_member',
          entityId: id,
          lock: (locking) => lockMember(locking, id),
          expectedVersion: input.version,
          snapshot: memberSnapshot,
          write: async (writing, before) => {
            await assertKnownUnit(writing, input.unitCode);
            if (input.fullName !== undefined)
              await assertNoDuplicateMember(writing, before.programmeId, input.fullName, id);
            return repository.updateMember(writing, id, {
              ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
              ...(input.position !== undefined ? { position: textOrNull(input.position) } : {}),
              ...(input.unitCode !== undefined ? { unitCode: input.unitCode } : {}),
              ...(input.groupRole !== undefined ? { groupRole: input.groupRole } : {}),
              ...(input.email !== undefined ? { email: textOrNull(input.email) } : {}),
              ...(input.phone !== undefined ? { phone: textOrNull(input.phone) } : {}),
              updatedAt: clock.now(),
            });
          },
        });
        return after;
      });
    },

    async removeMember(id: string, version: number, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          action: 'working_group_member.delete',
          entityType: 'working_group_member',
          entityId: id,
          lock: (locking) => lockMember(locking, id),
          expectedVersion: version,
          snapshot: memberSnapshot,
          remove: (writing) => repository.deleteMember(writing, id),
        });
      });
    },
  };
}

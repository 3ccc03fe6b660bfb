/**
 * The trade programme's use cases: opening a fiscal year's programme with the seed's steps planned
 * across the year, changing its plan, recording each step's progress, and keeping its working group.
 * Every change runs in one transaction with its audit entry, behind a lock on the programme, so that
 * two people changing one year wait for each other.
 */
import type {
  CreateProgrammeInput,
  UpdateProgrammeInput,
  UpdateProgrammeStepInput,
  UpdateWorkingGroupMemberInput,
  CreateWorkingGroupMemberInput,
} from '@bia/contracts';
import { CreateProgrammeInputSchema, CreateWorkingGroupMemberInputSchema } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, assertVersion, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { knownUnitCodes } from '../liaison/index.ts';
import { programmeErrors } from './programme.errors.ts';
import { planSteps, stepProblems } from './programme.plan.ts';
import { canEditStep } from './programme.policy.ts';
import * as repository from './programme.repository.ts';
import type { MemberRow, ProgrammeRow, StepRow } from './programme.repository.ts';

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

function textOrNull(value: string | null | undefined): string | null {
  return value ? value : null;
}

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

function memberSnapshot(member: MemberRow) {
  return {
    programmeId: member.programmeId,
    fullName: member.fullName,
    position: member.position,
    unitCode: member.unitCode,
    groupRole: member.groupRole,
    email: member.email,
    phone: member.phone,
    version: member.version,
  };
}

function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

export function createProgrammeService({ db, clock }: ProgrammeServiceDeps) {
  const today = () => bangkokToday(clock.now());

  async function programmeOrFail(executor: Db, fiscalYear: number, options: { forUpdate?: boolean } = {}) {
    const programme = await repository.findProgramme(executor, fiscalYear, options);
    if (!programme) throw new AppError(programmeErrors.programme_not_found);
    return programme;
  }

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

  /** The member, with its programme locked first (as when a member is added). */
  async function lockMember(tx: Db, id: string): Promise<MemberRow> {
    const seen = await repository.findMember(tx, id);
    if (!seen) throw new AppError(programmeErrors.member_not_found);
    await repository.findProgrammeById(tx, seen.programmeId, { forUpdate: true });
    const member = await repository.findMember(tx, id, { forUpdate: true });
    if (!member) throw new AppError(programmeErrors.member_not_found);
    return member;
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
        const now = clock.now();
        const programme = await repository.insertProgramme(tx, {
          fiscalYear: values.fiscalYear,
          plannedSessions: values.plannedSessions,
          entrepreneursPerSession: values.entrepreneursPerSession,
          notes: textOrNull(values.notes),
          createdAt: now,
          updatedAt: now,
        });
        if (!programme) throw new AppError(programmeErrors.programme_exists, [], { year: values.fiscalYear });
        await addRounds(tx, programme, 1, programme.plannedSessions);
        await recordAudit(tx, context, {
          action: 'programme.create',
          entityType: 'trade_programme',
          entityId: programme.id,
          after: programmeSnapshot(programme),
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
        const before = await programmeOrFail(tx, fiscalYear, { forUpdate: true });
        assertVersion(input.version, before.version);
        const plannedSessions = input.plannedSessions ?? before.plannedSessions;
        if (plannedSessions < before.plannedSessions) {
          const dropped = (await repository.listSteps(tx, [before.id])).filter(
            (step) => step.round > plannedSessions,
          );
          // A step with documents attached has begun too: dropping it would lose them.
          const withDocuments = await repository.stepIdsWithDocuments(
            tx,
            dropped.map((step) => step.id),
          );
          const started = dropped.filter(
            (step) => step.status !== 'not_started' || withDocuments.has(step.id),
          );
          if (started.length > 0)
            throw new AppError(programmeErrors.rounds_started, [], {
              session: Math.min(...started.map((step) => step.round)),
            });
          await repository.deleteStepsAfterRound(tx, before.id, plannedSessions);
        }
        const after = await repository.updateProgramme(tx, before.id, {
          plannedSessions,
          entrepreneursPerSession: input.entrepreneursPerSession ?? before.entrepreneursPerSession,
          notes: input.notes !== undefined ? textOrNull(input.notes) : before.notes,
          updatedAt: clock.now(),
        });
        if (plannedSessions > before.plannedSessions)
          await addRounds(tx, after, before.plannedSessions + 1, plannedSessions);
        await recordAudit(tx, context, {
          action: 'programme.update',
          entityType: 'trade_programme',
          entityId: after.id,
          before: programmeSnapshot(before),
          after: programmeSnapshot(after),
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
        const seen = await repository.findStep(tx, id);
        if (!seen) throw new AppError(programmeErrors.step_not_found);
        await repository.findProgrammeById(tx, seen.programmeId, { forUpdate: true });
        const before = await repository.findStep(tx, id, { forUpdate: true });
        if (!before) throw new AppError(programmeErrors.step_not_found);
        if (!canEditStep(actor, before)) throw new AppError(programmeErrors.not_your_step);
        assertVersion(input.version, before.version);
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
        const after = await repository.updateStep(tx, id, { ...changes, updatedAt: clock.now() });
        await recordAudit(tx, context, {
          action: 'programme_step.update',
          entityType: 'programme_step',
          entityId: id,
          before: stepSnapshot(before),
          after: stepSnapshot(after),
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
      return db.transaction(async (tx) => {
        const programme = await programmeOrFail(tx, fiscalYear, { forUpdate: true });
        await assertKnownUnit(tx, values.unitCode);
        await assertNoDuplicateMember(tx, programme.id, values.fullName, null);
        const now = clock.now();
        const member = await repository.insertMember(tx, {
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
        await recordAudit(tx, context, {
          action: 'working_group_member.create',
          entityType: 'working_group_member',
          entityId: member.id,
          after: memberSnapshot(member),
        });
        return member;
      });
    },

    async updateMember(
      id: string,
      input: UpdateWorkingGroupMemberInput,
      context: RequestContext,
    ): Promise<MemberRow> {
      return db.transaction(async (tx) => {
        const before = await lockMember(tx, id);
        assertVersion(input.version, before.version);
        await assertKnownUnit(tx, input.unitCode);
        if (input.fullName !== undefined)
          await assertNoDuplicateMember(tx, before.programmeId, input.fullName, id);
        const after = await repository.updateMember(tx, id, {
          ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
          ...(input.position !== undefined ? { position: textOrNull(input.position) } : {}),
          ...(input.unitCode !== undefined ? { unitCode: input.unitCode } : {}),
          ...(input.groupRole !== undefined ? { groupRole: input.groupRole } : {}),
          ...(input.email !== undefined ? { email: textOrNull(input.email) } : {}),
          ...(input.phone !== undefined ? { phone: textOrNull(input.phone) } : {}),
          updatedAt: clock.now(),
        });
        await recordAudit(tx, context, {
          action: 'working_group_member.update',
          entityType: 'working_group_member',
          entityId: id,
          before: memberSnapshot(before),
          after: memberSnapshot(after),
        });
        return after;
      });
    },

    async removeMember(id: string, version: number, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await lockMember(tx, id);
        assertVersion(version, before.version);
        await repository.deleteMember(tx, id);
        await recordAudit(tx, context, {
          action: 'working_group_member.delete',
          entityType: 'working_group_member',
          entityId: id,
          before: memberSnapshot(before),
        });
      });
    },
  };
}

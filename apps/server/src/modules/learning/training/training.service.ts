/**
 * Officers' training records (issue 16, decision 0058): the competency list the IAO keeps, each
 * officer's trainings, and the share of officers developed in a fiscal year (KPI 3.2.1). An officer
 * records their own outside courses (`learning:attend`); the IAO records or corrects anyone's
 * (`training:manage`). Every change is audited, against the version the user read.
 */
import {
  type TrainingCompetencyInput,
  type TrainingCompetencyUpdate,
  type TrainingRecordInput,
  type TrainingRecordUpdate,
} from '@bia/contracts';
import { fiscalYearFromBuddhist, fiscalYearOf } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import { can, type Actor, type RequestContext } from '../../../shared/actor.ts';
import type { Clock } from '../../../shared/clock.ts';
import { AppError, commonErrors } from '../../../shared/errors.ts';
import { createAudited, updateAudited } from '../../audit/index.ts';
import { trainingErrors } from './training.errors.ts';
import { countedOfficers, ownersOf, type CountedOfficer } from './training.officers.ts';
import * as repository from './training.repository.ts';
import type { CompetencyRow, TrainingRecordRow } from './training.repository.ts';
import { shareOf } from './training.share.ts';

/** The plan's target (percent) for a KPI in a fiscal year (app.ts: the strategy module's plan). */
export type KpiTargetPort = (kpiCode: string, fiscalYear: number) => Promise<number | null>;

export interface TrainingDeps {
  db: Db;
  clock: Clock;
  kpiTarget?: KpiTargetPort;
}

/** The days a fiscal year counts: its first day to its last, or to `upTo` when that comes first. */
export function trainingPeriod(fiscalYear: number, upTo?: string): { from: string; to: string } {
  const { startDate, endDate } = fiscalYearFromBuddhist(fiscalYear);
  return { from: startDate, to: upTo !== undefined && upTo < endDate ? upTo : endDate };
}

function bangkokToday(clock: Clock): string {
  return clock.now().toLocaleDateString('en-CA', { timeZone: 'Asia/Bangkok' });
}

/** KPI 3.2.1 of a fiscal year up to `upTo` (a round period's end): the port the strategy module reads. */
export async function officersDevelopedOfYear(db: Db, fiscalYear: number, options: { upTo?: string } = {}) {
  const period = trainingPeriod(fiscalYear, options.upTo);
  const officers = await countedOfficers(db);
  const records = await repository.listRecords(
    db,
    {
      userIds: officers.flatMap((officer) => (officer.userId ? [officer.userId] : [])),
      liaisonOfficerIds: officers.flatMap((officer) => officer.liaisonOfficerIds),
    },
    period,
  );
  return { fiscalYear, ...period, ...shareOf(officers, records, period) };
}

const competencySnapshot = (row: CompetencyRow) => row;
const recordSnapshot = (row: TrainingRecordRow) => row;

function isOwnOutsideCourse(actor: Actor, record: TrainingRecordRow): boolean {
  return record.source === 'outside' && record.userId === actor.userId;
}

export function canEditRecord(actor: Actor, record: TrainingRecordRow): boolean {
  return can(actor, 'training:manage') || isOwnOutsideCourse(actor, record);
}

export type TrainingService = ReturnType<typeof createTrainingService>;

export function createTrainingService({ db, clock, kpiTarget }: TrainingDeps) {
  async function officerOrFail(id: string): Promise<CountedOfficer> {
    const officer = (await countedOfficers(db)).find(
      (candidate) => candidate.id === id || candidate.liaisonOfficerIds.includes(id),
    );
    if (!officer) throw new AppError(trainingErrors.officer_not_found);
    return officer;
  }

  /** Refuses competencies unknown, or retired ones a record did not have already. */
  async function checkCompetencies(ids: readonly string[], kept: readonly string[] = []): Promise<string[]> {
    const known = new Map((await repository.listCompetencies(db)).map((row) => [row.id, row]));
    const unique = [...new Set(ids)];
    const bad = unique.some((id) => {
      const row = known.get(id);
      return !row || (!row.isActive && !kept.includes(id));
    });
    if (bad)
      throw new AppError(commonErrors.validation_failed, [
        { path: 'competencyIds', code: 'invalid', messageKey: 'training:errors.competency_unknown' },
      ]);
    return unique;
  }

  async function checkNameFree(nameTh: string, exceptId?: string): Promise<void> {
    const existing = await repository.findCompetencyNamed(db, nameTh);
    if (existing && existing.id !== exceptId) throw new AppError(trainingErrors.competency_duplicate);
  }

  async function recordOrFail(id: string): Promise<TrainingRecordRow> {
    const record = await repository.findRecord(db, id);
    if (!record) throw new AppError(trainingErrors.record_not_found);
    return record;
  }

  /** A record the reader may see: their own, or anyone's with `training:read`; not found otherwise. */
  async function readableRecord(actor: Actor, id: string): Promise<TrainingRecordRow> {
    const record = await recordOrFail(id);
    if (record.userId !== actor.userId && !can(actor, 'training:read'))
      throw new AppError(trainingErrors.record_not_found);
    return record;
  }

  /** Whose record a new outside course is: the actor's own, or (the IAO) the officer named. */
  async function ownerOf(actor: Actor, officerId: string | undefined) {
    if (officerId === undefined || officerId === actor.userId)
      return { userId: actor.userId, liaisonOfficerId: null };
    if (!can(actor, 'training:manage')) throw new AppError(trainingErrors.not_yours);
    const officer = await officerOrFail(officerId);
    return officer.userId
      ? { userId: officer.userId, liaisonOfficerId: null }
      : { userId: null, liaisonOfficerId: officer.liaisonOfficerIds[0] ?? null };
  }

  function recordValues(input: TrainingRecordInput, competencyIds: string[]) {
    return {
      title: input.title,
      provider: input.provider ? input.provider : null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      hours: input.hours,
      competencyIds,
    };
  }

  const service = {
    competencies: () => repository.listCompetencies(db),

    /** What records are shown with: the competencies' names and the certificates' descriptions. */
    async describe(records: readonly TrainingRecordRow[]) {
      const [competencies, certificates] = await Promise.all([
        repository.listCompetencies(db),
        repository.certificatesOf(
          db,
          records.map((record) => record.id),
        ),
      ]);
      return { competencies, certificates };
    },

    async createCompetency(context: RequestContext, input: TrainingCompetencyInput): Promise<CompetencyRow> {
      await checkNameFree(input.nameTh);
      return db.transaction((tx) =>
        createAudited(tx, context, {
          action: 'training_competency.create',
          entityType: 'training_competency',
          entityId: (row) => row.id,
          snapshot: competencySnapshot,
          insert: (inserting) =>
            repository.insertCompetency(inserting, {
              nameTh: input.nameTh,
              nameEn: input.nameEn ? input.nameEn : null,
              isActive: input.isActive ?? true,
              sortOrder: input.sortOrder ?? 0,
            }),
        }),
      );
    },

    async updateCompetency(
      context: RequestContext,
      id: string,
      input: TrainingCompetencyUpdate,
    ): Promise<CompetencyRow> {
      await checkNameFree(input.nameTh, id);
      const { after } = await db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'training_competency.update',
          entityType: 'training_competency',
          entityId: id,
          expectedVersion: input.version,
          snapshot: competencySnapshot,
          lock: async (locking) => {
            const row = await repository.findCompetency(locking, id, true);
            if (!row) throw new AppError(trainingErrors.competency_not_found);
            return row;
          },
          write: (writing) =>
            repository.updateCompetency(writing, id, {
              nameTh: input.nameTh,
              nameEn: input.nameEn ? input.nameEn : null,
              isActive: input.isActive ?? true,
              sortOrder: input.sortOrder ?? 0,
              updatedAt: clock.now(),
            }),
        }),
      );
      return after;
    },

    /** The reader's own record: who they are as an officer (null when not counted) and their trainings. */
    async mine(actor: Actor) {
      const officer = (await countedOfficers(db)).find((candidate) => candidate.userId === actor.userId);
      const owners = officer ? ownersOf(officer) : { userIds: [actor.userId], liaisonOfficerIds: [] };
      return { officer: officer ?? null, records: await repository.listRecords(db, owners) };
    },

    /** One officer's record. */
    async officer(id: string) {
      const officer = await officerOrFail(id);
      return { officer, records: await repository.listRecords(db, ownersOf(officer)) };
    },

    /** The share of officers developed in a fiscal year (the current one when absent), against the target. */
    async share(fiscalYear?: number) {
      const year = fiscalYear ?? fiscalYearOf(clock.now()).buddhistYear;
      const figures = await officersDevelopedOfYear(db, year);
      // Without a plan in force for the year there is no target to compare with.
      const targetPercent = kpiTarget ? await kpiTarget('3.2.1', year).catch(() => null) : null;
      return {
        ...figures,
        targetPercent,
        isTargetMet:
          targetPercent === null || figures.sharePercent === null
            ? null
            : figures.sharePercent >= targetPercent,
      };
    },

    /** An outside course: the officer's own, or (the IAO) any counted officer's. */
    async createRecord(context: RequestContext, actor: Actor, input: TrainingRecordInput) {
      const owner = await ownerOf(actor, input.officerId);
      const competencyIds = await checkCompetencies(input.competencyIds);
      return db.transaction((tx) =>
        createAudited(tx, context, {
          action: 'training_record.create',
          entityType: 'training_record',
          entityId: (row) => row.id,
          snapshot: recordSnapshot,
          insert: (inserting) =>
            repository.insertRecord(inserting, {
              ...owner,
              source: 'outside',
              ...recordValues(input, competencyIds),
              recordedBy: actor.userId,
            }),
        }),
      );
    },

    /** Corrects a record: the IAO any, an officer their own outside course. Its owner stays. */
    async updateRecord(context: RequestContext, actor: Actor, id: string, input: TrainingRecordUpdate) {
      const current = await readableRecord(actor, id);
      if (!canEditRecord(actor, current)) throw new AppError(trainingErrors.not_yours);
      const competencyIds = await checkCompetencies(input.competencyIds, current.competencyIds);
      const { after } = await db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'training_record.update',
          entityType: 'training_record',
          entityId: id,
          expectedVersion: input.version,
          snapshot: recordSnapshot,
          lock: async (locking) => {
            const row = await repository.findRecord(locking, id, true);
            if (!row) throw new AppError(trainingErrors.record_not_found);
            return row;
          },
          write: (writing) =>
            repository.updateRecord(writing, id, recordValues(input, competencyIds), clock.now()),
        }),
      );
      return after;
    },

    readableRecord,

    /**
     * The attendees of a learning event, each given a record of it (decision 0058): the hours and the
     * competencies the IAO names. An attendee recorded already is corrected, not doubled.
     */
    async recordFromEvent(
      actor: Actor,
      input: { eventId: string; userIds: string[]; hours: number; competencyIds: string[] },
      ipAddress = 'system',
    ): Promise<TrainingRecordRow[]> {
      const context: RequestContext = { actor, ipAddress };
      if (!can(actor, 'training:manage')) throw new AppError(trainingErrors.not_yours);
      const event = await repository.findEvent(db, input.eventId);
      if (!event) throw new AppError(trainingErrors.event_not_found);
      const today = bangkokToday(clock);
      const dates = { startsOn: event.firstDay ?? today, endsOn: event.lastDay ?? event.firstDay ?? today };
      const competencyIds = await checkCompetencies(input.competencyIds);
      const values = {
        title: event.titleTh,
        provider: null,
        ...dates,
        hours: input.hours,
        competencyIds,
      };
      return db.transaction(async (tx) => {
        const saved: TrainingRecordRow[] = [];
        for (const userId of [...new Set(input.userIds)]) {
          const existing = await repository.findEventRecord(tx, event.id, userId);
          saved.push(
            existing
              ? await updateAudited(tx, context, {
                  action: 'training_record.update',
                  entityType: 'training_record',
                  entityId: existing.id,
                  snapshot: recordSnapshot,
                  lock: async (locking) =>
                    (await repository.findRecord(locking, existing.id, true)) ?? existing,
                  write: (writing) => repository.updateRecord(writing, existing.id, values, clock.now()),
                }).then(({ after }) => after)
              : await createAudited(tx, context, {
                  action: 'training_record.create',
                  entityType: 'training_record',
                  entityId: (row) => row.id,
                  snapshot: recordSnapshot,
                  insert: (inserting) =>
                    repository.insertRecord(inserting, {
                      userId,
                      liaisonOfficerId: null,
                      source: 'event',
                      eventId: event.id,
                      ...values,
                      recordedBy: actor.userId,
                    }),
                }),
          );
        }
        return saved;
      });
    },

    /**
     * Everyone who attended a session of the event given the event in their training record (the
     * IAO's button on the event page): refused while nobody has attended.
     */
    async recordAttendees(
      actor: Actor,
      eventId: string,
      input: { hours: number; competencyIds: string[] },
      ipAddress = 'system',
    ): Promise<TrainingRecordRow[]> {
      if (!can(actor, 'training:manage')) throw new AppError(trainingErrors.not_yours);
      if (!(await repository.findEvent(db, eventId))) throw new AppError(trainingErrors.event_not_found);
      const userIds = await repository.attendeesOf(db, eventId);
      if (userIds.length === 0) throw new AppError(trainingErrors.no_attendees);
      return service.recordFromEvent(actor, { eventId, userIds, ...input }, ipAddress);
    },
  };
  return service;
}

/**
 * The liaison directory's use cases: finding units, correcting a unit's record, keeping each unit's
 * liaison officers, and the coverage of the network (seed 000: every unit names at least one).
 * Every change runs in one transaction with its audit entry; changes to one unit's officers queue
 * up behind a lock on the unit, so two people cannot add the same officer at once.
 */
import type {
  CreateLiaisonOfficerInput,
  UnitListQuery,
  UpdateLiaisonOfficerInput,
  UpdateUnitInput,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { textOrNull } from '../../shared/text.ts';
import { createAudited, removeAudited, updateAudited } from '../audit/index.ts';
import { liaisonErrors } from './liaison.errors.ts';
import {
  assertCanEditLiaisonOf,
  coverageOf,
  duplicateProblems,
  matchesCoverage,
  nextNameEnSource,
  normalizeFullName,
  type CoverageFigures,
} from './liaison.policy.ts';
import { presentOfficer } from './liaison.presenter.ts';
import * as repository from './liaison.repository.ts';
import type { OfficerRow, UnitRow, UnitWithCounts } from './liaison.repository.ts';
import { buildCoverageWorkbook, coverageFileName, type CoverageSheetUnit } from './liaison.workbook.ts';

export interface LiaisonServiceDeps {
  db: Db;
  clock: Clock;
}

export interface UnitWithOfficers {
  unit: UnitRow;
  officers: OfficerRow[];
}

export type LiaisonService = ReturnType<typeof createLiaisonService>;

/** Optional text as stored: blank means none. */
function uniqueLanguages(languages: string[]): string[] {
  return [...new Set(languages)];
}

function unitSnapshot(unit: UnitRow) {
  return {
    nameEn: unit.nameEn,
    nameEnSource: unit.nameEnSource,
    notes: unit.notes,
    version: unit.version,
  };
}

/** What the audit trail keeps of a liaison officer: the officer as the API shows them. */
const audited = { entityType: 'liaison_officer', snapshot: presentOfficer } as const;

export function createLiaisonService({ db, clock }: LiaisonServiceDeps) {
  async function unitOrFail(executor: Db, code: string, options: { forUpdate?: boolean } = {}) {
    const unit = await repository.findUnit(executor, code, options);
    if (!unit) throw new AppError(liaisonErrors.unit_not_found);
    return unit;
  }

  /** The officer, locked along with their unit (unit first, as when an officer is added). */
  async function lockOfficer(tx: Db, id: string): Promise<OfficerRow> {
    const seen = await repository.findOfficer(tx, id);
    if (!seen) throw new AppError(liaisonErrors.liaison_officer_not_found);
    await repository.findUnit(tx, seen.unitCode, { forUpdate: true });
    const officer = await repository.findOfficer(tx, id, { forUpdate: true });
    if (!officer) throw new AppError(liaisonErrors.liaison_officer_not_found);
    return officer;
  }

  /** The officer, locked, when the actor may change the liaison of their unit. */
  async function editableOfficer(tx: Db, actor: Actor, id: string): Promise<OfficerRow> {
    const officer = await lockOfficer(tx, id);
    assertCanEditLiaisonOf(actor, officer.unitCode);
    return officer;
  }

  async function assertNotDuplicate(
    tx: Db,
    candidate: { id: string | null; unitCode: string; fullName: string; email: string | null },
  ): Promise<void> {
    const problems = duplicateProblems(
      candidate,
      await repository.listOfficersOfUnit(tx, candidate.unitCode),
    );
    if (problems.length > 0) throw new AppError(liaisonErrors.liaison_duplicate, problems);
  }

  return {
    /** Units matching a search, each with its number of liaison officers (in no particular order). */
    async listUnits(query: UnitListQuery): Promise<UnitWithCounts[]> {
      const rows = await repository.listUnitsWithCounts(db, { q: query.q, kind: query.kind });
      return rows.filter((row) => matchesCoverage(row, query.coverage));
    },

    async getUnit(code: string): Promise<UnitWithOfficers> {
      const unit = await unitOrFail(db, code);
      return { unit, officers: await repository.listOfficersOfUnit(db, code) };
    },

    /** Corrects a unit's English name, its source or its notes; refused if the unit changed meanwhile. */
    async updateUnit(
      code: string,
      input: UpdateUnitInput,
      context: RequestContext,
    ): Promise<UnitWithOfficers> {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          action: 'unit.update',
          entityType: 'unit',
          entityId: code,
          expectedVersion: input.version,
          snapshot: unitSnapshot,
          lock: (executor) => unitOrFail(executor, code, { forUpdate: true }),
          write: (executor, before) =>
            repository.updateUnit(executor, code, {
              nameEn: input.nameEn !== undefined ? input.nameEn : before.nameEn,
              nameEnSource: nextNameEnSource(before, input),
              notes: input.notes !== undefined ? textOrNull(input.notes) : before.notes,
              updatedAt: clock.now(),
            }),
        });
        return { unit: after, officers: await repository.listOfficersOfUnit(tx, code) };
      });
    },

    async addOfficer(
      actor: Actor,
      unitCode: string,
      input: CreateLiaisonOfficerInput,
      context: RequestContext,
    ): Promise<OfficerRow> {
      return db.transaction(async (tx) => {
        assertCanEditLiaisonOf(actor, unitCode);
        await unitOrFail(tx, unitCode, { forUpdate: true });
        const values = {
          unitCode,
          fullName: normalizeFullName(input.fullName),
          position: textOrNull(input.position),
          email: textOrNull(input.email),
          phone: textOrNull(input.phone),
          languages: uniqueLanguages(input.languages ?? []),
          since: input.since ?? null,
        };
        await assertNotDuplicate(tx, { id: null, ...values });
        const now = clock.now();
        return createAudited(tx, context, {
          ...audited,
          action: 'liaison_officer.create',
          entityId: (officer) => officer.id,
          insert: (executor) =>
            repository.insertOfficer(executor, { ...values, createdAt: now, updatedAt: now }),
        });
      });
    },

    /** Changes the fields sent; refused if the record changed since the editor loaded it. */
    async updateOfficer(
      actor: Actor,
      id: string,
      input: UpdateLiaisonOfficerInput,
      context: RequestContext,
    ): Promise<OfficerRow> {
      return db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'liaison_officer.update',
          entityId: id,
          expectedVersion: input.version,
          lock: (executor) => editableOfficer(executor, actor, id),
          write: async (executor, before) => {
            const changes = {
              ...(input.fullName !== undefined ? { fullName: normalizeFullName(input.fullName) } : {}),
              ...(input.position !== undefined ? { position: textOrNull(input.position) } : {}),
              ...(input.email !== undefined ? { email: textOrNull(input.email) } : {}),
              ...(input.phone !== undefined ? { phone: textOrNull(input.phone) } : {}),
              ...(input.languages !== undefined ? { languages: uniqueLanguages(input.languages) } : {}),
              ...(input.since !== undefined ? { since: input.since } : {}),
            };
            await assertNotDuplicate(executor, {
              id,
              unitCode: before.unitCode,
              fullName: changes.fullName ?? before.fullName,
              email: changes.email !== undefined ? changes.email : before.email,
            });
            return repository.updateOfficer(executor, id, { ...changes, updatedAt: clock.now() });
          },
        });
        return after;
      });
    },

    /** Removes a liaison officer; refused if the record changed since the remover loaded it. */
    async removeOfficer(actor: Actor, id: string, version: number, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        await removeAudited(tx, context, {
          ...audited,
          action: 'liaison_officer.delete',
          entityId: id,
          expectedVersion: version,
          lock: (executor) => editableOfficer(executor, actor, id),
          remove: (executor) => repository.deleteOfficer(executor, id),
        });
      });
    },

    async coverage(): Promise<CoverageFigures<UnitWithCounts>> {
      return coverageOf(await repository.listUnitsWithCounts(db));
    },

    /** The coverage workbook in a language, with the name to save it under. */
    async coverageWorkbook(locale: InterfaceLocale): Promise<{ fileName: string; content: Buffer }> {
      const [rows, names] = await Promise.all([
        repository.listUnitsWithCounts(db),
        repository.listOfficerNames(db),
      ]);
      const officersByUnit = new Map<string, CoverageSheetUnit['officers']>();
      for (const { unitCode, fullName, isSample } of names) {
        const officers = officersByUnit.get(unitCode) ?? [];
        officers.push({ fullName, isSample });
        officersByUnit.set(unitCode, officers);
      }
      const now = clock.now();
      const content = await buildCoverageWorkbook(
        rows.map((row) => ({ ...row, officers: officersByUnit.get(row.code) ?? [] })),
        { locale, generatedAt: now },
      );
      return { fileName: coverageFileName(now), content };
    },
  };
}

/**
 * Administrators correct the plan or record a revision of it as a new version (issue 15, decision
 * 0051). A version is recorded whole, at the version it was edited from: refused as stale once another
 * is current, checked as the loader checks a reference file, made current in one transaction with its
 * audit entry (`strategy_plan_version`). Rounds keep the version they were opened with: their items
 * name it by id, and nothing here touches them.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { KpiCorrection, PlanChangeKind, PlanVersionCreate } from '@bia/contracts';
import { fiscalYearOf, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { updateAudited } from '../audit/index.ts';
import { createIdentityAuditDirectory } from '../identity/index.ts';
import type { PlanDocument } from './plan-data.ts';
import { planVersionErrors } from './plan-versions.errors.ts';
import * as repository from './plan-versions.repository.ts';
import { changedPaths, checkDocument, correctKpi, underField } from './plan-versions.rules.ts';
import { strategyErrors } from './strategy.errors.ts';
import { findKpi, planInForce, type PlacedKpi } from './strategy.plan.ts';
import { versionKindOf, type PlanVersionFacts } from './strategy.presenter.ts';
import * as planRepository from './strategy.repository.ts';
import type { PlanVersionRow } from './strategy.repository.ts';

export interface PlanVersionsDeps {
  db: Db;
  clock: Clock;
}

export type PlanVersions = ReturnType<typeof createPlanVersions>;

/** The versions of the plan in force, newest first, with the names of who recorded them. */
export interface PlanVersionsView {
  planKey: string;
  versions: PlanVersionFacts[];
  people: ReadonlyMap<string, string>;
}

/** One KPI of the current version of the plan in force, for the form that corrects it. */
export interface EditableKpiView {
  version: PlanVersionRow;
  placed: PlacedKpi;
}

/** What an administrator's change says besides its document. */
interface Change {
  baseVersionId: string;
  kind: PlanChangeKind;
  note: string;
}

/** What the audit trail keeps of a version: all but its document. */
function summaryOf(row: PlanVersionRow) {
  return {
    planKey: row.planKey,
    version: row.version,
    kind: versionKindOf(row),
    note: row.note,
    isCurrent: row.isCurrent,
    referenceFile: row.referenceFile,
    createdBy: row.createdBy,
  };
}

function refuse(problems: FieldProblem[]): never {
  throw new AppError(planVersionErrors.plan_invalid, problems);
}

export function createPlanVersions({ db, clock }: PlanVersionsDeps) {
  const people = createIdentityAuditDirectory(db);

  async function inForce(): Promise<PlanVersionRow> {
    const fiscalYear = fiscalYearOf(clock.now()).buddhistYear;
    const version = planInForce(await planRepository.listCurrentVersions(db), fiscalYear);
    if (!version) throw new AppError(strategyErrors.plan_not_loaded);
    return version;
  }

  async function baseOf(id: string): Promise<PlanVersionRow> {
    const base = await planRepository.findVersion(db, id);
    if (!base) throw new AppError(planVersionErrors.version_not_found);
    return base;
  }

  async function namesOf(ids: string[], locale: InterfaceLocale): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (!people.user || ids.length === 0) return names;
    for (const [id, description] of await people.user([...new Set(ids)], locale))
      if (description.name) names.set(id, description.name);
    return names;
  }

  /**
   * Records the document as the plan's new version, current, made from `base`: refused as stale
   * (nothing written) when another version is current by now.
   */
  async function record(
    context: RequestContext,
    actor: Actor,
    base: PlanVersionRow,
    document: PlanDocument,
    change: Change,
  ): Promise<PlanVersionRow> {
    if (isDeepStrictEqual(document, base.document)) throw new AppError(planVersionErrors.plan_unchanged);
    const id = randomUUID();
    const changed = changedPaths(base.document, document);
    return db.transaction(async (tx) => {
      // The loader takes the same lock: a deployment loading the plan waits for this change.
      await planRepository.lockPlan(tx, base.planKey);
      const { after } = await updateAudited(tx, context, {
        action: 'strategy_plan_version.create',
        entityType: 'strategy_plan_version',
        entityId: id,
        // The current version must still be the one the change was made from.
        expectedVersion: base.version,
        lock: async (locking) => {
          const current = await repository.lockCurrentVersion(locking, base.planKey);
          if (!current) throw new AppError(commonErrors.conflict_stale);
          return current;
        },
        snapshot: (row) => (row.id === id ? { ...summaryOf(row), changed } : summaryOf(row)),
        write: async (writing) => {
          const number = await repository.nextVersionNumber(writing, base.planKey);
          await planRepository.clearCurrent(writing, base.planKey);
          return planRepository.insertVersion(writing, {
            id,
            planKey: base.planKey,
            version: number,
            document,
            note: change.note,
            kind: change.kind,
            isCurrent: true,
            referenceFile: null,
            createdAt: clock.now(),
            createdBy: actor.userId,
          });
        },
      });
      return after;
    });
  }

  return {
    /** Every version of the plan in force, newest first. */
    async list(locale: InterfaceLocale): Promise<PlanVersionsView> {
      const current = await inForce();
      const versions = await repository.listVersionFacts(db, current.planKey);
      const authors = versions.flatMap((version) => (version.createdBy ? [version.createdBy] : []));
      return { planKey: current.planKey, versions, people: await namesOf(authors, locale) };
    },

    /** One KPI of the current version of the plan in force, both languages of each text. */
    async editableKpi(code: string): Promise<EditableKpiView> {
      const version = await inForce();
      const placed = findKpi(version.document, code);
      if (!placed) throw new AppError(strategyErrors.kpi_not_found);
      return { version, placed };
    },

    /** A whole document, edited, recorded as the plan's new version. */
    async create(context: RequestContext, actor: Actor, input: PlanVersionCreate): Promise<PlanVersionRow> {
      const base = await baseOf(input.baseVersionId);
      const checked = checkDocument(input.document);
      if (!('document' in checked)) refuse(underField('document', checked.problems));
      if (checked.document.key !== base.planKey)
        refuse([
          {
            path: 'document.key',
            code: 'invalid',
            messageKey: 'strategy_plan_admin:problems.key_changed',
            params: { key: base.planKey },
          },
        ]);
      return record(context, actor, base, checked.document, input);
    },

    /** One KPI corrected at a base version: the plan's new version, as a whole document is. */
    async correctKpi(
      context: RequestContext,
      actor: Actor,
      code: string,
      input: KpiCorrection,
    ): Promise<PlanVersionRow> {
      const base = await baseOf(input.baseVersionId);
      const corrected = correctKpi(base.document, code, input);
      if (!corrected.isFound) throw new AppError(strategyErrors.kpi_not_found);
      if (!('document' in corrected)) refuse(corrected.problems);
      return record(context, actor, base, corrected.document, input);
    },
  };
}

/**
 * The plan's progress as its pages read it (issue 15, decision 0059): a KPI's reports in every round
 * of the plan in force (any of its versions), newest first, with their evidence files; each project's
 * latest report that was submitted or accepted; and the liaison network's coverage, the supporting
 * evidence of tactic 2.3. Read only.
 *
 * A report not yet submitted (a draft) is its unit's own: only those who report for that unit see it.
 */
import { fiscalYearOf, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createIdentityAuditDirectory } from '../identity/index.ts';
import { createLiaisonAuditDirectory } from '../liaison/index.ts';
import type { PlanKpi } from './plan-data.ts';
import * as repository from './progress.repository.ts';
import type { ItemInRoundRow } from './progress.repository.ts';
import * as evidenceRepository from './rounds.evidence.repository.ts';
import type { EvidenceFileRow } from './rounds.evidence.repository.ts';
import * as roundsRepository from './rounds.repository.ts';
import type { SubmissionRow } from './rounds.repository.ts';
import { reportingUnitsOf } from './rounds.service.ts';
import { strategyErrors } from './strategy.errors.ts';
import { findKpi, planInForce } from './strategy.plan.ts';
import * as planRepository from './strategy.repository.ts';
import type { PlanVersionRow } from './strategy.repository.ts';

/** The liaison network's coverage, as the liaison module counts it (seed 000: a unit names at least one). */
export interface LiaisonCoverageFigures {
  totals: { units: number; covered: number; coveredBySampleOnly: number };
  byKind: { kind: 'department' | 'office' | 'district'; units: number; covered: number }[];
}

/** The liaison module's coverage (app.ts passes the liaison service's `coverage`). */
export type LiaisonCoveragePort = () => Promise<LiaisonCoverageFigures>;

/**
 * Where the plan places the liaison coverage: tactic 2.3 (extending cooperation with networks) and its
 * KPI 2.3.1, whose networks the liaison officers carry into every unit (PRODUCT.md §7, §8).
 */
export const LIAISON_COVERAGE_PLACE = { tacticCode: '2.3', kpiCode: '2.3.1' } as const;

export interface StrategyProgressDeps {
  db: Db;
  clock: Clock;
  liaisonCoverage: LiaisonCoveragePort;
}

/** The KPI's item in one round, with the reports the reader may see (the lead's first). */
export interface KpiRoundFacts extends ItemInRoundRow {
  /** The KPI as the round's plan version has it. */
  kpi: PlanKpi;
  submissions: SubmissionRow[];
}

export interface KpiReportsFacts {
  code: string;
  rounds: KpiRoundFacts[];
  files: EvidenceFileRow[];
  unitNames: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
}

/** A project's latest report submitted or accepted, with its item and round. */
export interface ProjectProgressFacts extends ItemInRoundRow {
  submission: SubmissionRow;
}

/** Whether the reader sees a unit's report: a submitted one (or returned, accepted) always; a draft only for its unit. */
export function isReportVisible(
  actor: Actor,
  submission: Pick<SubmissionRow, 'status' | 'unitCode'>,
): boolean {
  if (submission.status !== 'draft') return true;
  const { isAny, codes } = reportingUnitsOf(actor);
  return isAny || codes.has(submission.unitCode);
}

export type StrategyProgress = ReturnType<typeof createStrategyProgress>;

export function createStrategyProgress({ db, clock, liaisonCoverage }: StrategyProgressDeps) {
  const unitDirectory = createLiaisonAuditDirectory(db);
  const userDirectory = createIdentityAuditDirectory(db);

  async function namesOf(
    describe: typeof unitDirectory.unit,
    ids: Iterable<string>,
    locale: InterfaceLocale,
  ): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    const names = new Map<string, string>();
    if (!describe || wanted.length === 0) return names;
    for (const [id, description] of await describe(wanted, locale))
      if (description.name) names.set(id, description.name);
    return names;
  }

  /** Every version of the plan in force today, by id. */
  async function planVersions(): Promise<{ planKey: string; byId: Map<string, PlanVersionRow> }> {
    const inForce = planInForce(
      await planRepository.listCurrentVersions(db),
      fiscalYearOf(clock.now()).buddhistYear,
    );
    if (!inForce) throw new AppError(strategyErrors.plan_not_loaded);
    const versions = await planRepository.listVersionsOf(db, inForce.planKey);
    return { planKey: inForce.planKey, byId: new Map(versions.map((row) => [row.id, row])) };
  }

  return {
    /** The KPI's reports in every round of the plan in force, newest first; 404 when no version has the KPI. */
    async kpiReports(actor: Actor, code: string, locale: InterfaceLocale): Promise<KpiReportsFacts> {
      const { planKey, byId } = await planVersions();
      if (![...byId.values()].some((version) => findKpi(version.document, code)))
        throw new AppError(strategyErrors.kpi_not_found);
      const rows = await repository.listItemsInRounds(db, planKey, 'kpi', code);
      const submissions = (
        await roundsRepository.listSubmissions(
          db,
          rows.map((row) => row.item.id),
        )
      ).filter((row) => isReportVisible(actor, row));
      const rounds = rows.flatMap((row): KpiRoundFacts[] => {
        const version = byId.get(row.round.planVersionId);
        const placed = version ? findKpi(version.document, code) : undefined;
        if (!placed) return [];
        const own = submissions.filter((submission) => submission.itemId === row.item.id);
        const lead = own.filter((submission) => submission.unitCode === row.item.leadUnitCode);
        const others = own.filter((submission) => submission.unitCode !== row.item.leadUnitCode);
        return [{ ...row, kpi: placed.kpi, submissions: [...lead, ...others] }];
      });
      const files = await evidenceRepository.listFiles(
        db,
        submissions.map((row) => row.id),
      );
      return {
        code,
        rounds,
        files,
        unitNames: await namesOf(
          unitDirectory.unit,
          rounds.flatMap((round) => round.submissions.map((row) => row.unitCode)),
          locale,
        ),
        people: await namesOf(
          userDirectory.user,
          files.flatMap((file) => (file.uploadedBy ? [file.uploadedBy] : [])),
          locale,
        ),
      };
    },

    /** Each project's lead report of the latest round in which it was submitted or accepted. */
    async projectProgress(): Promise<ProjectProgressFacts[]> {
      const { planKey } = await planVersions();
      const rows = await repository.listItemsInRounds(db, planKey, 'project');
      const submissions = await roundsRepository.listSubmissions(
        db,
        rows.map((row) => row.item.id),
      );
      const latest = new Map<string, ProjectProgressFacts>();
      for (const row of rows) {
        if (latest.has(row.item.itemCode)) continue;
        const submission = submissions.find(
          (candidate) =>
            candidate.itemId === row.item.id &&
            candidate.unitCode === row.item.leadUnitCode &&
            (candidate.status === 'submitted' || candidate.status === 'accepted'),
        );
        if (submission) latest.set(row.item.itemCode, { ...row, submission });
      }
      return [...latest.values()];
    },

    /** The liaison network's coverage today, and where the plan shows it. */
    async liaisonCoverage() {
      return { ...LIAISON_COVERAGE_PLACE, ...(await liaisonCoverage()) };
    },
  };
}

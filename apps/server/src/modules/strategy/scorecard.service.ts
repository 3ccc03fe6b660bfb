/**
 * The plan's scorecard (issue 15, decision 0048): for every KPI of a version of the plan in force and
 * each fiscal year of the plan, the figure of the year's accepted report, the target it is judged
 * against and its status, with the round and item it came from; and the counts per status of each
 * year. Read only. `scorecardOf` is the module's door for other readers (the annual report).
 */
import { fiscalYearOf, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { PlanDocument } from './plan-data.ts';
import { scorecardErrors } from './scorecard.errors.ts';
import { presentScorecard } from './scorecard.presenter.ts';
import * as repository from './scorecard.repository.ts';
import type { KpiItemReportRow } from './scorecard.repository.ts';
import {
  acceptedFigureOf,
  countStatuses,
  judgeKpi,
  yearSource,
  type Judgement,
  type KpiRoundReport,
  type PlanTarget,
  type ReportedMeasure,
} from './scorecard.rules.ts';
import { buildScorecardWorkbook, scorecardFileName, XLSX_MEDIA_TYPE } from './scorecard.workbook.ts';
import { strategyErrors } from './strategy.errors.ts';
import { findKpi, planInForce, type PlacedKpi } from './strategy.plan.ts';
import * as planRepository from './strategy.repository.ts';
import type { PlanVersionRow } from './strategy.repository.ts';

/** Where a year's figure came from: the round, and its item to open. */
export interface ScorecardSourceFacts {
  roundId: string;
  itemId: string;
  kind: string;
  roundStatus: string;
  periodStart: string;
  periodEnd: string;
  /** The number of the plan version the round reported against. */
  planVersion: number;
  isAmendmentPending: boolean;
}

/** A KPI in a fiscal year. */
export interface ScorecardCellFacts extends Judgement {
  fiscalYear: number;
  /** The target judged: the round's plan version's for the year, else this version's (null: none). */
  target: PlanTarget | null;
  /** The accepted level (a rubric) or value; null when nothing is accepted. */
  achieved: number | null;
  source: ScorecardSourceFacts | null;
}

/** The scorecard of a plan version, in no language: the presenter words it. */
export interface ScorecardFacts {
  version: PlanVersionRow;
  currentFiscalYear: number;
  /** Bangkok's date it was judged on. */
  asOf: string;
  /** The plan's fiscal years (Buddhist era), in order. */
  years: number[];
  /** Every KPI of the version in the plan's order, with one cell per year. */
  rows: { placed: PlacedKpi; cells: ScorecardCellFacts[] }[];
  totals: { fiscalYear: number; counts: ReturnType<typeof countStatuses> }[];
}

function kpisOf(document: PlanDocument): PlacedKpi[] {
  return document.strategies.flatMap((strategy) =>
    strategy.tactics.flatMap((tactic) => tactic.kpis.map((kpi) => ({ strategy, tactic, kpi }))),
  );
}

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The level and value an amendment's review kept of the report it replaced. */
function replacedMeasure(previous: unknown): ReportedMeasure | null {
  if (typeof previous !== 'object' || previous === null) return null;
  return {
    levelReached: 'levelReached' in previous ? numberOrNull(previous.levelReached) : null,
    value: 'value' in previous ? numberOrNull(previous.value) : null,
  };
}

/** The version asked for (by its number), else the current version of the plan in force. */
async function versionAsked(
  db: Db,
  fiscalYear: number,
  planVersion: number | undefined,
): Promise<{ version: PlanVersionRow; versions: PlanVersionRow[] }> {
  const inForce = planInForce(await planRepository.listCurrentVersions(db), fiscalYear);
  if (!inForce) throw new AppError(strategyErrors.plan_not_loaded);
  const versions = await planRepository.listVersionsOf(db, inForce.planKey);
  if (planVersion === undefined) return { version: inForce, versions };
  const version = versions.find((candidate) => candidate.version === planVersion);
  if (!version) throw new AppError(scorecardErrors.plan_version_not_found, [], { number: planVersion });
  return { version, versions };
}

/**
 * The scorecard of a version of the plan in force (its current version by default), judged on
 * today's date in Bangkok. Every round of every version of the same plan counts for the KPI of the
 * same code; each year is judged against the target of the version its round reported against.
 */
export async function scorecardOf(
  db: Db,
  clock: Clock,
  options: { planVersion?: number } = {},
): Promise<ScorecardFacts> {
  const now = clock.now();
  const today = bangkokToday(now);
  const currentFiscalYear = fiscalYearOf(now).buddhistYear;
  const { version, versions } = await versionAsked(db, currentFiscalYear, options.planVersion);
  const { document } = version;
  const versionsById = new Map(versions.map((row) => [row.id, row]));

  const rows = await repository.listKpiItemReports(db, document.key);
  const replaced = await repository.latestAmendedPrevious(
    db,
    rows.flatMap((row) => (row.submissionId && row.isAmendment ? [row.submissionId] : [])),
  );
  const reports = new Map<string, KpiRoundReport<ScorecardSourceFacts>[]>();
  for (const row of rows) {
    const reported = reportOf(row, versionsById.get(row.planVersionId), replaced);
    if (!reported) continue;
    const key = `${row.kpiCode}@${row.fiscalYear}`;
    reports.set(key, [...(reports.get(key) ?? []), reported]);
  }

  const years = Array.from(
    { length: document.last_fiscal_year - document.first_fiscal_year + 1 },
    (_, index) => document.first_fiscal_year + index,
  );
  const scored = kpisOf(document).map((placed) => ({
    placed,
    cells: years.map((fiscalYear): ScorecardCellFacts => {
      const source = yearSource(reports.get(`${placed.kpi.code}@${fiscalYear}`) ?? []);
      const target = source
        ? source.target
        : (placed.kpi.targets.find((candidate) => candidate.fiscal_year === fiscalYear) ?? null);
      const figure = source?.figure ?? null;
      return {
        fiscalYear,
        target,
        achieved: figure?.achieved ?? null,
        source: source ? source.source : null,
        ...judgeKpi({ fiscalYear, target, figure, round: source?.round ?? null, today }),
      };
    }),
  }));
  return {
    version,
    currentFiscalYear,
    asOf: today,
    years,
    rows: scored,
    totals: years.map((fiscalYear, index) => ({
      fiscalYear,
      counts: countStatuses(scored.map((row) => row.cells[index]?.status ?? 'not_reported')),
    })),
  };
}

/** A round's report on a KPI, judged against its own plan version's target; none if that version lacks the KPI. */
function reportOf(
  row: KpiItemReportRow,
  roundVersion: PlanVersionRow | undefined,
  replaced: ReadonlyMap<string, unknown>,
): KpiRoundReport<ScorecardSourceFacts> | null {
  const placed = roundVersion ? findKpi(roundVersion.document, row.kpiCode) : undefined;
  if (!roundVersion || !placed) return null;
  const figure = acceptedFigureOf(
    placed.kpi.measure.kind,
    row.submissionId && row.submissionStatus
      ? {
          status: row.submissionStatus,
          isAmendment: row.isAmendment === true,
          levelReached: row.levelReached,
          value: row.value === null ? null : Number(row.value),
          replaced: replacedMeasure(replaced.get(row.submissionId)),
        }
      : null,
  );
  return {
    round: {
      fiscalYear: row.fiscalYear,
      kind: row.kind,
      status: row.roundStatus,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      createdAt: row.roundCreatedAt,
    },
    target: placed.kpi.targets.find((candidate) => candidate.fiscal_year === row.fiscalYear) ?? null,
    figure,
    source: {
      roundId: row.roundId,
      itemId: row.itemId,
      kind: row.kind,
      roundStatus: row.roundStatus,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      planVersion: roundVersion.version,
      isAmendmentPending: figure?.isAmendmentPending ?? false,
    },
  };
}

export type StrategyScorecardService = ReturnType<typeof createStrategyScorecard>;

export function createStrategyScorecard({ db, clock }: { db: Db; clock: Clock }) {
  return {
    scorecard: (planVersion?: number) => scorecardOf(db, clock, { planVersion }),

    /** The scorecard as a workbook in the reader's language. */
    async workbook(
      planVersion: number | undefined,
      locale: InterfaceLocale,
    ): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
      const facts = await scorecardOf(db, clock, { planVersion });
      return {
        fileName: scorecardFileName(facts.asOf),
        mediaType: XLSX_MEDIA_TYPE,
        content: await buildScorecardWorkbook(presentScorecard(facts, locale), {
          locale,
          generatedAt: clock.now(),
        }),
      };
    },
  };
}

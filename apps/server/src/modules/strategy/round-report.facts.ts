/**
 * What the annual monitoring report of a progress round says (issue 15, decision 0049), gathered
 * through the strategy repositories: the round (period, deadline, approval), the plan version it was
 * reported against, and for every strategy → tactic its KPIs (the year's target, the lead unit's
 * report, its status) and projects, the supporting units' contributions, and who has not reported.
 *
 * A KPI's report is its lead unit's accepted report; a report submitted and not yet reviewed is shown
 * marked as such; while a correction after approval is under way (submitted, returned or redrafted),
 * the accepted report it replaces stands (its review kept it), marked. A draft or a returned report
 * is not a report.
 *
 * A KPI's status is the scorecard's (scorecard.rules.ts, decision 0048), judged on this round's
 * accepted figure: the report keeps no rules of its own.
 */
import type { ScorecardStatus, ScorecardUnjudgedReason } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createIdentityAuditDirectory } from '../identity/index.ts';
import { createLiaisonAuditDirectory } from '../liaison/index.ts';
import type { PlanDocument, PlanKpi, PlanText, PlanUnit } from './plan-data.ts';
import { strategyRoundErrors } from './rounds.errors.ts';
import * as evidenceRepository from './rounds.evidence.repository.ts';
import type { EvidenceFileRow } from './rounds.evidence.repository.ts';
import * as repository from './rounds.repository.ts';
import type { ReviewRow, RoundItemRow, RoundWithPlan, SubmissionRow } from './rounds.repository.ts';
import { isDistrictOfficeCode } from './rounds.rules.ts';
import { acceptedFigureOf, judgeKpi } from './scorecard.rules.ts';
import type { EvidenceLink } from './strategy.schema.ts';
import { strategyErrors } from './strategy.errors.ts';
import * as planRepository from './strategy.repository.ts';

/**
 * How far a lead unit's report has gone: accepted; submitted and awaiting review; or accepted with a
 * correction after approval under way (the accepted answer is the one shown).
 */
export type ReportState = 'accepted' | 'awaiting_review' | 'amendment_pending';

/** The answer a report gives, as the submission (or the review that kept it) holds it. */
export interface ReportedAnswer {
  levelReached: number | null;
  value: number | null;
  narrative: string;
  projectStatus: string | null;
  progressPercent: number | null;
  budgetPlanned: number | null;
  budgetSpent: number | null;
  evidenceLinks: EvidenceLink[];
}

export interface LeadReport {
  answer: ReportedAnswer;
  state: ReportState;
  /** The names of the files uploaded as evidence of the report. */
  evidenceFiles: string[];
}

/** A unit as the report names it: by the directory in the report's language, else as the plan writes it. */
export interface ReportUnit {
  code: string | null;
  name: string;
}

export interface ReportKpi {
  code: string;
  name: PlanText;
  measure: PlanKpi['measure'];
  /** The target for the round's fiscal year; null when the plan has none for it. */
  target: PlanKpi['targets'][number] | null;
  leadUnit: ReportUnit;
  report: LeadReport | null;
  /** The scorecard's status of the KPI on this round's accepted figure, and why it is not judged. */
  status: ScorecardStatus;
  unjudgedReason: ScorecardUnjudgedReason | null;
  /** The supporting (and other lead) units' contributions, submitted or accepted. */
  contributions: { unit: ReportUnit; narrative: string }[];
}

export interface ReportProject {
  code: string;
  name: PlanText;
  isNew: boolean;
  leadUnit: ReportUnit | null;
  report: LeadReport | null;
}

export interface ReportTactic {
  code: string;
  name: PlanText;
  kpis: ReportKpi[];
  projects: ReportProject[];
}

export interface ReportStrategy {
  number: number;
  name: PlanText;
  tactics: ReportTactic[];
}

/** A unit that owes the round something: the items it leads not reported, the contributions not sent. */
export interface ReportLateUnit {
  unit: ReportUnit;
  leadItems: string[];
  contributions: string[];
}

export interface RoundReportFacts {
  plan: {
    title: PlanText;
    firstFiscalYear: number;
    lastFiscalYear: number;
    version: number;
    /** Why the version was recorded, when an administrator recorded it; null when loaded from the reference data. */
    note: string | null;
    recordedAt: Date;
  };
  round: {
    fiscalYear: number;
    kind: string;
    periodStart: string;
    periodEnd: string;
    deadline: string;
    status: string;
    approvedAt: Date | null;
    /** The approver's name; null when not approved or not known. */
    approvedBy: string | null;
  };
  strategies: ReportStrategy[];
  notReported: ReportLateUnit[];
  generatedAt: Date;
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function answerOfRow(row: SubmissionRow): ReportedAnswer {
  return {
    levelReached: row.levelReached,
    value: numberOrNull(row.value),
    narrative: row.narrative,
    projectStatus: row.projectStatus,
    progressPercent: row.progressPercent,
    budgetPlanned: numberOrNull(row.budgetPlanned),
    budgetSpent: numberOrNull(row.budgetSpent),
    evidenceLinks: row.evidenceLinks,
  };
}

/** The answer an amendment replaced, as its review kept it. */
function answerOfPrevious(previous: unknown): ReportedAnswer | null {
  if (!previous || typeof previous !== 'object') return null;
  const kept = previous as Record<string, unknown>;
  return {
    levelReached: numberOrNull(kept.levelReached),
    value: numberOrNull(kept.value),
    narrative: typeof kept.narrative === 'string' ? kept.narrative : '',
    projectStatus: typeof kept.projectStatus === 'string' ? kept.projectStatus : null,
    progressPercent: numberOrNull(kept.progressPercent),
    budgetPlanned: numberOrNull(kept.budgetPlanned),
    budgetSpent: numberOrNull(kept.budgetSpent),
    evidenceLinks: Array.isArray(kept.evidenceLinks) ? (kept.evidenceLinks as EvidenceLink[]) : [],
  };
}

/** A lead unit's answer as the round's report counts it (see the file's head), or null. */
export function reportedAnswerOf(
  row: SubmissionRow | undefined,
  reviews: readonly ReviewRow[],
): { answer: ReportedAnswer; state: ReportState } | null {
  if (!row) return null;
  if (row.status === 'accepted') return { answer: answerOfRow(row), state: 'accepted' };
  if (row.isAmendment) {
    const amended = reviews
      .filter((review) => review.submissionId === row.id && review.action === 'amended')
      .at(-1);
    const replaced = answerOfPrevious(amended?.previous);
    return replaced ? { answer: replaced, state: 'amendment_pending' } : null;
  }
  return row.status === 'submitted' ? { answer: answerOfRow(row), state: 'awaiting_review' } : null;
}

const isSent = (row: SubmissionRow | undefined) =>
  row !== undefined && (row.status === 'submitted' || row.status === 'accepted' || row.isAmendment);

/** What the facts are made from, read from the database. */
export interface RoundReportSources {
  round: RoundWithPlan;
  document: PlanDocument;
  versionNote: string | null;
  versionRecordedAt: Date;
  items: RoundItemRow[];
  submissions: SubmissionRow[];
  reviews: ReviewRow[];
  files: EvidenceFileRow[];
  unitNames: ReadonlyMap<string, string>;
  approvedBy: string | null;
}

/** The report's facts from what was read, judged on `now`. Pure. */
export function assembleRoundReport(
  sources: RoundReportSources,
  language: InterfaceLocale,
  now: Date,
): RoundReportFacts {
  const { round, document, items, submissions, reviews, files, unitNames } = sources;
  const today = bangkokToday(now);
  const unit = (code: string): ReportUnit => ({ code, name: unitNames.get(code) ?? code });
  const planUnit = (planned: PlanUnit | undefined): ReportUnit => {
    if (!planned) return { code: null, name: '' };
    return planned.kind === 'unit' ? unit(planned.code) : { code: null, name: planned.name[language] };
  };
  const itemOf = (kind: string, code: string) =>
    items.find((item) => item.itemKind === kind && item.itemCode === code);
  const submissionOf = (item: RoundItemRow, unitCode: string) =>
    submissions.find((row) => row.itemId === item.id && row.unitCode === unitCode);
  const leadReport = (item: RoundItemRow | undefined): LeadReport | null => {
    const row = item ? submissionOf(item, item.leadUnitCode) : undefined;
    const reported = reportedAnswerOf(row, reviews);
    if (!row || !reported) return null;
    const names = files.filter((file) => file.submissionId === row.id).map((file) => file.fileName);
    return { ...reported, evidenceFiles: names };
  };

  const kpiOf = (kpi: PlanKpi): ReportKpi => {
    const item = itemOf('kpi', kpi.code);
    const report = leadReport(item);
    const accepted = report && report.state !== 'awaiting_review' ? report.answer : null;
    const target = kpi.targets.find((candidate) => candidate.fiscal_year === round.fiscalYear) ?? null;
    const figure = acceptedFigureOf(
      kpi.measure.kind,
      accepted ? { status: 'accepted', isAmendment: false, replaced: null, ...accepted } : null,
    );
    const judgement = judgeKpi({ fiscalYear: round.fiscalYear, target, figure, round, today });
    return {
      code: kpi.code,
      name: kpi.name,
      measure: kpi.measure,
      target,
      leadUnit: item ? unit(item.leadUnitCode) : planUnit(kpi.lead_units[0]),
      report,
      status: judgement.status,
      unjudgedReason: judgement.unjudgedReason,
      contributions: (item?.supportingUnitCodes ?? []).flatMap((code) => {
        const row = item ? submissionOf(item, code) : undefined;
        return row && isSent(row) ? [{ unit: unit(code), narrative: row.narrative }] : [];
      }),
    };
  };

  const strategies: ReportStrategy[] = document.strategies.map((strategy) => ({
    number: strategy.number,
    name: strategy.name,
    tactics: strategy.tactics.map((tactic) => ({
      code: tactic.code,
      name: tactic.name,
      kpis: tactic.kpis.map(kpiOf),
      projects: tactic.projects.map((project) => {
        const item = itemOf('project', project.code);
        return {
          code: project.code,
          name: project.name,
          isNew: project.is_new,
          leadUnit: item ? unit(item.leadUnitCode) : null,
          report: leadReport(item),
        };
      }),
    })),
  }));

  // Who owes what, in the order the round lists its items.
  const late = new Map<string, ReportLateUnit>();
  const lateUnit = (code: string) => {
    const known = late.get(code) ?? { unit: unit(code), leadItems: [], contributions: [] };
    late.set(code, known);
    return known;
  };
  for (const item of items) {
    if (!isSent(submissionOf(item, item.leadUnitCode)))
      lateUnit(item.leadUnitCode).leadItems.push(item.itemCode);
    // The district offices, named by the plan only as a group, are invited to contribute, not owing.
    for (const code of item.supportingUnitCodes)
      if (!isDistrictOfficeCode(code) && !isSent(submissionOf(item, code)))
        lateUnit(code).contributions.push(item.itemCode);
  }

  return {
    plan: {
      title: document.title,
      firstFiscalYear: document.first_fiscal_year,
      lastFiscalYear: document.last_fiscal_year,
      version: round.planVersion,
      note: sources.versionNote,
      recordedAt: sources.versionRecordedAt,
    },
    round: {
      fiscalYear: round.fiscalYear,
      kind: round.kind,
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      deadline: round.deadline,
      status: round.status,
      approvedAt: round.approvedAt,
      approvedBy: sources.approvedBy,
    },
    strategies,
    notReported: [...late.values()],
    generatedAt: now,
  };
}

export interface RoundReportFactsDeps {
  db: Db;
  clock: Clock;
}

export type RoundReportFactsReader = ReturnType<typeof createRoundReportFacts>;

/** Reads a round's report facts in a language: units and people named in it. */
export function createRoundReportFacts({ db, clock }: RoundReportFactsDeps) {
  const unitDirectory = createLiaisonAuditDirectory(db);
  const userDirectory = createIdentityAuditDirectory(db);

  async function namesOf(
    describe: typeof unitDirectory.unit,
    keys: readonly string[],
    locale: InterfaceLocale,
  ): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (!describe || keys.length === 0) return names;
    for (const [key, description] of await describe([...new Set(keys)], locale))
      if (description.name) names.set(key, description.name);
    return names;
  }

  return {
    async facts(roundId: string, language: InterfaceLocale): Promise<RoundReportFacts> {
      const round = await repository.findRoundWithPlan(db, roundId);
      if (!round) throw new AppError(strategyRoundErrors.round_not_found);
      const version = await planRepository.findVersion(db, round.planVersionId);
      if (!version) throw new AppError(strategyErrors.plan_not_loaded);
      const items = await repository.listItems(db, [round.id]);
      const submissions = await repository.listSubmissions(
        db,
        items.map((item) => item.id),
      );
      const amendments = submissions.filter((row) => row.isAmendment).map((row) => row.id);
      const unitCodes = items.flatMap((item) => [item.leadUnitCode, ...item.supportingUnitCodes]);
      for (const strategy of version.document.strategies)
        for (const tactic of strategy.tactics)
          for (const kpi of tactic.kpis)
            for (const planned of kpi.lead_units) if (planned.kind === 'unit') unitCodes.push(planned.code);
      const people = round.approvedBy
        ? await namesOf(userDirectory.user, [round.approvedBy], language)
        : new Map<string, string>();
      return assembleRoundReport(
        {
          round,
          document: version.document,
          versionNote: version.referenceFile === null ? version.note : null,
          versionRecordedAt: version.createdAt,
          items,
          submissions,
          reviews: await repository.listReviews(db, amendments),
          files: await evidenceRepository.listFiles(
            db,
            submissions.map((row) => row.id),
          ),
          unitNames: await namesOf(unitDirectory.unit, unitCodes, language),
          approvedBy: round.approvedBy ? (people.get(round.approvedBy) ?? null) : null,
        },
        language,
        clock.now(),
      );
    },
  };
}

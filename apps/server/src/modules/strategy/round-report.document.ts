/**
 * The annual monitoring report of a progress round (issue 15, decision 0049): the units' reports of a
 * round consolidated by the IAO into the report executives read, in Thai (or English), in the
 * government style the platform prints (shared/documents/official-document.ts). It reads: the title
 * (the plan and its years, the fiscal year, six- or twelve-month round, the period; marked provisional
 * until an executive approves the round); 1. the round (period, deadline, approval, plan version);
 * 2. the KPIs counted by status; 3. per strategy and tactic, each KPI with the year's target, the level
 * or value achieved (with the rubric's sentence for the level), its status and lead unit, the lead's
 * account of the work (shortened when very long), its evidence and the supporting units'
 * contributions in brief, then the tactic's projects with status, progress and budget; 4. the units
 * that have not reported; 5. notes. Every word is in round-report.wording.ts, in both languages:
 * documents are not interface strings.
 */
import { scorecardStatuses, type ScorecardStatus } from '@bia/contracts';
import { formatDate, formatNumber } from '@bia/i18n';
import {
  lineBreakUnits,
  type DocumentBlock,
  type DocumentLanguage,
  type OfficialDocument,
} from '../../shared/documents/official-document.ts';
import type { PlanText } from './plan-data.ts';
import type {
  LeadReport,
  ReportKpi,
  ReportProject,
  ReportTactic,
  RoundReportFacts,
} from './round-report.facts.ts';
import {
  englishWording,
  thaiWording,
  type ReportProjectStatus,
  type ReportRoundKind,
  type RoundReportWording,
} from './round-report.wording.ts';

/** The longest account of the work printed whole, and the longest contribution, in characters. */
export const NARRATIVE_LIMIT = 600;
export const CONTRIBUTION_LIMIT = 200;

/** The statuses the summary always shows; the others only when a KPI has them. */
const alwaysCounted: readonly ScorecardStatus[] = ['on_track', 'at_risk', 'missed', 'not_reported'];

/**
 * The text cut to at most `limit` characters where a line could break (never inside a Thai word),
 * with '…' after it; `isShortened` says whether it was cut.
 */
export function shortenedText(text: string, limit: number): { text: string; isShortened: boolean } {
  const whole = text.trim();
  if ([...whole].length <= limit) return { text: whole, isShortened: false };
  let kept = '';
  for (const unit of lineBreakUnits(whole)) {
    if ([...kept].length + [...unit].length > limit) break;
    kept += unit;
  }
  // A first word longer than the limit is cut between characters.
  if (kept.trim() === '') kept = [...whole].slice(0, limit).join('');
  return { text: `${kept.trimEnd()}…`, isShortened: true };
}

export function roundReportFileName(
  facts: Pick<RoundReportFacts, 'round'>,
  language: DocumentLanguage,
  extension: 'docx' | 'pdf',
): string {
  return `strategy-round-report-${facts.round.periodStart}-${facts.round.periodEnd}-${language}.${extension}`;
}

const roundKindOf = (kind: string): ReportRoundKind =>
  kind === 'six_month' || kind === 'twelve_month' ? kind : 'other';

/** The round's report as a document of the official style. */
export function roundReportOf(facts: RoundReportFacts, language: DocumentLanguage): OfficialDocument {
  const words: RoundReportWording = language === 'th' ? thaiWording : englishWording;
  const number = (value: number) => formatNumber(value, language);
  const date = (value: Date | string) => formatDate(value, language);
  let usesTranslation = false;
  let isAnyShortened = false;
  let isAnyAwaitingReview = false;
  let isAnyAmendmentPending = false;
  const shown = (text: PlanText): string => {
    if (language === 'en' && text.en_source === 'translation') usesTranslation = true;
    return text[language];
  };
  const shorten = (text: string, limit: number): string => {
    const cut = shortenedText(text, limit);
    if (cut.isShortened) isAnyShortened = true;
    return cut.text;
  };
  const { round, plan } = facts;
  const kind = roundKindOf(round.kind);
  const isApproved = round.status === 'approved' && round.approvedAt !== null;

  function targetText(kpi: ReportKpi): string {
    const { target, measure } = kpi;
    if (!target) return words.target.none;
    if (target.value === null) {
      if (language === 'th') return words.target.asWritten(target.as_written);
      return target.condition ? shown(target.condition) : words.target.asWritten(target.as_written);
    }
    const value = number(target.value);
    const main =
      measure.kind === 'rubric'
        ? words.target.level(value)
        : measure.kind === 'number'
          ? words.target.number(value, shown(measure.unit))
          : words.target.percent(value);
    return target.condition ? `${main}\n${words.target.condition(shown(target.condition))}` : main;
  }

  function achievedText(kpi: ReportKpi): string {
    const { report, measure } = kpi;
    if (!report) return words.achieved.none;
    const { levelReached, value } = report.answer;
    let main: string | null = null;
    if (measure.kind === 'rubric' && levelReached !== null) {
      const rung = measure.levels.find((level) => level.level === levelReached);
      main = words.achieved.level(number(levelReached), rung ? shown(rung.text) : '');
    } else if (measure.kind === 'number' && value !== null) {
      main = words.achieved.number(number(value), shown(measure.unit));
    } else if (measure.kind === 'percent' && value !== null) {
      main = words.achieved.percent(number(value));
    }
    return main === null ? words.achieved.none : withStateMark(main, report);
  }

  /** The text with the report's state under it, unless the report is simply accepted. */
  function withStateMark(text: string, report: LeadReport): string {
    if (report.state === 'accepted') return text;
    if (report.state === 'awaiting_review') {
      isAnyAwaitingReview = true;
      return `${text}\n${words.achieved.awaitingReview}`;
    }
    isAnyAmendmentPending = true;
    return `${text}\n${words.achieved.amendmentPending}`;
  }

  function statusText(kpi: ReportKpi): string {
    return kpi.status === 'not_judged' && kpi.unjudgedReason
      ? words.notJudged[kpi.unjudgedReason]
      : words.status[kpi.status];
  }

  function kpiDetails(kpi: ReportKpi): DocumentBlock[] {
    const blocks: DocumentBlock[] = [];
    if (kpi.report) {
      const narrative = kpi.report.answer.narrative.trim();
      blocks.push({
        kind: 'paragraph',
        text: narrative
          ? words.detail.narrative(kpi.code, kpi.leadUnit.name, shorten(narrative, NARRATIVE_LIMIT))
          : words.detail.noNarrative(kpi.code, kpi.leadUnit.name),
      });
    }
    const items = [
      ...(kpi.report?.answer.evidenceLinks ?? []).map((link) => words.detail.evidence(link.title, link.url)),
      ...(kpi.report?.evidenceFiles ?? []).map((name) => words.detail.evidenceFile(name)),
      ...kpi.contributions.map(({ unit, narrative }) =>
        narrative.trim()
          ? words.detail.contribution(unit.name, shorten(narrative, CONTRIBUTION_LIMIT))
          : words.detail.contributionWithoutText(unit.name),
      ),
    ];
    if (items.length > 0) blocks.push({ kind: 'bullets', items });
    return blocks;
  }

  function projectRow(project: ReportProject): string[] {
    const answer = project.report?.answer;
    const money = (value: number | null | undefined) =>
      value === null || value === undefined ? words.project.notGiven : number(value);
    const status =
      project.report && answer?.projectStatus
        ? withStateMark(
            words.project.status[answer.projectStatus as ReportProjectStatus] ?? answer.projectStatus,
            project.report,
          )
        : words.project.notReported;
    return [
      words.project.name(project.code, shown(project.name), project.isNew),
      status,
      answer && answer.progressPercent !== null
        ? words.project.progress(number(answer.progressPercent))
        : words.project.notGiven,
      money(answer?.budgetPlanned),
      money(answer?.budgetSpent),
      project.leadUnit?.name ?? words.project.notGiven,
    ];
  }

  function tacticBlocks(tactic: ReportTactic): DocumentBlock[] {
    return [
      { kind: 'heading', level: 2, text: words.results.tactic(tactic.code, shown(tactic.name)) },
      {
        kind: 'table',
        header: words.results.kpiHeader(round.fiscalYear),
        columnWidths: [0.26, 0.14, 0.3, 0.15, 0.15],
        rows: tactic.kpis.map((kpi) => [
          words.results.kpiName(kpi.code, shown(kpi.name)),
          targetText(kpi),
          achievedText(kpi),
          statusText(kpi),
          kpi.leadUnit.name,
        ]),
      },
      ...tactic.kpis.flatMap(kpiDetails),
      ...(tactic.projects.length === 0
        ? [{ kind: 'paragraph' as const, isIndented: false, text: words.results.noProjects }]
        : [
            // A heading, so that it never ends a page without its table.
            { kind: 'heading' as const, level: 2 as const, text: words.results.projectsIntro(tactic.code) },
            {
              kind: 'table' as const,
              header: words.results.projectHeader,
              columnWidths: [0.29, 0.15, 0.12, 0.15, 0.14, 0.15],
              rows: tactic.projects.map(projectRow),
            },
          ]),
    ];
  }

  // The text first: it notes what the notes at the end must explain.
  const intro = words.intro(shown(plan.title));
  const results: DocumentBlock[] = facts.strategies.flatMap((strategy) => [
    {
      kind: 'heading' as const,
      level: 2 as const,
      text: words.results.strategy(number(strategy.number), shown(strategy.name)),
    },
    ...strategy.tactics.flatMap(tacticBlocks),
  ]);

  const kpis = facts.strategies.flatMap((strategy) => strategy.tactics.flatMap((tactic) => tactic.kpis));
  const projects = facts.strategies.flatMap((strategy) =>
    strategy.tactics.flatMap((tactic) => tactic.projects),
  );
  const counts = new Map<ScorecardStatus, number>();
  for (const kpi of kpis) counts.set(kpi.status, (counts.get(kpi.status) ?? 0) + 1);
  const summaryRows = scorecardStatuses
    .filter((status) => alwaysCounted.includes(status) || (counts.get(status) ?? 0) > 0)
    .map((status) => [words.status[status], number(counts.get(status) ?? 0)]);

  const reportedProjects = projects.filter((project) => project.report?.answer.projectStatus);
  const projectCounts = new Map<string, number>();
  for (const project of reportedProjects) {
    const status = project.report?.answer.projectStatus as ReportProjectStatus;
    projectCounts.set(status, (projectCounts.get(status) ?? 0) + 1);
  }
  const projectSummary =
    reportedProjects.length === 0
      ? words.summary.noProjectReports
      : words.summary.projects(
          number(reportedProjects.length),
          [...projectCounts]
            .map(([status, count]) =>
              words.summary.projectStatusCount(
                words.project.status[status as ReportProjectStatus] ?? status,
                number(count),
              ),
            )
            .join(', '),
        );

  const approval =
    isApproved && round.approvedAt
      ? words.about.approved(round.approvedBy, date(round.approvedAt))
      : words.about.provisional;

  const lateBlocks: DocumentBlock[] =
    facts.notReported.length === 0
      ? [{ kind: 'paragraph', text: words.late.nothing }]
      : [
          { kind: 'paragraph', text: words.late.intro },
          {
            kind: 'table',
            header: words.late.header,
            columnWidths: [0.4, 0.3, 0.3],
            rows: facts.notReported.map((late) => [
              late.unit.name,
              late.leadItems.join(', ') || words.late.none,
              late.contributions.join(', ') || words.late.none,
            ]),
          },
        ];

  const notes = [
    isApproved && round.approvedAt ? words.notes.approved(date(round.approvedAt)) : words.notes.provisional,
    ...(isAnyAwaitingReview ? [words.notes.awaitingReview] : []),
    ...(isAnyAmendmentPending ? [words.notes.amendmentPending] : []),
    ...(isAnyShortened ? [words.notes.shortened(number(NARRATIVE_LIMIT), number(CONTRIBUTION_LIMIT))] : []),
    ...(usesTranslation && words.notes.translation ? [words.notes.translation] : []),
  ];

  const period = words.period(date(round.periodStart), date(round.periodEnd));
  const title = words.title(
    { first: plan.firstFiscalYear, last: plan.lastFiscalYear },
    round.fiscalYear,
    kind,
    period,
  );

  return {
    language,
    title: words.documentTitle(round.fiscalYear, kind),
    letterhead: { organisation: words.organisation, addressLines: [], date: date(facts.generatedAt) },
    blocks: [
      { kind: 'heading', level: 1, text: isApproved ? title : `${title}\n${words.provisionalMark}` },
      { kind: 'paragraph', text: intro },
      { kind: 'heading', level: 2, text: words.about.heading },
      {
        kind: 'bullets',
        items: [
          words.about.period(date(round.periodStart), date(round.periodEnd)),
          words.about.deadline(date(round.deadline)),
          approval,
          words.about.planVersion(number(plan.version), date(plan.recordedAt), plan.note),
          words.about.items(number(kpis.length), number(projects.length)),
        ],
      },
      { kind: 'heading', level: 2, text: words.summary.heading },
      {
        kind: 'table',
        header: words.summary.header,
        columnWidths: [0.7, 0.3],
        rows: [...summaryRows, [words.summary.total, number(kpis.length)]],
      },
      { kind: 'paragraph', isIndented: false, text: projectSummary },
      { kind: 'heading', level: 2, text: words.results.heading },
      ...results,
      { kind: 'heading', level: 2, text: words.late.heading },
      ...lateBlocks,
      { kind: 'heading', level: 2, text: words.notes.heading },
      { kind: 'bullets', items: notes },
      { kind: 'contact', lines: [words.preparedBy] },
    ],
  };
}

/** The progress rounds as the API answers them: never a table row. */
import {
  isComputedOverride,
  type StrategyEvidenceFile,
  type StrategyItemDetail,
  type StrategyRoundDetail,
  type StrategyRoundItem,
  type StrategyRoundSummary,
  type StrategySubmission,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { EvidenceFileRow } from './rounds.evidence.repository.ts';
import type { ReviewRow, RoundItemRow, SubmissionRow } from './rounds.repository.ts';
import {
  answerOf,
  type ItemFacts,
  type RoundDetailView,
  type RoundView,
  type StrategyRounds,
} from './rounds.service.ts';
import { daysUntil, isItemDueSoon, isItemLate } from './rounds.rules.ts';
import { shownText } from './strategy.presenter.ts';

const unitOf = (names: ReadonlyMap<string, string>, code: string) => ({
  code,
  name: names.get(code) ?? null,
});

export function presentRoundSummary(view: RoundView): StrategyRoundSummary {
  const { round, items, today } = view;
  const countOf = (status: keyof StrategyRoundSummary['statusCounts']) =>
    items.filter((item) => item.status === status).length;
  return {
    id: round.id,
    fiscalYear: round.fiscalYear,
    kind: round.kind as StrategyRoundSummary['kind'],
    periodStart: round.periodStart,
    periodEnd: round.periodEnd,
    deadline: round.deadline,
    status: round.status as StrategyRoundSummary['status'],
    planVersion: round.planVersion,
    itemCount: items.length,
    acceptedCount: items.filter((item) => item.status === 'accepted').length,
    lateCount: items.filter((item) => isItemLate(item.status, round.deadline, today)).length,
    statusCounts: {
      not_started: countOf('not_started'),
      draft: countOf('draft'),
      submitted: countOf('submitted'),
      returned: countOf('returned'),
      accepted: countOf('accepted'),
    },
    daysLeft: daysUntil(round.deadline, today),
    approvedAt: round.approvedAt?.toISOString() ?? null,
    version: round.version,
  };
}

export function presentRoundItem(
  view: RoundView,
  item: RoundItemRow,
  facts: ItemFacts | null,
  locale: InterfaceLocale,
): StrategyRoundItem {
  const submissions = view.submissions.filter((row) => row.itemId === item.id);
  return {
    id: item.id,
    roundId: item.roundId,
    kind: item.itemKind as StrategyRoundItem['kind'],
    code: item.itemCode,
    name: facts ? shownText(facts.name, locale) : { text: item.itemCode, lang: 'th', isTranslation: false },
    leadUnit: unitOf(view.unitNames, item.leadUnitCode),
    supportingUnits: item.supportingUnitCodes.map((code) => unitOf(view.unitNames, code)),
    status: item.status as StrategyRoundItem['status'],
    isLate: isItemLate(item.status, view.round.deadline, view.today),
    contributionCount: submissions.filter(
      (row) =>
        row.unitCode !== item.leadUnitCode && (row.status === 'submitted' || row.status === 'accepted'),
    ).length,
    hasAmendment: submissions.some((row) => row.isAmendment),
    version: item.version,
  };
}

export function presentRoundList(views: RoundView[]) {
  return { items: views.map(presentRoundSummary) };
}

/** The lead units of the items chosen, each with their codes and its liaison officers. */
function waitingUnits(view: RoundDetailView, items: readonly StrategyRoundItem[]) {
  const byUnit = new Map<string, string[]>();
  for (const item of items)
    byUnit.set(item.leadUnit.code, [...(byUnit.get(item.leadUnit.code) ?? []), item.code]);
  return [...byUnit].map(([code, itemCodes]) => ({
    unit: unitOf(view.unitNames, code),
    itemCodes,
    officers: view.officers.get(code) ?? [],
  }));
}

export function presentRoundDetail(
  view: RoundDetailView,
  rounds: StrategyRounds,
  access: { canReview: boolean; canApprove: boolean },
  locale: InterfaceLocale,
): StrategyRoundDetail {
  const items = view.items.map((item) =>
    presentRoundItem(view, item, rounds.facts(view.document, item), locale),
  );
  return {
    round: presentRoundSummary(view),
    items,
    outline: view.document.strategies.map((strategy) => ({
      number: strategy.number,
      name: shownText(strategy.name, locale),
      tactics: strategy.tactics.map((tactic) => ({
        code: tactic.code,
        name: shownText(tactic.name, locale),
        itemCodes: [...tactic.kpis.map((kpi) => kpi.code), ...tactic.projects.map((project) => project.code)],
      })),
    })),
    late: waitingUnits(
      view,
      items.filter((item) => item.isLate),
    ),
    dueSoon: waitingUnits(
      view,
      items.filter((item) => isItemDueSoon(item.status, view.round.deadline, view.today)),
    ),
    approvedBy: view.approvedByName,
    ...access,
  };
}

export function presentMyItems(
  mine: Awaited<ReturnType<StrategyRounds['myItems']>>,
  rounds: StrategyRounds,
  locale: InterfaceLocale,
) {
  return {
    items: mine.map(({ view, item, unitCode, role, submission }) => ({
      ...presentRoundItem(view, item, rounds.facts(view.document, item), locale),
      round: presentRoundSummary(view),
      unitCode,
      role,
      submissionStatus: (submission?.status ?? null) as StrategySubmission['status'] | null,
      submissionVersion: submission?.version ?? null,
    })),
  };
}

function presentReview(row: ReviewRow, people: ReadonlyMap<string, string>) {
  const previous = row.previous as StrategySubmission['reviews'][number]['previous'];
  return {
    action: row.action as StrategySubmission['reviews'][number]['action'],
    comment: row.comment,
    by: row.by ? (people.get(row.by) ?? null) : null,
    at: row.at.toISOString(),
    previous: previous ?? null,
  };
}

/** An evidence file as a report lists it: never its content. */
export function presentEvidenceFile(
  row: EvidenceFileRow,
  people: ReadonlyMap<string, string>,
): StrategyEvidenceFile {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    byteSize: row.byteSize,
    uploadedBy: row.uploadedBy ? (people.get(row.uploadedBy) ?? null) : null,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

function presentSubmission(
  row: SubmissionRow,
  item: RoundItemRow,
  names: ReadonlyMap<string, string>,
  reviews: ReviewRow[],
  files: EvidenceFileRow[],
  people: ReadonlyMap<string, string>,
): StrategySubmission {
  const answer = answerOf(row);
  return {
    id: row.id,
    unit: unitOf(names, row.unitCode),
    role: row.unitCode === item.leadUnitCode ? 'lead' : 'supporting',
    status: row.status as StrategySubmission['status'],
    ...answer,
    projectStatus: answer.projectStatus as StrategySubmission['projectStatus'],
    isAmendment: row.isAmendment,
    // What the platform proposed when it was saved, and why the report differs (decision 0050).
    computedValue: row.computedValue ?? null,
    isOverride: isComputedOverride(row.computedValue ?? null, answer),
    overrideReason: row.overrideReason,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy ? (people.get(row.submittedBy) ?? null) : null,
    version: row.version,
    reviews: reviews
      .filter((review) => review.submissionId === row.id)
      .map((review) => presentReview(review, people)),
    files: files
      .filter((file) => file.submissionId === row.id)
      .map((file) => presentEvidenceFile(file, people)),
  };
}

export function presentItemDetail(
  detail: Awaited<ReturnType<StrategyRounds['item']>>,
  locale: InterfaceLocale,
): StrategyItemDetail {
  const { view, item, facts, submissions, reviews, files, people } = detail;
  const lead = submissions.filter((row) => row.unitCode === item.leadUnitCode);
  const others = submissions.filter((row) => row.unitCode !== item.leadUnitCode);
  return {
    round: presentRoundSummary(view),
    item: presentRoundItem(view, item, facts, locale),
    measure: facts.measure,
    computed: detail.computed,
    submissions: [...lead, ...others].map((row) =>
      presentSubmission(row, item, view.unitNames, reviews, files, people),
    ),
  };
}

/**
 * The plan's progress rounds (issue 15, decision 0043). A round is opened for a period of a fiscal
 * year against the plan version in force, with an item for each KPI and project assigned to its lead
 * unit; each involved unit keeps one report per item (the lead's is the item's, a supporter's is a
 * contribution), saved as a draft and submitted at the version read; the reviewers accept it or
 * return it with a comment; an executive approves the round once every item is accepted, which
 * freezes it: a correction after that is an amendment, reviewed again, with what it replaced kept.
 *
 * Every change is audited under the round (`strategy_round`).
 */
import type {
  StrategyAmendment,
  StrategyAnswerInput,
  StrategyReviewInput,
  StrategyRoundCreate,
  StrategySubmissionSave,
} from '@bia/contracts';
import { defaultLocale, fiscalYearOf, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { can, type Actor, type RequestContext } from '../../shared/actor.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { auditSnapshot } from '../../shared/records.ts';
import { createAudited, updateAudited } from '../audit/index.ts';
import { activeUsersHoldingRole, createIdentityAuditDirectory } from '../identity/index.ts';
import { createLiaisonAuditDirectory, unitCodesOfKind } from '../liaison/index.ts';
import { keptOverrideReason, snapshotOf, withOverrideProblems } from './computed-kpis.proposal.ts';
import type { ComputedKpis } from './computed-kpis.service.ts';
import type { PlanDocument, PlanText } from './plan-data.ts';
import { strategyRoundErrors } from './rounds.errors.ts';
import * as evidenceRepository from './rounds.evidence.repository.ts';
import * as repository from './rounds.repository.ts';
import type { RoundItemRow, RoundWithPlan, StrategyRoundRow, SubmissionRow } from './rounds.repository.ts';
import {
  answerProblems,
  defaultRoundPeriod,
  IAO_UNIT_CODE,
  isAwaitingReport,
  isItemLate,
  kpiMeasure,
  roundItemsOf,
  type ItemMeasure,
} from './rounds.rules.ts';
import { strategyErrors } from './strategy.errors.ts';
import type { ComputedValueSnapshot } from './strategy.schema.ts';
import { findKpi, planInForce } from './strategy.plan.ts';
import * as planRepository from './strategy.repository.ts';

export interface StrategyRoundsDeps {
  db: Db;
  clock: Clock;
  /** The values the platform computes, proposed on KPI items (decision 0050). */
  computedKpis: ComputedKpis;
}

export type StrategyRounds = ReturnType<typeof createStrategyRounds>;

/** Refuses the input with its problems, each at its field. */
function failOn(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
}

/** The units an actor may report for: any (an administrator), the IAO (its officers), their own (liaison officers). */
export function reportingUnitsOf(actor: Actor): { isAny: boolean; codes: Set<string> } {
  const codes = new Set<string>();
  let isAny = false;
  for (const grant of actor.grants) {
    if (grant.role === 'admin') isAny = true;
    if (grant.role === 'iao_officer') codes.add(IAO_UNIT_CODE);
    if (grant.role === 'liaison_officer' && grant.scopeType === 'unit' && grant.scopeId)
      codes.add(grant.scopeId);
  }
  return { isAny, codes };
}

/** The unit may report on the item, and the actor for the unit (its report and its evidence files). */
export function checkReporter(actor: Actor, item: RoundItemRow, unitCode: string): { isLead: boolean } {
  const { isAny, codes } = reportingUnitsOf(actor);
  if (!isAny && !codes.has(unitCode)) throw new AppError(strategyRoundErrors.not_your_unit);
  const isLead = item.leadUnitCode === unitCode;
  if (!isLead && !item.supportingUnitCodes.includes(unitCode))
    throw new AppError(strategyRoundErrors.not_your_item);
  return { isLead };
}

/** An item's name and measure in its plan version. */
export interface ItemFacts {
  name: PlanText;
  measure: ItemMeasure;
}

function itemFacts(
  document: PlanDocument,
  item: Pick<RoundItemRow, 'itemKind' | 'itemCode'>,
): ItemFacts | null {
  if (item.itemKind === 'kpi') {
    const placed = findKpi(document, item.itemCode);
    return placed ? { name: placed.kpi.name, measure: kpiMeasure(placed.kpi) } : null;
  }
  for (const strategy of document.strategies)
    for (const tactic of strategy.tactics)
      for (const project of tactic.projects)
        if (project.code === item.itemCode) return { name: project.name, measure: { kind: 'project' } };
  return null;
}

/** What a report's audit entry and an amendment's history keep of it. */
export function answerOf(row: SubmissionRow) {
  return {
    levelReached: row.levelReached,
    value: row.value === null ? null : Number(row.value),
    narrative: row.narrative,
    projectStatus: row.projectStatus,
    progressPercent: row.progressPercent,
    budgetPlanned: row.budgetPlanned === null ? null : Number(row.budgetPlanned),
    budgetSpent: row.budgetSpent === null ? null : Number(row.budgetSpent),
    milestones: row.milestones,
    evidenceLinks: row.evidenceLinks,
  };
}

/** The answer's columns, with the proposal it was saved against and the reason it differs, if it does. */
function answerColumns(answer: StrategyAnswerInput, proposed: ComputedValueSnapshot | null) {
  return {
    computedValue: proposed,
    overrideReason: keptOverrideReason(proposed, answer),
    levelReached: answer.levelReached,
    value: answer.value === null ? null : String(answer.value),
    narrative: answer.narrative,
    projectStatus: answer.projectStatus,
    progressPercent: answer.progressPercent,
    budgetPlanned: answer.budgetPlanned === null ? null : String(answer.budgetPlanned),
    budgetSpent: answer.budgetSpent === null ? null : String(answer.budgetSpent),
    milestones: answer.milestones,
    evidenceLinks: answer.evidenceLinks,
  };
}

function submissionSnapshot(item: RoundItemRow) {
  return (row: SubmissionRow) => ({
    itemCode: item.itemCode,
    unitCode: row.unitCode,
    status: row.status,
    isAmendment: row.isAmendment,
    ...answerOf(row),
    computedValue: row.computedValue,
    overrideReason: row.overrideReason,
  });
}

/** The round view every answer carries: the round, its items and their reports. */
export interface RoundView {
  round: RoundWithPlan;
  document: PlanDocument;
  items: RoundItemRow[];
  submissions: SubmissionRow[];
  today: string;
  unitNames: ReadonlyMap<string, string>;
}

/** A round as its page shows it: who approved it, and how to reach the lead units not yet reported. */
export interface RoundDetailView extends RoundView {
  approvedByName: string | null;
  /** The active liaison officers of each lead unit with items awaiting its report, by unit code. */
  officers: ReadonlyMap<string, { name: string; email: string }[]>;
}

export function createStrategyRounds({ db, clock, computedKpis }: StrategyRoundsDeps) {
  const unitDirectory = createLiaisonAuditDirectory(db);
  const userDirectory = createIdentityAuditDirectory(db);

  async function unitNames(codes: Iterable<string>, locale: InterfaceLocale): Promise<Map<string, string>> {
    const wanted = [...new Set(codes)];
    const names = new Map<string, string>();
    if (!unitDirectory.unit || wanted.length === 0) return names;
    for (const [code, description] of await unitDirectory.unit(wanted, locale))
      if (description.name) names.set(code, description.name);
    return names;
  }

  async function peopleNames(ids: Iterable<string>, locale: InterfaceLocale): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    const names = new Map<string, string>();
    if (!userDirectory.user || wanted.length === 0) return names;
    for (const [id, description] of await userDirectory.user(wanted, locale))
      if (description.name) names.set(id, description.name);
    return names;
  }

  async function documentOf(executor: Db, planVersionId: string): Promise<PlanDocument> {
    const version = await planRepository.findVersion(executor, planVersionId);
    if (!version) throw new AppError(strategyErrors.plan_not_loaded);
    return version.document;
  }

  async function roundView(roundIds: string[] | null, locale: InterfaceLocale): Promise<RoundView[]> {
    const rounds = (await repository.listRounds(db)).filter(
      (round) => !roundIds || roundIds.includes(round.id),
    );
    const items = await repository.listItems(
      db,
      rounds.map((round) => round.id),
    );
    const submissions = await repository.listSubmissions(
      db,
      items.map((item) => item.id),
    );
    const names = await unitNames(
      items.flatMap((item) => [item.leadUnitCode, ...item.supportingUnitCodes]),
      locale,
    );
    const documents = new Map<string, PlanDocument>();
    for (const round of rounds)
      if (!documents.has(round.planVersionId))
        documents.set(round.planVersionId, await documentOf(db, round.planVersionId));
    const today = bangkokToday(clock.now());
    return rounds.map((round) => ({
      round,
      document: documents.get(round.planVersionId) as PlanDocument,
      items: items.filter((item) => item.roundId === round.id),
      submissions: submissions.filter((submission) =>
        items.some((item) => item.id === submission.itemId && item.roundId === round.id),
      ),
      today,
      unitNames: names,
    }));
  }

  async function oneRound(id: string, locale: InterfaceLocale): Promise<RoundView> {
    const [view] = await roundView([id], locale);
    if (!view) throw new AppError(strategyRoundErrors.round_not_found);
    return view;
  }

  async function itemOrFail(executor: Db, id: string): Promise<RoundItemRow> {
    const item = await repository.findItem(executor, id);
    if (!item) throw new AppError(strategyRoundErrors.item_not_found);
    return item;
  }

  /** The round of an item, locked against approval while a report is written. */
  async function roundOfItem(executor: Db, item: RoundItemRow): Promise<StrategyRoundRow> {
    const round = await repository.findRound(executor, item.roundId, { lock: 'update' });
    if (!round) throw new AppError(strategyRoundErrors.round_not_found);
    return round;
  }

  /** What the platform proposes now for a KPI item, as its report keeps it (decision 0050). */
  async function proposedNow(item: RoundItemRow, round: StrategyRoundRow) {
    if (item.itemKind !== 'kpi') return null;
    const reader = { locale: defaultLocale, canReadOutcomes: false };
    return snapshotOf(await computedKpis.propose(item.itemCode, round, reader));
  }

  return {
    async list(locale: InterfaceLocale) {
      return roundView(null, locale);
    },

    async detail(id: string, locale: InterfaceLocale): Promise<RoundDetailView> {
      const view = await oneRound(id, locale);
      const { approvedBy } = view.round;
      const approvedByName = approvedBy
        ? ((await peopleNames([approvedBy], locale)).get(approvedBy) ?? null)
        : null;
      const waitingUnits = view.items
        .filter((item) => isAwaitingReport(item.status))
        .map((item) => item.leadUnitCode);
      const officers = new Map<string, { name: string; email: string }[]>();
      for (const officer of await activeUsersHoldingRole(db, 'liaison_officer', [...new Set(waitingUnits)]))
        officers.set(officer.scopeId, [
          ...(officers.get(officer.scopeId) ?? []),
          { name: officer.displayName, email: officer.email },
        ]);
      return { ...view, approvedByName, officers };
    },

    /**
     * Opens a round against the plan version in force: every KPI and project an item of its lead
     * unit. The period defaults from the kind; the deadline is not in the past.
     */
    async open(context: RequestContext, actor: Actor, input: StrategyRoundCreate): Promise<string> {
      const today = bangkokToday(clock.now());
      const period =
        input.kind === 'other' || (input.periodStart && input.periodEnd)
          ? { periodStart: input.periodStart as string, periodEnd: input.periodEnd as string }
          : defaultRoundPeriod(input.fiscalYear, input.kind);
      failOn(
        input.deadline < today
          ? [{ path: 'deadline', code: 'in_past', messageKey: 'strategy:errors.deadline_past' }]
          : [],
      );
      const version = planInForce(await planRepository.listCurrentVersions(db), input.fiscalYear);
      if (!version) throw new AppError(strategyErrors.plan_not_loaded);
      const planned = roundItemsOf(version.document, await unitCodesOfKind(db, 'district'));
      const now = clock.now();
      const round = await db.transaction((tx) =>
        createAudited(tx, context, {
          action: 'strategy_round.open',
          entityType: 'strategy_round',
          entityId: (row: StrategyRoundRow) => row.id,
          snapshot: (row: StrategyRoundRow) => ({
            ...auditSnapshot(row),
            items: planned.map((item) => `${item.itemCode} → ${item.leadUnitCode}`),
          }),
          insert: async (inserting) => {
            const row = await repository.insertRoundIfNew(inserting, {
              planVersionId: version.id,
              fiscalYear: input.fiscalYear,
              kind: input.kind,
              ...period,
              deadline: input.deadline,
              openedBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            });
            if (!row) throw new AppError(strategyRoundErrors.round_exists);
            await repository.insertItems(
              inserting,
              planned.map((item) => ({ ...item, roundId: row.id, createdAt: now, updatedAt: now })),
            );
            return row;
          },
        }),
      );
      return round.id;
    },

    /** The items of open rounds the actor's units lead or support, with their own report's state. */
    async myItems(actor: Actor, locale: InterfaceLocale) {
      const { isAny, codes } = reportingUnitsOf(actor);
      const views = (await roundView(null, locale)).filter((view) => view.round.status === 'open');
      return views.flatMap((view) =>
        view.items.flatMap((item) => {
          const units = [item.leadUnitCode, ...item.supportingUnitCodes].filter(
            (code) => codes.has(code) || (isAny && code === item.leadUnitCode),
          );
          return units.map((unitCode) => ({
            view,
            item,
            unitCode,
            role: unitCode === item.leadUnitCode ? ('lead' as const) : ('supporting' as const),
            submission:
              view.submissions.find((row) => row.itemId === item.id && row.unitCode === unitCode) ?? null,
          }));
        }),
      );
    },

    /**
     * One item: its round, measure, every unit's report with its reviews and evidence files (with the
     * people named).
     */
    /** `reader` may read the outcomes: KPI 1.1.1's proposal then names businesses and buyers. */
    async item(id: string, locale: InterfaceLocale, reader: Actor | null = null) {
      const item = await itemOrFail(db, id);
      const view = await oneRound(item.roundId, locale);
      const facts = itemFacts(view.document, item);
      if (!facts) throw new AppError(strategyRoundErrors.item_not_found);
      const submissions = view.submissions.filter((row) => row.itemId === item.id);
      const reviews = await repository.listReviews(
        db,
        submissions.map((row) => row.id),
      );
      const files = await evidenceRepository.listFiles(
        db,
        submissions.map((row) => row.id),
      );
      const people = await peopleNames(
        [
          ...submissions.flatMap((row) => (row.submittedBy ? [row.submittedBy] : [])),
          ...reviews.flatMap((row) => (row.by ? [row.by] : [])),
          ...files.flatMap((row) => (row.uploadedBy ? [row.uploadedBy] : [])),
        ],
        locale,
      );
      const computed =
        item.itemKind === 'kpi'
          ? await computedKpis.propose(item.itemCode, view.round, {
              locale,
              canReadOutcomes: can(reader, 'outcomes:read'),
            })
          : null;
      return { view, item, facts, computed, submissions, reviews, files, people };
    },

    facts: itemFacts,

    /**
     * Saves a unit's report on an item, as a draft or submitted: the first save creates it (a second
     * first save at once gets the stale conflict), later ones at the version read. Refused when the
     * round is approved, when the report is submitted or accepted (until it is returned), and with
     * field errors for what does not fit the item.
     */
    async save(
      context: RequestContext,
      actor: Actor,
      itemId: string,
      unitCode: string,
      input: StrategySubmissionSave,
    ): Promise<void> {
      const item = await itemOrFail(db, itemId);
      const { isLead } = checkReporter(actor, item, unitCode);
      const round = await repository.findRound(db, item.roundId);
      if (!round) throw new AppError(strategyRoundErrors.round_not_found);
      if (round.status !== 'open') throw new AppError(strategyRoundErrors.round_frozen);
      const facts = itemFacts(await documentOf(db, round.planVersionId), item);
      if (!facts) throw new AppError(strategyRoundErrors.item_not_found);
      const proposed = await proposedNow(item, round);
      failOn(
        withOverrideProblems(
          answerProblems(facts.measure, input, { isSubmitting: input.submit, isLead }),
          proposed,
          input,
        ),
      );
      const now = clock.now();
      const status = input.submit ? 'submitted' : 'draft';
      const submitted = input.submit ? { submittedBy: actor.userId, submittedAt: now } : {};
      const action = input.submit ? 'strategy_submission.submit' : 'strategy_submission.save';
      const snapshot = submissionSnapshot(item);
      await db.transaction(async (tx) => {
        const locked = await roundOfItem(tx, item);
        if (locked.status !== 'open') throw new AppError(strategyRoundErrors.round_frozen);
        if (input.version === undefined) {
          await createAudited(tx, context, {
            action,
            entityType: 'strategy_round',
            entityId: () => item.roundId,
            snapshot,
            insert: async (inserting) => {
              const row = await repository.insertSubmissionIfNew(inserting, {
                itemId,
                unitCode,
                status,
                ...answerColumns(input, proposed),
                savedBy: actor.userId,
                ...submitted,
                createdAt: now,
                updatedAt: now,
              });
              // Another save made the report first: this one read no version of it.
              if (!row) throw new AppError(commonErrors.conflict_stale);
              return row;
            },
          });
        } else {
          await updateAudited(tx, context, {
            action,
            entityType: 'strategy_round',
            entityId: item.roundId,
            expectedVersion: input.version,
            lock: async (locking) => {
              const row = await repository.findSubmission(locking, itemId, unitCode, { lock: 'update' });
              if (!row) throw new AppError(strategyRoundErrors.submission_not_found);
              return row;
            },
            snapshot,
            write: async (writing, before) => {
              if (before.status === 'submitted' || before.status === 'accepted')
                throw new AppError(strategyRoundErrors.not_editable);
              return repository.updateSubmission(writing, before, {
                status,
                ...answerColumns(input, proposed),
                savedBy: actor.userId,
                ...submitted,
                updatedAt: now,
              });
            },
          });
        }
        if (isLead) await repository.setItemStatus(tx, item.id, status, now);
      });
    },

    /** Accepts a submitted report, or returns it with a comment (editable again); the review is kept. */
    async review(
      context: RequestContext,
      actor: Actor,
      itemId: string,
      unitCode: string,
      input: StrategyReviewInput,
    ): Promise<void> {
      const item = await itemOrFail(db, itemId);
      const now = clock.now();
      const status = input.action === 'accept' ? 'accepted' : 'returned';
      await db.transaction(async (tx) => {
        await roundOfItem(tx, item);
        await updateAudited(tx, context, {
          action: input.action === 'accept' ? 'strategy_submission.accept' : 'strategy_submission.return',
          entityType: 'strategy_round',
          entityId: item.roundId,
          expectedVersion: input.version,
          lock: async (locking) => {
            const row = await repository.findSubmission(locking, itemId, unitCode, { lock: 'update' });
            if (!row) throw new AppError(strategyRoundErrors.submission_not_found);
            return row;
          },
          snapshot: (row: SubmissionRow) => ({
            itemCode: item.itemCode,
            unitCode: row.unitCode,
            status: row.status,
            ...(row.status === 'returned' ? { comment: input.comment } : {}),
          }),
          write: async (writing, before) => {
            if (before.status !== 'submitted') throw new AppError(strategyRoundErrors.not_submitted);
            const after = await repository.updateSubmission(writing, before, { status, updatedAt: now });
            await repository.insertReview(writing, {
              submissionId: before.id,
              action: status,
              comment: input.comment,
              by: actor.userId,
              at: now,
            });
            return after;
          },
        });
        if (item.leadUnitCode === unitCode) await repository.setItemStatus(tx, item.id, status, now);
      });
    },

    /**
     * Approves the round at the version read: only when every item is accepted (decision 0043).
     * Approved, it is frozen.
     */
    async approve(context: RequestContext, actor: Actor, id: string, version: number): Promise<void> {
      await db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'strategy_round.approve',
          entityType: 'strategy_round',
          entityId: id,
          expectedVersion: version,
          lock: async (locking) => {
            const row = await repository.findRound(locking, id, { lock: 'update' });
            if (!row) throw new AppError(strategyRoundErrors.round_not_found);
            if (row.status !== 'open') throw new AppError(strategyRoundErrors.round_frozen);
            return row;
          },
          snapshot: (row: StrategyRoundRow) => ({
            status: row.status,
            approvedBy: row.approvedBy,
            approvedAt: row.approvedAt,
          }),
          write: async (writing, before) => {
            const items = await repository.listItems(writing, [id]);
            const notAccepted = items.filter((item) => item.status !== 'accepted');
            if (notAccepted.length > 0)
              throw new AppError(strategyRoundErrors.items_not_accepted, [], { count: notAccepted.length });
            return repository.approveRound(writing, before, {
              approvedBy: actor.userId,
              approvedAt: clock.now(),
            });
          },
        }),
      );
    },

    /**
     * Corrects an accepted report of an approved round: the report takes the new answer, marked an
     * amendment and submitted for review again; its review history keeps what it replaced, and why.
     */
    async amend(
      context: RequestContext,
      actor: Actor,
      itemId: string,
      unitCode: string,
      input: StrategyAmendment,
    ): Promise<void> {
      const item = await itemOrFail(db, itemId);
      const { isLead } = checkReporter(actor, item, unitCode);
      const round = await repository.findRound(db, item.roundId);
      if (!round) throw new AppError(strategyRoundErrors.round_not_found);
      if (round.status !== 'approved') throw new AppError(strategyRoundErrors.round_not_approved);
      const facts = itemFacts(await documentOf(db, round.planVersionId), item);
      if (!facts) throw new AppError(strategyRoundErrors.item_not_found);
      const proposed = await proposedNow(item, round);
      failOn(
        withOverrideProblems(
          answerProblems(facts.measure, input, { isSubmitting: true, isLead }),
          proposed,
          input,
        ),
      );
      const now = clock.now();
      await db.transaction(async (tx) => {
        await updateAudited(tx, context, {
          action: 'strategy_submission.amend',
          entityType: 'strategy_round',
          entityId: item.roundId,
          expectedVersion: input.version,
          lock: async (locking) => {
            const row = await repository.findSubmission(locking, itemId, unitCode, { lock: 'update' });
            if (!row) throw new AppError(strategyRoundErrors.submission_not_found);
            return row;
          },
          snapshot: submissionSnapshot(item),
          write: async (writing, before) => {
            // An amendment a reviewer returned is amended again: the round stays frozen for plain saves.
            const isReturnedAmendment = before.isAmendment && before.status === 'returned';
            if (before.status !== 'accepted' && !isReturnedAmendment)
              throw new AppError(strategyRoundErrors.not_accepted);
            const after = await repository.updateSubmission(writing, before, {
              status: 'submitted',
              ...answerColumns(input, proposed),
              isAmendment: true,
              savedBy: actor.userId,
              submittedBy: actor.userId,
              submittedAt: now,
              updatedAt: now,
            });
            await repository.insertReview(writing, {
              submissionId: before.id,
              action: 'amended',
              comment: input.reason,
              previous: answerOf(before),
              by: actor.userId,
              at: now,
            });
            return after;
          },
        });
        if (isLead) await repository.setItemStatus(tx, item.id, 'submitted', now);
      });
    },

    canReview: (actor: Actor) => can(actor, 'strategy:rounds'),
    canApprove: (actor: Actor) => can(actor, 'strategy:approve'),
    isLate: isItemLate,
    currentFiscalYear: () => fiscalYearOf(clock.now()).buddhistYear,
  };
}

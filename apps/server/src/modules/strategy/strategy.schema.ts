/**
 * The strategic plan (seed 001, issue 15): each version of a plan kept whole, as the document of
 * `plan-data.ts` (decision 0042). A KPI is addressed by its version and its code ("1.1.1"), so the
 * progress rounds of later slices stay tied to the version they were reported against.
 *
 * People belong to the identity module: they are referred to by id, as the other modules' tables do.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../../db/columns.ts';
import type { PlanDocument } from './plan-data.ts';

/**
 * A version of a plan: version 1 transcribed from the seed, then a version for each change of the
 * reference file or each correction or revision an administrator records. One version per plan is
 * current: the one the platform shows and new rounds report against.
 */
export const strategyPlanVersions = pgTable(
  'strategy_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The plan's own key (`PlanDocument.key`), the same across its versions. */
    planKey: text('plan_key').notNull(),
    /** 1, 2, … within the plan. */
    version: integer('version').notNull(),
    document: jsonb('document').$type<PlanDocument>().notNull(),
    /** Why this version: "transcribed from seed 001", "reference data updated", "mid-term review", "correction". */
    note: text('note').notNull(),
    isCurrent: boolean('is_current').notNull().default(false),
    /**
     * The reference file the version was loaded from (`strategy/<file>.json`, under data/reference);
     * null for a version an administrator recorded. The loader compares a changed file with the
     * latest version loaded from the reference data, never with an administrator's.
     */
    referenceFile: text('reference_file'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The administrator who recorded it; null when loaded from the reference data. */
    createdBy: uuid('created_by'),
    /**
     * An administrator's version: `correction` (a transcription error) or `revision` (a mid-term
     * review); null for a version loaded from the reference data (decision 0051).
     */
    kind: text('kind'),
  },
  (table) => [
    uniqueIndex('strategy_plan_versions_key_version_unique').on(table.planKey, table.version),
    // One current version per plan.
    uniqueIndex('strategy_plan_versions_one_current')
      .on(table.planKey)
      .where(sql`${table.isCurrent}`),
    check('strategy_plan_versions_version_positive', sql`${table.version} >= 1`),
    check(
      'strategy_plan_versions_kind',
      sql`${table.kind} is null or ${table.kind} in ('correction', 'revision')`,
    ),
  ],
);

/** A milestone of a project as a unit reports it. */
export interface ReportedMilestone {
  text: string;
  due: string | null;
  done: boolean;
}

/** A link to evidence kept elsewhere (a page, a shared folder). */
export interface EvidenceLink {
  title: string;
  url: string;
}

/**
 * What the platform proposed for a KPI it computes when a unit saved its report (decision 0050): the
 * level (a rubric) or the value (a number), counted from the fiscal year's first day to `to`.
 */
export interface ComputedValueSnapshot {
  fiscalYear: number;
  from: string;
  to: string;
  level: number | null;
  value: number | null;
}

/**
 * A progress round (issue 15): the units report, for a period of a fiscal year, on every KPI and
 * project of the plan version current when it opened; approved, it is frozen (decision 0043).
 */
export const strategyRounds = pgTable(
  'strategy_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planVersionId: uuid('plan_version_id')
      .notNull()
      .references(() => strategyPlanVersions.id),
    /** Buddhist era. */
    fiscalYear: integer('fiscal_year').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** `six_month`, `twelve_month` or `other`. */
    kind: text('kind').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** `open`, then `approved` (frozen). */
    status: text('status').notNull().default('open'),
    openedBy: uuid('opened_by'),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('strategy_rounds_period_unique').on(table.planVersionId, table.periodStart, table.periodEnd),
    check('strategy_rounds_period', sql`${table.periodEnd} >= ${table.periodStart}`),
    check('strategy_rounds_kind', sql`${table.kind} in ('six_month', 'twelve_month', 'other')`),
    check('strategy_rounds_status', sql`${table.status} in ('open', 'approved')`),
  ],
);

/** A KPI or project of the plan asked in a round, assigned to its lead unit; its state is its lead's report's. */
export const strategyRoundItems = pgTable(
  'strategy_round_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => strategyRounds.id, { onDelete: 'cascade' }),
    /** `kpi` or `project`. */
    itemKind: text('item_kind').notNull(),
    /** "1.1.1" or "1.1-P1". */
    itemCode: text('item_code').notNull(),
    /** The directory unit that reports the item. */
    leadUnitCode: text('lead_unit_code').notNull(),
    /** The other directory units that lead with it or support it: they add contributions. */
    supportingUnitCodes: jsonb('supporting_unit_codes').$type<string[]>().notNull().default([]),
    /** `not_started`, `draft`, `submitted`, `returned` or `accepted`. */
    status: text('status').notNull().default('not_started'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('strategy_round_items_unique').on(table.roundId, table.itemKind, table.itemCode),
    index('strategy_round_items_lead').on(table.leadUnitCode),
    check('strategy_round_items_kind', sql`${table.itemKind} in ('kpi', 'project')`),
    check(
      'strategy_round_items_status',
      sql`${table.status} in ('not_started', 'draft', 'submitted', 'returned', 'accepted')`,
    ),
  ],
);

/**
 * One unit's report on a round item: the lead unit's, or a supporting unit's contribution. Kept as
 * it stands now; its earlier states are in its reviews (an amendment keeps what it replaced) and the
 * audit trail.
 */
export const strategySubmissions = pgTable(
  'strategy_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => strategyRoundItems.id, { onDelete: 'cascade' }),
    unitCode: text('unit_code').notNull(),
    /** `draft`, `submitted`, `returned` or `accepted`. */
    status: text('status').notNull().default('draft'),
    levelReached: integer('level_reached'),
    value: numeric('value', { precision: 18, scale: 4 }),
    narrative: text('narrative').notNull().default(''),
    projectStatus: text('project_status'),
    progressPercent: integer('progress_percent'),
    budgetPlanned: numeric('budget_planned', { precision: 18, scale: 2 }),
    budgetSpent: numeric('budget_spent', { precision: 18, scale: 2 }),
    milestones: jsonb('milestones').$type<ReportedMilestone[]>().notNull().default([]),
    evidenceLinks: jsonb('evidence_links').$type<EvidenceLink[]>().notNull().default([]),
    /** What the platform proposed when the report was saved (KPIs it computes only; decision 0050). */
    computedValue: jsonb('computed_value').$type<ComputedValueSnapshot>(),
    /** Why the unit reports another level or value than the proposal; null when it agrees. */
    overrideReason: text('override_reason'),
    /** A correction made after the round was approved. */
    isAmendment: boolean('is_amendment').notNull().default(false),
    savedBy: uuid('saved_by'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('strategy_submissions_item_unit_unique').on(table.itemId, table.unitCode),
    check(
      'strategy_submissions_status',
      sql`${table.status} in ('draft', 'submitted', 'returned', 'accepted')`,
    ),
    check(
      'strategy_submissions_progress',
      sql`${table.progressPercent} is null or (${table.progressPercent} between 0 and 100)`,
    ),
    check(
      'strategy_submissions_money',
      sql`(${table.budgetPlanned} is null or ${table.budgetPlanned} >= 0) and (${table.budgetSpent} is null or ${table.budgetSpent} >= 0)`,
    ),
  ],
);

/** The history of a report: each acceptance, return (with its comment) and amendment (with what it replaced). */
export const strategyReviews = pgTable(
  'strategy_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order the reviews were recorded in (two may share a timestamp). */
    position: bigserial('position', { mode: 'number' }).notNull(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => strategySubmissions.id, { onDelete: 'cascade' }),
    /** `accepted`, `returned` or `amended`. */
    action: text('action').notNull(),
    comment: text('comment').notNull().default(''),
    /** For an amendment: the report as it stood before. */
    previous: jsonb('previous'),
    by: uuid('by'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('strategy_reviews_submission').on(table.submissionId),
    check('strategy_reviews_action', sql`${table.action} in ('accepted', 'returned', 'amended')`),
  ],
);

/**
 * The files a unit uploads as evidence of its report (decision 0047): what a file is comes from its
 * content, as for deal documents; kept in the database with everything else.
 */
export const strategyEvidenceFiles = pgTable(
  'strategy_evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => strategySubmissions.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('strategy_evidence_files_submission').on(table.submissionId, table.uploadedAt)],
);

/**
 * The reminders a round sent each lead unit (7 and 2 days before the deadline, and once overdue),
 * recorded before the mail goes, so each is sent once.
 */
export const strategyRoundReminders = pgTable(
  'strategy_round_reminders',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => strategyRounds.id, { onDelete: 'cascade' }),
    unitCode: text('unit_code').notNull(),
    /** `week_before`, `two_days_before` or `overdue`. */
    kind: text('kind').notNull(),
    /** The items not submitted when it was sent. */
    itemCodes: jsonb('item_codes').$type<string[]>().notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.roundId, table.unitCode, table.kind] }),
    check(
      'strategy_round_reminders_kind',
      sql`${table.kind} in ('week_before', 'two_days_before', 'overdue')`,
    ),
  ],
);

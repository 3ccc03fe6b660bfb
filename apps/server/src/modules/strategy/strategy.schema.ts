/**
 * The strategic plan (seed 001, issue 15): each version of a plan kept whole, as the document of
 * `plan-data.ts` (decision 0042). A KPI is addressed by its version and its code ("1.1.1"), so the
 * progress rounds of later slices stay tied to the version they were reported against.
 *
 * People belong to the identity module: they are referred to by id, as the other modules' tables do.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
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
  },
  (table) => [
    uniqueIndex('strategy_plan_versions_key_version_unique').on(table.planKey, table.version),
    // One current version per plan.
    uniqueIndex('strategy_plan_versions_one_current')
      .on(table.planKey)
      .where(sql`${table.isCurrent}`),
    check('strategy_plan_versions_version_positive', sql`${table.version} >= 1`),
  ],
);

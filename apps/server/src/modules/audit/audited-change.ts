/**
 * The one way to change a shared record: inside the caller's transaction, lock the row, refuse a
 * change made to an older version than the stored one, write, and record the audit entry with a
 * snapshot of the record before and after. Services call these instead of writing the steps by hand,
 * so no change can forget its lock, its version check or its audit entry.
 */
import type { Db } from '../../db/client.ts';
import type { RequestContext } from '../../shared/actor.ts';
import { assertVersion } from '../../shared/errors.ts';
import { recordAudit } from './audit.recorder.ts';

/** What the audit trail says of a change: `action` is `<entity>.<verb>`, e.g. `partner.update`. */
export interface AuditLabel {
  action: string;
  entityType: string;
}

export interface AuditedCreate<Row> extends AuditLabel {
  /** Inserts the record and returns it. */
  insert: (tx: Db) => Promise<Row>;
  /** The audited record's identifier. */
  entityId: (row: Row) => string;
  /** What the audit entry keeps of the record. */
  snapshot: (row: Row) => unknown;
}

export interface AuditedChange<Row> extends AuditLabel {
  entityId: string;
  /** Loads the record locked `FOR UPDATE`, throwing the module's not-found error when it is missing. */
  lock: (tx: Db) => Promise<Row>;
  /**
   * The version the user loaded; the change is refused (409 `conflict_stale`) when the stored one
   * differs. Left out only where no user edits against a version (a system step such as check-in).
   */
  expectedVersion?: number;
  /** What the audit entry keeps of the record. */
  snapshot: (row: Row) => unknown;
}

export interface AuditedUpdate<Row> extends AuditedChange<Row> {
  /** Checks the rules against the locked record, writes the change and returns the record as stored. */
  write: (tx: Db, before: Row) => Promise<Row>;
}

export interface AuditedRemoval<Row> extends AuditedChange<Row> {
  /** Checks the rules against the locked record and removes it (or marks it removed). */
  remove: (tx: Db, before: Row) => Promise<void>;
}

function currentVersion(row: unknown): number | undefined {
  if (typeof row !== 'object' || row === null || !('version' in row)) return undefined;
  return typeof row.version === 'number' ? row.version : undefined;
}

function checkVersion(expected: number | undefined, row: unknown): void {
  if (expected === undefined) return;
  const stored = currentVersion(row);
  if (stored === undefined) throw new Error('An expected version was given for a record without one');
  assertVersion(expected, stored);
}

/** Inserts a record and audits it as created. */
export async function createAudited<Row>(
  tx: Db,
  context: RequestContext,
  change: AuditedCreate<Row>,
): Promise<Row> {
  const row = await change.insert(tx);
  await recordAudit(tx, context, {
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId(row),
    after: change.snapshot(row),
  });
  return row;
}

/** Locks a record, checks its version, writes the change and audits before and after. */
export async function updateAudited<Row>(
  tx: Db,
  context: RequestContext,
  change: AuditedUpdate<Row>,
): Promise<{ before: Row; after: Row }> {
  const before = await change.lock(tx);
  checkVersion(change.expectedVersion, before);
  const after = await change.write(tx, before);
  await recordAudit(tx, context, {
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.snapshot(before),
    after: change.snapshot(after),
  });
  return { before, after };
}

/** Locks a record, checks its version, removes it and audits what it was. */
export async function removeAudited<Row>(
  tx: Db,
  context: RequestContext,
  change: AuditedRemoval<Row>,
): Promise<Row> {
  const before = await change.lock(tx);
  checkVersion(change.expectedVersion, before);
  await change.remove(tx, before);
  await recordAudit(tx, context, {
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.snapshot(before),
  });
  return before;
}

/** A row an import planned: a new one, or changes to one at the version its preview read. */
export type PlannedRowWrite<New, Changes> =
  { op: 'create'; values: New } | { op: 'update'; id: string; version: number; changes: Changes };

type PlannedCreate<P> = Extract<P, { op: 'create' }>;
type PlannedUpdate<P> = Extract<P, { op: 'update' }>;

/** How an import writes the rows of one table, for writePlannedRow. */
export interface PlannedRowTable<Row, P extends PlannedRowWrite<unknown, unknown>> {
  /** Also the audit actions' prefix: `${entityType}.create`, `${entityType}.update`. */
  entityType: string;
  snapshot: (row: Row) => unknown;
  insert: (tx: Db, values: PlannedCreate<P>['values']) => Promise<Row>;
  /** The row as it is now, locked for the update; an error when it is gone. */
  lock: (tx: Db, planned: PlannedUpdate<P>) => Promise<Row>;
  update: (tx: Db, id: string, changes: PlannedUpdate<P>['changes'], before: Row) => Promise<Row>;
}

/**
 * Writes one row an import planned, audited as any other change: a new row is inserted, a changed one
 * is refused when someone changed it after the preview (its version moved).
 */
export async function writePlannedRow<
  Row extends { id: string },
  P extends PlannedRowWrite<unknown, unknown>,
>(tx: Db, context: RequestContext, planned: P, table: PlannedRowTable<Row, P>): Promise<Row> {
  const { entityType, snapshot } = table;
  if (planned.op === 'create') {
    const created = planned as PlannedCreate<P>;
    return createAudited(tx, context, {
      entityType,
      snapshot,
      action: `${entityType}.create`,
      entityId: (row) => row.id,
      insert: (executor) => table.insert(executor, created.values),
    });
  }
  const update = planned as PlannedUpdate<P>;
  const { after } = await updateAudited(tx, context, {
    entityType,
    snapshot,
    action: `${entityType}.update`,
    entityId: update.id,
    expectedVersion: update.version,
    lock: (executor) => table.lock(executor, update),
    write: (executor, before) => table.update(executor, update.id, update.changes, before),
  });
  return after;
}

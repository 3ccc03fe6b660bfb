import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../../db/client.ts';
import { auditEvents, units } from '../../db/schema.ts';
import type { RequestContext } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { buildUnit } from '../../testing/liaison.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { removeAudited, updateAudited } from './audited-change.ts';

const context: RequestContext = { actor: null, ipAddress: '127.0.0.1' };

let database: Database;

async function lockUnit(tx: Db, unitCode: string) {
  const [row] = await tx.select().from(units).where(eq(units.code, unitCode)).for('update');
  if (!row) throw new Error('the test unit is missing');
  return row;
}

function changeNotes(unitCode: string, notes: string, expectedVersion: number | undefined) {
  return database.db.transaction((tx) =>
    updateAudited(tx, context, {
      action: 'unit.update',
      entityType: 'unit',
      entityId: unitCode,
      expectedVersion,
      lock: (inner) => lockUnit(inner, unitCode),
      snapshot: (row) => ({ notes: row.notes, version: row.version }),
      write: async (inner) => {
        const [row] = await inner
          .update(units)
          .set({ notes, version: sql`${units.version} + 1` })
          .where(eq(units.code, unitCode))
          .returning();
        if (!row) throw new Error('the test unit is missing');
        return row;
      },
    }),
  );
}

/** A unit of the test's own, changed once: at version 2 with the notes "first". */
async function buildChangedUnit(): Promise<string> {
  const { code } = await buildUnit(database.db);
  await changeNotes(code, 'first', 1);
  return code;
}

async function auditTrail(unitCode: string) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'unit'), eq(auditEvents.entityId, unitCode)))
    .orderBy(auditEvents.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

describe('an audited change', () => {
  it('writes the change and one audit entry with the record before and after', async () => {
    const { code: unitCode } = await buildUnit(database.db);
    const { before, after } = await changeNotes(unitCode, 'first', 1);
    expect(before.version).toBe(1);
    expect(after).toMatchObject({ notes: 'first', version: 2 });
    const trail = await auditTrail(unitCode);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({
      action: 'unit.update',
      before: { notes: null, version: 1 },
      after: { notes: 'first', version: 2 },
    });
  });

  it('refuses a change made to an older version, and leaves the record and the trail as they were', async () => {
    const unitCode = await buildChangedUnit();
    await expect(changeNotes(unitCode, 'stale', 1)).rejects.toSatisfy(
      (error) => error instanceof AppError && error.definition.code === 'conflict_stale',
    );
    const [unit] = await database.db.select().from(units).where(eq(units.code, unitCode));
    expect(unit).toMatchObject({ notes: 'first', version: 2 });
    expect(await auditTrail(unitCode)).toHaveLength(1);
  });

  it('lets exactly one of two changes to the same version through', async () => {
    const unitCode = await buildChangedUnit();
    const results = await Promise.allSettled([
      changeNotes(unitCode, 'left', 2),
      changeNotes(unitCode, 'right', 2),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [unit] = await database.db.select().from(units).where(eq(units.code, unitCode));
    expect(unit?.version).toBe(3);
    expect(await auditTrail(unitCode)).toHaveLength(2);
  });

  it('rolls the change back when the audit entry cannot be written', async () => {
    const { code: unitCode } = await buildUnit(database.db, { version: 3 });
    await expect(
      database.db.transaction((tx) =>
        updateAudited(tx, context, {
          action: 'unit.update',
          entityType: 'unit',
          entityId: unitCode,
          expectedVersion: 3,
          lock: (inner) => lockUnit(inner, unitCode),
          snapshot: () => ({ broken: 1n }),
          write: async (inner) => {
            const [row] = await inner
              .update(units)
              .set({ notes: 'lost' })
              .where(eq(units.code, unitCode))
              .returning();
            if (!row) throw new Error('the test unit is missing');
            return row;
          },
        }),
      ),
    ).rejects.toThrow();
    const [unit] = await database.db.select().from(units).where(eq(units.code, unitCode));
    expect(unit?.notes).not.toBe('lost');
  });

  it('removes a record against its version and keeps what it was in the trail', async () => {
    const { code: unitCode } = await buildUnit(database.db, { version: 3 });
    const removed = await database.db.transaction((tx) =>
      removeAudited(tx, context, {
        action: 'unit.remove',
        entityType: 'unit',
        entityId: unitCode,
        expectedVersion: 3,
        lock: (inner) => lockUnit(inner, unitCode),
        snapshot: (row) => ({ notes: row.notes, version: row.version }),
        remove: async (inner) => {
          await inner.delete(units).where(eq(units.code, unitCode));
        },
      }),
    );
    expect(removed.version).toBe(3);
    expect(await database.db.select().from(units).where(eq(units.code, unitCode))).toHaveLength(0);
    const trail = await auditTrail(unitCode);
    expect(trail.at(-1)).toMatchObject({ action: 'unit.remove', before: { version: 3 }, after: null });
  });
});

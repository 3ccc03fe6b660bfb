import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import type { Database } from './client.ts';
import { loadReferenceDataOnce, referenceDataFingerprint } from './reference-data-loads.ts';

let database: Database;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bia-reference-loads-'));
});
afterAll(async () => {
  await database.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('loading the reference data at start', () => {
  it('loads once per fingerprint, and again when the data or the program that loads it changed', async () => {
    const program = path.join(folder, 'main.js');
    fs.writeFileSync(program, 'the server as built today');
    const load = vi.fn(async () => undefined);

    const first = referenceDataFingerprint(program);
    expect(await loadReferenceDataOnce(database.db, first, load)).toBe(true);
    // A restart with nothing changed skips the loaders.
    expect(await loadReferenceDataOnce(database.db, referenceDataFingerprint(program), load)).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);

    // A new build of the server (its loaders may have changed) loads again, then skips again.
    fs.writeFileSync(program, 'the server as built tomorrow');
    const second = referenceDataFingerprint(program);
    expect(second).not.toBe(first);
    expect(await loadReferenceDataOnce(database.db, second, load)).toBe(true);
    expect(await loadReferenceDataOnce(database.db, second, load)).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the old fingerprint when loading fails, so the next start tries again', async () => {
    const failing = vi.fn(async () => {
      throw new Error('a reference file could not be read');
    });
    await expect(loadReferenceDataOnce(database.db, 'a fingerprint never loaded', failing)).rejects.toThrow();
    const load = vi.fn(async () => undefined);
    expect(await loadReferenceDataOnce(database.db, 'a fingerprint never loaded', load)).toBe(true);
  });
});

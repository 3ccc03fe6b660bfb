/** A fresh, migrated database with the reference data for one test file, on the engine under test. */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../db/client.ts';
import { databaseUrl, testPostgresUrl } from './postgres.ts';
import './provided-context.ts';

export async function createTestDatabase(): Promise<Database> {
  if (process.env.TEST_DATABASE === 'postgresql') {
    const template = inject('postgresTemplate');
    const name = `${template.replace(/_template$/, '')}_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.end();
    }
    const database = await openDatabase({ kind: 'postgresql', url: databaseUrl(testPostgresUrl(), name) });
    return {
      ...database,
      async close() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: testPostgresUrl() });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteDumpFile'));
  return openDatabase({ kind: 'pglite-memory', loadDataDir: new Blob([dump]) });
}

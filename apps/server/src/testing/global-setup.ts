/**
 * Runs once per integration project: migrates a template database, so each test file starts from a
 * copy in well under a second — a PGlite dump for PGlite, a template database for PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import './provided-context.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { loadReferenceData } from '../modules/liaison/reference-data.ts';
import { loadHsNomenclature } from '../modules/catalogue/index.ts';
import { loadPartnerReferenceData } from '../modules/partners/index.ts';
import { loadHolidayReferenceData } from '../modules/programme/index.ts';
import { loadStrategyReferenceData } from '../modules/strategy/index.ts';
import { databaseUrl, testPostgresUrl } from './postgres.ts';

export default async function setup(project: TestProject) {
  if (project.config.env?.TEST_DATABASE === 'postgresql') {
    // Names carry this run's process id, so concurrent runs on one server never touch each other's databases.
    const template = `bia_t${process.pid}_template`;
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const database = await openDatabase({
      kind: 'postgresql',
      url: databaseUrl(testPostgresUrl(), template),
    });
    await migrateDatabase(database);
    await loadReferenceData(database.db);
    await loadPartnerReferenceData(database.db);
    await loadHolidayReferenceData(database.db);
    await loadHsNomenclature(database.db);
    await loadStrategyReferenceData(database.db);
    await database.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteDumpFile', '');
    return async () => {
      const rows = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1 and datname <> $2`,
        [`bia_t${process.pid}\\_%`, template],
      );
      for (const row of rows.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ kind: 'pglite-memory' });
  await migrateDatabase(database);
  await loadReferenceData(database.db);
  await loadPartnerReferenceData(database.db);
  await loadHolidayReferenceData(database.db);
  await loadHsNomenclature(database.db);
  await loadStrategyReferenceData(database.db);
  if (!database.dumpDataDir) throw new Error('PGlite can dump its data folder');
  const dump = await database.dumpDataDir();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bia-pglite-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteDumpFile', file);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

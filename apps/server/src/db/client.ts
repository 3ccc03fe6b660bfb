/**
 * Opens the platform's database: an embedded PostgreSQL (PGlite) in a local folder by default,
 * or a PostgreSQL server when a connection string is given. Both speak the same SQL and run the
 * same committed migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrationsDir } from '../shared/paths.ts';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** A database handle or an open transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /** The server's version string, e.g. "18.1". */
  version(): Promise<string>;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball, to start other instances from (tests). */
  dumpDataDir?(): Promise<Blob>;
}

export const migrationsFolder = migrationsDir;

export type DatabaseOptions =
  | { kind: 'postgresql'; url: string }
  | { kind: 'pglite'; dataDir: string }
  /** An in-memory PGlite, optionally started from a dump made by `dumpDataDir` (tests). */
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File };

/** The extensions the migrations create (PostgreSQL servers ship them as contrib modules). */
const extensions = { pg_trgm };

/**
 * PGlite's PostgreSQL settings. Its default cache of table pages (shared_buffers, 128 MB) is allocated
 * inside the WebAssembly memory at start and held for the life of the process: an office's database
 * (thousands of records, not millions) is served as fast from 32 MB, and the platform then starts in
 * under 300 MB (issue 13, item 17; decision 0026). The operating system still caches the data files.
 */
const pgliteSettings = ['shared_buffers = 32MB'];

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgresql') return openPostgres(options.url);
  if (options.kind === 'pglite-memory') {
    const client = await PGlite.create({
      extensions,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    return wrapPglite(client, undefined);
  }
  const pgdataDir = path.join(options.dataDir, 'pgdata');
  fs.mkdirSync(options.dataDir, { recursive: true });
  const lock = acquireDataDirLock(options.dataDir);
  try {
    const client = await PGlite.create({ dataDir: pgdataDir, extensions, postgresqlconf: pgliteSettings });
    return wrapPglite(client, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Opens the database the configuration names: the PostgreSQL server of DATABASE_URL, else PGlite in DATA_DIR. */
export function openConfiguredDatabase(env: {
  DATABASE_URL?: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgresql', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: env.dataDir },
  );
}

function wrapPglite(client: PGlite, lock: DataDirLock | undefined): Database {
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    version: () => serverVersion(db),
    dumpDataDir: async () => {
      const dump = await client.dumpDataDir('none');
      return dump;
    },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (a restart, a terminated backend) is dropped by the pool and
  // replaced at the next query; without a listener its error would end the whole process.
  pool.on('error', (error) => {
    console.warn(`database: an idle connection was closed by the server (${error.message})`);
  });
  const db = drizzlePg(pool, { schema });
  await db.execute(sql`select 1`);
  return {
    db,
    kind: 'postgresql',
    version: () => serverVersion(db),
    close: () => pool.end(),
  };
}

async function serverVersion(db: Db): Promise<string> {
  const [row] = rowsOf<{ server_version: string }>(await db.execute(sql`show server_version`));
  return row?.server_version ?? 'unknown';
}

/** The rows of a raw `db.execute` result; PGlite and node-postgres both answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Applies every committed migration that has not run yet. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
  } else {
    await migratePg(database.db as Parameters<typeof migratePg>[0], { migrationsFolder });
  }
}

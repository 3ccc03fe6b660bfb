/**
 * Playwright's web server: the real platform on a fresh PGlite folder in the temporary directory,
 * with demo mode off and one administrator (created the way `npm run create-admin` does). The folder
 * is removed when the platform stops.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureAdministrator } from '../../apps/server/src/cli/ensure-administrator.ts';
import { migrateDatabase, openDatabase } from '../../apps/server/src/db/client.ts';
import { E2E_PORT, e2eAdmin } from './environment.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bia-e2e-'));
const dataDir = path.join(root, 'data');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

// The platform reads its configuration from the environment (apps/server/src/config/env.ts).
delete process.env.DATABASE_URL;
delete process.env.PUBLIC_URL;
delete process.env.SMTP_URL;
Object.assign(process.env, {
  DATA_DIR: dataDir,
  PORT: String(E2E_PORT),
  HOST: '127.0.0.1',
  DEMO_MODE: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
});

const database = await openDatabase({ kind: 'pglite', dataDir });
try {
  await migrateDatabase(database);
  await ensureAdministrator(database.db, {
    email: e2eAdmin.email,
    displayName: e2eAdmin.displayName,
    password: e2eAdmin.password,
  });
} finally {
  await database.close();
}
process.stdout.write(`e2e: administrator ${e2eAdmin.email} created in ${dataDir}\n`);

// The server as `npm start` runs it: the bundle built by scripts/build.mjs (`test:e2e` builds it first).
// The path is a variable so that type checking does not look for the build.
const serverBundle = '../../apps/server/dist/main.js';
await import(serverBundle);

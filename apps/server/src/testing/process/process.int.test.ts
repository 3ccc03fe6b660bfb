/**
 * The platform as an operator runs it: a real process on a PGlite folder. These tests concern the
 * embedded database's folder (its lock, shutting down cleanly, recovering after a crash), so they
 * run in the integration-pglite project only.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '../../db/client.ts';
import {
  buildPlatform,
  isProcessRunning,
  killLeftoverProcesses,
  RUNNING,
  runCreateAdmin,
  signIn,
  startPlatform,
  startPlatformAndWait,
  startPlatformWithNpm,
} from './server-process.ts';

const ADMIN_EMAIL = 'process.admin@example.org';
const ADMIN_PASSWORD = 'process-test-password';
/** Each test takes 10–35 s (most of it starting the platform); the margin is for a loaded machine. */
const TEST_TIMEOUT_MS = 90_000;

let dataDir: string;
const lockFile = () => path.join(dataDir, 'platform.lock');

describe('the platform process on a PGlite folder (PGlite-specific: runs in the integration-pglite project only)', () => {
  beforeAll(async () => {
    // create-admin on a new folder: the database is created and migrated (the test's admin account).
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bia-process-')), 'data');
    const created = await runCreateAdmin(dataDir, [
      '--email',
      ADMIN_EMAIL,
      '--name',
      'Process Admin',
      '--password',
      ADMIN_PASSWORD,
    ]);
    expect(created, created.stderr).toMatchObject({ code: 0 });
    expect(created.stdout).toContain(`Created the administrator account ${ADMIN_EMAIL}.`);
  }, TEST_TIMEOUT_MS);
  afterEach(killLeftoverProcesses);
  afterAll(async () => {
    await killLeftoverProcesses();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it(
    'refuses a second platform, and create-admin, on a data folder that is in use',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const first = await startPlatformAndWait(dataDir);
      expect(fs.readFileSync(lockFile(), 'utf8')).toBe(String(first.child.pid));

      // A second platform, and create-admin, both refuse the folder (tried at the same time).
      const second = await startPlatform(dataDir);
      const [secondExit, admin] = await Promise.all([
        second.exited,
        runCreateAdmin(dataDir, ['--email', 'another@example.org', '--name', 'Another']),
      ]);
      expect(secondExit.code).not.toBe(0);
      expect(second.output().stderr).toContain(
        `The data folder ${dataDir} is already in use by process ${first.child.pid}`,
      );
      expect(admin.code).toBe(1);
      expect(admin.stderr).toContain('Stop the platform first');

      // The first one never noticed.
      expect((await fetch(`${first.baseUrl}/api/health`)).status).toBe(200);
      first.child.kill('SIGTERM');
      expect(await first.exited).toEqual({ code: 0, signal: null });
    },
  );

  it(
    'on SIGTERM, finishes the request under way, refuses new ones, exits 0 and frees the folder',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const platform = await startPlatformAndWait(dataDir);
      const body = JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
      const half = Math.floor(body.length / 2);

      // A sign-in whose body arrives in two parts. `Expect: 100-continue` makes the platform answer
      // "100 Continue" once it holds the request, so the signal is sure to come while it is under way.
      const request = http.request(`${platform.baseUrl}/api/auth/sign-in`, {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
          origin: platform.baseUrl,
        },
      });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        request.on('error', reject);
      });
      answered.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
      await new Promise((resolve) => request.once('continue', resolve));
      request.write(body.slice(0, half));

      platform.child.kill('SIGTERM');
      await platform.waitForOutput(/finishing requests under way/);
      await expect(fetch(`${platform.baseUrl}/api/health`)).rejects.toThrow();

      request.end(body.slice(half));
      const response = await answered;
      expect(response.status, response.text).toBe(200);
      expect(JSON.parse(response.text)).toMatchObject({ user: { email: ADMIN_EMAIL } });

      expect(await platform.exited).toEqual({ code: 0, signal: null });
      expect(fs.existsSync(lockFile())).toBe(false);
    },
  );

  it(
    'started with `npm start`, stops whole on a SIGTERM sent to npm: the server exits and frees the folder',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      await buildPlatform();
      const npm = await startPlatformWithNpm(dataDir);
      await npm.waitForOutput(RUNNING);
      // The folder's lock names the server's own process, which npm started.
      const serverPid = Number(fs.readFileSync(lockFile(), 'utf8'));
      expect(serverPid).not.toBe(npm.child.pid);
      expect((await fetch(`${npm.baseUrl}/api/health`)).status).toBe(200);

      // What a service manager does: signal the process it started, npm.
      npm.child.kill('SIGTERM');
      await npm.exited;
      await expect.poll(() => isProcessRunning(serverPid), { timeout: 15_000 }).toBe(false);
      expect(npm.output().stderr).toContain('"message":"stopped"');
      expect(fs.existsSync(lockFile())).toBe(false);
      await expect(fetch(`${npm.baseUrl}/api/health`)).rejects.toThrow();
    },
  );

  it(
    'after kill -9 during writes, starts again on the folder with every acknowledged change',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const platform = await startPlatformAndWait(dataDir);
      const session = await signIn(platform.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
      const acknowledged: string[] = [];
      let isKilled = false;
      let next = 0;

      // Three writers change the admin's name as fast as they can (each change is committed and audited).
      const writer = async () => {
        while (!isKilled) {
          next += 1;
          const displayName = `Name ${next}`;
          try {
            const response = await fetch(`${platform.baseUrl}/api/auth/me`, {
              method: 'PATCH',
              headers: {
                'content-type': 'application/json',
                origin: platform.baseUrl,
                cookie: session.cookie,
                'x-csrf-token': session.csrfToken,
              },
              body: JSON.stringify({ displayName }),
            });
            if (response.status >= 200 && response.status < 300) acknowledged.push(displayName);
            else throw new Error(`PATCH /api/auth/me answered ${response.status}: ${await response.text()}`);
          } catch (error) {
            if (isKilled) return;
            throw error;
          }
        }
      };
      const writers = [writer(), writer(), writer()];
      while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 5));
      platform.child.kill('SIGKILL');
      isKilled = true;
      const before = [...acknowledged];
      await Promise.all(writers);
      expect(await platform.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(fs.existsSync(lockFile())).toBe(true); // left behind by the killed process

      // It starts again on the same folder, taking over the dead process's lock.
      const restarted = await startPlatformAndWait(dataDir);
      expect((await fetch(`${restarted.baseUrl}/api/health`)).status).toBe(200);
      await signIn(restarted.baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
      restarted.child.kill('SIGTERM');
      expect(await restarted.exited).toEqual({ code: 0, signal: null });

      // Every change acknowledged before the kill was committed, with its audit event.
      const database = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const audited = rowsOf<{ name: string }>(
          await database.db.execute(
            sql`select after->>'displayName' as name from audit_events where action = 'user.update_profile'`,
          ),
        ).map((row) => row.name);
        const [user] = rowsOf<{ display_name: string }>(
          await database.db.execute(sql`select display_name from users where lower(email) = ${ADMIN_EMAIL}`),
        );
        expect(before.filter((name) => !audited.includes(name))).toEqual([]);
        expect(audited.length).toBeGreaterThanOrEqual(before.length);
        expect(user?.display_name).toMatch(/^Name \d+$/);
      } finally {
        await database.close();
      }
    },
  );
});

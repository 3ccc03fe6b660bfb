/**
 * `npm run bench -- --startup` — how fast the platform starts and how much memory it holds once
 * started (issue 13, item 17): the process `npm start` runs (`node apps/server/dist/main.js`, built
 * first if its sources changed), on a PGlite data folder, measured from the moment the process is
 * created until /api/health answers 200, and its resident memory (VmRSS) then and two seconds later.
 *
 * The first start creates the database (migrations, reference data) and is reported on its own; the
 * figures that count are the restarts on the existing folder, which is what an operator meets every day.
 * Options: --starts (BENCH_STARTS, 5) restarts measured. Targets: under 3 s, under 300 MB.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repositoryRoot } from '../apps/server/src/shared/paths.ts';
import { freePort } from '../apps/server/src/testing/process/server-process.ts';

const TARGET_READY_MS = 3000;
const TARGET_RESIDENT_MB = 300;
const SETTLE_MS = 2000;

interface Start {
  readyMs: number;
  residentMbAtReady: number;
  residentMbSettled: number;
  stopMs: number;
}

/** The process's resident memory in MB, from /proc (Linux, where the platform is run and measured). */
function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return Math.round(kilobytes / 1024);
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The platform exited (${child.exitCode}) before answering.`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(20);
  }
}

async function startOnce(dataDir: string): Promise<Start> {
  const port = await freePort();
  const environment: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port) };
  for (const name of ['DATABASE_URL', 'DEMO_MODE', 'SMTP_URL', 'NODE_OPTIONS']) delete environment[name];
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['apps/server/dist/main.js'], {
    cwd: repositoryRoot,
    env: environment,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilHealthy(`http://127.0.0.1:${port}/api/health`, child);
    const readyMs = performance.now() - startedAt;
    const pid = child.pid ?? 0;
    const residentMbAtReady = residentMb(pid);
    await sleep(SETTLE_MS);
    const residentMbSettled = residentMb(pid);
    const stoppingAt = performance.now();
    child.kill('SIGTERM');
    await exited;
    return { readyMs, residentMbAtReady, residentMbSettled, stopMs: performance.now() - stoppingAt };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const max = (values: number[]) => Math.max(...values);

function describe(label: string, start: Start): string {
  return `${label}: ready in ${(start.readyMs / 1000).toFixed(2)} s, ${start.residentMbAtReady} MB resident at ready, ${start.residentMbSettled} MB after ${SETTLE_MS / 1000} s, stopped in ${Math.round(start.stopMs)} ms`;
}

export async function benchStartup(starts: number): Promise<number> {
  if (!Number.isInteger(starts) || starts < 1) throw new Error('--starts must be a whole number, 1 or more');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'server'], {
    cwd: repositoryRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) return 1;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bia-bench-startup-'));
  try {
    process.stdout.write(`Node ${process.version}, ${os.cpus().length} cores; data folder ${dataDir}\n`);
    process.stdout.write(`${describe('first start (creates the database)', await startOnce(dataDir))}\n`);
    const restarts: Start[] = [];
    for (let index = 1; index <= starts; index += 1) {
      const start = await startOnce(dataDir);
      restarts.push(start);
      process.stdout.write(`${describe(`restart ${index}`, start)}\n`);
    }
    const readyMs = restarts.map((start) => start.readyMs);
    const residentMbs = restarts.map((start) => Math.max(start.residentMbAtReady, start.residentMbSettled));
    const readyOk = median(readyMs) < TARGET_READY_MS;
    const memoryOk = median(residentMbs) < TARGET_RESIDENT_MB;
    process.stdout.write(
      [
        '',
        `Restarts on an existing folder (${starts}): ready in ${(median(readyMs) / 1000).toFixed(2)} s median, ${(max(readyMs) / 1000).toFixed(2)} s at most — target under ${TARGET_READY_MS / 1000} s: ${readyOk ? 'met' : 'NOT met'}`,
        `Resident memory once started: ${median(residentMbs)} MB median, ${max(residentMbs)} MB at most — target under ${TARGET_RESIDENT_MB} MB: ${memoryOk ? 'met' : 'NOT met'}`,
        '',
      ].join('\n'),
    );
    return readyOk && memoryOk ? 0 : 1;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

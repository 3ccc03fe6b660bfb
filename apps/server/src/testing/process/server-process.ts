/**
 * Runs the real platform (`apps/server/src/main.ts`) and the create-admin command as child processes,
 * the way an operator would, for the process-level tests: start-up, the data-folder lock, shutdown,
 * and recovery after a crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const mainScript = 'apps/server/src/main.ts';
const createAdminScript = 'apps/server/src/cli/create-admin.ts';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningProcess {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /**
   * Resolves when stdout or stderr (the log) matches; rejects, with the output so far, if the process
   * exits first or time runs out.
   */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<Exit>;
}

export interface PlatformProcess extends RunningProcess {
  port: number;
  baseUrl: string;
}

const children = new Set<ChildProcess>();

/** Kills (SIGKILL) every child still running; for afterEach/afterAll, so a failed test leaves nothing behind. */
export async function killLeftoverProcesses(): Promise<void> {
  const waits = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  );
  await Promise.all(waits);
  children.clear();
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The environment of a child: the platform's variables for a PGlite folder, nothing from the test run's database. */
function childEnv(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'TEST_DATABASE', 'PUBLIC_URL', 'SMTP_URL', 'NODE_OPTIONS'])
    delete env[name];
  return { ...env, DATA_DIR: dataDir, DEMO_MODE: 'false', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...extra };
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  return runCommand(process.execPath, ['--import', 'tsx', script, ...args], env);
}

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(command, args, {
    cwd: repositoryRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      // Let the last output arrive before answering.
      setImmediate(() => resolve({ code, signal }));
    });
  });
  const output = () => ({ stdout, stderr });
  return {
    child,
    output,
    exited,
    waitForOutput(pattern, timeoutMs = 45_000) {
      return new Promise<void>((resolve, reject) => {
        const describe = (why: string) =>
          new Error(`${why} before the output matched ${pattern}.\nstdout:\n${stdout}\nstderr:\n${stderr}`);
        const check = () => {
          if (!pattern.test(stdout) && !pattern.test(stderr)) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(describe(`${timeoutMs} ms passed`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then((exit) => {
          if (!listeners.has(check)) return;
          cleanup();
          reject(describe(`The process exited (${exit.code ?? exit.signal})`));
        });
        check();
      });
    },
  };
}

/** Starts the platform on a PGlite folder and a free port; wait for it with `waitUntilRunning`. */
export async function startPlatform(dataDir: string): Promise<PlatformProcess> {
  const port = await freePort();
  const platform = run(mainScript, [], childEnv(dataDir, { PORT: String(port) }));
  return { ...platform, port, baseUrl: `http://localhost:${port}` };
}

/**
 * Starts the platform the way README.md tells an operator to, `npm start`, on a PGlite folder and a
 * free port. Build first (`buildPlatform`), so that starting is not also building.
 */
export async function startPlatformWithNpm(dataDir: string): Promise<PlatformProcess> {
  const port = await freePort();
  const platform = runCommand('npm', ['start', '--silent'], childEnv(dataDir, { PORT: String(port) }));
  return { ...platform, port, baseUrl: `http://localhost:${port}` };
}

/**
 * Builds what `npm start` serves (`node scripts/build.mjs`: the server's bundle and the web app), when
 * it changed. In CI this is the first build; the browser tests' build then finds it current.
 */
export async function buildPlatform(): Promise<void> {
  const build = runCommand(process.execPath, ['scripts/build.mjs'], childEnv('', {}));
  const exit = await build.exited;
  if (exit.code !== 0) throw new Error(`The platform did not build:\n${build.output().stderr}`);
}

/** Whether a process with this id is still running (signal 0 tests without signalling). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const RUNNING = /is running at http:\/\/\S+:(\d+)/;

export async function startPlatformAndWait(dataDir: string): Promise<PlatformProcess> {
  const platform = await startPlatform(dataDir);
  await platform.waitForOutput(RUNNING);
  return platform;
}

/** Runs `create-admin` with the arguments on a PGlite folder; answers its exit and output. */
export async function runCreateAdmin(
  dataDir: string,
  args: string[],
): Promise<Exit & { stdout: string; stderr: string }> {
  const command = run(createAdminScript, args, childEnv(dataDir, {}));
  const exit = await command.exited;
  return { ...exit, ...command.output() };
}

/** Signs in over HTTP; answers what later requests need: the session cookie and the CSRF token. */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie || !body.csrfToken) {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return { cookie, csrfToken: body.csrfToken };
}

// @ts-check
/**
 * `npm run build`, and the step `npm start` runs first: builds what the platform serves, and only what
 * changed since the last build (issue 13, item 17; decision 0026).
 *
 * - The server is bundled ahead of time by esbuild into apps/server/dist/main.js, so starting the
 *   platform compiles no TypeScript. The installed packages stay outside the bundle (node loads them
 *   from node_modules, PGlite finds its WebAssembly beside itself); the platform's own workspace
 *   packages (@bia/contracts, @bia/i18n) are TypeScript and go in.
 * - The web app is built by `npm run build:web` (API types, then Vite).
 *
 * Each build is skipped when the files it is made from are the ones it was last made from: a fingerprint
 * of their paths, sizes and modification times is kept in node_modules/.cache/bia-build. `--force`
 * rebuilds both; `server` or `web` names the one to build. Written as plain JavaScript so that checking costs node's start-up alone, not tsx's.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, 'node_modules/.cache/bia-build');
const options = process.argv.slice(2);
const force = options.includes('--force');
/** `server` or `web` builds only that one (the process tests need the server alone); none, both. */
const only = options.find((option) => !option.startsWith('--'));

/** Folders never read as inputs: outputs, installs, and tests (which are not part of either build). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist']);
const isSkippedFile = (name) => /\.(int\.)?test\.tsx?$|\.gen\.ts$/.test(name);

/**
 * Every file under the given paths (files or folders, relative to the root), sorted, with size and
 * modification time: what a build is made from.
 * @param {string[]} inputs
 * @returns {string}
 */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  /** @param {string} relative */
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    if (!fs.existsSync(absolute)) return;
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(absolute).sort()) {
        if (SKIPPED_FOLDERS.has(entry) || isSkippedFile(entry)) continue;
        visit(path.join(relative, entry));
      }
    } else {
      hash.update(`${relative}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  for (const input of inputs) visit(input);
  return hash.digest('hex');
}

/** What both builds depend on besides their own sources. */
const SHARED_INPUTS = ['packages', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

const builds = [
  {
    name: 'server',
    output: 'apps/server/dist/main.js',
    inputs: ['apps/server/src', ...SHARED_INPUTS],
    build: buildServer,
  },
  {
    name: 'web app',
    output: 'apps/web/dist/index.html',
    // The web app's API types are generated from the server's routes, so the server is an input too.
    inputs: ['apps/web', 'apps/server/src', 'scripts/generate-api-types.ts', ...SHARED_INPUTS],
    build: buildWeb,
  },
];

async function buildServer() {
  const esbuild = await import('esbuild');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const installed = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['apps/server/src/main.ts'],
    outfile: 'apps/server/dist/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Installed packages (and their subpaths, e.g. drizzle-orm/pglite) load from node_modules.
    external: installed.flatMap((name) => [name, `${name}/*`]),
    sourcemap: 'linked',
    logLevel: 'warning',
    // Errors are printed by esbuild itself; the failure is reported once, below.
  });
}

async function buildWeb() {
  const result = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The web app did not build.');
}

fs.mkdirSync(cacheDir, { recursive: true });
for (const { name, output, inputs, build } of builds) {
  if (only && !name.startsWith(only)) continue;
  const stampFile = path.join(cacheDir, `${name.replace(/\W+/g, '-')}.fingerprint`);
  const current = fingerprint(inputs);
  const isBuilt = fs.existsSync(path.join(root, output));
  const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  if (!force && isBuilt && previous === current) continue;
  const started = Date.now();
  process.stdout.write(`Building the ${name}…\n`);
  try {
    await build();
  } catch {
    // esbuild and Vite have already printed what is wrong, with file and line.
    process.stderr.write(`The ${name} did not build: see the errors above.\n`);
    process.exit(1);
  }
  fs.writeFileSync(stampFile, current);
  process.stdout.write(`Built the ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

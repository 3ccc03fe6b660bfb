/**
 * `npm run bench` — the catalogue's speed (issue 4, "Speed") and the outcome statistics' (issue 14): a
 * fresh PostgreSQL database with 100,000 sample products, 20,000 sample deals and 50,000 orders, the
 * real platform served in this process, and concurrent clients measuring search, listing and the
 * statistics page's figures over HTTP beside the same queries issued directly to the database and a
 * trivial endpoint of the same server, so the figures read as ratios. Exits non-zero only when
 * requests fail.
 *
 * Options (flags, or environment): --products (BENCH_PRODUCTS, 100000), --deals (BENCH_DEALS, 20000),
 * --orders (BENCH_ORDERS, 50000), --only catalogue|statistics (BENCH_ONLY: one part), --duration seconds
 * (BENCH_DURATION, 10), --warmup seconds (BENCH_WARMUP, 2), --concurrency (BENCH_CONCURRENCY, 8),
 * --timeout seconds (BENCH_TIMEOUT, 30): a request still running then is given up and counted as timed
 * out (a slowness, not an error), and the database cancels its statement a second later.
 * BENCH_DATABASE_URL uses that database (kept); otherwise a database bia_bench_<pid> is created on the
 * server of TEST_POSTGRES_URL and dropped at the end.
 *
 * `npm run bench -- --startup` measures the platform's start instead: time to a healthy answer and
 * resident memory, on PGlite (bench/startup.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../apps/server/src/app.ts';
import { roleAssignments, users } from '../apps/server/src/modules/identity/identity.schema.ts';
import { hashPassword } from '../apps/server/src/modules/identity/index.ts';
import {
  addBenchmarkRounds,
  computeStatisticsFigures,
  generateSampleDeals,
} from '../apps/server/src/modules/outcomes/index.ts';
import { loadEnv } from '../apps/server/src/config/env.ts';
import { migrateDatabase, openDatabase, type Database } from '../apps/server/src/db/client.ts';
import {
  generateSampleCatalogue,
  loadHsNomenclature,
  sampleWords,
  searchCatalogue,
} from '../apps/server/src/modules/catalogue/index.ts';
import { loadReferenceData } from '../apps/server/src/modules/liaison/reference-data.ts';
import { createMailer } from '../apps/server/src/modules/mail/index.ts';
import { loadPartnerReferenceData } from '../apps/server/src/modules/partners/index.ts';
import { fiscalYearOf } from '@bia/i18n';
import type { StatisticsQuery } from '@bia/contracts';
import { bangkokToday, systemClock } from '../apps/server/src/shared/clock.ts';
import { createLogger } from '../apps/server/src/shared/logger.ts';
import { databaseUrl, testPostgresUrl } from '../apps/server/src/testing/postgres.ts';
import { benchStartup } from './startup.ts';

const TARGET_P95_MS = 50;
/** The statistics page's target (issue 14). */
const STATISTICS_TARGET_P95_MS = 100;
const PAGE_SIZE = 20;

const { values: flags } = parseArgs({
  options: {
    products: { type: 'string', default: process.env.BENCH_PRODUCTS ?? '100000' },
    deals: { type: 'string', default: process.env.BENCH_DEALS ?? '20000' },
    orders: { type: 'string', default: process.env.BENCH_ORDERS ?? '50000' },
    only: { type: 'string', default: process.env.BENCH_ONLY ?? '' },
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '10' },
    warmup: { type: 'string', default: process.env.BENCH_WARMUP ?? '2' },
    concurrency: { type: 'string', default: process.env.BENCH_CONCURRENCY ?? '8' },
    timeout: { type: 'string', default: process.env.BENCH_TIMEOUT ?? '30' },
    // `--startup` measures starting the platform instead (bench/startup.ts).
    startup: { type: 'boolean', default: false },
    starts: { type: 'string', default: process.env.BENCH_STARTS ?? '5' },
  },
});
const settings = {
  products: Number(flags.products),
  deals: Number(flags.deals),
  orders: Number(flags.orders),
  durationMs: Number(flags.duration) * 1000,
  warmupMs: Number(flags.warmup) * 1000,
  concurrency: Number(flags.concurrency),
  timeoutMs: Number(flags.timeout) * 1000,
};
for (const [name, value] of Object.entries(settings)) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
}
if (!['', 'catalogue', 'statistics'].includes(flags.only ?? ''))
  throw new Error('--only must be catalogue or statistics');
const runs = (part: 'catalogue' | 'statistics') => !flags.only || flags.only === part;

// --- What the clients ask -------------------------------------------------------------------------

const categories = Object.keys(sampleWords) as (keyof typeof sampleWords)[];

/** Searches a buyer would type: product names in the five languages, HS codes, misspellings. */
function searchQueries(): string[] {
  const queries: string[] = [];
  for (const category of categories) {
    for (const item of sampleWords[category].items.slice(0, 3)) {
      queries.push(item.name.th, item.name.en.toLowerCase(), item.name.ja, item.name.ko, item.name.zh);
    }
  }
  // HS codes (a subheading and a heading), a category's name, and misspellings in Thai and English.
  queries.push(
    '621410',
    '2009',
    'ผ้าไหม',
    'silk scarf',
    'chilli past',
    'drie mango',
    'มะมวงอบแหง',
    'スカーフ',
  );
  return queries;
}

interface Listing {
  category?: keyof typeof sampleWords;
  page: number;
}

function listings(): Listing[] {
  const all: Listing[] = [];
  for (const page of [1, 2, 5]) {
    all.push({ page });
    for (const category of categories) all.push({ category, page });
  }
  return all;
}

/**
 * What the statistics page asks (its table by city, its bars by category, its trend by round), in the
 * whole and for the current and the previous fiscal year, and the other dimensions once.
 */
function statisticsQueries(today: string): StatisticsQuery[] {
  const year = fiscalYearOf(today).buddhistYear;
  const queries: StatisticsQuery[] = [];
  for (const fiscalYear of [undefined, year, year - 1])
    for (const groupBy of ['city', 'category', 'round'] as const)
      queries.push(fiscalYear === undefined ? { groupBy } : { groupBy, fiscalYear });
  for (const groupBy of ['country', 'hs_section', 'district', 'fiscal_year', 'business'] as const)
    queries.push({ groupBy });
  return queries;
}

function statisticsPath(query: StatisticsQuery): string {
  const params = new URLSearchParams({ groupBy: query.groupBy });
  if (query.fiscalYear !== undefined) params.set('fiscalYear', String(query.fiscalYear));
  return `/api/outcomes/statistics?${params}`;
}

/** A Social Development officer's account, signed in: the statistics are read by those who read every deal. */
async function signedInCookie(database: Database, port: number): Promise<string> {
  const email = 'bench-statistics@bench.bia.invalid';
  const password = 'bench-password-statistics';
  const db = database.db;
  const [user] = await db
    .insert(users)
    .values({ email, displayName: 'Bench', passwordHash: await hashPassword(password) })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (user) await db.insert(roleAssignments).values({ userId: user.id, role: 'social_development_officer' });
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`bench sign-in: HTTP ${response.status}`);
  return cookie;
}

// --- Measuring ------------------------------------------------------------------------------------

class TimedOut extends Error {}

/** A request given up by the client, or a statement cancelled by the server (SQLSTATE 57014). */
function isTimeout(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof TimedOut || (cause as { code?: string }).code === '57014') return true;
  }
  return false;
}

interface Result {
  name: string;
  /** Of the requests that answered, and of those that timed out (at the time they were given up). */
  latencies: number[];
  timeouts: number;
  errors: number;
  firstError?: string;
  seconds: number;
}

/** Runs `task` from `concurrency` clients for the warm-up and then the measured duration. */
async function measure(name: string, task: (n: number) => Promise<void>): Promise<Result> {
  const result: Result = { name, latencies: [], timeouts: 0, errors: 0, seconds: settings.durationMs / 1000 };
  let counter = 0;
  const start = performance.now();
  const measureFrom = start + settings.warmupMs;
  const end = measureFrom + settings.durationMs;
  const client = async () => {
    for (;;) {
      const began = performance.now();
      if (began >= end) return;
      const n = counter;
      counter += 1;
      let failed: unknown;
      try {
        await task(n);
      } catch (error) {
        failed = error ?? new Error('failed');
      }
      const finished = performance.now();
      // What finished during the warm-up is not counted; a request slower than the warm-up is.
      if (finished < measureFrom) continue;
      if (failed === undefined) {
        result.latencies.push(finished - began);
      } else if (isTimeout(failed)) {
        result.timeouts += 1;
        result.latencies.push(finished - began);
      } else {
        result.errors += 1;
        result.firstError ??= failed instanceof Error ? failed.message : String(failed);
      }
    }
  };
  await Promise.all(Array.from({ length: settings.concurrency }, client));
  return result;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(result: Result) {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  return {
    name: result.name,
    requests: sorted.length,
    timeouts: result.timeouts,
    errors: result.errors,
    perSecond: sorted.length / result.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

function httpGet(agent: http.Agent, port: number, path: string, cookie?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers = cookie ? { cookie } : {};
    const request = http.get({ host: '127.0.0.1', port, path, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        if (response.statusCode === 200) resolve();
        else
          reject(
            new Error(
              `${path}: HTTP ${response.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 200)}`,
            ),
          );
      });
      response.on('error', reject);
    });
    request.setTimeout(settings.timeoutMs, () => request.destroy(new TimedOut(`${path}: no answer in time`)));
    request.on('error', reject);
  });
}

// --- The run --------------------------------------------------------------------------------------

async function createBenchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, drop: async () => {} };
  const name = `bia_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: databaseUrl(testPostgresUrl(), name),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: testPostgresUrl() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));

async function run(database: Database): Promise<number> {
  const db = database.db;
  await migrateDatabase(database);
  await loadReferenceData(db);
  await loadPartnerReferenceData(db);
  await loadHsNomenclature(db);
  const today = bangkokToday(systemClock.now());

  let started = performance.now();
  const added = await generateSampleCatalogue(db, { products: settings.products, today });
  const loadSeconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `Sample data: ${added.products} products, ${added.entrepreneurs} businesses, ${added.certifications} certifications in ${loadSeconds.toFixed(1)} s\n`,
  );
  if (runs('statistics')) {
    started = performance.now();
    const dealsAdded = await generateSampleDeals(db, {
      deals: settings.deals,
      orders: settings.orders,
      today,
    });
    const rounds = await addBenchmarkRounds(db, today);
    process.stdout.write(
      `Sample deals: ${dealsAdded.deals} deals, ${dealsAdded.entries} entries, ${dealsAdded.orderLines} order lines ` +
        `(amended orders keep their superseded lines), ${rounds} follow-up rounds with rates in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  // VACUUM as well as ANALYZE: a table bulk-loaded a moment ago has no visibility map, so index-only
  // scans read the table too until autovacuum passes (within a minute on a running server). The
  // figures are those of the catalogue in service (decision 0015).
  started = performance.now();
  await db.execute(sql`vacuum analyze`);
  process.stdout.write(`VACUUM ANALYZE: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  const env = loadEnv({ LOG_LEVEL: 'silent', PORT: '0' });
  const logger = createLogger('silent');
  const mailer = createMailer({ db, from: env.MAIL_FROM, transport: null, logger });
  const app = createApp({ env, database, clock: systemClock, mailer, logger });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.concurrency });

  const queries = searchQueries();
  const pages = listings();
  const query = (n: number) => queries[n % queries.length] ?? '';
  const listing = (n: number) => pages[n % pages.length] ?? { page: 1 };
  const langs = ['th', 'en', 'ja', 'ko', 'zh'] as const;
  const searchPath = (n: number) =>
    `/api/public/catalogue/products?${new URLSearchParams({ q: query(n), lang: langs[n % 5] ?? 'en', pageSize: String(PAGE_SIZE) })}`;
  const listingPath = (n: number) => {
    const { category, page } = listing(n);
    return `/api/public/catalogue/products?${new URLSearchParams({ ...(category ? { category } : {}), page: String(page), pageSize: String(PAGE_SIZE) })}`;
  };

  const statistics = statisticsQueries(today);
  const statisticsQuery = (n: number) => statistics[n % statistics.length] ?? { groupBy: 'city' as const };

  process.stdout.write(
    `\n${settings.concurrency} concurrent clients, ${settings.warmupMs / 1000} s warm-up then ${settings.durationMs / 1000} s each; ` +
      `${queries.length} rotating searches, ${pages.length} rotating listings, ${PAGE_SIZE} per page; ` +
      `${statistics.length} rotating statistics queries\n\n`,
  );
  const results: Result[] = [];
  try {
    results.push(await measure('health (HTTP)', () => httpGet(agent, port, '/api/health')));
    if (runs('catalogue')) {
      results.push(await measure('search (HTTP)', (n) => httpGet(agent, port, searchPath(n))));
      results.push(await measure('listing (HTTP)', (n) => httpGet(agent, port, listingPath(n))));
      results.push(
        await measure('search (direct)', async (n) => {
          await searchCatalogue(db, { q: query(n), limit: PAGE_SIZE, offset: 0 }, today);
        }),
      );
      results.push(
        await measure('listing (direct)', async (n) => {
          const { category, page } = listing(n);
          await searchCatalogue(db, { category, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, today);
        }),
      );
    }
    if (runs('statistics')) {
      const cookie = await signedInCookie(database, port);
      // Each question once, one at a time, as the first reader after a change asks it: the statements
      // run, and the answer is kept for the clients that follow (decision 0036).
      const firsts: number[] = [];
      for (const question of statistics) {
        const began = performance.now();
        await httpGet(agent, port, statisticsPath(question), cookie);
        firsts.push(performance.now() - began);
      }
      firsts.sort((a, b) => a - b);
      process.stdout.write(
        `statistics, first request of each of the ${firsts.length} questions (one at a time, nothing kept): ` +
          `min ${ms(firsts[0] ?? Number.NaN)}, median ${ms(percentile(firsts, 50))}, max ${ms(firsts.at(-1) ?? Number.NaN)} ms\n\n`,
      );
      results.push(
        await measure('statistics (HTTP)', (n) =>
          httpGet(agent, port, statisticsPath(statisticsQuery(n)), cookie),
        ),
      );
      results.push(
        await measure('statistics (direct)', async (n) => {
          await computeStatisticsFigures(db, statisticsQuery(n));
        }),
      );
    }
  } finally {
    agent.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  const rows = results.map(summary);
  const header = ['scenario', 'requests', 'timeouts', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'];
  const table = [
    header,
    ...rows.map((row) => [
      row.name,
      String(row.requests),
      String(row.timeouts),
      String(row.errors),
      row.perSecond.toFixed(0),
      ms(row.p50),
      ms(row.p95),
      ms(row.p99),
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)));
  for (const [index, line] of table.entries()) {
    process.stdout.write(
      `${line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}\n`,
    );
    if (index === 0) process.stdout.write(`${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  }

  const p95 = (name: string) => rows.find((row) => row.name === name)?.p95 ?? Number.NaN;
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  if (runs('catalogue'))
    process.stdout.write(
      `\nsearch  HTTP p95 / direct p95: ${ratio(p95('search (HTTP)'), p95('search (direct)'))}× (target ≤ 3×); ` +
        `HTTP p95 / ${TARGET_P95_MS} ms target: ${ratio(p95('search (HTTP)'), TARGET_P95_MS)}×\n` +
        `listing HTTP p95 / direct p95: ${ratio(p95('listing (HTTP)'), p95('listing (direct)'))}×; ` +
        `HTTP p95 / ${TARGET_P95_MS} ms target: ${ratio(p95('listing (HTTP)'), TARGET_P95_MS)}×\n` +
        'Notes: /api/health asks the database for its version (one small query per request). Direct is\n' +
        'searchCatalogue alone (the page with its certifications and photos), on the same connection pool\n' +
        '(10 connections) as the app; HTTP adds presenting it.\n',
    );
  if (runs('statistics'))
    process.stdout.write(
      `\nstatistics HTTP p95 / direct p95: ${ratio(p95('statistics (HTTP)'), p95('statistics (direct)'))}×; ` +
        `HTTP p95 / ${STATISTICS_TARGET_P95_MS} ms target: ${ratio(p95('statistics (HTTP)'), STATISTICS_TARGET_P95_MS)}×; ` +
        `direct p95 / target: ${ratio(p95('statistics (direct)'), STATISTICS_TARGET_P95_MS)}×\n` +
        'Notes: direct is computeStatisticsFigures alone: the statements of the figures (orders, contacts,\n' +
        'deals, the rounds and rates) run on every request. HTTP is the page as served: an answer is kept\n' +
        'until the audit trail moves on (one primary-key lookup per request) or a minute passes (decision\n' +
        '0036); each question was asked once before (above), so it measures answers kept and presented.\n' +
        'No change is made during the run.\n',
    );
  process.stdout.write(
    `Requests include those that timed out (counted at ${settings.timeoutMs / 1000} s): with timeouts, the ` +
      'percentiles above them are lower bounds.\n',
  );
  for (const result of results) {
    if (result.errors > 0)
      process.stderr.write(`${result.name}: ${result.errors} errors, first: ${result.firstError}\n`);
  }
  return results.some((result) => result.errors > 0) ? 1 : 0;
}

async function main(): Promise<number> {
  if (flags.startup) return benchStartup(Number(flags.starts));
  const target = await createBenchDatabase();
  process.stdout.write(`Database: ${new URL(target.url).pathname.slice(1)} on ${new URL(target.url).host}\n`);
  // The server cancels a statement a second after the client gave up on it.
  const url = new URL(target.url);
  url.searchParams.set('options', `-c statement_timeout=${settings.timeoutMs + 1000}`);
  const database = await openDatabase({ kind: 'postgresql', url: url.toString() });
  try {
    process.stdout.write(`PostgreSQL ${await database.version()}\n`);
    return await run(database);
  } finally {
    await database.close();
    await target.drop();
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });

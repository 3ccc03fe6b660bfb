/**
 * Composition root: read the configuration, open and migrate the database, load reference data,
 * build the services, and serve HTTP until told to stop.
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { BANGKOK_TIME_ZONE } from '@bia/i18n';
import { createApp } from './app.ts';
import { InvalidEnvironmentError, loadEnv } from './config/env.ts';
import { DataDirInUseError } from './db/data-dir-lock.ts';
import { migrateDatabase, openConfiguredDatabase } from './db/client.ts';
import { loadReferenceDataOnce, referenceDataFingerprint } from './db/reference-data-loads.ts';
import { loadDemoData } from './demo/demo-data.ts';
import { createMailer, smtpTransport } from './modules/mail/index.ts';
import { loadReferenceData } from './modules/liaison/reference-data.ts';
import { loadHsNomenclature, rebuildSearchDocumentsOnce } from './modules/catalogue/index.ts';
import { loadPartnerReferenceData } from './modules/partners/index.ts';
import { pruneIdentityRecords } from './modules/identity/index.ts';
import {
  createStrategyRoundReminders,
  InvalidPlanDataError,
  loadStrategyReferenceData,
} from './modules/strategy/index.ts';
import { createFollowUpReminders } from './modules/outcomes/index.ts';
import { createCoordinationReminders } from './modules/coordination/index.ts';
import {
  createSessionReminders,
  loadHolidayReferenceData,
  pruneSentReminders,
} from './modules/programme/index.ts';
import { systemClock } from './shared/clock.ts';
import { createHousekeepingJob } from './shared/housekeeping.ts';
import { createLogger } from './shared/logger.ts';
import { webDistDir } from './shared/paths.ts';
import { startScheduler } from './shared/scheduler.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const startup = startupTimer();
  const database = await openConfiguredDatabase(env);
  startup.lap('database');
  await migrateDatabase(database);
  startup.lap('migrations');
  await loadReferenceDataOnce(
    database.db,
    referenceDataFingerprint(fileURLToPath(import.meta.url)),
    async () => {
      await loadReferenceData(database.db);
      await loadPartnerReferenceData(database.db);
      await loadHolidayReferenceData(database.db);
      await loadHsNomenclature(database.db);
      await loadStrategyReferenceData(database.db, { logger });
    },
  );
  startup.lap('referenceData');
  // Every product's search terms, written again once when the search's program changed (decision 0028).
  if (await rebuildSearchDocumentsOnce(database.db)) startup.lap('searchDocuments');
  if (env.DEMO_MODE) {
    await loadDemoData(database.db);
    startup.lap('demoData');
  }

  const mailer = createMailer({
    db: database.db,
    from: env.MAIL_FROM,
    transport: env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null,
    logger,
  });
  const app = createApp({
    env,
    database,
    clock: systemClock,
    mailer,
    logger,
    webDistDir,
  });

  // The scheduled jobs (docs/decisions/0021-housekeeping-schedule.md): the trade sessions' reminders,
  // a day and an hour before each, checked every minute (and at start); the nightly housekeeping.
  const reminders = createSessionReminders({ db: database.db, clock: systemClock, mailer });
  const followUpReminders = createFollowUpReminders({
    db: database.db,
    clock: systemClock,
    mailer,
    publicUrl: env.publicUrl,
  });
  const strategyReminders = createStrategyRoundReminders({
    db: database.db,
    clock: systemClock,
    mailer,
    publicUrl: env.publicUrl,
  });
  const coordinationReminders = createCoordinationReminders({
    db: database.db,
    clock: systemClock,
    mailer,
    publicUrl: env.publicUrl,
  });
  const scheduler = startScheduler(
    [
      {
        // Coordination requests: their handlers are mailed once when the due date is 2 days away and
        // once when it has passed; checked at 09:20 Bangkok time (decision 0054).
        name: 'coordination-reminders',
        pattern: '20 9 * * *',
        timeZone: BANGKOK_TIME_ZONE,
        runsAtStart: true,
        run: async () => {
          const { reminded, mail } = await coordinationReminders.sendDue();
          if (reminded.due_soon + reminded.overdue > 0)
            logger.info('coordination reminders sent', { reminded, mail });
        },
      },
      {
        name: 'session-reminders',
        pattern: '* * * * *',
        timeZone: BANGKOK_TIME_ZONE,
        runsAtStart: true,
        run: async () => {
          const sent = await reminders.sendDue();
          if (sent > 0) logger.info('session reminders sent', { sent });
        },
      },
      {
        // The follow-up rounds' reminders, 7 and 2 days before a round's deadline, each sent once:
        // checked every morning at 09:00 Bangkok time (and at start, should the platform have been off).
        name: 'follow-up-reminders',
        pattern: '0 9 * * *',
        timeZone: BANGKOK_TIME_ZONE,
        runsAtStart: true,
        run: async () => {
          const { reminded, mail } = await followUpReminders.sendDue();
          if (reminded.week_before + reminded.two_days_before > 0)
            logger.info('follow-up reminders sent', { reminded, mail });
        },
      },
      {
        // The strategic plan's progress rounds: each lead unit with items not submitted is reminded 7
        // and 2 days before the deadline and once overdue, each sent once; checked at 09:10 Bangkok time.
        name: 'strategy-round-reminders',
        pattern: '10 9 * * *',
        timeZone: BANGKOK_TIME_ZONE,
        runsAtStart: true,
        run: async () => {
          const { reminded, mail } = await strategyReminders.sendDue();
          if (reminded.week_before + reminded.two_days_before + reminded.overdue > 0)
            logger.info('strategy round reminders sent', { reminded, mail });
        },
      },
      createHousekeepingJob({
        pruners: [
          { name: 'identity', prune: (now) => pruneIdentityRecords(database.db, now) },
          { name: 'programme', prune: (now) => pruneSentReminders(database.db, now) },
        ],
        clock: systemClock,
        logger,
      }),
    ],
    logger,
  );
  logger.info('scheduled jobs started', { nextRuns: scheduler.nextRuns() });

  startup.lap('app');

  // Plain HTTP/1.1 (no http2 options), so the server is a node:http Server.
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info('started', startup.figures());
    const where = env.DATABASE_URL ? 'PostgreSQL server' : `PGlite in ${env.dataDir}`;
    process.stdout.write(
      `Bangkok International Affairs Platform is running at http://${info.address === '127.0.0.1' ? 'localhost' : info.address}:${info.port} (database: ${where}${env.DEMO_MODE ? ', demo mode' : ''})\n`,
    );
  }) as Server;

  let isStopping = false;
  const stop = (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info('stopping: finishing requests under way', { signal });
    const force = setTimeout(() => {
      logger.error('requests still running after the grace period; closing anyway');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(async () => {
      await scheduler.stop();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * How long each step of starting took, and the memory held once started, logged at start so that an
 * operator (and `npm run bench -- --startup`) can see where the time goes.
 */
function startupTimer() {
  const startedAt = performance.now();
  let lapStartedAt = startedAt;
  const stepsMs: Record<string, number> = {};
  return {
    lap(step: string) {
      const now = performance.now();
      stepsMs[step] = Math.round(now - lapStartedAt);
      lapStartedAt = now;
    },
    figures() {
      return {
        // Since the process began (module loading included), not only since main() was called.
        sinceProcessStartMs: Math.round(performance.now()),
        stepsMs,
        residentMemoryMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
      };
    },
  };
}

main().catch((error: unknown) => {
  if (
    error instanceof InvalidEnvironmentError ||
    error instanceof DataDirInUseError ||
    error instanceof InvalidPlanDataError
  ) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `The platform could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});

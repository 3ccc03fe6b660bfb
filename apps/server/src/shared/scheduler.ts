/**
 * The platform's scheduled jobs (session reminders, nightly housekeeping), on croner: each job is
 * named, runs on a cron pattern read in an explicit time zone, never overlaps itself (a run still
 * going when the next is due makes that one skip), and logs its failure, the next run trying again.
 * Stopping waits for the runs under way, so the database is not closed under one. The schedule and
 * the choice of croner are explained in docs/decisions/0021-housekeeping-schedule.md.
 */
import { Cron } from 'croner';
import type { Logger } from './logger.ts';

export interface ScheduledJob {
  /** Names the job in the log: 'session-reminders'. */
  name: string;
  /**
   * When it runs, as cron reads it: minute, hour, day of month, month, day of week ('15 3 * * *' is
   * 03:15 every day), with an optional first field of seconds.
   */
  pattern: string;
  /** The IANA time zone the pattern is read in, always explicit: 'Asia/Bangkok'. */
  timeZone: string;
  /** Runs once also as the scheduler starts, not only when the pattern is first due. */
  runsAtStart?: boolean;
  run(): Promise<void>;
}

export interface Scheduler {
  /** When each job runs next (null once stopped), for the log and for tests. */
  nextRuns(): Record<string, Date | null>;
  /** Schedules nothing more and resolves once every run under way has ended. */
  stop(): Promise<void>;
}

/** Starts the jobs. Their timers do not keep the process alive: the HTTP server does. */
export function startScheduler(jobs: readonly ScheduledJob[], logger: Logger): Scheduler {
  const underWay = new Set<Promise<void>>();

  async function runOnce(job: ScheduledJob): Promise<void> {
    try {
      await job.run();
    } catch (error) {
      logger.error(`scheduled job ${job.name} failed; its next run tries again`, { error });
    }
  }

  const scheduled = jobs.map((job) => {
    const cron = new Cron(
      job.pattern,
      {
        timezone: job.timeZone,
        unref: true,
        protect: () => logger.info(`scheduled job ${job.name} is still running; this run is skipped`),
      },
      // croner awaits this to know the job is busy (`protect`); it never throws (runOnce logs).
      async () => {
        const run = runOnce(job);
        underWay.add(run);
        try {
          await run;
        } finally {
          underWay.delete(run);
        }
      },
    );
    return { job, cron };
  });
  for (const { job, cron } of scheduled) {
    // Through croner, so that a run at start also keeps the next tick from overlapping it.
    if (job.runsAtStart) void cron.trigger();
  }

  return {
    nextRuns: () => Object.fromEntries(scheduled.map(({ job, cron }) => [job.name, cron.nextRun()])),
    async stop() {
      for (const { cron } of scheduled) cron.stop();
      await Promise.all(underWay);
    },
  };
}

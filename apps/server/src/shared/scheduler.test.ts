/** The scheduler on a fake clock: its timing, its failures, its overlaps and its stop. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from './logger.ts';
import { startScheduler, type ScheduledJob, type Scheduler } from './scheduler.ts';

const EVERY_SECOND = '* * * * * *';

function buildLogger() {
  return { error: vi.fn(), info: vi.fn(), debug: vi.fn() } satisfies Logger;
}

function buildJob(overrides: Partial<ScheduledJob> = {}): ScheduledJob {
  return {
    name: 'test-job',
    pattern: EVERY_SECOND,
    timeZone: 'Asia/Bangkok',
    run: vi.fn(async () => {}),
    ...overrides,
  };
}

/** A promise the test settles when it chooses. */
function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

let scheduler: Scheduler | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-07T00:00:00.000Z') });
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  vi.useRealTimers();
});

describe('the scheduler', () => {
  it('reads a job’s pattern in the job’s time zone', () => {
    scheduler = startScheduler(
      [buildJob({ name: 'housekeeping', pattern: '15 3 * * *', timeZone: 'Asia/Bangkok' })],
      buildLogger(),
    );
    // 07:00 in Bangkok now: the next 03:15 there is tomorrow's, 20:15 today in UTC.
    expect(scheduler.nextRuns()).toEqual({ housekeeping: new Date('2026-12-07T20:15:00.000Z') });
  });

  it('runs a job each time its pattern is due, and not before', async () => {
    const job = buildJob();
    scheduler = startScheduler([job], buildLogger());
    expect(job.run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(job.run).toHaveBeenCalledTimes(3);
  });

  it('runs a job at start when asked to', async () => {
    const job = buildJob({ pattern: '* * * * *', runsAtStart: true });
    scheduler = startScheduler([job], buildLogger());
    await vi.advanceTimersByTimeAsync(0);
    expect(job.run).toHaveBeenCalledTimes(1);
  });

  it('logs a job that throws, and tries it again on the next tick', async () => {
    const logger = buildLogger();
    const failure = new Error('database unreachable');
    const run = vi.fn<() => Promise<void>>().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    scheduler = startScheduler([buildJob({ name: 'reminders', run })], logger);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith('scheduled job reminders failed; its next run tries again', {
      error: failure,
    });

    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('never overlaps a run with the next one: a tick while it runs is skipped', async () => {
    const logger = buildLogger();
    const slow = deferred();
    const run = vi.fn(() => slow.promise);
    scheduler = startScheduler([buildJob({ name: 'slow', run })], logger);

    await vi.advanceTimersByTimeAsync(3_000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith('scheduled job slow is still running; this run is skipped');

    slow.resolve();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('stops only once the run under way has ended, and runs nothing after', async () => {
    const slow = deferred();
    const run = vi.fn(() => slow.promise);
    scheduler = startScheduler([buildJob({ run })], buildLogger());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);

    let hasStopped = false;
    const stopping = scheduler.stop().then(() => {
      hasStopped = true;
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(hasStopped).toBe(false);

    slow.resolve();
    await stopping;
    expect(hasStopped).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(scheduler.nextRuns()).toEqual({ 'test-job': null });
  });

  it('stops at once when nothing is running', async () => {
    const job = buildJob({ pattern: '* * * * *' });
    scheduler = startScheduler([job], buildLogger());
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(job.run).not.toHaveBeenCalled();
  });
});

/** The housekeeping job: its schedule, its log of what went, and a pruner that fails. */
import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from './clock.ts';
import { createHousekeepingJob, type Pruner } from './housekeeping.ts';
import type { Logger } from './logger.ts';

function buildLogger() {
  return { error: vi.fn(), info: vi.fn(), debug: vi.fn() } satisfies Logger;
}

const clock = fixedClock('2026-12-07T20:15:00Z');

describe('the housekeeping job', () => {
  it('runs at 03:15 every night, Bangkok time', () => {
    const job = createHousekeepingJob({ pruners: [], clock, logger: buildLogger() });
    expect([job.pattern, job.timeZone]).toEqual(['15 3 * * *', 'Asia/Bangkok']);
  });

  it('runs every pruner at the same moment and logs how many rows of each kind went', async () => {
    const logger = buildLogger();
    const identity: Pruner = { name: 'identity', prune: vi.fn(async () => ({ expiredSessions: 3 })) };
    const mail: Pruner = { name: 'mail', prune: vi.fn(async () => ({ messages: 0 })) };
    await createHousekeepingJob({ pruners: [identity, mail], clock, logger }).run();
    expect(identity.prune).toHaveBeenCalledWith(clock.now());
    expect(mail.prune).toHaveBeenCalledWith(clock.now());
    expect(logger.info).toHaveBeenCalledWith('housekeeping pruned old records', {
      pruned: { identity: { expiredSessions: 3 }, mail: { messages: 0 } },
    });
  });

  it('runs the other pruners when one fails, then fails so that the failure is seen', async () => {
    const logger = buildLogger();
    const failure = new Error('connection lost');
    const broken: Pruner = { name: 'identity', prune: vi.fn(async () => Promise.reject(failure)) };
    const healthy: Pruner = { name: 'mail', prune: vi.fn(async () => ({ messages: 2 })) };
    await expect(createHousekeepingJob({ pruners: [broken, healthy], clock, logger }).run()).rejects.toThrow(
      'housekeeping: pruning identity failed',
    );
    expect(healthy.prune).toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledWith('housekeeping: pruning identity failed', { error: failure });
    expect(logger.info).toHaveBeenCalledWith('housekeeping pruned old records', {
      pruned: { mail: { messages: 2 } },
    });
  });
});

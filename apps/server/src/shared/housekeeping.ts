/**
 * The nightly housekeeping job: at 03:15 Bangkok time, when the platform is least used, each module's
 * pruner deletes the records it no longer needs, and the log says how many rows of each kind went.
 * Modules bring their pruners; `main.ts` lists them. The schedule is explained in
 * docs/decisions/0021-housekeeping-schedule.md.
 */
import { BANGKOK_TIME_ZONE } from '@bia/i18n';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import type { ScheduledJob } from './scheduler.ts';

/** Every day at 03:15. */
export const HOUSEKEEPING_PATTERN = '15 3 * * *';

/** How many rows of each kind a pruner deleted: `{ expiredSessions: 12 }`. */
export type PruneCounts = Readonly<Record<string, number>>;

/** One module's pruning: `name` is the module's, for the log. */
export interface Pruner {
  name: string;
  prune(now: Date): Promise<PruneCounts>;
}

/**
 * The job that runs the pruners one after the other. A pruner that fails is logged and does not keep
 * the others from running; the job then fails, and the next night tries again.
 */
export function createHousekeepingJob({
  pruners,
  clock,
  logger,
}: {
  pruners: readonly Pruner[];
  clock: Clock;
  logger: Logger;
}): ScheduledJob {
  return {
    name: 'housekeeping',
    pattern: HOUSEKEEPING_PATTERN,
    timeZone: BANGKOK_TIME_ZONE,
    async run() {
      const now = clock.now();
      const pruned: Record<string, PruneCounts> = {};
      const failed: string[] = [];
      for (const pruner of pruners) {
        try {
          pruned[pruner.name] = await pruner.prune(now);
        } catch (error) {
          logger.error(`housekeeping: pruning ${pruner.name} failed`, { error });
          failed.push(pruner.name);
        }
      }
      logger.info('housekeeping pruned old records', { pruned });
      if (failed.length > 0) throw new Error(`housekeeping: pruning ${failed.join(', ')} failed`);
    },
  };
}

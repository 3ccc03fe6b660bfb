/**
 * Coordination: the requests between the BMA's units and the IAO (issue 16, decision 0054) — opened
 * by either side, assigned to a unit and a person there, worked through their statuses with comments,
 * mailed, reminded of their due dates, and counted by fiscal year for the plan's tactic 2.3.
 */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Mailer } from '../mail/index.ts';
import { createCoordinationFiles } from './coordination.files.ts';
import { createCoordinationReads } from './coordination.reads.ts';
import { createCoordinationRoutes } from './coordination.routes.ts';
import { createCoordinationService } from './coordination.service.ts';

export { createCoordinationAuditDirectory } from './coordination.audit-directory.ts';
export {
  createCoordinationReminders,
  type CoordinationReminderRun,
  type CoordinationReminders,
} from './coordination.reminders.ts';
/** The figures of a Buddhist-era fiscal year: requests per unit, median days to done (tactic 2.3). */
export { requestFiguresOfYear } from './coordination.reads.ts';
/**
 * The service: `open(actor, input, context?)` opens a request as the API does (the impact register
 * turns an impact into a request with it) and answers its id.
 */
export { createCoordinationService, type CoordinationService } from './coordination.service.ts';

export interface CoordinationModuleDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  /** The web app's address, for the links in mail. */
  publicUrl: string;
}

export function createCoordinationModule(deps: CoordinationModuleDeps) {
  const service = createCoordinationService(deps);
  const reads = createCoordinationReads({ ...deps, service });
  const files = createCoordinationFiles({ ...deps, service });
  return { service, routes: createCoordinationRoutes({ service, reads, files }) };
}

/** Audit: the trail of every change to shared records, and the one way to make an audited change. */
import { createAuditRoutes } from './audit.routes.ts';
import { createAuditService, type AuditServiceDeps } from './audit.service.ts';

export { auditTrailOf, recordAudit, type AuditEntry } from './audit.recorder.ts';
export {
  createAudited,
  removeAudited,
  updateAudited,
  writePlannedRow,
  type AuditedCreate,
  type AuditedRemoval,
  type AuditedUpdate,
  type PlannedRowTable,
  type PlannedRowWrite,
} from './audited-change.ts';
export { presentAuditEvent } from './audit.presenter.ts';
export { lastAuditEventId } from './audit.repository.ts';
export {
  combineAuditRecordDirectories,
  describeByUuid,
  type AuditRecordDirectory,
  type DescribeRecords,
  type RecordDescription,
} from './audit.record-directory.ts';

/**
 * The audit list's routes. `records` names the records of the trail: each module's own directory
 * (`createXAuditDirectory` in its index.ts), combined in app.ts.
 */
export function createAuditModule(deps: AuditServiceDeps) {
  return { routes: createAuditRoutes({ audit: createAuditService(deps) }) };
}

/** Audit: the trail of every change to shared records, and the one way to make an audited change. */
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
export { createAuditRoutes } from './audit.routes.ts';

/** Audit: the trail of every change to shared records. */
export { auditTrailOf, recordAudit, type AuditEntry } from './audit.recorder.ts';
export { createAuditRoutes, presentAuditEvent } from './audit.routes.ts';

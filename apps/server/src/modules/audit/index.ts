/** Audit: the trail of every change to shared records. */
export { recordAudit, type AuditEntry } from './audit.recorder.ts';
export { createAuditRoutes } from './audit.routes.ts';

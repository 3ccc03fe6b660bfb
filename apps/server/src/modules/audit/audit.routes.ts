/** Browsing the audit trail (administrators). */
import { AuditEventPageSchema, AuditQuerySchema } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { createRouter, defineRoute, jsonAnswer, pageAnswer } from '../../shared/http.ts';
import { presentAuditEvent } from './audit.presenter.ts';
import { listAuditEvents } from './audit.repository.ts';

const listAuditEventsRoute = defineRoute('audit:read', {
  method: 'get',
  path: '/audit',
  tags: ['administration'],
  summary: 'Changes to shared records, newest first; dates are calendar days in Bangkok',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonAnswer(AuditEventPageSchema, 'A page of audit events') },
});

export function createAuditRoutes({ db }: { db: Db }) {
  return createRouter().openapi(listAuditEventsRoute, async (c) => {
    const query = c.req.valid('query');
    const { rows, total } = await listAuditEvents(db, query);
    return c.json(pageAnswer(rows.map(presentAuditEvent), total, query), 200);
  });
}

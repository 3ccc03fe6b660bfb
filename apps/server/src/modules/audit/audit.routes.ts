/** Browsing the audit trail (administrators): the events by name, and the people to filter them by. */
import { AuditActorListSchema, AuditQuerySchema, NamedAuditEventPageSchema } from '@bia/contracts';
import { createRouter, defineRoute, jsonAnswer, pageAnswer } from '../../shared/http.ts';
import { presentNamedAuditEvent } from './audit.presenter.ts';
import type { AuditService } from './audit.service.ts';

const listAuditEventsRoute = defineRoute('audit:read', {
  method: 'get',
  path: '/audit',
  tags: ['administration'],
  summary:
    'Changes to shared records, newest first, each record and person named in the reader’s language; dates are calendar days in Bangkok',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonAnswer(NamedAuditEventPageSchema, 'A page of audit events') },
});

const listAuditActorsRoute = defineRoute('audit:read', {
  method: 'get',
  path: '/audit/actors',
  tags: ['administration'],
  summary: 'The people who have made changes in the audit trail, by name',
  responses: { 200: jsonAnswer(AuditActorListSchema, 'The people, in the order of their names') },
});

export function createAuditRoutes({ audit }: { audit: AuditService }) {
  return createRouter()
    .openapi(listAuditEventsRoute, async (c) => {
      const query = c.req.valid('query');
      const { items, total } = await audit.list(query, c.var.locale);
      return c.json(pageAnswer(items.map(presentNamedAuditEvent), total, query), 200);
    })
    .openapi(listAuditActorsRoute, async (c) => c.json({ items: await audit.actors(c.var.locale) }, 200));
}

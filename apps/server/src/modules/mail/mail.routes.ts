/** The outbox page: the messages the platform has sent or kept (administrators). */
import { MailMessagePageSchema, PageQuerySchema } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { presentMail } from './mail.presenter.ts';
import { listMailMessages } from './mail.repository.ts';

const listOutbox = defineRoute('outbox:read', {
  method: 'get',
  path: '/outbox',
  tags: ['administration'],
  summary: 'E-mail the platform has sent or kept in its outbox, newest first',
  request: { query: PageQuerySchema },
  responses: { 200: jsonAnswer(MailMessagePageSchema, 'A page of messages') },
});

export function createMailRoutes({ db }: { db: Db }) {
  return createRouter().openapi(listOutbox, async (c) => {
    const { page, pageSize } = c.req.valid('query');
    const { rows, total } = await listMailMessages(db, { page, pageSize });
    return c.json({ items: rows.map(presentMail), total, page, pageSize }, 200);
  });
}

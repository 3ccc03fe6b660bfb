import { count, desc } from 'drizzle-orm';
import { MailMessagePageSchema, PageQuerySchema, type MailMessage } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { createRouter, defineRoute, jsonAnswer } from '../../shared/http.ts';
import { mailMessages } from './mail.schema.ts';

const listOutbox = defineRoute('outbox:read', {
  method: 'get',
  path: '/outbox',
  tags: ['administration'],
  summary: 'E-mail the platform has sent or kept in its outbox, newest first',
  request: { query: PageQuerySchema },
  responses: { 200: jsonAnswer(MailMessagePageSchema, 'A page of messages') },
});

function presentMail(row: typeof mailMessages.$inferSelect): MailMessage {
  return {
    id: row.id,
    toAddress: row.toAddress,
    subject: row.subject,
    textBody: row.textBody,
    status: row.status === 'sent' || row.status === 'failed' ? row.status : 'outbox',
    createdAt: row.createdAt.toISOString(),
  };
}

export function createMailRoutes({ db }: { db: Db }) {
  return createRouter().openapi(listOutbox, async (c) => {
    const { page, pageSize } = c.req.valid('query');
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(mailMessages)
        .orderBy(desc(mailMessages.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      db.select({ total: count() }).from(mailMessages),
    ]);
    return c.json({ items: rows.map(presentMail), total: total?.total ?? 0, page, pageSize }, 200);
  });
}

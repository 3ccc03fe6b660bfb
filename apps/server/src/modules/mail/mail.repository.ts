/** SQL for the mail log: a page of messages, newest first. */
import { count, desc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { mailMessages } from './mail.schema.ts';

export type MailMessageRow = typeof mailMessages.$inferSelect;

/** One page of the messages kept, newest first, and how many there are. */
export async function listMailMessages(
  db: Db,
  page: { page: number; pageSize: number },
): Promise<{ rows: MailMessageRow[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mailMessages)
      .orderBy(desc(mailMessages.createdAt))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(mailMessages),
  ]);
  return { rows, total: total?.total ?? 0 };
}

/** A message of the mail log as the API answers it. */
import type { MailMessage } from '@bia/contracts';
import type { MailMessageRow } from './mail.repository.ts';

export function presentMail(row: MailMessageRow): MailMessage {
  return {
    id: row.id,
    toAddress: row.toAddress,
    subject: row.subject,
    textBody: row.textBody,
    status: row.status === 'sent' || row.status === 'failed' ? row.status : 'outbox',
    createdAt: row.createdAt.toISOString(),
  };
}

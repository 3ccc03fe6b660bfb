/**
 * Sending e-mail. Every message is kept in the platform's mail log; with SMTP configured it is also
 * handed to that server, and without it the log is the outbox administrators read (so a password
 * reset works offline).
 */
import type { Transporter } from 'nodemailer';
import type { MailDelivery, MailMode } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../shared/logger.ts';
import { mailMessages } from './mail.schema.ts';
import { loadNodemailer } from '../../shared/lazy-packages.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** A calendar invitation (RFC 5545) the mail carries, which mail programs offer to add, update or remove. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

export interface Mailer {
  /** How messages leave: only into the outbox, or over SMTP as well. */
  readonly mode: MailMode;
  /**
   * Keeps the message and, with SMTP, hands it on; answers what became of it (kept in the outbox,
   * sent, or refused by the mail server), so that no one is told "sent" when it was not.
   */
  send(mail: OutgoingMail): Promise<MailDelivery>;
}

/** Delivers over SMTP; used only when `SMTP_URL` is set. */
export interface Transport {
  deliver(mail: OutgoingMail & { from: string }): Promise<void>;
}

export function smtpTransport(smtpUrl: string): Transport {
  // The SMTP client is made when the first mail goes out, so that nodemailer is not loaded at start.
  let transporter: Promise<Transporter> | undefined;
  const connect = async () => (await loadNodemailer()).createTransport(smtpUrl);
  return {
    async deliver(mail) {
      await (
        await (transporter ??= connect())
      ).sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        // nodemailer sends it as the text/calendar part with the method Outlook and Gmail look for.
        ...(mail.calendar
          ? {
              icalEvent: {
                method: mail.calendar.method,
                filename: 'invitation.ics',
                content: mail.calendar.content,
              },
            }
          : {}),
      });
    },
  };
}

export function createMailer({
  db,
  from,
  transport,
  logger,
}: {
  db: Db;
  from: string;
  transport: Transport | null;
  logger: Logger;
}): Mailer {
  return {
    mode: transport ? 'smtp' : 'outbox',
    async send(mail) {
      let status: MailDelivery = 'outbox';
      let errorMessage: string | null = null;
      if (transport) {
        try {
          await transport.deliver({ ...mail, from });
          status = 'sent';
        } catch (error) {
          status = 'failed';
          errorMessage = error instanceof Error ? error.message : String(error);
          logger.error('e-mail delivery failed', { to: mail.to, error });
        }
      }
      await db.insert(mailMessages).values({
        toAddress: mail.to,
        subject: mail.subject,
        textBody: mail.text,
        status,
        errorMessage,
        calendar: mail.calendar?.content ?? null,
        calendarMethod: mail.calendar?.method ?? null,
      });
      return status;
    },
  };
}

/**
 * Sending e-mail. Every message is kept in the platform's mail log; with SMTP configured it is also
 * handed to that server, and without it the log is the outbox administrators read (so a password
 * reset works offline).
 */
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../shared/logger.ts';
import { mailMessages } from './mail.schema.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** A calendar invitation (RFC 5545) the mail carries, which mail programs offer to add, update or remove. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/** Delivers over SMTP; used only when `SMTP_URL` is set. */
export interface Transport {
  deliver(mail: OutgoingMail & { from: string }): Promise<void>;
}

export function smtpTransport(smtpUrl: string): Transport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async deliver(mail) {
      await transporter.sendMail({
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
    async send(mail) {
      let status: 'outbox' | 'sent' | 'failed' = 'outbox';
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
    },
  };
}

/**
 * The mail of coordination requests, each in its recipient's language: a request assigned to them
 * (or to their unit), a comment addressed to them, and the reminders of a due date near or gone by.
 */
import { formatDate, isInterfaceLocale } from '@bia/i18n';
import { translatorFor } from '../../shared/i18n.ts';
import type { OutgoingMail } from '../mail/index.ts';
import type { Recipient } from './coordination.directory.ts';
import type { CoordinationReminderKind } from './coordination.rules.ts';

/** The request's page in the web app. */
export function coordinationRequestUrl(publicUrl: string, requestId: string): string {
  return `${publicUrl}/requests/${encodeURIComponent(requestId)}`;
}

export interface MailedRequest {
  subject: string;
  dueDate: string;
  url: string;
}

function translatorOf(recipient: Recipient) {
  const locale = isInterfaceLocale(recipient.locale) ? recipient.locale : 'th';
  return { t: translatorFor(locale), locale };
}

export function assignedMail(recipient: Recipient, request: MailedRequest): OutgoingMail {
  const { t, locale } = translatorOf(recipient);
  const shown = {
    name: recipient.name,
    subject: request.subject,
    due: formatDate(request.dueDate, locale),
    url: request.url,
  };
  return {
    to: recipient.email,
    subject: t('coordination:mail.assigned_subject', shown),
    text: t('coordination:mail.assigned_body', shown),
  };
}

export function commentMail(
  recipient: Recipient,
  request: MailedRequest,
  comment: { author: string; body: string },
): OutgoingMail {
  const { t, locale } = translatorOf(recipient);
  const shown = {
    name: recipient.name,
    subject: request.subject,
    due: formatDate(request.dueDate, locale),
    url: request.url,
    author: comment.author,
    comment: comment.body,
  };
  return {
    to: recipient.email,
    subject: t('coordination:mail.comment_subject', shown),
    text: t('coordination:mail.comment_body', shown),
  };
}

export function reminderMail(
  kind: CoordinationReminderKind,
  recipient: Recipient,
  request: MailedRequest,
): OutgoingMail {
  const { t, locale } = translatorOf(recipient);
  const shown = {
    name: recipient.name,
    subject: request.subject,
    due: formatDate(request.dueDate, locale),
    url: request.url,
  };
  return {
    to: recipient.email,
    subject:
      kind === 'due_soon'
        ? t('coordination:mail.due_soon_subject', shown)
        : t('coordination:mail.overdue_subject', shown),
    text: t('coordination:mail.reminder_body', shown),
  };
}

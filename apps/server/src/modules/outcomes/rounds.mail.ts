/**
 * The mail of a follow-up round, to each business asked: the opening mail and the reminders 7 and 2
 * days before the deadline. An entrepreneur with an account gets the link to the form behind sign-in,
 * in their interface language; the business's own address (when no account has it) gets a single-use
 * link that works until the round closes, in Thai (Bangkok's businesses read Thai first).
 */
import type { FollowUpReminderKind } from '@bia/contracts';
import { formatDate, type InterfaceLocale } from '@bia/i18n';
import { translatorFor } from '../../shared/i18n.ts';
import type { OutgoingMail } from '../mail/index.ts';

/** The form behind sign-in, for the business's entrepreneurs (the web app's `paths.followUpAnswer`). */
export function followUpFormUrl(publicUrl: string, roundId: string, entrepreneurId: string): string {
  return `${publicUrl}/follow-up/${encodeURIComponent(roundId)}?business=${encodeURIComponent(entrepreneurId)}`;
}

/** The single-use link, for the business's own address (the web app's `paths.followUpLink`). */
export function followUpLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/follow-up/link/${encodeURIComponent(token)}`;
}

/** Whom a business's mail goes to, and by which link. */
export type RoundRecipient =
  | { via: 'account'; email: string; name: string; locale: InterfaceLocale }
  | { via: 'link'; email: string; locale: InterfaceLocale };

export interface RoundMailFacts {
  businessName: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  /** The address the recipient opens: the signed-in form, or the single-use link. */
  url: string;
}

function values(facts: RoundMailFacts, locale: InterfaceLocale) {
  return {
    business: facts.businessName,
    from: formatDate(facts.periodStart, locale),
    to: formatDate(facts.periodEnd, locale),
    deadline: formatDate(facts.deadline, locale),
    url: facts.url,
  };
}

/** The mail that opens a round for a business. */
export function openingMail(recipient: RoundRecipient, facts: RoundMailFacts): OutgoingMail {
  const t = translatorFor(recipient.locale);
  const shown = values(facts, recipient.locale);
  return {
    to: recipient.email,
    subject: t('follow_up:mail.opening_subject', shown),
    text:
      recipient.via === 'account'
        ? t('follow_up:mail.opening_body_account', { ...shown, name: recipient.name })
        : t('follow_up:mail.opening_body_link', shown),
  };
}

/** A reminder to a business that has not answered. */
export function reminderMail(
  kind: FollowUpReminderKind,
  recipient: RoundRecipient,
  facts: RoundMailFacts,
): OutgoingMail {
  const t = translatorFor(recipient.locale);
  const shown = values(facts, recipient.locale);
  const subject =
    kind === 'week_before'
      ? t('follow_up:mail.reminder_week_subject', shown)
      : t('follow_up:mail.reminder_two_days_subject', shown);
  return {
    to: recipient.email,
    subject,
    text:
      recipient.via === 'account'
        ? t('follow_up:mail.reminder_body_account', { ...shown, name: recipient.name })
        : t('follow_up:mail.reminder_body_link', shown),
  };
}

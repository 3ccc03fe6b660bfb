/**
 * Reminders of a session, mailed a day and an hour before it starts (issue 5): to each registered
 * participant in the language of their invitation and their city's time, and to each business
 * presenting, in Thai and Bangkok time. A reminder is recorded before it is sent, once per person,
 * kind and start: running twice sends nothing twice, and a session moved to a new time is reminded
 * of again. A reminder whose moment passed while the platform was stopped is not sent late, except
 * that the day's reminder still goes out until the hour's is due.
 */
import { createI18n, formatDateTime, isCatalogueLocale, namespaces } from '@bia/i18n';
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../shared/clock.ts';
import type { Mailer, OutgoingMail } from '../../mail/index.ts';
import { HOUR_MS } from '../../../shared/time.ts';
import { sessionRecipients, type MailRecipient } from './participant-mail.ts';
import { sessionTitleIn } from './session-texts.ts';
import { claimReminder, listPlannedSessionsStarting, type SessionRow } from './sessions.repository.ts';

export const reminderKinds = ['day', 'hour'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** The reminder due for a session starting at `startsAt`, seen at `now` (null: none is due). */
export function reminderDue(startsAt: Date, now: Date): ReminderKind | null {
  const ahead = startsAt.getTime() - now.getTime();
  if (ahead <= 0 || ahead > 24 * HOUR_MS) return null;
  return ahead <= HOUR_MS ? 'hour' : 'day';
}

type Recipient = MailRecipient & { timeZone: string };

function reminderMail(kind: ReminderKind, session: SessionRow, recipient: Recipient): OutgoingMail {
  const language = isCatalogueLocale(recipient.language) ? recipient.language : 'en';
  const t = createI18n(language).getFixedT(language, namespaces);
  const values = {
    name: recipient.fullName,
    title: sessionTitleIn(session, language).text,
    when: formatDateTime(session.startsAt, language, { timeZone: recipient.timeZone }),
    zone: recipient.timeZone,
    meeting: session.meetingUrl ? t('session_public:mail.meeting_link', { url: session.meetingUrl }) : '',
  };
  return {
    to: recipient.email,
    subject:
      kind === 'day'
        ? t('session_public:mail.reminder_day_subject', values)
        : t('session_public:mail.reminder_hour_subject', values),
    text:
      kind === 'day'
        ? t('session_public:mail.reminder_day_body', values)
        : t('session_public:mail.reminder_hour_body', values),
  };
}

export type SessionReminders = ReturnType<typeof createSessionReminders>;

export function createSessionReminders({ db, clock, mailer }: { db: Db; clock: Clock; mailer: Mailer }) {
  return {
    /** Mails the reminders due now; answers how many went out. */
    async sendDue(): Promise<number> {
      const now = clock.now();
      const upcoming = await listPlannedSessionsStarting(db, now, new Date(now.getTime() + 24 * HOUR_MS));
      let sent = 0;
      for (const session of upcoming) {
        const kind = reminderDue(session.startsAt, now);
        if (!kind) continue;
        for (const { recipient, timeZone } of await sessionRecipients(db, session.id)) {
          const isClaimed = await claimReminder(db, {
            sessionId: session.id,
            kind,
            email: recipient.email.toLowerCase(),
            startsAt: session.startsAt,
            sentAt: now,
          });
          if (!isClaimed) continue;
          await mailer.send(reminderMail(kind, session, { ...recipient, timeZone }));
          sent += 1;
        }
      }
      return sent;
    },
  };
}

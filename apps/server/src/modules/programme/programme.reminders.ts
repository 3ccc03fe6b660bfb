/**
 * Reminders of a session, mailed a day and an hour before it starts (issue 5): to each registered
 * participant in the language of their invitation and their city's time, and to each business
 * presenting, in Thai and Bangkok time. A reminder is recorded before it is sent, once per person,
 * kind and start: running twice sends nothing twice, and a session moved to a new time is reminded
 * of again. A reminder whose moment passed while the platform was stopped is not sent late, except
 * that the day's reminder still goes out until the hour's is due.
 */
import { and, eq, gt, lte } from 'drizzle-orm';
import { createI18n, formatDateTime, isCatalogueLocale, namespaces } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Mailer, OutgoingMail } from '../mail/index.ts';
import { sessionRecipients, type MailRecipient } from './programme.participant-mail.ts';
import { programmeSessions, sessionReminders } from './programme.schema.ts';

const HOUR_MS = 60 * 60 * 1000;
export const reminderKinds = ['day', 'hour'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** The reminder due for a session starting at `startsAt`, seen at `now` (null: none is due). */
export function reminderDue(startsAt: Date, now: Date): ReminderKind | null {
  const ahead = startsAt.getTime() - now.getTime();
  if (ahead <= 0 || ahead > 24 * HOUR_MS) return null;
  return ahead <= HOUR_MS ? 'hour' : 'day';
}

type Recipient = MailRecipient & { timeZone: string };

type SessionRow = typeof programmeSessions.$inferSelect;

function reminderMail(kind: ReminderKind, session: SessionRow, recipient: Recipient): OutgoingMail {
  const language = isCatalogueLocale(recipient.language) ? recipient.language : 'en';
  const t = createI18n(language).getFixedT(language, namespaces);
  const values = {
    name: recipient.fullName,
    title: session.title,
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
      const upcoming = await db
        .select()
        .from(programmeSessions)
        .where(
          and(
            eq(programmeSessions.status, 'planned'),
            gt(programmeSessions.startsAt, now),
            lte(programmeSessions.startsAt, new Date(now.getTime() + 24 * HOUR_MS)),
          ),
        );
      let sent = 0;
      for (const session of upcoming) {
        const kind = reminderDue(session.startsAt, now);
        if (!kind) continue;
        for (const { recipient, timeZone } of await sessionRecipients(db, session.id)) {
          const [claimed] = await db
            .insert(sessionReminders)
            .values({
              sessionId: session.id,
              kind,
              email: recipient.email.toLowerCase(),
              startsAt: session.startsAt,
              sentAt: now,
            })
            .onConflictDoNothing()
            .returning();
          if (!claimed) continue;
          await mailer.send(reminderMail(kind, session, { ...recipient, timeZone }));
          sent += 1;
        }
      }
      return sent;
    },
  };
}

/**
 * Runs the reminders every minute until stopped; a failure is logged and the next run tries again.
 * Stopping waits for a run under way, so that the database is not closed under it.
 */
export function scheduleReminders(
  reminders: SessionReminders,
  onError: (error: unknown) => void,
  intervalMs = 60_000,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return;
    running = reminders
      .sendDue()
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

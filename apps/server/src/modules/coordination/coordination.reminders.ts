/**
 * The reminders of coordination requests: once when an open request's due date is 2 days away or
 * less, and once when it has passed, mailed to its assignee (or, with no one assigned, to whoever
 * handles its unit's requests) in their language. Each is recorded before it is sent (once per
 * request and kind), so a second run the same day, or a restart, sends nothing twice.
 */
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import type { Mailer } from '../mail/index.ts';
import { createCoordinationDirectory, type Recipient } from './coordination.directory.ts';
import { coordinationRequestUrl, reminderMail } from './coordination.mail.ts';
import * as repository from './coordination.repository.ts';
import { DUE_SOON_DAYS, reminderDue, type CoordinationReminderKind } from './coordination.rules.ts';

export interface CoordinationReminderRun {
  reminded: Record<CoordinationReminderKind, number>;
  mail: { outbox: number; sent: number; failed: number };
}

export type CoordinationReminders = ReturnType<typeof createCoordinationReminders>;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function createCoordinationReminders({
  db,
  clock,
  mailer,
  publicUrl,
}: {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}) {
  const directory = createCoordinationDirectory(db);

  async function recipientsOf(row: repository.RequestRow): Promise<Recipient[]> {
    const handlers = await directory.handlersOf(row.toUnitCode);
    if (!row.assigneeId) return handlers;
    const assignee = handlers.find((person) => person.userId === row.assigneeId);
    return assignee ? [assignee] : await directory.people([row.assigneeId]);
  }

  return {
    /** Mails the reminders due today (Bangkok). */
    async sendDue(): Promise<CoordinationReminderRun> {
      const now = clock.now();
      const today = bangkokToday(now);
      const run: CoordinationReminderRun = {
        reminded: { due_soon: 0, overdue: 0 },
        mail: { outbox: 0, sent: 0, failed: 0 },
      };
      for (const row of await repository.listOpenDueBy(db, addDays(today, DUE_SOON_DAYS))) {
        const kind = reminderDue(row.dueDate, today);
        if (!kind) continue;
        const recipients = await recipientsOf(row);
        // No one to tell: the IAO's overview shows it overdue.
        if (recipients.length === 0) continue;
        if (!(await repository.claimReminder(db, { requestId: row.id, kind, sentAt: now }))) continue;
        run.reminded[kind] += 1;
        const facts = {
          subject: row.subject,
          dueDate: row.dueDate,
          url: coordinationRequestUrl(publicUrl, row.id),
        };
        for (const person of recipients) run.mail[await mailer.send(reminderMail(kind, person, facts))] += 1;
      }
      return run;
    },
  };
}

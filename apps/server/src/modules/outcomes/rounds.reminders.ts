/**
 * The reminders of the follow-up rounds: 7 and 2 days before a round's deadline, to each business
 * that has not answered (rounds.rules.ts `reminderDue`). Each is recorded before it is sent, once per
 * business and kind, so a second run the same day (or the scheduler and a restart) sends nothing
 * twice. A business reached through its single-use link gets a new link with the reminder: only the
 * link's hash is kept, so the earlier one cannot be mailed again, and the new one replaces it.
 */
import type { FollowUpReminderKind } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { hashToken, newSecretToken } from '../identity/index.ts';
import type { Mailer } from '../mail/index.ts';
import { followUpFormUrl, followUpLinkUrl, reminderMail, type RoundRecipient } from './rounds.mail.ts';
import * as repository from './rounds.repository.ts';
import { reminderDue } from './rounds.rules.ts';
import { mailedBusinesses } from './rounds.service.ts';

export interface FollowUpReminderDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** What a run sent: the businesses reminded of each kind, and the mail's fate. */
export interface ReminderRun {
  reminded: Record<FollowUpReminderKind, number>;
  mail: { outbox: number; sent: number; failed: number };
}

export type FollowUpReminders = ReturnType<typeof createFollowUpReminders>;

export function createFollowUpReminders({ db, clock, mailer, publicUrl }: FollowUpReminderDeps) {
  return {
    /** Mails the reminders due today (Bangkok) to the businesses that have not answered. */
    async sendDue(): Promise<ReminderRun> {
      const now = clock.now();
      const today = bangkokToday(now);
      const run: ReminderRun = {
        reminded: { week_before: 0, two_days_before: 0 },
        mail: { outbox: 0, sent: 0, failed: 0 },
      };
      for (const round of await repository.listOpenRounds(db)) {
        const kind = reminderDue(
          { deadline: round.deadline, openedOn: bangkokToday(round.createdAt) },
          today,
        );
        if (!kind) continue;
        const waiting = (await repository.listRoundBusinesses(db, round.id)).filter(
          (asked) =>
            asked.answer === null &&
            (kind === 'week_before' ? asked.remindedWeekBeforeAt : asked.remindedTwoDaysBeforeAt) === null,
        );
        const businesses = await mailedBusinesses(
          db,
          waiting.map((asked) => asked.entrepreneurId),
        );
        for (const business of businesses) {
          // A business mail cannot reach is followed up another way (the round's page lists it).
          if (business.accounts.length === 0 && !business.linkEmail) continue;
          const token = business.linkEmail ? newSecretToken() : null;
          const isClaimed = await repository.claimReminder(
            db,
            round.id,
            business.id,
            kind,
            now,
            token ? hashToken(token) : null,
          );
          if (!isClaimed) continue;
          run.reminded[kind] += 1;
          const facts = {
            businessName: business.name.nameTh ?? business.name.nameEn ?? '',
            periodStart: round.periodStart,
            periodEnd: round.periodEnd,
            deadline: round.deadline,
          };
          const recipients: { recipient: RoundRecipient; url: string }[] = [
            ...business.accounts.map((account) => ({
              recipient: account,
              url: followUpFormUrl(publicUrl, round.id, business.id),
            })),
            ...(business.linkEmail && token
              ? [
                  {
                    recipient: { via: 'link' as const, email: business.linkEmail, locale: 'th' as const },
                    url: followUpLinkUrl(publicUrl, token),
                  },
                ]
              : []),
          ];
          for (const { recipient, url } of recipients) {
            run.mail[await mailer.send(reminderMail(kind, recipient, { ...facts, url }))] += 1;
          }
        }
      }
      return run;
    },
  };
}

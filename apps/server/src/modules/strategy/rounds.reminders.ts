/**
 * The reminders of the plan's progress rounds: 7 and 2 days before a round's deadline, and once when
 * it is overdue, each lead unit with items not submitted gets one mail listing them, sent to its
 * liaison officers in their language. Each is recorded before it is sent (once per round, unit and
 * kind), so a second run the same day, or a restart, sends nothing twice.
 */
import { formatDate, isInterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { activeUsersHoldingRole } from '../identity/index.ts';
import type { Mailer, OutgoingMail } from '../mail/index.ts';
import * as repository from './rounds.repository.ts';
import { isAwaitingReport, strategyReminderDue, type StrategyReminderKind } from './rounds.rules.ts';

export interface StrategyReminderDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

/** What a run sent: the units reminded of each kind, and the mail's fate. */
export interface StrategyReminderRun {
  reminded: Record<StrategyReminderKind, number>;
  mail: { outbox: number; sent: number; failed: number };
}

/** The round's page in the web app, where the unit's items are listed. */
export function strategyRoundUrl(publicUrl: string, roundId: string): string {
  return `${publicUrl}/strategy/rounds/${encodeURIComponent(roundId)}`;
}

function reminderMail(
  kind: StrategyReminderKind,
  recipient: { email: string; name: string; locale: string },
  facts: { fiscalYear: number; deadline: string; itemCodes: string[]; url: string },
): OutgoingMail {
  const locale = isInterfaceLocale(recipient.locale) ? recipient.locale : 'th';
  const t = translatorFor(locale);
  const shown = {
    name: recipient.name,
    year: facts.fiscalYear,
    deadline: formatDate(facts.deadline, locale),
    items: facts.itemCodes.join(', '),
    url: facts.url,
  };
  const subject =
    kind === 'week_before'
      ? t('strategy:mail.reminder_week_subject', shown)
      : kind === 'two_days_before'
        ? t('strategy:mail.reminder_two_days_subject', shown)
        : t('strategy:mail.reminder_overdue_subject', shown);
  return { to: recipient.email, subject, text: t('strategy:mail.reminder_body', shown) };
}

export type StrategyRoundReminders = ReturnType<typeof createStrategyRoundReminders>;

export function createStrategyRoundReminders({ db, clock, mailer, publicUrl }: StrategyReminderDeps) {
  return {
    /** Mails the reminders due today (Bangkok) to the lead units with items not submitted. */
    async sendDue(): Promise<StrategyReminderRun> {
      const now = clock.now();
      const today = bangkokToday(now);
      const run: StrategyReminderRun = {
        reminded: { week_before: 0, two_days_before: 0, overdue: 0 },
        mail: { outbox: 0, sent: 0, failed: 0 },
      };
      for (const round of await repository.listOpenRounds(db)) {
        const kind = strategyReminderDue(
          { deadline: round.deadline, openedOn: bangkokToday(round.createdAt) },
          today,
        );
        if (!kind) continue;
        const waiting = (await repository.listItems(db, [round.id])).filter((item) =>
          isAwaitingReport(item.status),
        );
        const byUnit = new Map<string, string[]>();
        for (const item of waiting)
          byUnit.set(item.leadUnitCode, [...(byUnit.get(item.leadUnitCode) ?? []), item.itemCode]);
        const officers = await activeUsersHoldingRole(db, 'liaison_officer', [...byUnit.keys()]);
        for (const [unitCode, itemCodes] of byUnit) {
          const recipients = officers.filter((officer) => officer.scopeId === unitCode);
          // A unit with no liaison officer is followed up another way: the round's page lists it late.
          if (recipients.length === 0) continue;
          const isClaimed = await repository.claimReminder(db, {
            roundId: round.id,
            unitCode,
            kind,
            itemCodes,
            sentAt: now,
          });
          if (!isClaimed) continue;
          run.reminded[kind] += 1;
          const facts = {
            fiscalYear: round.fiscalYear,
            deadline: round.deadline,
            itemCodes,
            url: strategyRoundUrl(publicUrl, round.id),
          };
          for (const officer of recipients)
            run.mail[
              await mailer.send(
                reminderMail(
                  kind,
                  { email: officer.email, name: officer.displayName, locale: officer.locale },
                  facts,
                ),
              )
            ] += 1;
        }
      }
      return run;
    },
  };
}

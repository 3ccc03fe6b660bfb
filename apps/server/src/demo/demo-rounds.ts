/**
 * The demo's follow-up rounds (issue 14; seed 003 §9.2): one round for each six months since the
 * demo programme's first held session, so that the statistics can be read by round and the rounds'
 * pages have a history to show.
 *
 * - Each half-year before the last is closed: every business asked answered through its link
 *   ("reported", its deals' entries of the period filed under the round, when there are any; else
 *   "nothing new"), with the rates
 *   Social Development recorded for the won, the yen and the yuan, and its figures frozen as closing
 *   a round freezes them.
 * - The half-year that ended last is still open, its deadline ten days ahead: some businesses have
 *   answered (on the phone, entered by staff), the demo entrepreneur's business has not, so its
 *   owner finds a form waiting.
 *
 * The businesses asked are the demo's own that presented at a held session up to the period's end.
 * No mail is sent (nobody was invited by the demo). A round for a period that already has one (an
 * officer's) is left alone. Rows are written directly, as the other demo data is.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { bangkokToday } from '../shared/clock.ts';
import {
  dealEntries,
  deals,
  followUpRates,
  followUpRoundBusinesses,
  followUpRounds,
} from '../modules/outcomes/outcomes.schema.ts';
import { computeRoundFigures } from '../modules/outcomes/rounds.figures.ts';
import { figureContacts, figureLines } from '../modules/outcomes/rounds.repository.ts';
import { addDays, defaultPeriod } from '../modules/outcomes/rounds.rules.ts';
import { programmeSessions, sessionEntrepreneurs } from '../modules/programme/programme.schema.ts';
import { demoBusinessIds } from './demo-catalogue.ts';
import { demoCurrencyRates } from './demo-outcomes.ts';

/** A UUID (version-4 shaped) derived from a name, the same every time. */
function stableId(name: string): string {
  const hex = createHash('sha256').update(`bia-demo-rounds:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The half-year (October–March or April–September) a day falls in. */
function halfYearOf(day: string): { periodStart: string; periodEnd: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (month >= 4 && month <= 9) return { periodStart: `${year}-04-01`, periodEnd: `${year}-09-30` };
  const endYear = month >= 10 ? year + 1 : year;
  return { periodStart: `${endYear - 1}-10-01`, periodEnd: `${endYear}-03-31` };
}

/** 10:00 in Bangkok on a day. */
const morningOf = (day: string) => new Date(`${day}T03:00:00Z`);

/** Answers how many rounds were added. */
export async function loadDemoRounds(db: Db, options: { now: Date }): Promise<number> {
  const today = bangkokToday(options.now);
  const businessIds: string[] = Object.values(demoBusinessIds);
  const presented = await db
    .select({ entrepreneurId: sessionEntrepreneurs.entrepreneurId, startsAt: programmeSessions.startsAt })
    .from(sessionEntrepreneurs)
    .innerJoin(programmeSessions, eq(programmeSessions.id, sessionEntrepreneurs.sessionId))
    .where(
      and(eq(programmeSessions.status, 'held'), inArray(sessionEntrepreneurs.entrepreneurId, businessIds)),
    )
    .orderBy(asc(programmeSessions.startsAt));
  const first = presented[0];
  if (!first) return 0;

  const latest = defaultPeriod(today);
  const periods: { periodStart: string; periodEnd: string }[] = [];
  for (
    let period = halfYearOf(bangkokToday(first.startsAt));
    period.periodEnd <= latest.periodEnd;
    period = halfYearOf(addDays(period.periodEnd, 1))
  ) {
    periods.push(period);
  }

  let added = 0;
  for (const [index, period] of periods.entries()) {
    const isOpen = period.periodEnd === latest.periodEnd;
    const asked = [
      ...new Set(
        presented
          .filter((row) => bangkokToday(row.startsAt) <= period.periodEnd)
          .map((row) => row.entrepreneurId),
      ),
    ];
    const closedOn = addDays(period.periodEnd, 35);
    const openedOn = isOpen ? addDays(today, -11) : addDays(period.periodEnd, 7);
    const isAdded = await db.transaction(async (tx) => {
      const [round] = await tx
        .insert(followUpRounds)
        .values({
          id: stableId(period.periodStart),
          ...period,
          deadline: isOpen ? addDays(today, 10) : addDays(openedOn, 21),
          status: 'open',
          createdAt: morningOf(openedOn),
          updatedAt: morningOf(openedOn),
        })
        .onConflictDoNothing()
        .returning();
      if (!round) return false;
      // The rates drift a little from one half-year to the next.
      const drift = 1 + ((index % 3) - 1) * 0.02;
      const rates = Object.values(demoCurrencyRates).map(({ currency, baht }) => ({
        currency,
        bahtPerUnit: Number((baht * drift).toFixed(6)),
      }));
      await tx.insert(followUpRates).values(
        rates.map((rate) => ({
          roundId: round.id,
          currency: rate.currency,
          bahtPerUnit: String(rate.bahtPerUnit),
        })),
      );

      // What the businesses' deals recorded in the period, besides the exchanges at sessions.
      const news = await tx
        .select({ id: dealEntries.id, entrepreneurId: deals.entrepreneurId })
        .from(dealEntries)
        .innerJoin(deals, eq(deals.id, dealEntries.dealId))
        .where(
          and(
            inArray(deals.entrepreneurId, asked),
            isNull(dealEntries.roundId),
            sql`${dealEntries.occurredOn} between ${period.periodStart}::date and ${period.periodEnd}::date`,
            sql`coalesce(${dealEntries.contactChannel}, '') <> 'session'`,
          ),
        );
      const withNews = new Set(news.map((row) => row.entrepreneurId));
      // In the open round, every other business has answered so far, never the demo entrepreneur's.
      const answeredIn = new Set(
        asked.filter(
          (entrepreneurId, n) => !isOpen || (n % 2 === 1 && entrepreneurId !== demoBusinessIds.silk),
        ),
      );
      await tx.insert(followUpRoundBusinesses).values(
        asked.map((entrepreneurId, n) => {
          const hasAnswered = answeredIn.has(entrepreneurId);
          return {
            roundId: round.id,
            entrepreneurId,
            ...(hasAnswered
              ? {
                  answer: withNews.has(entrepreneurId) ? 'reported' : 'nothing_new',
                  answeredAt: morningOf(isOpen ? addDays(openedOn, 3 + n) : addDays(openedOn, 2 + n)),
                  answeredAs: isOpen ? 'staff' : 'link',
                }
              : {}),
          };
        }),
      );
      // A business that answered "reported" reported those entries in this round.
      const reported = news.filter((row) => !isOpen || answeredIn.has(row.entrepreneurId));
      if (reported.length > 0) {
        await tx
          .update(dealEntries)
          .set({ roundId: round.id })
          .where(
            inArray(
              dealEntries.id,
              reported.map((row) => row.id),
            ),
          );
      }
      if (!isOpen) {
        const [contacts, lines] = await Promise.all([figureContacts(tx, round), figureLines(tx, round)]);
        const frozenFigures = computeRoundFigures(
          contacts,
          lines,
          new Map(rates.map((rate) => [rate.currency, rate.bahtPerUnit])),
        );
        await tx
          .update(followUpRounds)
          .set({
            status: 'closed',
            frozenFigures,
            closedAt: morningOf(closedOn),
            updatedAt: morningOf(closedOn),
            version: 2,
          })
          .where(eq(followUpRounds.id, round.id));
      }
      return true;
    });
    if (isAdded) added += 1;
  }
  return added;
}

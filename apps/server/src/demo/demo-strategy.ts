/**
 * The demo's year of strategic-plan monitoring (issue 15, decision 0043), told through the rounds
 * service as the demo's people would have done it, so that each round's audit trail reads as theirs:
 *
 * - Last fiscal year (the demo clock's): its six-month and twelve-month rounds opened by the IAO
 *   officer, every item reported by the IAO (the lead unit of every KPI of the plan), some
 *   contributions by the demo liaison officer's unit, every report accepted by the Strategy and
 *   Evaluation officer, the rounds approved by the executive. Some KPIs met their targets, some did
 *   not; KPI 3.2.1 was amended after approval and accepted again.
 * - This fiscal year: its six-month round open, the deadline six days ahead (its last week: the
 *   reminders go, the round lists the units due soon), its items in every state — some accepted, some
 *   submitted, one returned with a comment, drafts, some not started — and the liaison officer's unit
 *   with contributions not started, returned, a draft (decision 0052).
 *
 * The levels and values are offsets from each year's target (demo-strategy-content.ts), whichever
 * years the demo clock makes these. A year the plan does not cover gets no round, and a round already
 * there for a year and kind (an officer's, or the demo's) is left alone. Each round is written in one
 * transaction: all of it or none.
 */
import { fiscalYearOf } from '@bia/i18n';
import type { Db } from '../db/client.ts';
import { bangkokToday } from '../shared/clock.ts';
import type { PlanDocument } from '../modules/strategy/plan-data.ts';
import { listRounds } from '../modules/strategy/rounds.repository.ts';
import { planInForce } from '../modules/strategy/strategy.plan.ts';
import { listCurrentVersions } from '../modules/strategy/strategy.repository.ts';
import { kpiAnswer, projectAnswer, type Report } from './demo-strategy-answers.ts';
import {
  amendment,
  DEMO_LIAISON_UNIT,
  evidenceSites,
  kpiStories,
  liaisonContributions,
  type KpiStory,
} from './demo-strategy-content.ts';
import { projectStories } from './demo-strategy-projects.ts';
import { addDays, at, demoActors, IAO_UNIT, roundWriter, type Writer } from './demo-strategy-writer.ts';

/** Every item's lead report, submitted (a few kept for a day as a draft first). */
async function reportAll(
  writer: Writer,
  document: PlanDocument,
  fiscalYear: number,
  report: Report,
  firstDay: string,
  span: number,
) {
  const stories = [
    ...kpiStories.map((story) => ({
      code: story.code,
      answer: () => kpiAnswer(document, story, fiscalYear, report),
    })),
    ...projectStories.map((story, index) => ({
      code: story.code,
      answer: () => projectAnswer(story, index, fiscalYear, report),
    })),
  ];
  for (const [index, { code, answer }] of stories.entries()) {
    const day = addDays(firstDay, index % span);
    // Some reports were kept as a draft for a day before they were sent.
    if (index % 9 === 4) await writer.report(code, answer(), at(addDays(day, -1), 60 + index), false);
    await writer.report(code, answer(), at(day, 20 + index * 3), true);
  }
}

/** Last year's round of a kind: reported, reviewed, approved (and, at twelve months, amended). */
async function loadApprovedRound(
  writer: Writer,
  document: PlanDocument,
  fiscalYear: number,
  kind: 'six_month' | 'twelve_month',
) {
  const endYear = fiscalYear - 543;
  const isTwelve = kind === 'twelve_month';
  const openedOn = isTwelve ? `${endYear}-10-02` : `${endYear}-04-03`;
  const report: Report = isTwelve ? 'full' : 'half';
  const roundId = await writer.open(kind, openedOn, addDays(openedOn, 28));
  await reportAll(writer, document, fiscalYear, report, addDays(openedOn, 6), 18);
  const contributed: string[] = [];
  for (const [index, contribution] of liaisonContributions.entries()) {
    if (!contribution.lastYear) continue;
    if (
      await writer.contribute(
        contribution.code,
        contribution.narrative,
        at(addDays(openedOn, 14 + index), 90),
        true,
      )
    )
      contributed.push(contribution.code);
  }
  const reviewFrom = addDays(openedOn, 31);
  const codes = [...kpiStories.map((story) => story.code), ...projectStories.map((story) => story.code)];
  for (const [index, code] of codes.entries()) {
    const day = addDays(reviewFrom, index % 5);
    // At six months, KPI 2.2.1 was returned once for its evidence, then sent again and accepted.
    if (!isTwelve && code === '2.2.1') {
      await writer.review(code, IAO_UNIT, at(day, 10), 'ขอให้แนบแบบสำรวจและรายชื่อพื้นที่นำร่องเป็นหลักฐานประกอบ');
      const story = kpiStories.find((candidate) => candidate.code === code) as KpiStory;
      const answer = kpiAnswer(document, story, fiscalYear, report);
      await writer.report(
        code,
        { ...answer, evidenceLinks: [{ ...evidenceSites.bma }] },
        at(addDays(day, 2), 30),
        true,
      );
      await writer.review(code, IAO_UNIT, at(addDays(day, 3), 10));
      continue;
    }
    await writer.review(code, IAO_UNIT, at(day, 10 + index * 4));
  }
  for (const [index, code] of contributed.entries())
    await writer.review(code, DEMO_LIAISON_UNIT, at(addDays(reviewFrom, 5), 200 + index * 5));
  const approvedOn = addDays(reviewFrom, 12);
  await writer.approve(roundId, at(approvedOn, 120));
  if (!isTwelve) return;
  // After approval the IAO learnt of one more officer trained: KPI 3.2.1 amended, and accepted again.
  const story = kpiStories.find((candidate) => candidate.code === amendment.code) as KpiStory;
  const corrected = kpiAnswer(document, story, fiscalYear, 'full', amendment);
  const amendedOn = addDays(approvedOn, 14);
  await writer.amend(amendment.code, corrected, amendment.reason, at(amendedOn, 45));
  await writer.review(amendment.code, IAO_UNIT, at(addDays(amendedOn, 5), 15));
}

/** This year's six-month round, open: its items and the liaison unit's contributions in every state. */
async function loadOpenRound(writer: Writer, document: PlanDocument, fiscalYear: number, today: string) {
  // Opened two and a half weeks ago, but not before the fiscal year began.
  const yearStart = `${fiscalYear - 544}-10-01`;
  const openedOn = [addDays(today, -18), yearStart].sort().at(-1) as string;
  const dayOf = (days: number) => [addDays(openedOn, days), today].sort()[0] as string;
  await writer.open('six_month', openedOn, addDays(today, 6));
  const stories = [
    ...kpiStories.map((story) => ({
      ...story,
      answer: () => kpiAnswer(document, story, fiscalYear, 'current'),
    })),
    ...projectStories.map((story, index) => ({
      ...story,
      returnComment: undefined,
      answer: () => projectAnswer(story, index, fiscalYear, 'current'),
    })),
  ];
  for (const [index, story] of stories.entries()) {
    if (story.currentStatus === 'not_started') continue;
    const day = dayOf(1 + (index % 12));
    await writer.report(story.code, story.answer(), at(day, 15 + index * 4), story.currentStatus !== 'draft');
    if (story.currentStatus === 'accepted' || story.currentStatus === 'returned')
      await writer.review(
        story.code,
        IAO_UNIT,
        at(dayOf(13 + (index % 3)), 30 + index * 4),
        story.returnComment,
      );
  }
  for (const [index, contribution] of liaisonContributions.entries()) {
    if (!contribution.current) continue;
    const day = dayOf(5 + index);
    await writer.contribute(
      contribution.code,
      contribution.narrative,
      at(day, 120),
      contribution.current !== 'draft',
    );
    if (contribution.current === 'accepted' || contribution.current === 'returned')
      await writer.review(
        contribution.code,
        DEMO_LIAISON_UNIT,
        at(addDays(today, -3), 60 + index * 10),
        contribution.returnComment,
      );
  }
}

/** Answers how many rounds were added. */
export async function loadDemoStrategy(db: Db, options: { now: Date }): Promise<number> {
  const today = bangkokToday(options.now);
  const actors = await demoActors(db);
  if (!actors) return 0;
  const versions = await listCurrentVersions(db);
  // The plan the service opens a year's round against, when it covers the year.
  const planOf = (year: number) => {
    const plan = planInForce(versions, year);
    return plan && plan.document.first_fiscal_year <= year && year <= plan.document.last_fiscal_year
      ? plan
      : undefined;
  };
  const thisYear = fiscalYearOf(today).buddhistYear;
  const existing = await listRounds(db);
  const wanted = [
    { fiscalYear: thisYear - 1, kind: 'six_month' as const },
    { fiscalYear: thisYear - 1, kind: 'twelve_month' as const },
    { fiscalYear: thisYear, kind: 'six_month' as const, isOpen: true },
  ].filter(
    (round) =>
      planOf(round.fiscalYear) &&
      !existing.some((row) => row.fiscalYear === round.fiscalYear && row.kind === round.kind),
  );
  for (const round of wanted) {
    const { document } = planOf(round.fiscalYear) as { document: PlanDocument };
    await db.transaction(async (tx) => {
      const writer = roundWriter(tx, actors, round.fiscalYear, options.now);
      if (round.isOpen) await loadOpenRound(writer, document, round.fiscalYear, today);
      else await loadApprovedRound(writer, document, round.fiscalYear, round.kind);
    });
  }
  return wanted.length;
}

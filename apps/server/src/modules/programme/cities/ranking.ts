/**
 * Which sister cities to invite to a year's trade sessions (seed 003 §6.1.4: cities whose cooperation
 * with Bangkok covers the economy, and that have been active with it). Each candidate scores out of
 * 100 on four parts, and says why:
 *  - trade in its agreements (40): cooperation fields touching trade, investment or the economy;
 *  - activity (25): what it did with Bangkok in the five fiscal years before this one, trade-related
 *    activities and the last two years counting more;
 *  - past programmes (15): the years it accepted an invitation to the programme;
 *  - time zones (20): the longest stretch of office hours (lunch excluded) it shares with Bangkok, in
 *    January and in July (so that daylight saving counts), against the 2 hours a session needs.
 * Pure: the service gathers the facts.
 */
import { fiscalYearFromBuddhist } from '@bia/i18n';
import { defaultCityHours, workingHoursOverlap } from '../scheduling.ts';

/** Cooperation fields that touch trade, commerce, investment or the economy. */
export const TRADE_FIELDS: readonly string[] = ['trade', 'economy', 'investment'];
/** Years of activity looked back on, and the recent ones that count in full. */
const ACTIVITY_YEARS = 5;
const RECENT_YEARS = 2;
/** The shortest session of the seed (2 hours), in minutes. */
const SESSION_MINUTES = 120;

export const rankingParts = {
  tradeFields: 40,
  activity: 25,
  pastProgrammes: 15,
  timeZone: 20,
} as const;
export type RankingPart = keyof typeof rankingParts;

export type RankingReason =
  | { code: 'trade_fields'; fields: string[] }
  | { code: 'no_trade_fields'; otherFields: number }
  | { code: 'activities'; count: number; tradeRelated: number; latestYear: number }
  | { code: 'no_recent_activity' }
  | { code: 'past_programmes'; years: number[] }
  | { code: 'shared_hours'; winterMinutes: number; summerMinutes: number }
  | { code: 'no_shared_hours' }
  | { code: 'no_time_zone' }
  | { code: 'no_contact' }
  | { code: 'unconfirmed' };

export interface RankingFacts {
  partnerId: string;
  timeZone: string | null;
  verification: string;
  agreementFields: readonly string[];
  activities: readonly { startsOn: string; fields: readonly string[] }[];
  /** Fiscal years (Buddhist era) in which it accepted the programme's invitation. */
  acceptedYears: readonly number[];
  hasContact: boolean;
}

export interface CandidateScore {
  partnerId: string;
  score: number;
  parts: Record<RankingPart, number>;
  reasons: RankingReason[];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function tradeFieldsPart(facts: RankingFacts): { points: number; reason: RankingReason } {
  const fields = TRADE_FIELDS.filter((field) => facts.agreementFields.includes(field));
  if (fields.length === 0)
    return { points: 0, reason: { code: 'no_trade_fields', otherFields: facts.agreementFields.length } };
  return {
    points: rankingParts.tradeFields * Math.min(1, fields.length / 2),
    reason: { code: 'trade_fields', fields },
  };
}

function activityPart(facts: RankingFacts, fiscalYear: number): { points: number; reason: RankingReason } {
  const { startDate } = fiscalYearFromBuddhist(fiscalYear);
  const from = fiscalYearFromBuddhist(fiscalYear - ACTIVITY_YEARS).startDate;
  const recentFrom = fiscalYearFromBuddhist(fiscalYear - RECENT_YEARS).startDate;
  const counted = facts.activities.filter(
    (activity) => activity.startsOn >= from && activity.startsOn < startDate,
  );
  if (counted.length === 0) return { points: 0, reason: { code: 'no_recent_activity' } };
  const isTrade = (activity: { fields: readonly string[] }) =>
    activity.fields.some((field) => TRADE_FIELDS.includes(field));
  const weight = counted.reduce(
    (sum, activity) => sum + (isTrade(activity) ? 2 : 1) * (activity.startsOn >= recentFrom ? 1 : 0.5),
    0,
  );
  const latest =
    counted
      .map((activity) => activity.startsOn)
      .sort()
      .at(-1) ?? startDate;
  return {
    points: Math.min(rankingParts.activity, 5 * weight),
    reason: {
      code: 'activities',
      count: counted.length,
      tradeRelated: counted.filter(isTrade).length,
      latestYear: Number(latest.slice(0, 4)),
    },
  };
}

function pastProgrammesPart(
  facts: RankingFacts,
  fiscalYear: number,
): { points: number; reason?: RankingReason } {
  const years = [...new Set(facts.acceptedYears.filter((year) => year < fiscalYear))].sort();
  if (years.length === 0) return { points: 0 };
  return {
    points: Math.min(rankingParts.pastProgrammes, years.length * 7.5),
    reason: { code: 'past_programmes', years },
  };
}

function timeZonePart(facts: RankingFacts, fiscalYear: number): { points: number; reason: RankingReason } {
  if (!facts.timeZone) return { points: 0, reason: { code: 'no_time_zone' } };
  const { gregorianYear } = fiscalYearFromBuddhist(fiscalYear);
  const city = defaultCityHours(facts.partnerId, facts.timeZone);
  const winter = workingHoursOverlap(city, `${gregorianYear}-01-15`).longestFreeMinutes;
  const summer = workingHoursOverlap(city, `${gregorianYear}-07-15`).longestFreeMinutes;
  const shorter = Math.min(winter, summer);
  if (shorter === 0 && Math.max(winter, summer) === 0)
    return { points: 0, reason: { code: 'no_shared_hours' } };
  return {
    points: rankingParts.timeZone * Math.min(1, shorter / SESSION_MINUTES),
    reason: { code: 'shared_hours', winterMinutes: winter, summerMinutes: summer },
  };
}

/** One candidate's score and the reasons for it. */
export function scoreCandidate(facts: RankingFacts, fiscalYear: number): CandidateScore {
  const trade = tradeFieldsPart(facts);
  const activity = activityPart(facts, fiscalYear);
  const past = pastProgrammesPart(facts, fiscalYear);
  const timeZone = timeZonePart(facts, fiscalYear);
  const parts = {
    tradeFields: round1(trade.points),
    activity: round1(activity.points),
    pastProgrammes: round1(past.points),
    timeZone: round1(timeZone.points),
  };
  const reasons: RankingReason[] = [trade.reason, activity.reason];
  if (past.reason) reasons.push(past.reason);
  reasons.push(timeZone.reason);
  if (!facts.hasContact) reasons.push({ code: 'no_contact' });
  if (facts.verification === 'unconfirmed') reasons.push({ code: 'unconfirmed' });
  return {
    partnerId: facts.partnerId,
    score: round1(parts.tradeFields + parts.activity + parts.pastProgrammes + parts.timeZone),
    parts,
    reasons,
  };
}

/** The candidates best first; equal scores keep the order given (by name). */
export function rankCandidates(candidates: readonly RankingFacts[], fiscalYear: number): CandidateScore[] {
  return candidates
    .map((facts, index) => ({ index, score: scoreCandidate(facts, fiscalYear) }))
    .sort((a, b) => b.score.score - a.score.score || a.index - b.index)
    .map((entry) => entry.score);
}

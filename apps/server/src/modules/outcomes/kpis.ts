/**
 * The rules of a fiscal year's KPIs (decision 0030), as pure functions of what the repository read:
 * - the outcome KPI (seed 003 §9.1.2): which businesses that presented at the year's held sessions
 *   were in touch about an order with a buyer of a city of their session, after it;
 * - plan KPI 1.1.1: the level 1–5 the year reached, the records behind each level and what a level
 *   that does not hold lacks;
 * - the counts of seed 003 §9.2: contacts and products ordered, by session and city.
 */
import { OUTCOME_TARGET_PERCENT, type NotCountedReason, type PlanLevelMissing } from '@bia/contracts';
import type { ProgrammeYearFacts } from '../programme/index.ts';
import type { KpiDealRow, KpiEntryRow, YearEntryRow, YearOrderLineRow } from './kpis.repository.ts';

type HeldSession = ProgrammeYearFacts['heldSessions'][number];

// ---------------------------------------------------------------------------------------------
// The outcome KPI

export interface Qualifying {
  deal: KpiDealRow;
  entry: KpiEntryRow;
  /** The latest session of the year with the deal's city that the business presented at, on or before the entry. */
  sessionId: string;
}

export interface CountedBusinessFacts {
  entrepreneurId: string;
  sessionIds: string[];
  /** The entry shown for it: the first the buyer confirmed, else the first. */
  shown: Qualifying;
  qualifyingEntries: number;
  isConfirmed: boolean;
}

export interface NotCountedBusinessFacts {
  entrepreneurId: string;
  sessionIds: string[];
  reasons: NotCountedReason[];
  deals: KpiDealRow[];
}

export interface OutcomeKpiFacts {
  presented: number;
  qualifying: number;
  confirmed: number;
  sharePercent: number | null;
  isTargetMet: boolean;
  counted: CountedBusinessFacts[];
  notCounted: NotCountedBusinessFacts[];
}

/** Whether an entry is the mere exchange of contacts at the session, which does not count. */
export function isSessionExchange(entry: Pick<KpiEntryRow, 'kind' | 'contactChannel'>): boolean {
  return entry.kind === 'contact' && entry.contactChannel === 'session';
}

/** Why an entry in force of a deal with a city of the business's session does not count, if it does not. */
function entryProblem(entry: KpiEntryRow, firstSessionOn: string): NotCountedReason | null {
  if (isSessionExchange(entry)) return 'session_exchange_only';
  if (entry.kind === 'closed') return 'closed_without_deal';
  if (entry.occurredOn < firstSessionOn) return 'dated_before_session';
  return null;
}

/** The businesses that presented at the year's held sessions, in the order they first presented. */
export function presentedBusinesses(sessions: readonly HeldSession[]): Map<string, HeldSession[]> {
  const presented = new Map<string, HeldSession[]>();
  for (const session of sessions)
    for (const entrepreneurId of session.entrepreneurIds) {
      const list = presented.get(entrepreneurId) ?? [];
      if (!list.includes(session)) list.push(session);
      presented.set(entrepreneurId, list);
    }
  return presented;
}

/** The share in percent with one decimal; null when no business presented. */
export function sharePercent(qualifying: number, presented: number): number | null {
  if (presented === 0) return null;
  return Math.round((qualifying * 1000) / presented) / 10;
}

const reasonOrder: readonly NotCountedReason[] = [
  'no_deal',
  'no_deal_with_session_city',
  'session_exchange_only',
  'dated_before_session',
  'closed_without_deal',
];

export function computeOutcomeKpi(
  sessions: readonly HeldSession[],
  dealRows: readonly KpiDealRow[],
  entryRows: readonly KpiEntryRow[],
): OutcomeKpiFacts {
  const presented = presentedBusinesses(sessions);
  const entriesByDeal = new Map<string, KpiEntryRow[]>();
  for (const entry of entryRows) {
    const list = entriesByDeal.get(entry.dealId) ?? [];
    list.push(entry);
    entriesByDeal.set(entry.dealId, list);
  }
  const counted: CountedBusinessFacts[] = [];
  const notCounted: NotCountedBusinessFacts[] = [];

  for (const [entrepreneurId, presentedAt] of presented) {
    const ownDeals = dealRows.filter((deal) => deal.entrepreneurId === entrepreneurId);
    const qualifying: Qualifying[] = [];
    const reasons = new Set<NotCountedReason>();
    if (ownDeals.length === 0) reasons.add('no_deal');
    let hasSessionCityDeal = false;
    for (const deal of ownDeals) {
      // The sessions it presented at with this deal's city, in the order held.
      const withCity = presentedAt.filter((session) => session.partnerIds.includes(deal.partnerId));
      const first = withCity[0];
      if (!first) continue;
      hasSessionCityDeal = true;
      for (const entry of entriesByDeal.get(deal.id) ?? []) {
        if (entry.isSuperseded) continue;
        const problem = entryProblem(entry, first.heldOn);
        if (problem) {
          reasons.add(problem);
          continue;
        }
        const followed = withCity.filter((session) => session.heldOn <= entry.occurredOn).at(-1) ?? first;
        qualifying.push({ deal, entry, sessionId: followed.id });
      }
    }
    if (ownDeals.length > 0 && !hasSessionCityDeal) reasons.add('no_deal_with_session_city');
    const sessionIds = presentedAt.map((session) => session.id);
    const shown = qualifying.find((item) => item.entry.isConfirmed) ?? qualifying[0];
    if (shown) {
      counted.push({
        entrepreneurId,
        sessionIds,
        shown,
        qualifyingEntries: qualifying.length,
        isConfirmed: shown.entry.isConfirmed,
      });
    } else {
      // A deal with the city whose every entry was superseded says nothing more than no deal with it.
      if (reasons.size === 0) reasons.add('no_deal_with_session_city');
      notCounted.push({
        entrepreneurId,
        sessionIds,
        reasons: reasonOrder.filter((reason) => reasons.has(reason)),
        deals: ownDeals,
      });
    }
  }
  const confirmed = counted.filter((business) => business.isConfirmed).length;
  return {
    presented: presented.size,
    qualifying: counted.length,
    confirmed,
    sharePercent: sharePercent(counted.length, presented.size),
    // Compared in whole numbers: 5 of 10 meets 50 %.
    isTargetMet: presented.size > 0 && counted.length * 100 >= presented.size * OUTCOME_TARGET_PERCENT,
    counted,
    notCounted,
  };
}

// ---------------------------------------------------------------------------------------------
// Plan KPI 1.1.1

export type PlanRecordFacts =
  | { type: 'programme_city'; city: ProgrammeYearFacts['cities'][number] }
  | { type: 'entry'; entry: YearEntryRow }
  | { type: 'order_line'; line: YearOrderLineRow; on: string };

export interface PlanLevelFacts {
  level: 1 | 2 | 3 | 4 | 5;
  isMet: boolean;
  records: PlanRecordFacts[];
  missing: PlanLevelMissing | null;
  lacking: PlanRecordFacts[];
}

export interface PlanKpiFacts {
  level: number;
  levels: PlanLevelFacts[];
}

const entryRecord = (entry: YearEntryRow): PlanRecordFacts => ({ type: 'entry', entry });

function level(
  number: PlanLevelFacts['level'],
  records: PlanRecordFacts[],
  lacking: PlanRecordFacts[],
  missing: PlanLevelMissing,
): PlanLevelFacts {
  const isMet = records.length > 0;
  return { level: number, isMet, records, missing: isMet ? null : missing, lacking: isMet ? [] : lacking };
}

/**
 * The year's level of KPI 1.1.1: the highest whose condition holds (levels are not cumulative: a
 * shipment in the year makes level 4 even with no negotiation recorded in it).
 * 1 the year's programme has chosen partner cities; 2 a negotiation dated in the year; 3 an
 * agreement dated in the year with at least one document; 4 an order line shipped in the year; 5 a
 * repeat order dated in the year, or an agreement in the year in a deal that had one already.
 */
export function computePlanKpi(
  cities: ProgrammeYearFacts['cities'],
  entries: readonly YearEntryRow[],
  orderLines: readonly YearOrderLineRow[],
  year: { startDate: string; endDate: string },
): PlanKpiFacts {
  const inYear = (day: string | null) => day !== null && day >= year.startDate && day <= year.endDate;
  const ofKind = (kind: YearEntryRow['kind']) => entries.filter((entry) => entry.kind === kind);
  const agreements = ofKind('agreement');
  const shipped = orderLines.filter((line) => inYear(line.shippedOn));
  const unshipped = orderLines.filter((line) => line.shippedOn === null && inYear(line.orderedOn));
  const levels: PlanLevelFacts[] = [
    level(
      1,
      cities.map((city) => ({ type: 'programme_city', city })),
      [],
      'no_cities_chosen',
    ),
    level(2, ofKind('negotiating').map(entryRecord), [], 'no_negotiation'),
    level(
      3,
      agreements.filter((entry) => entry.documentCount > 0).map(entryRecord),
      agreements.filter((entry) => entry.documentCount === 0).map(entryRecord),
      agreements.length > 0 ? 'agreement_without_document' : 'no_agreement',
    ),
    level(
      4,
      shipped.map((line) => ({ type: 'order_line', line, on: line.shippedOn ?? line.orderedOn })),
      unshipped.map((line) => ({ type: 'order_line', line, on: line.orderedOn })),
      unshipped.length > 0 ? 'orders_not_shipped' : 'no_shipment',
    ),
    level(
      5,
      entries
        .filter(
          (entry) => entry.kind === 'repeat_order' || (entry.kind === 'agreement' && entry.followsAgreement),
        )
        .map(entryRecord),
      [],
      'no_repeat_order',
    ),
  ];
  const reached = levels.filter((item) => item.isMet).at(-1)?.level ?? 0;
  return { level: reached, levels };
}

// ---------------------------------------------------------------------------------------------
// Contacts and products ordered (seed 003 §9.2)

/** Counts as they are added up: quantities in thousandths of their unit, so that sums are exact. */
export interface CountsFacts {
  contacts: number;
  confirmedContacts: number;
  sessionExchanges: number;
  orderLines: number;
  confirmedOrderLines: number;
  milliQuantities: Map<string, number>;
}

export interface ActivityFacts {
  rows: (CountsFacts & { sessionId: string | null; partnerId: string })[];
  byCity: (CountsFacts & { partnerId: string })[];
  total: CountsFacts;
}

function emptyCounts(): CountsFacts {
  return {
    contacts: 0,
    confirmedContacts: 0,
    sessionExchanges: 0,
    orderLines: 0,
    confirmedOrderLines: 0,
    milliQuantities: new Map(),
  };
}

/** A decimal quantity as stored ("120.500") in thousandths of its unit. */
export function toMilli(quantity: string): number {
  return Math.round(Number(quantity) * 1000);
}

/**
 * The session of the year a contact or an order follows: the one its deal started from, when it is a
 * held session of the year; else the latest held session of the year, on or before its day, at which
 * the business presented with that city; else none.
 */
export function sessionFollowed(
  sessions: readonly HeldSession[],
  item: { entrepreneurId: string; partnerId: string; dealSessionId: string | null; on: string },
): string | null {
  if (item.dealSessionId && sessions.some((session) => session.id === item.dealSessionId))
    return item.dealSessionId;
  const candidates = sessions.filter(
    (session) =>
      session.heldOn <= item.on &&
      session.entrepreneurIds.includes(item.entrepreneurId) &&
      session.partnerIds.includes(item.partnerId),
  );
  return candidates.at(-1)?.id ?? null;
}

/**
 * The contacts (contact entries dated in the year) and the order lines ordered in the year, by the
 * session they follow and the city (a contact's deal's; the city that ordered), by city, and in all.
 */
export function computeActivity(
  sessions: readonly HeldSession[],
  entries: readonly YearEntryRow[],
  orderLines: readonly YearOrderLineRow[],
  year: { startDate: string; endDate: string },
): ActivityFacts {
  const rows = new Map<string, CountsFacts & { sessionId: string | null; partnerId: string }>();
  const byCity = new Map<string, CountsFacts & { partnerId: string }>();
  const total = emptyCounts();
  const targets = (sessionId: string | null, partnerId: string): CountsFacts[] => {
    const key = `${sessionId ?? ''}|${partnerId}`;
    const row = rows.get(key) ?? { ...emptyCounts(), sessionId, partnerId };
    rows.set(key, row);
    const city = byCity.get(partnerId) ?? { ...emptyCounts(), partnerId };
    byCity.set(partnerId, city);
    return [row, city, total];
  };

  for (const entry of entries) {
    if (entry.kind !== 'contact') continue;
    const sessionId = sessionFollowed(sessions, { ...entry, on: entry.occurredOn });
    for (const counts of targets(sessionId, entry.partnerId)) {
      counts.contacts += 1;
      if (entry.isConfirmed) counts.confirmedContacts += 1;
      if (entry.contactChannel === 'session') counts.sessionExchanges += 1;
    }
  }
  for (const line of orderLines) {
    if (line.orderedOn < year.startDate || line.orderedOn > year.endDate) continue;
    const sessionId = sessionFollowed(sessions, { ...line, on: line.orderedOn });
    for (const counts of targets(sessionId, line.partnerId)) {
      counts.orderLines += 1;
      if (line.isConfirmed) counts.confirmedOrderLines += 1;
      counts.milliQuantities.set(
        line.unit,
        (counts.milliQuantities.get(line.unit) ?? 0) + toMilli(line.quantity),
      );
    }
  }
  const sessionOrder = new Map(sessions.map((session, index) => [session.id, index]));
  const position = (sessionId: string | null) =>
    sessionId === null ? sessions.length : (sessionOrder.get(sessionId) ?? sessions.length);
  return {
    rows: [...rows.values()].sort((a, b) => position(a.sessionId) - position(b.sessionId)),
    byCity: [...byCity.values()],
    total,
  };
}

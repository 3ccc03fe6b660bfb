/** Shapes a fiscal year's KPIs for the API: every record by id with its name in the reader's language. */
import {
  OUTCOME_TARGET_PERCENT,
  replyStatuses,
  PLAN_LEVEL_RECORDS_SHOWN,
  type OutcomeCounts,
  type OutcomeSession,
  type PlanKpi,
  type PlanLevelRecord,
  type ProgrammeOutcomes,
  type ReplyStatus,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { CountsFacts, PlanKpiFacts, PlanRecordFacts } from './kpis.ts';
import type { KpiNames, YearOutcomes } from './kpis.service.ts';

/** A name for a record the other module no longer names (removed, or archived): its id's start. */
function named(names: Map<string, string>, id: string) {
  return { id, name: names.get(id) ?? `…${id.slice(0, 8)}` };
}

/** A chosen city's answer as stored; null for a value this version does not know. */
function replyStatusOf(value: string): ReplyStatus | null {
  return replyStatuses.find((status) => status === value) ?? null;
}

function presentCounts(counts: CountsFacts): OutcomeCounts {
  return {
    contacts: counts.contacts,
    confirmedContacts: counts.confirmedContacts,
    sessionExchanges: counts.sessionExchanges,
    orderLines: counts.orderLines,
    confirmedOrderLines: counts.confirmedOrderLines,
    quantities: [...counts.milliQuantities]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([unit, milli]) => ({ unit, quantity: milli / 1000 })),
  };
}

/** Records with the most telling first: confirmed by the buyer, then the latest. */
function dayOf(record: PlanRecordFacts): string {
  if (record.type === 'programme_city') return record.city.chosenOn;
  if (record.type === 'entry') return record.entry.occurredOn;
  return record.on;
}

function isConfirmedRecord(record: PlanRecordFacts): boolean {
  if (record.type === 'entry') return record.entry.isConfirmed;
  if (record.type === 'order_line') return record.line.isConfirmed;
  return false;
}

function mostTellingFirst(records: readonly PlanRecordFacts[]): PlanRecordFacts[] {
  return [...records].sort(
    (a, b) => Number(isConfirmedRecord(b)) - Number(isConfirmedRecord(a)) || dayOf(b).localeCompare(dayOf(a)),
  );
}

/**
 * KPI 1.1.1's levels with the records behind each named (the first PLAN_LEVEL_RECORDS_SHOWN, most
 * telling first): the programme page's and the strategic plan's computed KPI (its `planLevelOfYear` port).
 */
export function presentPlanKpi(plan: PlanKpiFacts, names: KpiNames): PlanKpi {
  const business = (id: string) => named(names.businesses, id);
  const city = (id: string) => named(names.cities, id);

  function presentRecord(record: PlanRecordFacts): PlanLevelRecord {
    const none = {
      dealId: null,
      entryId: null,
      kind: null,
      business: null,
      buyerName: null,
      isConfirmed: false,
      documentCount: 0,
      replyStatus: null,
      product: null,
      quantity: null,
      unit: null,
    };
    if (record.type === 'programme_city')
      return {
        ...none,
        type: 'programme_city',
        id: record.city.id,
        on: record.city.chosenOn,
        city: city(record.city.partnerId),
        replyStatus: replyStatusOf(record.city.replyStatus),
      };
    if (record.type === 'entry') {
      const { entry } = record;
      return {
        ...none,
        type: 'entry',
        id: entry.id,
        dealId: entry.dealId,
        entryId: entry.id,
        kind: entry.kind,
        on: entry.occurredOn,
        business: business(entry.entrepreneurId),
        city: city(entry.partnerId),
        buyerName: entry.buyerName,
        isConfirmed: entry.isConfirmed,
        documentCount: entry.documentCount,
      };
    }
    const { line } = record;
    return {
      ...none,
      type: 'order_line',
      id: line.id,
      dealId: line.dealId,
      entryId: line.entryId,
      on: record.on,
      business: business(line.entrepreneurId),
      city: city(line.partnerId),
      buyerName: line.buyerName,
      isConfirmed: line.isConfirmed,
      documentCount: line.documentCount,
      product: named(names.products, line.productId),
      quantity: Number(line.quantity),
      unit: line.unit,
    };
  }

  const shown = (records: readonly PlanRecordFacts[]) =>
    mostTellingFirst(records).slice(0, PLAN_LEVEL_RECORDS_SHOWN).map(presentRecord);

  return {
    level: plan.level,
    levels: plan.levels.map((level) => ({
      level: level.level,
      isMet: level.isMet,
      records: shown(level.records),
      recordCount: level.records.length,
      missing: level.missing,
      lacking: shown(level.lacking),
      lackingCount: level.lacking.length,
    })),
  };
}

export function presentOutcomes(outcomes: YearOutcomes, locale: InterfaceLocale): ProgrammeOutcomes {
  const { names, facts } = outcomes;
  const business = (id: string) => named(names.businesses, id);
  const city = (id: string) => named(names.cities, id);
  const collator = new Intl.Collator(locale === 'th' ? 'th' : 'en');
  const byName = <T extends { business: { name: string } }>(a: T, b: T) =>
    collator.compare(a.business.name, b.business.name);

  const sessions = new Map<string, OutcomeSession>(
    facts.heldSessions.map((session) => [
      session.id,
      {
        id: session.id,
        title: session.title,
        heldOn: session.heldOn,
        cities: session.partnerIds.map(city),
      },
    ]),
  );
  const sessionPosition = (id: string | undefined) => {
    const index = facts.heldSessions.findIndex((session) => session.id === id);
    return index === -1 ? facts.heldSessions.length : index;
  };
  const sessionsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const session = sessions.get(id);
      return session ? [session] : [];
    });

  const { outcome, plan, activity } = outcomes;
  return {
    fiscalYear: outcomes.fiscalYear,
    startDate: outcomes.startDate,
    endDate: outcomes.endDate,
    asOf: outcomes.asOf,
    outcome: {
      presented: outcome.presented,
      qualifying: outcome.qualifying,
      confirmed: outcome.confirmed,
      sharePercent: outcome.sharePercent,
      targetPercent: OUTCOME_TARGET_PERCENT,
      isTargetMet: outcome.isTargetMet,
      counted: outcome.counted
        .map((item) => ({
          business: business(item.entrepreneurId),
          sessions: sessionsOf(item.sessionIds),
          entry: {
            dealId: item.shown.deal.id,
            entryId: item.shown.entry.id,
            kind: item.shown.entry.kind,
            occurredOn: item.shown.entry.occurredOn,
            contactDirection: item.shown.entry.contactDirection,
            contactChannel: item.shown.entry.contactChannel,
            isConfirmed: item.shown.entry.isConfirmed,
            buyerName: item.shown.deal.buyerName,
            buyerOrganisation: item.shown.deal.buyerOrganisation,
            city: city(item.shown.deal.partnerId),
            sessionId: item.shown.sessionId,
          },
          qualifyingEntries: item.qualifyingEntries,
          isConfirmed: item.isConfirmed,
        }))
        .sort(byName),
      notCounted: outcome.notCounted
        .map((item) => ({
          business: business(item.entrepreneurId),
          sessions: sessionsOf(item.sessionIds),
          reasons: item.reasons,
          deals: item.deals.map((deal) => ({
            id: deal.id,
            buyerName: deal.buyerName,
            city: city(deal.partnerId),
          })),
        }))
        .sort(byName),
    },
    plan: presentPlanKpi(plan, names),
    activity: {
      rows: activity.rows
        .map((row) => {
          const session = row.sessionId ? sessions.get(row.sessionId) : undefined;
          return {
            ...presentCounts(row),
            session: session ? { id: session.id, title: session.title, heldOn: session.heldOn } : null,
            city: city(row.partnerId),
          };
        })
        // In the order the sessions were held (what followed none last), each session's cities by name.
        .sort(
          (a, b) =>
            sessionPosition(a.session?.id) - sessionPosition(b.session?.id) ||
            collator.compare(a.city.name, b.city.name),
        ),
      byCity: activity.byCity
        .map((row) => ({ ...presentCounts(row), city: city(row.partnerId) }))
        .sort((a, b) => collator.compare(a.city.name, b.city.name)),
      total: presentCounts(activity.total),
    },
  };
}

/**
 * A fiscal year's KPIs computed from the deals (decision 0030): the programme's outcome KPI, plan
 * KPI 1.1.1 and the counts of contacts and orders. Read only: nothing here changes a record.
 */
import { fiscalYearFromBuddhist, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { createCatalogueAuditDirectory } from '../catalogue/index.ts';
import { createPartnersAuditDirectory } from '../partners/index.ts';
import { programmeYearFacts, type ProgrammeYearFacts } from '../programme/index.ts';
import { outcomeKpiErrors } from './kpis.errors.ts';
import * as repository from './kpis.repository.ts';
import {
  computeActivity,
  computeOutcomeKpi,
  computePlanKpi,
  type ActivityFacts,
  type OutcomeKpiFacts,
  type PlanKpiFacts,
} from './kpis.ts';

export interface OutcomeKpisDeps {
  db: Db;
  clock: Clock;
}

/** Names of the records the figures mention, in the reader's language, by id. */
export interface KpiNames {
  businesses: Map<string, string>;
  cities: Map<string, string>;
  products: Map<string, string>;
}

export interface YearOutcomes {
  fiscalYear: number;
  startDate: string;
  endDate: string;
  asOf: string;
  facts: ProgrammeYearFacts;
  outcome: OutcomeKpiFacts;
  plan: PlanKpiFacts;
  activity: ActivityFacts;
  names: KpiNames;
}

/** KPI 1.1.1 of a fiscal year counted from its first day to `endDate` (decision 0050). */
export interface PlanLevelOfYear {
  fiscalYear: number;
  startDate: string;
  endDate: string;
  /** Whether the year has a programme: without one no city is chosen, and level 1 does not hold. */
  hasProgramme: boolean;
  plan: PlanKpiFacts;
  names: KpiNames;
}

export type OutcomeKpis = ReturnType<typeof createOutcomeKpis>;

/** Adds the businesses, cities and products the records of KPI 1.1.1's levels name. */
function addPlanRecordIds(
  plan: PlanKpiFacts,
  ids: { businesses: Set<string>; cities: Set<string>; products: Set<string> },
): void {
  for (const item of plan.levels.flatMap((level) => [...level.records, ...level.lacking])) {
    if (item.type === 'programme_city') {
      ids.cities.add(item.city.partnerId);
    } else if (item.type === 'entry') {
      ids.businesses.add(item.entry.entrepreneurId);
      ids.cities.add(item.entry.partnerId);
    } else {
      ids.businesses.add(item.line.entrepreneurId);
      ids.cities.add(item.line.partnerId);
      ids.products.add(item.line.productId);
    }
  }
}

export function createOutcomeKpis({ db, clock }: OutcomeKpisDeps) {
  // Each module names its own records (the same read the audit trail names them by).
  const catalogueNames = createCatalogueAuditDirectory(db);
  const partnerNames = createPartnersAuditDirectory(db);

  async function namesOf(
    ids: { businesses: Set<string>; cities: Set<string>; products: Set<string> },
    locale: InterfaceLocale,
  ): Promise<KpiNames> {
    const read = async (
      describe:
        | ((ids: string[], locale: InterfaceLocale) => Promise<Map<string, { name: string | null }>>)
        | undefined,
      wanted: Set<string>,
    ) => {
      const found = describe && wanted.size > 0 ? await describe([...wanted], locale) : new Map();
      const names = new Map<string, string>();
      for (const [id, description] of found) if (description.name) names.set(id, description.name);
      return names;
    };
    const [businesses, cities, products] = await Promise.all([
      read(catalogueNames.entrepreneur, ids.businesses),
      read(partnerNames.partner, ids.cities),
      read(catalogueNames.product, ids.products),
    ]);
    return { businesses, cities, products };
  }

  return {
    /** The year's KPIs as of today; `programme_not_found` when the year has no programme. */
    async yearOutcomes(fiscalYear: number, locale: InterfaceLocale): Promise<YearOutcomes> {
      const facts = await programmeYearFacts(db, fiscalYear);
      if (!facts) throw new AppError(outcomeKpiErrors.programme_not_found);
      const year = fiscalYearFromBuddhist(fiscalYear);
      const presentedIds = [...new Set(facts.heldSessions.flatMap((session) => session.entrepreneurIds))];
      const [ofPresented, entries, orderLines] = await Promise.all([
        repository.dealsOfBusinesses(db, presentedIds),
        repository.entriesOfYear(db, year.startDate, year.endDate),
        repository.orderLinesOfYear(db, year.startDate, year.endDate),
      ]);
      const outcome = computeOutcomeKpi(facts.heldSessions, ofPresented.deals, ofPresented.entries);
      const plan = computePlanKpi(facts.cities, entries, orderLines, year);
      const activity = computeActivity(facts.heldSessions, entries, orderLines, year);

      // Every business, city and product the answer names.
      const businesses = new Set<string>(presentedIds);
      const cities = new Set<string>(facts.cities.map((city) => city.partnerId));
      const products = new Set<string>();
      for (const session of facts.heldSessions) for (const id of session.partnerIds) cities.add(id);
      for (const deal of ofPresented.deals) cities.add(deal.partnerId);
      addPlanRecordIds(plan, { businesses, cities, products });
      for (const row of activity.byCity) cities.add(row.partnerId);

      return {
        fiscalYear,
        startDate: year.startDate,
        endDate: year.endDate,
        asOf: bangkokToday(clock.now()),
        facts,
        outcome,
        plan,
        activity,
        names: await namesOf({ businesses, cities, products }, locale),
      };
    },

    /**
     * KPI 1.1.1 counted from the fiscal year's first day to `upTo` (its last day at most): the level a
     * progress round proposes for its period (decision 0050). Cities chosen after `upTo` do not count.
     */
    async planLevel(fiscalYear: number, upTo: string, locale: InterfaceLocale): Promise<PlanLevelOfYear> {
      const year = fiscalYearFromBuddhist(fiscalYear);
      const endDate = upTo < year.endDate ? upTo : year.endDate;
      const [facts, entries, orderLines] = await Promise.all([
        programmeYearFacts(db, fiscalYear),
        repository.entriesOfYear(db, year.startDate, endDate),
        repository.orderLinesOfYear(db, year.startDate, endDate),
      ]);
      const cities = (facts?.cities ?? []).filter((city) => city.chosenOn <= endDate);
      const plan = computePlanKpi(cities, entries, orderLines, { startDate: year.startDate, endDate });
      const ids = { businesses: new Set<string>(), cities: new Set<string>(), products: new Set<string>() };
      addPlanRecordIds(plan, ids);
      return {
        fiscalYear,
        startDate: year.startDate,
        endDate,
        hasProgramme: facts !== undefined,
        plan,
        names: await namesOf(ids, locale),
      };
    },
  };
}

/**
 * The statistics of the programme's outcomes (seed 003 §10.4; decision 0036): contacts, deals by stage
 * and orders grouped by one dimension, with filters, as figures for the page and as a workbook for the
 * IAO. Read only.
 *
 * Each figure is a statement over every deal, entry and order line that matches, so the page's answer
 * (with the names of its groups) is kept until a shared record changes: every change to one is
 * audited (modules/audit), and the latest audit event's id, read off its primary key, tells whether
 * any did since. An answer is also kept no longer than `KEEP_MS`, for what changes without an audit
 * event (the sample-data command). The workbook's figures, every group of every dimension, are
 * computed for each export and not kept.
 */
import type { InterfaceLocale } from '@bia/i18n';
import {
  MAX_STATISTICS_GROUPS,
  statisticsDimensions,
  type StatisticsDimension,
  type StatisticsFigures,
  type StatisticsFilter,
  type StatisticsQuery,
} from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { bangkokToday, type Clock } from '../../shared/clock.ts';
import { lastAuditEventId } from '../audit/index.ts';
import { createCatalogueAuditDirectory } from '../catalogue/index.ts';
import { createLiaisonAuditDirectory } from '../liaison/index.ts';
import { createPartnersAuditDirectory } from '../partners/index.ts';
import { figuresOf, latestRatesOf, sortGroups, type GroupKey } from './statistics.figures.ts';
import * as repository from './statistics.repository.ts';
import type { RoundPeriod, StatisticsContext } from './statistics.repository.ts';

/** The longest an answer is kept, whatever the audit trail says. */
export const KEEP_MS = 60_000;
/** The most answers kept at once (the oldest go first): each holds a page's groups at most. */
const KEPT_ANSWERS = 100;

export interface OutcomeStatisticsDeps {
  db: Db;
  clock: Clock;
}

/** Names of the records a dimension's keys are ids or codes of, in the reader's language. */
export type StatisticsNames = Map<StatisticsDimension, Map<string, string>>;

/** The figures of a query, every group with its key, the largest first (or in time order). */
export interface StatisticsFacts {
  query: StatisticsQuery;
  asOf: string;
  totals: StatisticsFigures;
  groups: [GroupKey, StatisticsFigures][];
  groupCount: number;
  mayCountTwice: boolean;
  rounds: readonly RoundPeriod[];
  latestRates: { roundId: string; currency: string; bahtPerUnit: number }[];
  names: StatisticsNames;
}

export interface StatisticsChoices {
  cityIds: string[];
  countries: string[];
  districts: string[];
  fiscalYears: number[];
  rounds: RoundPeriod[];
  names: StatisticsNames;
}

/** The filters set, dimension by dimension, as the keys groups have. */
export function filterKeys(filter: StatisticsFilter): [StatisticsDimension, string][] {
  const values: Record<StatisticsDimension, string | number | undefined> = {
    city: filter.city,
    country: filter.country,
    category: filter.category,
    hs_section: filter.hsSection,
    business: filter.business,
    district: filter.district,
    fiscal_year: filter.fiscalYear,
    round: filter.round,
  };
  return statisticsDimensions.flatMap((dimension) => {
    const value = values[dimension];
    return value === undefined ? [] : [[dimension, String(value)] as [StatisticsDimension, string]];
  });
}

/** Answers kept while the audit trail has not moved on, and for `KEEP_MS` at most; one computation per question at a time. */
function createKeptAnswers(clock: Clock) {
  const kept = new Map<string, { version: number; until: number; answer: Promise<unknown> }>();
  return async function keep<T>(key: string, version: number, compute: () => Promise<T>): Promise<T> {
    const now = clock.now().getTime();
    const found = kept.get(key);
    if (found && found.version === version && found.until > now) return found.answer as Promise<T>;
    const answer = compute();
    kept.delete(key);
    kept.set(key, { version, until: now + KEEP_MS, answer });
    if (kept.size > KEPT_ANSWERS) {
      const [oldest] = kept.keys();
      if (oldest !== undefined) kept.delete(oldest);
    }
    // A failure is not kept: the next request tries again.
    answer.catch(() => {
      if (kept.get(key)?.answer === answer) kept.delete(key);
    });
    return answer;
  };
}

async function contextOf(db: Db, filter: StatisticsFilter): Promise<StatisticsContext> {
  const [rounds, rates] = await Promise.all([repository.listRounds(db), repository.listRates(db)]);
  const latest = latestRatesOf(rounds, rates);
  return {
    filter,
    rounds,
    rates,
    latestRates: new Map([...latest].map(([currency, rate]) => [currency, rate.bahtPerUnit])),
  };
}

/**
 * The figures of a query (every group, the largest first), straight from the database: the
 * statements the page's answer is made of, without keeping it or naming anything.
 */
export async function computeStatisticsFigures(db: Db, query: StatisticsQuery) {
  const { groupBy } = query;
  const context = await contextOf(db, query);
  const contactsTwice = repository.countsTwice('contacts', groupBy);
  const dealsTwice = repository.countsTwice('deals', groupBy);
  const [orders, contacts, deals, contactTotals, dealTotals] = await Promise.all([
    repository.orderFigures(db, groupBy, context),
    repository.contactFigures(db, groupBy, context),
    repository.dealFigures(db, groupBy, context),
    contactsTwice ? repository.contactFigures(db, null, context) : undefined,
    dealsTwice ? repository.dealFigures(db, null, context) : undefined,
  ]);
  const { groups, totals } = figuresOf({
    orders,
    contacts,
    deals,
    ...(contactTotals ? { contactTotals } : {}),
    ...(dealTotals ? { dealTotals } : {}),
  });
  return {
    totals,
    groups: sortGroups(groupBy, groups, context.rounds),
    mayCountTwice: contactsTwice || dealsTwice,
    rounds: context.rounds,
    latestRates: [...latestRatesOf(context.rounds, context.rates)].map(([currency, rate]) => ({
      currency,
      ...rate,
    })),
  };
}

export type OutcomeStatistics = ReturnType<typeof createOutcomeStatistics>;

export function createOutcomeStatistics({ db, clock }: OutcomeStatisticsDeps) {
  // Each module names its own records (the same read the audit trail names them by).
  const partnerNames = createPartnersAuditDirectory(db);
  const catalogueNames = createCatalogueAuditDirectory(db);
  const unitNames = createLiaisonAuditDirectory(db);
  const keep = createKeptAnswers(clock);

  async function namesOf(ids: Map<StatisticsDimension, Set<string>>, locale: InterfaceLocale) {
    const describers = {
      city: partnerNames.partner,
      business: catalogueNames.entrepreneur,
      district: unitNames.unit,
    } as const;
    const names: StatisticsNames = new Map();
    await Promise.all(
      (Object.keys(describers) as (keyof typeof describers)[]).map(async (dimension) => {
        const wanted = [...(ids.get(dimension) ?? [])];
        const describe = describers[dimension];
        const found = describe && wanted.length > 0 ? await describe(wanted, locale) : new Map();
        const named = new Map<string, string>();
        for (const [id, description] of found) if (description.name) named.set(id, description.name);
        names.set(dimension, named);
      }),
    );
    return names;
  }

  /** The figures with the names of the groups listed and of the filters set. */
  /** The figures with the groups listed (the largest `limit`, or all) and the names they and the filters need. */
  async function namedFacts(query: StatisticsQuery, locale: InterfaceLocale, limit: number | null) {
    const computed = await computeStatisticsFigures(db, query);
    const groups = limit === null ? computed.groups : computed.groups.slice(0, limit);
    const ids = new Map<StatisticsDimension, Set<string>>([
      [query.groupBy, new Set(groups.flatMap(([key]) => (key === null ? [] : [key])))],
    ]);
    for (const [dimension, key] of filterKeys(query)) {
      const set = ids.get(dimension) ?? new Set<string>();
      set.add(key);
      ids.set(dimension, set);
    }
    return {
      totals: computed.totals,
      groups,
      groupCount: computed.groups.length,
      mayCountTwice: computed.mayCountTwice,
      rounds: computed.rounds,
      latestRates: computed.latestRates,
      names: await namesOf(ids, locale),
    };
  }

  return {
    /**
     * The figures for the page: the `MAX_STATISTICS_GROUPS` largest groups, named, and the totals —
     * kept by the question and the reader's language (small: a page's groups at most).
     */
    async statistics(query: StatisticsQuery, locale: InterfaceLocale): Promise<StatisticsFacts> {
      const version = await lastAuditEventId(db);
      const named = await keep(JSON.stringify(['figures', query, locale]), version, () =>
        namedFacts(query, locale, MAX_STATISTICS_GROUPS),
      );
      return { ...named, query, asOf: bangkokToday(clock.now()) };
    },

    /** The figures for the workbook: every group (thousands of businesses), computed for each export, not kept. */
    async everyGroup(query: StatisticsQuery, locale: InterfaceLocale): Promise<StatisticsFacts> {
      const named = await namedFacts(query, locale, null);
      return { ...named, query, asOf: bangkokToday(clock.now()) };
    },

    /** What the filters can be set to: the cities, countries, districts and years the deals have. */
    async choices(locale: InterfaceLocale): Promise<StatisticsChoices> {
      const version = await lastAuditEventId(db);
      return keep(JSON.stringify(['choices', locale]), version, async () => {
        const [values, rounds] = await Promise.all([repository.filterValues(db), repository.listRounds(db)]);
        const names = await namesOf(
          new Map([
            ['city', new Set(values.cityIds)],
            ['district', new Set(values.districts)],
          ]),
          locale,
        );
        return { ...values, rounds, names };
      });
    },
  };
}

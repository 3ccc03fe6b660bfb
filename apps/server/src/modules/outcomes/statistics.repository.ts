/**
 * SQL of the statistics (seed 003 §10.4; decision 0036): contacts, deals by stage and order lines,
 * each grouped by one dimension and narrowed by any filters, in one statement each. Only entries in
 * force count: an entry an amendment superseded is left out, with its order lines.
 *
 * What a record is grouped by:
 * - city and country: the deal's buyer's city for contacts and deals, the ordering city for orders;
 * - category and HS section: the ordered product's for orders; every product a deal names for its
 *   contacts and the deal (a deal naming products of two categories counts in both);
 * - business and district: the deal's business and its district office;
 * - fiscal year and round: the entry's date (Buddhist-era fiscal year, 1 October – 30 September) and
 *   the round it belongs to — the round it was reported in, else the round whose period holds its
 *   date (as deals.repository.ts's `closedRoundOf` judges it); a deal counts in each year and round
 *   it has an entry in.
 * Values are converted to baht here, with the rate of the entry's round for its currency or else
 * the latest round's; the rates are given by the service. No rules beyond that: the service decides.
 */
import { sql, type SQL } from 'drizzle-orm';
import { fiscalYearFromBuddhist } from '@bia/i18n';
import type { StatisticsDimension, StatisticsFilter } from '@bia/contracts';
import { rowsOf, type Db } from '../../db/client.ts';
import { businessDistrictsSql, productClassesSql } from '../catalogue/index.ts';
import { partnerCountriesSql } from '../partners/index.ts';
import { dealEntries, dealOrderLines, deals, followUpRates, followUpRounds } from './outcomes.schema.ts';

/** A follow-up round's period. */
export interface RoundPeriod {
  id: string;
  periodStart: string;
  periodEnd: string;
}

/** The baht a unit of a currency was worth in a round. */
export interface RoundRate {
  roundId: string;
  currency: string;
  bahtPerUnit: number;
}

/** What the statements need besides the filters: where entries fall, and the rates to convert with. */
export interface StatisticsContext {
  filter: StatisticsFilter;
  /** Every round, earliest first: an entry outside any is placed in the first whose period holds its date. */
  rounds: readonly RoundPeriod[];
  /** Every rate recorded. */
  rates: readonly RoundRate[];
  /** For each currency, the rate of the latest round that has one. */
  latestRates: ReadonlyMap<string, number>;
}

/** Every round, earliest first. */
export async function listRounds(db: Db): Promise<RoundPeriod[]> {
  return db
    .select({
      id: followUpRounds.id,
      periodStart: followUpRounds.periodStart,
      periodEnd: followUpRounds.periodEnd,
    })
    .from(followUpRounds)
    .orderBy(followUpRounds.periodStart, followUpRounds.periodEnd, followUpRounds.id);
}

export async function listRates(db: Db): Promise<RoundRate[]> {
  const rows = await db
    .select({
      roundId: followUpRates.roundId,
      currency: followUpRates.currency,
      bahtPerUnit: followUpRates.bahtPerUnit,
    })
    .from(followUpRates);
  return rows.map((row) => ({ ...row, bahtPerUnit: Number(row.bahtPerUnit) }));
}

// --- Pieces of the statements ---------------------------------------------------------------------

/** The Buddhist-era fiscal year of an entry's date (`alias.occurred_on`). */
function fiscalYearSql(alias: string): SQL {
  return sql`(extract(year from ${sql.raw(alias)}.occurred_on + interval '3 months')::int + 543)`;
}

/** The round an entry (`alias`) belongs to: the one it was reported in, else the first holding its date. */
function roundSql(alias: string, rounds: readonly RoundPeriod[]): SQL {
  const entry = sql.raw(alias);
  if (rounds.length === 0) return sql`${entry}.round_id`;
  const cases = rounds.map(
    (round) =>
      sql`when ${entry}.occurred_on between ${round.periodStart}::date and ${round.periodEnd}::date then ${round.id}::uuid`,
  );
  return sql`coalesce(${entry}.round_id, case ${sql.join(cases, sql` `)} end)`;
}

/** Conditions on an entry (`alias`): in force, and in the fiscal year and round filtered on. */
function entryConditions(alias: string, context: StatisticsContext): SQL[] {
  const conditions = [sql`${sql.raw(alias)}.superseded_at is null`];
  const { fiscalYear, round } = context.filter;
  if (fiscalYear !== undefined) {
    const year = fiscalYearFromBuddhist(fiscalYear);
    conditions.push(
      sql`${sql.raw(alias)}.occurred_on between ${year.startDate}::date and ${year.endDate}::date`,
    );
  }
  if (round !== undefined) conditions.push(sql`${roundSql(alias, context.rounds)} = ${round}::uuid`);
  return conditions;
}

/** A deal (`d`) names a product of the category or HS section filtered on. */
function dealProductConditions(filter: StatisticsFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.category !== undefined)
    conditions.push(sql`exists (select 1 from ${productClassesSql()} named
      where named.id = any(d.product_ids) and named.category = ${filter.category})`);
  if (filter.hsSection !== undefined)
    conditions.push(sql`exists (select 1 from ${productClassesSql()} named
      where named.id = any(d.product_ids) and named.hs_section = ${filter.hsSection})`);
  return conditions;
}

/** The deal's (`d`) city, country, business and district filtered on; `pc` and `bd` joined when needed. */
function dealConditions(filter: StatisticsFilter, cityColumn: string): SQL[] {
  const conditions: SQL[] = [];
  if (filter.city !== undefined) conditions.push(sql`${sql.raw(cityColumn)} = ${filter.city}::uuid`);
  if (filter.country !== undefined) conditions.push(sql`pc.country = ${filter.country}`);
  if (filter.business !== undefined) conditions.push(sql`d.entrepreneur_id = ${filter.business}::uuid`);
  if (filter.district !== undefined) conditions.push(sql`bd.district = ${filter.district}`);
  return conditions;
}

const whereAll = (conditions: readonly SQL[]) =>
  conditions.length === 0 ? sql`` : sql`where ${sql.join([...conditions], sql` and `)}`;

/**
 * The distinct category (or HS section) of each product a deal names, to join by `deal_id`: a deal
 * naming none has no row (its records fall in the group of none).
 */
function dealClassesSql(dimension: 'category' | 'hs_section'): SQL {
  const column = sql.raw(dimension === 'category' ? 'category' : 'hs_section');
  return sql`(select distinct named_deal.id as deal_id, named.${column} as key
    from ${deals} named_deal
    cross join lateral unnest(named_deal.product_ids) as named_product(id)
    join ${productClassesSql()} named on named.id = named_product.id)`;
}

/** Whether a record may fall in several groups of the dimension (so totals are counted on their own). */
export function countsTwice(measure: 'contacts' | 'deals', dimension: StatisticsDimension): boolean {
  if (dimension === 'category' || dimension === 'hs_section') return true;
  return measure === 'deals' && (dimension === 'fiscal_year' || dimension === 'round');
}

// --- Orders ---------------------------------------------------------------------------------------

/**
 * A row of the orders' figures: either one group's quantity in one unit (`byUnit`), or one group's
 * lines and values in one currency (null: no value given), confirmed or not, converted or not.
 */
export interface OrderFigureRow {
  key: string | number | null;
  byUnit: boolean;
  unit: string | null;
  currency: string | null;
  isConfirmed: boolean | null;
  isConverted: boolean | null;
  lines: number;
  quantity: number | null;
  value: number | null;
  baht: number | null;
}

/** The baht a unit of a line's (`l`) currency was worth for its entry (`e`): null when no round says. */
function rateSql(context: StatisticsContext): { joins: SQL; rate: SQL } {
  const joins: SQL[] = [];
  const fallbacks: SQL[] = [];
  if (context.rates.length > 0) {
    const values = context.rates.map(
      (rate) => sql`(${rate.roundId}::uuid, ${rate.currency}::text, ${rate.bahtPerUnit}::numeric)`,
    );
    joins.push(sql`left join (values ${sql.join(values, sql`, `)}) as round_rate(round_id, currency, baht)
      on round_rate.round_id = ${roundSql('e', context.rounds)} and round_rate.currency = l.currency`);
    fallbacks.push(sql`round_rate.baht`);
  }
  if (context.latestRates.size > 0) {
    const values = [...context.latestRates].map(
      ([currency, baht]) => sql`(${currency}::text, ${baht}::numeric)`,
    );
    joins.push(sql`left join (values ${sql.join(values, sql`, `)}) as latest_rate(currency, baht)
      on latest_rate.currency = l.currency`);
    fallbacks.push(sql`latest_rate.baht`);
  }
  const rate =
    fallbacks.length > 0
      ? sql`case when l.currency = 'THB' then 1::numeric else coalesce(${sql.join(fallbacks, sql`, `)}) end`
      : sql`case when l.currency = 'THB' then 1::numeric end`;
  return { joins: sql.join(joins, sql` `), rate };
}

function orderKeySql(dimension: StatisticsDimension, context: StatisticsContext): SQL {
  switch (dimension) {
    case 'city':
      return sql`l.partner_id`;
    case 'country':
      return sql`pc.country`;
    case 'category':
      return sql`pr.category`;
    case 'hs_section':
      return sql`pr.hs_section`;
    case 'business':
      return sql`d.entrepreneur_id`;
    case 'district':
      return sql`bd.district`;
    case 'fiscal_year':
      return fiscalYearSql('e');
    case 'round':
      return roundSql('e', context.rounds);
  }
}

/** The order lines of entries in force, grouped by the dimension (see `OrderFigureRow`). */
export async function orderFigures(
  db: Db,
  dimension: StatisticsDimension,
  context: StatisticsContext,
): Promise<OrderFigureRow[]> {
  const { filter } = context;
  const uses = (...dimensions: StatisticsDimension[]) => dimensions.includes(dimension);
  const needsCountry = uses('country') || filter.country !== undefined;
  const needsProduct =
    uses('category', 'hs_section') || filter.category !== undefined || filter.hsSection !== undefined;
  const needsDistrict = uses('district') || filter.district !== undefined;
  const needsDeal = needsDistrict || uses('business') || filter.business !== undefined;
  const { joins: rateJoins, rate } = rateSql(context);
  const conditions = [...entryConditions('e', context), ...dealConditions(filter, 'l.partner_id')];
  if (filter.category !== undefined) conditions.push(sql`pr.category = ${filter.category}`);
  if (filter.hsSection !== undefined) conditions.push(sql`pr.hs_section = ${filter.hsSection}`);

  const result = await db.execute(sql`
    select grouping(x.unit) = 0 as "byUnit", x.key, x.unit, x.currency,
      x.is_confirmed as "isConfirmed", x.is_converted as "isConverted",
      count(*)::int as lines, sum(x.quantity)::float8 as quantity,
      sum(x.value)::float8 as value, sum(x.value * x.rate)::float8 as baht
    from (
      select ${orderKeySql(dimension, context)} as key, l.unit, l.currency, l.quantity, l.value,
        e.buyer_confirmed_at is not null as is_confirmed, ${rate} as rate,
        (l.currency is null or ${rate} is not null) as is_converted
      from ${dealOrderLines} l
      join ${dealEntries} e on e.id = l.entry_id
      ${needsDeal ? sql`join ${deals} d on d.id = l.deal_id` : sql``}
      ${needsCountry ? sql`left join ${partnerCountriesSql()} pc on pc.id = l.partner_id` : sql``}
      ${needsProduct ? sql`left join ${productClassesSql()} pr on pr.id = l.product_id` : sql``}
      ${needsDistrict ? sql`left join ${businessDistrictsSql()} bd on bd.id = d.entrepreneur_id` : sql``}
      ${rateJoins}
      ${whereAll(conditions)}
    ) x
    group by grouping sets ((x.key, x.unit), (x.key, x.is_confirmed, x.currency, x.is_converted))`);
  return rowsOf<OrderFigureRow>(result);
}

// --- Contacts -------------------------------------------------------------------------------------

export type ContactState = 'confirmed' | 'unconfirmed' | 'session';

export interface ContactFigureRow {
  key: string | number | null;
  state: ContactState;
  count: number;
}

function dealKeySql(dimension: StatisticsDimension, context: StatisticsContext, entryAlias: string): SQL {
  switch (dimension) {
    case 'city':
      return sql`d.partner_id`;
    case 'country':
      return sql`pc.country`;
    case 'category':
    case 'hs_section':
      return sql`dc.key`;
    case 'business':
      return sql`d.entrepreneur_id`;
    case 'district':
      return sql`bd.district`;
    case 'fiscal_year':
      return fiscalYearSql(entryAlias);
    case 'round':
      return roundSql(entryAlias, context.rounds);
  }
}

/** The joins a statement over deals (`d`) needs for the dimension and filters. */
function dealJoins(dimension: StatisticsDimension | null, filter: StatisticsFilter): SQL {
  const joins: SQL[] = [];
  if (dimension === 'country' || filter.country !== undefined)
    joins.push(sql`left join ${partnerCountriesSql()} pc on pc.id = d.partner_id`);
  if (dimension === 'district' || filter.district !== undefined)
    joins.push(sql`left join ${businessDistrictsSql()} bd on bd.id = d.entrepreneur_id`);
  if (dimension === 'category' || dimension === 'hs_section')
    joins.push(sql`left join ${dealClassesSql(dimension)} dc on dc.deal_id = d.id`);
  return sql.join(joins, sql` `);
}

/**
 * The contacts in force, grouped by the dimension (null: all together) and by whether the buyer
 * confirmed them, they wait for the buyer's word, or were exchanged at a session.
 */
export async function contactFigures(
  db: Db,
  dimension: StatisticsDimension | null,
  context: StatisticsContext,
): Promise<ContactFigureRow[]> {
  const { filter } = context;
  const conditions = [
    sql`e.kind = 'contact'`,
    ...entryConditions('e', context),
    ...dealConditions(filter, 'd.partner_id'),
    ...dealProductConditions(filter),
  ];
  const result = await db.execute(sql`
    select x.key, x.state, count(*)::int as count
    from (
      select ${dimension ? dealKeySql(dimension, context, 'e') : sql`null::text`} as key,
        case when e.buyer_confirmed_at is not null then 'confirmed'
             when e.recorded_as = 'session' then 'session'
             else 'unconfirmed' end as state
      from ${dealEntries} e
      join ${deals} d on d.id = e.deal_id
      ${dealJoins(dimension, filter)}
      ${whereAll(conditions)}
    ) x
    group by x.key, x.state`);
  return rowsOf<ContactFigureRow>(result);
}

// --- Deals ----------------------------------------------------------------------------------------

export interface DealFigureRow {
  key: string | number | null;
  stage: string;
  count: number;
}

/**
 * The deals grouped by the dimension (null: all together) and by their stage. With a fiscal year or
 * a round filtered on, only the deals with an entry in force in it; grouped by fiscal year or round,
 * a deal counts in each it has an entry in force in.
 */
export async function dealFigures(
  db: Db,
  dimension: StatisticsDimension | null,
  context: StatisticsContext,
): Promise<DealFigureRow[]> {
  const { filter } = context;
  const byEntry = dimension === 'fiscal_year' || dimension === 'round';
  const hasEntryFilter = filter.fiscalYear !== undefined || filter.round !== undefined;
  const conditions = [...dealConditions(filter, 'd.partner_id'), ...dealProductConditions(filter)];
  if (hasEntryFilter && !byEntry)
    conditions.push(sql`exists (select 1 from ${dealEntries} e
      where e.deal_id = d.id and ${sql.join(entryConditions('e', context), sql` and `)})`);
  const entryKeys = byEntry
    ? sql`join (select distinct e.deal_id, ${dealKeySql(dimension, context, 'e')} as key
        from ${dealEntries} e where ${sql.join(entryConditions('e', context), sql` and `)}) de
        on de.deal_id = d.id`
    : sql``;
  const key = !dimension ? sql`null::text` : byEntry ? sql`de.key` : dealKeySql(dimension, context, 'e');
  const result = await db.execute(sql`
    select x.key, x.stage, count(*)::int as count
    from (
      select ${key} as key, d.stage
      from ${deals} d
      ${entryKeys}
      ${dealJoins(dimension, filter)}
      ${whereAll(conditions)}
    ) x
    group by x.key, x.stage`);
  return rowsOf<DealFigureRow>(result);
}

// --- What the filters can be set to ----------------------------------------------------------------

export interface FilterValues {
  cityIds: string[];
  countries: string[];
  districts: string[];
  fiscalYears: number[];
}

/** The cities, countries, districts and fiscal years the deals have, for the filters' choices. */
export async function filterValues(db: Db): Promise<FilterValues> {
  const [cities, districts, years] = await Promise.all([
    db.execute(sql`
      select c.id, pc.country
      from (select partner_id as id from ${deals} union select partner_id from ${dealOrderLines}) c
      left join ${partnerCountriesSql()} pc on pc.id = c.id`),
    db.execute(sql`
      select distinct bd.district
      from (select distinct entrepreneur_id from ${deals}) b
      join ${businessDistrictsSql()} bd on bd.id = b.entrepreneur_id`),
    db.execute(sql`
      select distinct ${fiscalYearSql('e')} as year from ${dealEntries} e where e.superseded_at is null`),
  ]);
  const cityRows = rowsOf<{ id: string; country: string | null }>(cities);
  return {
    cityIds: cityRows.map((row) => row.id),
    countries: [...new Set(cityRows.flatMap((row) => (row.country ? [row.country] : [])))],
    districts: rowsOf<{ district: string }>(districts).map((row) => row.district),
    fiscalYears: rowsOf<{ year: number }>(years).map((row) => Number(row.year)),
  };
}

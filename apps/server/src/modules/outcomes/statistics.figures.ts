/**
 * The statistics' figures put together from the rows the SQL answers (statistics.repository.ts), as
 * pure functions: the figures of each group and of all, the order groups are listed in, and which
 * rate converts a currency outside a round.
 */
import {
  dealEntryKinds,
  type CurrencyAmount,
  type DealStage,
  type StatisticsDimension,
  type StatisticsFigures,
} from '@bia/contracts';
import type {
  ContactFigureRow,
  DealFigureRow,
  OrderFigureRow,
  RoundPeriod,
  RoundRate,
} from './statistics.repository.ts';

/** A group's key as the answer gives it: ids and codes as they are, a fiscal year as its digits. */
export type GroupKey = string | null;

export const keyOf = (key: string | number | null): GroupKey => (key === null ? null : String(key));

export function emptyFigures(): StatisticsFigures {
  return {
    contacts: { total: 0, confirmed: 0, unconfirmed: 0, atSession: 0 },
    deals: { total: 0, byStage: [] },
    orders: {
      lines: 0,
      confirmedLines: 0,
      unconfirmedLines: 0,
      quantities: [],
      valueBaht: 0,
      confirmedValueBaht: 0,
      unconverted: [],
      original: [],
    },
  };
}

function addAmount(amounts: CurrencyAmount[], currency: string, value: number): void {
  const found = amounts.find((amount) => amount.currency === currency);
  if (found) found.value += value;
  else amounts.push({ currency, value });
}

/** Money to the satang, quantities to the thousandth (as stored): sums of floats drift below that. */
const toSatang = (value: number) => Math.round(value * 100) / 100;
const toThousandth = (value: number) => Math.round(value * 1000) / 1000;

function tidy(figures: StatisticsFigures): StatisticsFigures {
  const { orders, deals } = figures;
  const byCurrency = (a: CurrencyAmount, b: CurrencyAmount) => a.currency.localeCompare(b.currency);
  return {
    contacts: figures.contacts,
    deals: {
      total: deals.total,
      byStage: [...deals.byStage].sort(
        (a, b) => dealEntryKinds.indexOf(a.stage) - dealEntryKinds.indexOf(b.stage),
      ),
    },
    orders: {
      ...orders,
      quantities: orders.quantities
        .map((item) => ({ unit: item.unit, quantity: toThousandth(item.quantity) }))
        .sort((a, b) => b.quantity - a.quantity || a.unit.localeCompare(b.unit)),
      valueBaht: toSatang(orders.valueBaht),
      confirmedValueBaht: toSatang(orders.confirmedValueBaht),
      unconverted: orders.unconverted
        .map((item) => ({ ...item, value: toSatang(item.value) }))
        .sort(byCurrency),
      original: orders.original.map((item) => ({ ...item, value: toSatang(item.value) })).sort(byCurrency),
    },
  };
}

function addOrderRow(figures: StatisticsFigures, row: OrderFigureRow): void {
  const { orders } = figures;
  if (row.byUnit) {
    const unit = row.unit ?? '';
    const found = orders.quantities.find((item) => item.unit === unit);
    if (found) found.quantity += row.quantity ?? 0;
    else orders.quantities.push({ unit, quantity: row.quantity ?? 0 });
    return;
  }
  orders.lines += row.lines;
  if (row.isConfirmed) orders.confirmedLines += row.lines;
  else orders.unconfirmedLines += row.lines;
  const baht = row.baht ?? 0;
  orders.valueBaht += baht;
  if (row.isConfirmed) orders.confirmedValueBaht += baht;
  if (row.currency !== null && row.value !== null) {
    addAmount(orders.original, row.currency, row.value);
    if (!row.isConverted) addAmount(orders.unconverted, row.currency, row.value);
  }
}

function addContactRow(figures: StatisticsFigures, row: ContactFigureRow): void {
  const { contacts } = figures;
  contacts.total += row.count;
  if (row.state === 'confirmed') contacts.confirmed += row.count;
  else if (row.state === 'session') contacts.atSession += row.count;
  else contacts.unconfirmed += row.count;
}

function addDealRow(figures: StatisticsFigures, row: DealFigureRow): void {
  const stage = (dealEntryKinds as readonly string[]).includes(row.stage) ? (row.stage as DealStage) : null;
  if (!stage) throw new Error(`Unknown deal stage "${row.stage}" in the database`);
  figures.deals.total += row.count;
  const found = figures.deals.byStage.find((item) => item.stage === stage);
  if (found) found.count += row.count;
  else figures.deals.byStage.push({ stage, count: row.count });
}

export interface FigureRows {
  orders: readonly OrderFigureRow[];
  contacts: readonly ContactFigureRow[];
  deals: readonly DealFigureRow[];
  /** The contacts and deals all together, when a record may fall in several groups (else summed). */
  contactTotals?: readonly ContactFigureRow[];
  dealTotals?: readonly DealFigureRow[];
}

/** The figures of every group and of all. */
export function figuresOf(rows: FigureRows): {
  groups: Map<GroupKey, StatisticsFigures>;
  totals: StatisticsFigures;
} {
  const groups = new Map<GroupKey, StatisticsFigures>();
  const totals = emptyFigures();
  const groupOf = (key: string | number | null) => {
    const id = keyOf(key);
    let figures = groups.get(id);
    if (!figures) {
      figures = emptyFigures();
      groups.set(id, figures);
    }
    return figures;
  };
  for (const row of rows.orders) {
    addOrderRow(groupOf(row.key), row);
    addOrderRow(totals, row);
  }
  for (const row of rows.contacts) {
    addContactRow(groupOf(row.key), row);
    if (!rows.contactTotals) addContactRow(totals, row);
  }
  for (const row of rows.contactTotals ?? []) addContactRow(totals, row);
  for (const row of rows.deals) {
    addDealRow(groupOf(row.key), row);
    if (!rows.dealTotals) addDealRow(totals, row);
  }
  for (const row of rows.dealTotals ?? []) addDealRow(totals, row);
  return {
    groups: new Map([...groups].map(([key, figures]) => [key, tidy(figures)])),
    totals: tidy(totals),
  };
}

/**
 * The order groups are listed in: fiscal years and rounds in time order (the group of none last);
 * the others the largest first — by value in baht, then order lines, contacts and deals — then by key.
 */
export function sortGroups(
  dimension: StatisticsDimension,
  groups: ReadonlyMap<GroupKey, StatisticsFigures>,
  rounds: readonly RoundPeriod[],
): [GroupKey, StatisticsFigures][] {
  const entries = [...groups];
  if (dimension === 'fiscal_year' || dimension === 'round') {
    const position = (key: GroupKey) => {
      if (key === null) return Number.POSITIVE_INFINITY;
      if (dimension === 'fiscal_year') return Number(key);
      const index = rounds.findIndex((round) => round.id === key);
      return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    };
    return entries.sort(([a], [b]) => position(a) - position(b));
  }
  return entries.sort(
    ([keyA, a], [keyB, b]) =>
      b.orders.valueBaht - a.orders.valueBaht ||
      b.orders.lines - a.orders.lines ||
      b.contacts.total - a.contacts.total ||
      b.deals.total - a.deals.total ||
      (keyA ?? '\uffff').localeCompare(keyB ?? '\uffff'),
  );
}

/**
 * For each currency, the rate of the latest round (by the end of its period) that recorded one: what
 * converts a value of an entry outside a round, or of a round without that currency.
 */
export function latestRatesOf(
  rounds: readonly RoundPeriod[],
  rates: readonly RoundRate[],
): Map<string, { roundId: string; bahtPerUnit: number }> {
  const order = new Map(
    [...rounds]
      .sort(
        (a, b) =>
          a.periodEnd.localeCompare(b.periodEnd) ||
          a.periodStart.localeCompare(b.periodStart) ||
          a.id.localeCompare(b.id),
      )
      .map((round, index) => [round.id, index]),
  );
  const latest = new Map<string, { roundId: string; bahtPerUnit: number; at: number }>();
  for (const rate of rates) {
    const at = order.get(rate.roundId) ?? -1;
    const found = latest.get(rate.currency);
    if (!found || at > found.at) latest.set(rate.currency, { ...rate, at });
  }
  return new Map(
    [...latest].map(([currency, { roundId, bahtPerUnit }]) => [currency, { roundId, bahtPerUnit }]),
  );
}

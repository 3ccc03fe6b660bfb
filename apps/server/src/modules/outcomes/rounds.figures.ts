/**
 * A follow-up round's figures (seed 003 §9.2): the contacts by partner city and business, and the
 * orders by city, product and unit with their quantities and their value in baht at the round's rates.
 * A value in a currency the round has no rate for is not guessed: it is reported apart, in its currency.
 * Pure: the rows come from the repository, and the result is what closing a round freezes (by ids; the
 * names are read when the figures are shown).
 */

/** A contact counted: not superseded, not the exchange at a session (already on its record). */
export interface FigureContact {
  partnerId: string;
  entrepreneurId: string;
  isConfirmed: boolean;
}

/** An order line counted: of an order or a repeat order not superseded. Numbers as the database gives them. */
export interface FigureLine {
  partnerId: string;
  productId: string;
  entrepreneurId: string;
  unit: string;
  quantity: string;
  value: string | null;
  currency: string | null;
  isConfirmed: boolean;
}

/** The figures as a round keeps them when it closes (`follow_up_rounds.frozen_figures`). */
export interface RoundFigures {
  contacts: { partnerId: string; entrepreneurId: string; count: number; confirmed: number }[];
  orders: {
    partnerId: string;
    productId: string;
    entrepreneurId: string;
    unit: string;
    quantity: number;
    lines: number;
    confirmedLines: number;
    /** Null when none of its lines had a value in baht or in a currency with a rate. */
    valueBaht: number | null;
  }[];
  /** Values in currencies without a rate, summed by currency. */
  unconverted: { currency: string; value: number }[];
}

const round = (value: number, decimals: number) => {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
};

/** What a value is worth in baht at the rates: itself in baht, else by the rate; undefined without one. */
export function inBaht(
  value: number,
  currency: string,
  rates: ReadonlyMap<string, number>,
): number | undefined {
  if (currency === 'THB') return value;
  const rate = rates.get(currency);
  return rate === undefined ? undefined : round(value * rate, 2);
}

export function computeRoundFigures(
  contacts: readonly FigureContact[],
  lines: readonly FigureLine[],
  rates: ReadonlyMap<string, number>,
): RoundFigures {
  const contactGroups = new Map<string, RoundFigures['contacts'][number]>();
  for (const contact of contacts) {
    const key = `${contact.partnerId}|${contact.entrepreneurId}`;
    const group = contactGroups.get(key) ?? {
      partnerId: contact.partnerId,
      entrepreneurId: contact.entrepreneurId,
      count: 0,
      confirmed: 0,
    };
    group.count += 1;
    if (contact.isConfirmed) group.confirmed += 1;
    contactGroups.set(key, group);
  }

  const orderGroups = new Map<string, RoundFigures['orders'][number]>();
  const unconverted = new Map<string, number>();
  for (const line of lines) {
    const unit = line.unit.trim();
    const key = `${line.partnerId}|${line.productId}|${unit}`;
    const group = orderGroups.get(key) ?? {
      partnerId: line.partnerId,
      productId: line.productId,
      entrepreneurId: line.entrepreneurId,
      unit,
      quantity: 0,
      lines: 0,
      confirmedLines: 0,
      valueBaht: null,
    };
    group.quantity = round(group.quantity + Number(line.quantity), 3);
    group.lines += 1;
    if (line.isConfirmed) group.confirmedLines += 1;
    if (line.value !== null && line.currency !== null) {
      const baht = inBaht(Number(line.value), line.currency, rates);
      if (baht === undefined)
        unconverted.set(line.currency, round((unconverted.get(line.currency) ?? 0) + Number(line.value), 2));
      else group.valueBaht = round((group.valueBaht ?? 0) + baht, 2);
    }
    orderGroups.set(key, group);
  }

  const byKey = <T>(entries: Map<string, T>) =>
    [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
  return {
    contacts: byKey(contactGroups),
    orders: byKey(orderGroups),
    unconverted: [...unconverted]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, value]) => ({ currency, value })),
  };
}

/** The totals of a round's figures. */
export function figureTotals(figures: RoundFigures) {
  const businesses = new Set([
    ...figures.contacts.map((row) => row.entrepreneurId),
    ...figures.orders.map((row) => row.entrepreneurId),
  ]);
  return {
    contacts: figures.contacts.reduce((sum, row) => sum + row.count, 0),
    confirmedContacts: figures.contacts.reduce((sum, row) => sum + row.confirmed, 0),
    orderLines: figures.orders.reduce((sum, row) => sum + row.lines, 0),
    confirmedOrderLines: figures.orders.reduce((sum, row) => sum + row.confirmedLines, 0),
    valueBaht: round(
      figures.orders.reduce((sum, row) => sum + (row.valueBaht ?? 0), 0),
      2,
    ),
    businesses: businesses.size,
  };
}

/** Whether a stored value is a round's figures (the jsonb column holds what closing wrote). */
export function isRoundFigures(value: unknown): value is RoundFigures {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as RoundFigures).contacts) &&
    Array.isArray((value as RoundFigures).orders) &&
    Array.isArray((value as RoundFigures).unconverted)
  );
}

/**
 * Sample deals of any size (issue 14, "Sample data … gains deals and orders"), for trying the
 * statistics page and for the benchmark: deals between the catalogue's sample businesses and the
 * registry's partner cities, each with its dated history — a contact, samples, a negotiation, an
 * agreement, orders with their lines, shipments, a repeat order, or a closing — some confirmed by the
 * buyer, a few amended. Every deal is marked `is_sample` (its entries and lines go with it).
 *
 * As for the catalogue's samples, the same seed gives the same rows, ids included, so generating
 * again adds only what is missing. Rows go in batches far under PostgreSQL's 65,535 parameters.
 */
import { eq } from 'drizzle-orm';
import type { DealEntryKind } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { DAY_MS } from '../../shared/time.ts';
import { listSampleProducts, type SampleProductFacts } from '../catalogue/index.ts';
import { listTradeCandidateFacts } from '../partners/index.ts';
import { stageOf } from './deals.rules.ts';
import { dealEntries, dealOrderLines, deals, followUpRates, followUpRounds } from './outcomes.schema.ts';

export interface SampleDealsOptions {
  /** How many deals to add. */
  deals: number;
  /** How many order lines (one product each) the deals that reach an order share. */
  orders: number;
  /** The same seed gives the same rows; 1 unless given. */
  seed?: number;
  /** Today (`YYYY-MM-DD`, Bangkok): nothing is dated after it; histories reach three years back. */
  today: string;
}

export interface SampleDealsResult {
  deals: number;
  entries: number;
  orderLines: number;
}

type NewDeal = typeof deals.$inferInsert & { id: string };
type NewEntry = typeof dealEntries.$inferInsert & { id: string };
type NewLine = typeof dealOrderLines.$inferInsert & { id: string };

/** Rows per insert statement (the widest, an entry, has 17 columns). */
const BATCH = 1000;
/** How far back the histories begin. */
const HISTORY_DAYS = 3 * 365;

// --- A small seeded random number generator (as the catalogue's samples use) ----------------------

function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** An item of the list, the first ones more often (a few cities and businesses trade most). */
  skewed<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() ** 2 * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(this.next() * 4294967296)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

const STREAM = { deal: 11, orders: 12 } as const;

// --- What a deal looks like -----------------------------------------------------------------------

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const minDate = (a: string, b: string) => (a < b ? a : b);
/** Noon in Bangkok of a day, plus a few minutes so that entries of one day keep their order. */
const noonOf = (date: string, step: number) => new Date(Date.parse(`${date}T05:00:00Z`) + step * 60_000);

/** The currency a city's buyers usually agree in (else US dollars or baht); a third of all orders are in baht. */
const currencyOfCountry: Readonly<Record<string, string>> = {
  JP: 'JPY',
  KR: 'KRW',
  CN: 'CNY',
  VN: 'VND',
  AU: 'AUD',
  US: 'USD',
};
/** Roughly what a unit of the currency is worth in baht, to price sample orders plausibly. */
const roughBaht: Readonly<Record<string, number>> = {
  JPY: 0.23,
  KRW: 0.025,
  CNY: 4.8,
  VND: 0.0014,
  AUD: 22,
  USD: 34,
};

const contactChannels = ['email', 'call', 'line', 'visit', 'video'] as const;
const contactDirections = ['business_to_buyer', 'buyer_to_business'] as const;
const closedReasons = [
  'ผู้ซื้อเลือกผู้ผลิตรายอื่น (ข้อมูลตัวอย่าง)',
  'ราคาขนส่งสูงเกินไป (ข้อมูลตัวอย่าง)',
  'ผลิตไม่ทันตามจำนวนที่ต้องการ (ข้อมูลตัวอย่าง)',
];
const buyerLanguageOf: Readonly<Record<string, string>> = {
  JP: 'ja',
  KR: 'ko',
  CN: 'zh',
  TW: 'zh',
  TH: 'th',
};

interface City {
  id: string;
  countryCode: string | null;
}

interface Business {
  id: string;
  products: SampleProductFacts[];
}

/** How far a deal goes: the kinds of its history after the first contact. */
function historyOf(random: Random): { steps: DealEntryKind[]; reachesOrder: boolean; isClosed: boolean } {
  const roll = random.next();
  const steps: DealEntryKind[] = [];
  if (roll < 0.3) return { steps, reachesOrder: false, isClosed: random.chance(0.3) };
  if (random.chance(0.6)) steps.push('samples');
  if (roll < 0.45) return { steps, reachesOrder: false, isClosed: random.chance(0.3) };
  steps.push('negotiating');
  if (roll < 0.6) return { steps, reachesOrder: false, isClosed: random.chance(0.4) };
  steps.push('agreement');
  if (roll < 0.7) return { steps, reachesOrder: false, isClosed: false };
  return { steps, reachesOrder: true, isClosed: false };
}

interface DealPlan {
  deal: NewDeal;
  entries: NewEntry[];
  /** Set on a deal that reaches an order: its lines are added once every deal is planned. */
  orders?: { random: Random; business: Business; city: City; from: string; step: number };
}

function planDeal(
  seed: number,
  index: number,
  businesses: readonly Business[],
  cities: readonly City[],
  today: string,
): DealPlan {
  const random = new Random(mix(seed, STREAM.deal, index));
  const business = random.skewed(businesses);
  const city = random.skewed(cities);
  const productCount = Math.min(business.products.length, random.int(1, 3));
  const offset = random.int(0, business.products.length - 1);
  const productIds = Array.from(
    { length: productCount },
    (_, k) => business.products[(offset + k) % business.products.length]?.id ?? '',
  );
  const dealId = random.uuid();
  const number = index + 1;
  const first = addDays(today, -random.int(30, HISTORY_DAYS));
  const recordedAs = random.chance(0.7) ? 'staff' : 'entrepreneur';
  const entries: NewEntry[] = [];
  let day = first;
  let step = 0;
  const add = (kind: DealEntryKind, extra: Partial<NewEntry> = {}) => {
    const confirmed =
      kind !== 'closed' && random.chance(kind === 'contact' ? 0.3 : kind === 'samples' ? 0.2 : 0.55);
    const entry: NewEntry = {
      id: random.uuid(),
      dealId,
      kind,
      occurredOn: day,
      recordedAs,
      buyerConfirmedAt: confirmed ? noonOf(minDate(addDays(day, 3), today), 0) : null,
      buyerConfirmedVia: confirmed ? 'link' : null,
      createdAt: noonOf(day, step),
      updatedAt: noonOf(day, step),
      ...extra,
    };
    step += 1;
    entries.push(entry);
    return entry;
  };
  add('contact', {
    contactChannel: random.pick(contactChannels),
    contactDirection: random.pick(contactDirections),
  });
  const history = historyOf(random);
  for (const kind of history.steps) {
    day = minDate(addDays(day, random.int(7, 40)), today);
    add(kind);
  }
  if (history.isClosed) {
    day = minDate(addDays(day, random.int(7, 60)), today);
    add('closed', { closedReason: random.pick(closedReasons) });
  }
  const deal: NewDeal = {
    id: dealId,
    entrepreneurId: business.id,
    partnerId: city.id,
    buyerName: `Sample buyer ${number} (sample)`,
    buyerOrganisation: `Sample trading company ${number} (sample)`,
    buyerEmail: `buyer-${number}@sample.bia.invalid`,
    buyerLanguage: buyerLanguageOf[city.countryCode ?? ''] ?? 'en',
    productIds,
    stage: 'contact',
    isSample: true,
    createdAt: noonOf(first, 0),
    updatedAt: noonOf(day, step),
  };
  const plan: DealPlan = { deal, entries };
  if (history.reachesOrder)
    plan.orders = { random, business, city, from: minDate(addDays(day, random.int(7, 30)), today), step };
  return plan;
}

/**
 * The orders of a deal: `lineCount` lines in one to three orders (the later ones repeat orders), each
 * shipped a few weeks later when that day has come, and now and then an order amended (the
 * amendment supersedes it, with its lines changed).
 */
function addOrders(plan: DealPlan, lineCount: number, today: string): NewLine[] {
  const orders = plan.orders;
  if (!orders || lineCount === 0) return [];
  const { random, business, city } = orders;
  const productIds = plan.deal.productIds ?? [];
  const products = business.products.filter((product) => productIds.includes(product.id));
  const orderCount = Math.min(lineCount, random.int(1, 3));
  const currency = random.chance(0.35)
    ? 'THB'
    : (currencyOfCountry[city.countryCode ?? ''] ?? (random.chance(0.5) ? 'USD' : 'THB'));
  const lines: NewLine[] = [];
  let day = orders.from;
  let step = orders.step;
  let left = lineCount;
  for (let k = 0; k < orderCount; k += 1) {
    const count = k === orderCount - 1 ? left : Math.max(1, Math.floor(lineCount / orderCount));
    left -= count;
    const confirmed = random.chance(0.55);
    const entry: NewEntry = {
      id: random.uuid(),
      dealId: plan.deal.id,
      kind: k === 0 ? 'order' : 'repeat_order',
      occurredOn: day,
      recordedAs: plan.entries[0]?.recordedAs ?? 'staff',
      buyerConfirmedAt: confirmed ? noonOf(minDate(addDays(day, 2), today), 0) : null,
      buyerConfirmedVia: confirmed ? 'link' : null,
      createdAt: noonOf(day, step),
      updatedAt: noonOf(day, step),
    };
    step += 1;
    plan.entries.push(entry);
    const shippedOn = addDays(day, random.int(14, 45));
    const isShipped = shippedOn <= today;
    const entryLines: NewLine[] = [];
    for (let n = 0; n < count; n += 1) {
      const product = products[n % Math.max(1, products.length)] ?? business.products[0];
      if (!product) break;
      const quantity = random.int(1, 100) * (random.chance(0.3) ? 100 : 10);
      const priceThb = product.priceThb ?? 100;
      const bahtValue = quantity * priceThb * (0.8 + random.next() * 0.4);
      const hasValue = random.chance(0.9);
      entryLines.push({
        id: random.uuid(),
        entryId: entry.id,
        dealId: plan.deal.id,
        partnerId: city.id,
        productId: product.id,
        quantity: String(quantity),
        unit: product.unit,
        value: hasValue
          ? (currency === 'THB' ? bahtValue : bahtValue / (roughBaht[currency] ?? 1)).toFixed(2)
          : null,
        currency: hasValue ? currency : null,
        orderedOn: day,
        shippedOn: isShipped ? shippedOn : null,
      });
    }
    lines.push(...entryLines);
    if (isShipped) {
      plan.entries.push({
        id: random.uuid(),
        dealId: plan.deal.id,
        kind: 'shipment',
        occurredOn: shippedOn,
        recordedAs: entry.recordedAs,
        createdAt: noonOf(shippedOn, step),
        updatedAt: noonOf(shippedOn, step),
      });
      step += 1;
    }
    // One order in fifty was corrected later: the amendment replaces it, the old one is kept superseded.
    if (random.chance(0.02)) {
      const amendedAt = noonOf(minDate(addDays(day, 10), today), step);
      step += 1;
      const amendment: NewEntry = {
        ...entry,
        id: random.uuid(),
        amendsEntryId: entry.id,
        // The buyer has not seen the corrected order yet.
        buyerConfirmedAt: null,
        buyerConfirmedVia: null,
        createdAt: amendedAt,
        updatedAt: amendedAt,
      };
      entry.supersededAt = amendedAt;
      plan.entries.push(amendment);
      // The amendment holds the lines now (one more unit each); the superseded order keeps copies.
      for (const line of entryLines) {
        lines.push({ ...line, id: random.uuid() });
        line.entryId = amendment.id;
        line.quantity = String(Number(line.quantity) + 1);
      }
    }
    day = minDate(addDays(isShipped ? shippedOn : day, random.int(30, 120)), today);
  }
  return lines;
}

async function insertInBatches<Row>(rows: readonly Row[], write: (batch: Row[]) => Promise<number>) {
  let added = 0;
  for (let start = 0; start < rows.length; start += BATCH)
    added += await write(rows.slice(start, start + BATCH));
  return added;
}

/**
 * Adds sample deals between the catalogue's sample businesses and the registry's partner cities
 * (nothing when either is missing: run the catalogue's samples and load the reference data first).
 * Deals of the seed already there are left as they are. Answers how many rows were added.
 */
export async function generateSampleDeals(db: Db, options: SampleDealsOptions): Promise<SampleDealsResult> {
  const seed = options.seed ?? 1;
  const added: SampleDealsResult = { deals: 0, entries: 0, orderLines: 0 };
  const total = Math.max(0, Math.floor(options.deals));
  if (total === 0) return added;
  const byBusiness = new Map<string, SampleProductFacts[]>();
  for (const product of await listSampleProducts(db)) {
    const list = byBusiness.get(product.entrepreneurId) ?? [];
    list.push(product);
    byBusiness.set(product.entrepreneurId, list);
  }
  const businesses = [...byBusiness].map(([id, products]) => ({ id, products }));
  const cities = (await listTradeCandidateFacts(db)).map(({ id, countryCode }) => ({ id, countryCode }));
  if (businesses.length === 0 || cities.length === 0) return added;

  const plans = Array.from({ length: total }, (_, index) =>
    planDeal(seed, index, businesses, cities, options.today),
  );
  // The order lines are shared out over the deals that reach an order, as evenly as they go.
  const ordering = plans.filter((plan) => plan.orders);
  const lines: NewLine[] = [];
  const orders = Math.max(0, Math.floor(options.orders));
  ordering.forEach((plan, k) => {
    const share = Math.floor(orders / ordering.length) + (k < orders % ordering.length ? 1 : 0);
    lines.push(...addOrders(plan, share, options.today));
  });
  for (const plan of plans) {
    plan.deal.stage = stageOf(
      plan.entries.map((entry) => ({
        kind: entry.kind as DealEntryKind,
        occurredOn: entry.occurredOn,
        createdAt: entry.createdAt ?? new Date(0),
        supersededAt: entry.supersededAt ?? null,
      })),
    );
  }

  await db.transaction(async (tx) => {
    const newDeals = new Set<string>();
    added.deals = await insertInBatches(
      plans.map((plan) => plan.deal),
      async (batch) => {
        const rows = await tx.insert(deals).values(batch).onConflictDoNothing().returning({ id: deals.id });
        for (const row of rows) newDeals.add(row.id);
        return rows.length;
      },
    );
    // Only the histories of the deals added: a deal already there keeps its own.
    added.entries = await insertInBatches(
      plans.filter((plan) => newDeals.has(plan.deal.id)).flatMap((plan) => plan.entries),
      async (batch) => (await tx.insert(dealEntries).values(batch).returning({ id: dealEntries.id })).length,
    );
    added.orderLines = await insertInBatches(
      lines.filter((line) => newDeals.has(line.dealId)),
      async (batch) =>
        (await tx.insert(dealOrderLines).values(batch).returning({ id: dealOrderLines.id })).length,
    );
  });
  return added;
}

/** Deletes every sample deal, with its entries, order lines, documents and confirmation links. */
export async function removeSampleDeals(db: Db): Promise<number> {
  const removed = await db.delete(deals).where(eq(deals.isSample, true)).returning({ id: deals.id });
  return removed.length;
}

/**
 * Follow-up rounds with exchange rates for the last three years' six-month periods, for the
 * benchmark's own database only: rounds carry no sample mark, so the sample-data command never adds
 * them to a platform's database. Answers how many rounds were added.
 */
export async function addBenchmarkRounds(db: Db, today: string): Promise<number> {
  const year = Number(today.slice(0, 4));
  const periods: { start: string; end: string }[] = [];
  for (let y = year - 3; y <= year; y += 1) {
    periods.push({ start: `${y - 1}-10-01`, end: `${y}-03-31` }, { start: `${y}-04-01`, end: `${y}-09-30` });
  }
  let count = 0;
  for (const [index, period] of periods.filter((candidate) => candidate.end < today).entries()) {
    const [round] = await db
      .insert(followUpRounds)
      .values({
        periodStart: period.start,
        periodEnd: period.end,
        deadline: addDays(period.end, 30),
        status: 'closed',
        closedAt: new Date(`${addDays(period.end, 31)}T05:00:00Z`),
      })
      .onConflictDoNothing()
      .returning({ id: followUpRounds.id });
    if (!round) continue;
    count += 1;
    // The rates drift a little from round to round; the dong is never recorded (its values are kept apart).
    const drift = 1 + ((index % 3) - 1) * 0.02;
    await db.insert(followUpRates).values(
      ['JPY', 'KRW', 'CNY', 'USD', 'AUD'].map((currency) => ({
        roundId: round.id,
        currency,
        bahtPerUnit: ((roughBaht[currency] ?? 1) * drift).toFixed(6),
      })),
    );
  }
  return count;
}

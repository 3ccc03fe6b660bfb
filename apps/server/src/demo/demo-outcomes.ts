/**
 * The demo's deals (issue 14): what came of the demo programme's held sessions, so that the deals,
 * the programme's outcome KPIs and the statistics page have a lived-in year to show.
 *
 * Each contact exchanged at a held session starts a deal (its first entry is that exchange, recorded
 * by the session), which then moves on in one of a few ways — a follow-up e-mail and samples; a
 * negotiation that closes without a deal; an agreement and an order; or all the way to a shipment
 * and a repeat order — and each business that presented also hears later from a buyer of one of the
 * session's cities who saw it in the catalogue. Nothing is dated after today: a session held last week has only its first steps.
 * Some entries are confirmed by the buyer, others wait; most orders are in baht, some in the city's
 * currency, converted at the rates of the demo's follow-up rounds (demo-rounds.ts).
 *
 * Every deal is marked `is_sample`; its entries and lines go with it. Ids are derived from the
 * session and the contact, so loading twice adds nothing; a deal an officer has started from the same
 * contact meanwhile is left as it is. Rows are written directly, as the other demo data is.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DealEntryKind } from '@bia/contracts';
import type { Db } from '../db/client.ts';
import { bangkokToday } from '../shared/clock.ts';
import { DAY_MS } from '../shared/time.ts';
import { stageOf } from '../modules/outcomes/deals.rules.ts';
import { dealEntries, dealOrderLines, deals } from '../modules/outcomes/outcomes.schema.ts';
import { partners } from '../modules/partners/partners.schema.ts';
import {
  programmeSessions,
  sessionContactExchanges,
  sessionEntrepreneurs,
  sessionParticipants,
} from '../modules/programme/programme.schema.ts';
import { demoBusinessIds, demoProducts } from './demo-catalogue.ts';

type NewDeal = typeof deals.$inferInsert & { id: string };
type NewEntry = typeof dealEntries.$inferInsert & { id: string };
type NewLine = typeof dealOrderLines.$inferInsert & { id: string };

/** A UUID (version-4 shaped) derived from a name, the same every time. */
function stableId(name: string): string {
  const hex = createHash('sha256').update(`bia-demo-outcomes:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** 10:00 in Bangkok, plus a few minutes so that entries of one day keep their order. */
const morningOf = (date: string, step: number) => new Date(Date.parse(`${date}T03:00:00Z`) + step * 60_000);

/** The currency a city's buyers agree in when not in baht, and roughly what a unit is worth in baht. */
export const demoCurrencyRates: Readonly<Record<string, { currency: string; baht: number }>> = {
  KR: { currency: 'KRW', baht: 0.025 },
  JP: { currency: 'JPY', baht: 0.23 },
  CN: { currency: 'CNY', baht: 4.8 },
};

/** A step of a deal's history: what, how many days after the session, and whether the buyer confirmed it. */
interface Step {
  kind: DealEntryKind;
  after: number;
  isConfirmed?: boolean;
  channel?: 'email' | 'call' | 'line' | 'video';
  direction?: 'business_to_buyer' | 'buyer_to_business';
  /** For an order: how many of the products presented it names, and how many units of each. */
  order?: { products: number; quantity: number };
  /** For a shipment: the order it ships (by its step's index). */
  ships?: number;
  closedReason?: string;
}

/** The ways a deal moves on after the session, taken in turn. */
const histories: readonly Step[][] = [
  [
    { kind: 'contact', after: 7, channel: 'email', direction: 'buyer_to_business', isConfirmed: true },
    { kind: 'samples', after: 20 },
    { kind: 'negotiating', after: 40, isConfirmed: true },
    { kind: 'agreement', after: 60, isConfirmed: true },
    { kind: 'order', after: 75, isConfirmed: true, order: { products: 2, quantity: 200 } },
    { kind: 'shipment', after: 100, ships: 4 },
    { kind: 'repeat_order', after: 160, order: { products: 1, quantity: 300 } },
  ],
  [
    { kind: 'contact', after: 10, channel: 'call', direction: 'business_to_buyer' },
    { kind: 'negotiating', after: 35 },
    {
      kind: 'closed',
      after: 70,
      closedReason: 'ผู้ซื้อต้องการจำนวนมากกว่าที่ผลิตได้ในขณะนี้ (ข้อมูลตัวอย่าง)',
    },
  ],
  [
    { kind: 'contact', after: 5, channel: 'email', direction: 'business_to_buyer', isConfirmed: true },
    { kind: 'samples', after: 25, isConfirmed: true },
  ],
  [
    { kind: 'contact', after: 8, channel: 'line', direction: 'buyer_to_business' },
    { kind: 'agreement', after: 45 },
    { kind: 'order', after: 60, order: { products: 1, quantity: 120 } },
  ],
];

/**
 * The demo buyer's own deal: an agreement and an order still waiting for their confirmation, so that
 * signing in as the buyer shows what confirming is.
 */
const demoBuyerHistory: readonly Step[] = [
  { kind: 'contact', after: 6, channel: 'email', direction: 'buyer_to_business', isConfirmed: true },
  { kind: 'agreement', after: 30 },
  { kind: 'order', after: 45, order: { products: 1, quantity: 80 } },
];

/** A buyer who wrote after seeing the catalogue starts later: the same ways, three weeks behind. */
const LATER_BY_DAYS = 21;

interface DealStart {
  id: string;
  entrepreneurId: string;
  partnerId: string;
  countryCode: string | null;
  productIds: string[];
  sessionDay: string;
  /** Which of the histories it follows, and whether its first entry is the exchange at the session. */
  history: readonly Step[];
  fromSession: boolean;
}

/** The entries and lines of a deal's history, up to today. */
function historyOf(start: DealStart, today: string): { entries: NewEntry[]; lines: NewLine[] } {
  const entries: NewEntry[] = [];
  const lines: NewLine[] = [];
  const orders = new Map<number, NewLine[]>();
  // The demo entrepreneur records their own business's deals; staff record the others'.
  const recordedAs = start.entrepreneurId === demoBusinessIds.silk ? 'entrepreneur' : 'staff';
  if (start.fromSession)
    entries.push({
      id: stableId(`${start.id}:session`),
      dealId: start.id,
      kind: 'contact',
      occurredOn: start.sessionDay,
      contactChannel: 'session',
      recordedAs: 'session',
      createdAt: morningOf(start.sessionDay, 0),
      updatedAt: morningOf(start.sessionDay, 0),
    });
  const city = demoCurrencyRates[start.countryCode ?? ''];
  start.history.forEach((step, index) => {
    const day = addDays(start.sessionDay, step.after);
    if (day > today) return;
    const id = stableId(`${start.id}:${index}`);
    const at = morningOf(day, index + 1);
    entries.push({
      id,
      dealId: start.id,
      kind: step.kind,
      occurredOn: day,
      contactChannel: step.channel ?? null,
      contactDirection: step.direction ?? null,
      closedReason: step.closedReason ?? null,
      recordedAs,
      buyerConfirmedAt: step.isConfirmed
        ? morningOf(addDays(day, 2) > today ? today : addDays(day, 2), 0)
        : null,
      buyerConfirmedVia: step.isConfirmed ? 'link' : null,
      createdAt: at,
      updatedAt: at,
    });
    if (step.order) {
      const ordered = start.productIds.slice(0, step.order.products).flatMap((productId, n) => {
        const product = demoProducts.find((candidate) => candidate.id === productId);
        if (!product) return [];
        const quantity = step.order ? step.order.quantity * (n + 1) : 0;
        const baht = quantity * (product.priceMinThb ?? 50);
        // One line in three with a city that has its own currency is agreed in it; the rest in baht.
        const inCityCurrency = city !== undefined && (index + n) % 3 === 1;
        return [
          {
            id: stableId(`${id}:line:${n}`),
            entryId: id,
            dealId: start.id,
            partnerId: start.partnerId,
            productId,
            quantity: String(quantity),
            unit: product.minimumOrderUnit ?? 'ชิ้น',
            value: (inCityCurrency && city ? baht / city.baht : baht).toFixed(2),
            currency: inCityCurrency && city ? city.currency : 'THB',
            orderedOn: day,
          },
        ];
      });
      orders.set(index, ordered);
      lines.push(...ordered);
    }
    if (step.ships !== undefined) for (const line of orders.get(step.ships) ?? []) line.shippedOn = day;
  });
  return { entries, lines };
}

/**
 * Adds the deals of every held session that has none of the demo's yet (see the top of the file).
 * Answers how many deals were added.
 */
export async function loadDemoOutcomes(
  db: Db,
  options: {
    now: Date;
    /** The demo buyer account's address: their deal waits for them to confirm. */ buyerEmail: string;
  },
): Promise<number> {
  const today = bangkokToday(options.now);
  const sessions = await db
    .select({ id: programmeSessions.id, startsAt: programmeSessions.startsAt })
    .from(programmeSessions)
    .where(eq(programmeSessions.status, 'held'))
    .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.id));
  if (sessions.length === 0) return 0;
  const sessionIds = sessions.map((session) => session.id);
  const [exchanges, presenting] = await Promise.all([
    db
      .select({
        sessionId: sessionContactExchanges.sessionId,
        entrepreneurId: sessionContactExchanges.entrepreneurId,
        participantId: sessionContactExchanges.participantId,
        partnerId: sessionParticipants.partnerId,
        fullName: sessionParticipants.fullName,
        company: sessionParticipants.company,
        email: sessionParticipants.email,
        language: sessionParticipants.language,
        countryCode: partners.countryCode,
      })
      .from(sessionContactExchanges)
      .innerJoin(sessionParticipants, eq(sessionParticipants.id, sessionContactExchanges.participantId))
      .innerJoin(partners, eq(partners.id, sessionParticipants.partnerId))
      .where(
        and(
          inArray(sessionContactExchanges.sessionId, sessionIds),
          // Only the demo's own businesses: a real business's contacts are never given sample deals.
          inArray(sessionContactExchanges.entrepreneurId, Object.values(demoBusinessIds)),
        ),
      )
      .orderBy(asc(sessionContactExchanges.recordedAt), asc(sessionParticipants.email)),
    db
      .select({
        sessionId: sessionEntrepreneurs.sessionId,
        entrepreneurId: sessionEntrepreneurs.entrepreneurId,
        productIds: sessionEntrepreneurs.productIds,
      })
      .from(sessionEntrepreneurs)
      .where(inArray(sessionEntrepreneurs.sessionId, sessionIds)),
  ]);
  const presented = (sessionId: string, entrepreneurId: string) =>
    presenting.find((row) => row.sessionId === sessionId && row.entrepreneurId === entrepreneurId)
      ?.productIds ?? [];

  const newDeals: NewDeal[] = [];
  const starts: DealStart[] = [];
  let turn = 0;
  for (const session of sessions) {
    const sessionDay = bangkokToday(session.startsAt);
    const ofSession = exchanges.filter((exchange) => exchange.sessionId === session.id);
    for (const exchange of ofSession) {
      const id = stableId(`${session.id}:${exchange.entrepreneurId}:${exchange.participantId}`);
      const productIds = presented(session.id, exchange.entrepreneurId);
      newDeals.push({
        id,
        entrepreneurId: exchange.entrepreneurId,
        partnerId: exchange.partnerId,
        participantId: exchange.participantId,
        buyerName: exchange.fullName,
        buyerOrganisation: exchange.company,
        buyerEmail: exchange.email,
        buyerLanguage: exchange.language,
        sessionId: session.id,
        productIds,
        isSample: true,
      });
      const history =
        exchange.email === options.buyerEmail ? demoBuyerHistory : (histories[turn % histories.length] ?? []);
      turn += 1;
      starts.push({ ...exchange, id, productIds, sessionDay, history, fromSession: true });
    }
    // Each business that presented hears later from a buyer of one of the cities met there.
    const businesses = presenting.filter((row) => row.sessionId === session.id);
    businesses.forEach((business, n) => {
      const city = ofSession[n % Math.max(1, ofSession.length)];
      if (!city || !(Object.values(demoBusinessIds) as string[]).includes(business.entrepreneurId)) return;
      const id = stableId(`${session.id}:${business.entrepreneurId}:later`);
      const number = newDeals.length + 1;
      newDeals.push({
        id,
        entrepreneurId: business.entrepreneurId,
        partnerId: city.partnerId,
        buyerName: `Catalogue reader ${number} (sample)`,
        buyerOrganisation: `Demo import company ${number} (sample)`,
        buyerEmail: `catalogue-reader-${number}@example.org`,
        buyerLanguage: city.language,
        productIds: business.productIds,
        isSample: true,
      });
      const history = (histories[turn % histories.length] ?? []).map((step) => ({
        ...step,
        after: step.after + LATER_BY_DAYS,
      }));
      turn += 1;
      starts.push({
        id,
        entrepreneurId: business.entrepreneurId,
        partnerId: city.partnerId,
        countryCode: city.countryCode,
        productIds: business.productIds,
        sessionDay,
        history,
        fromSession: false,
      });
    });
  }
  if (newDeals.length === 0) return 0;

  return db.transaction(async (tx) => {
    const planned = new Map(starts.map((start) => [start.id, historyOf(start, today)]));
    for (const deal of newDeals) {
      const history = planned.get(deal.id);
      const entries = history?.entries ?? [];
      deal.stage = stageOf(
        entries.map((entry) => ({
          kind: entry.kind as DealEntryKind,
          occurredOn: entry.occurredOn,
          createdAt: entry.createdAt ?? new Date(0),
          supersededAt: null,
        })),
      );
      const last = entries.at(-1);
      deal.createdAt = entries[0]?.createdAt ?? options.now;
      deal.updatedAt = last?.createdAt ?? options.now;
    }
    // A deal already there (the demo's, or one an officer started from the same contact) keeps its own history.
    const added = await tx.insert(deals).values(newDeals).onConflictDoNothing().returning({ id: deals.id });
    const addedIds = new Set(added.map((row) => row.id));
    const entries = [...planned].flatMap(([id, history]) => (addedIds.has(id) ? history.entries : []));
    const lines = [...planned].flatMap(([id, history]) => (addedIds.has(id) ? history.lines : []));
    if (entries.length > 0) await tx.insert(dealEntries).values(entries);
    if (lines.length > 0) await tx.insert(dealOrderLines).values(lines);
    return added.length;
  });
}

/**
 * Deals over HTTP and real SQL: started from a session's record without retyping, entered by hand,
 * their history and stage, orders with their currency, every bad input refused with nothing written,
 * amendments after a follow-up round closed, evidence, and who sees and records which deals.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Deal,
  DealEntry,
  DealEntryChange,
  DealList,
  EntrepreneurDetail,
  ErrorResponse,
  PartnerSummary,
  Product,
  SessionDealLinkList,
  SessionDetail,
  SessionRecord,
} from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { buildBusiness, buildListedProduct } from '../../testing/catalogue.ts';
import {
  buildInvitation,
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
  registerParticipant,
} from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { followUpRounds } from './outcomes.schema.ts';

/** The year is opened and the session scheduled on 22 November 2026 (FY2570). */
const PLANNING = '2026-11-22T03:00:00Z';
/** The session: Monday 14 December 2026, 13:00–15:00 in Bangkok, with Seoul's buyers. */
const DURING_SESSION = '2026-12-14T06:30:00Z';
/** The deals are followed on 1 February 2027, 10:00 in Bangkok. */
const TODAY = '2027-02-01T03:00:00Z';

const PDF_BYTES = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

let t: TestApp;
let seoul: PartnerSummary;
let fukuoka: PartnerSummary;
let session: SessionDetail;
/** The business that met 김민지 at the session: its chili paste interested her, its mango did not. */
let chili: { business: EntrepreneurDetail; paste: Product; mango: Product };
/** Another business, which met 박서준. */
let tea: { business: EntrepreneurDetail; product: Product };
let minjiId: string;
let seojunId: string;

/** The people who follow the deals, signed in on TODAY. */
let iao: TestClient;
let social: TestClient;
let executive: TestClient;
let strategy: TestClient;

async function consentingBusiness(staff: TestClient, name: { th: string; en: string }, email: string) {
  const business = await buildBusiness(staff, { name, email });
  const consented = await staff.post(`/api/catalogue/entrepreneurs/${business.id}/consent`, {
    version: business.version,
    method: 'signed_form',
  });
  if (consented.status !== 200) throw new Error(`consent: ${JSON.stringify(consented.body)}`);
  return business;
}

/** Saves a part of the session's record against its current version; fails loudly if refused. */
async function saveRecord(client: TestClient, part: string, body: Record<string, unknown>) {
  const { version } = (await client.get<SessionRecord>(`/api/programme-sessions/${session.id}/record`)).body;
  const saved = await client.put(`/api/programme-sessions/${session.id}/${part}`, { version, ...body });
  if (saved.status !== 200) throw new Error(`saving the ${part}: ${JSON.stringify(saved.body)}`);
}

/**
 * FY2570 with Seoul accepted; a session on 14 December where two businesses present, two of Seoul's
 * buyers register, and the IAO records their interest and the contacts exchanged.
 */
async function buildTheSession() {
  const planner = await t.signInAs('iao_officer', { locale: 'en' });
  const keeper = await t.signInAs('social_development_officer');
  await buildProgramme(planner);
  seoul = await partnerNamed(planner, 'Seoul');
  fukuoka = await partnerNamed(planner, 'Fukuoka Prefecture');
  await chooseCity(planner, 2570, seoul.id);
  session = await buildSession(planner, 2570, [seoul.id], {
    title: 'Bangkok Brand × Seoul buyers',
    round: 1,
  });

  const chiliBusiness = await consentingBusiness(
    keeper,
    { th: 'ครัวน้ำพริกแม่ศรี', en: "Mae Sri's Chili Kitchen" },
    'maesri@example.com',
  );
  chili = {
    business: chiliBusiness,
    paste: await buildListedProduct(keeper, chiliBusiness.id, {
      name: { th: 'น้ำพริกเผา', en: 'Chili paste' },
    }),
    mango: await buildListedProduct(keeper, chiliBusiness.id, {
      name: { th: 'มะม่วงอบแห้ง', en: 'Dried mango' },
    }),
  };
  const teaBusiness = await consentingBusiness(
    keeper,
    { th: 'ชาไทยบ้านสวน', en: 'Baan Suan Thai Tea' },
    'tea@example.com',
  );
  tea = {
    business: teaBusiness,
    product: await buildListedProduct(keeper, teaBusiness.id, { name: { th: 'ชาไทย', en: 'Thai tea' } }),
  };
  await presentBusiness(keeper, session.id, chili.business.id, [chili.paste.id, chili.mango.id]);
  await presentBusiness(keeper, session.id, tea.business.id, [tea.product.id]);
  for (const [fullName, email] of [
    ['김민지', 'minji@seoulfood.example'],
    ['박서준', 'seojun@hanriver.example'],
  ] as const) {
    const { token } = await buildInvitation(planner, session.id, seoul.id, { language: 'ko' });
    await registerParticipant(t.anonymous(), token, { fullName, company: `${fullName} Trading`, email });
  }

  t.clock.set(DURING_SESSION);
  const recorder = await t.signInAs('iao_officer', { locale: 'en' });
  const { participants } = (await recorder.get<SessionRecord>(`/api/programme-sessions/${session.id}/record`))
    .body;
  minjiId = participants.find((participant) => participant.fullName === '김민지')?.id ?? '';
  seojunId = participants.find((participant) => participant.fullName === '박서준')?.id ?? '';
  await saveRecord(recorder, 'interests', {
    items: [
      { participantId: minjiId, productId: chili.paste.id, level: 'strong', note: 'Wants 500 jars a month' },
      { participantId: minjiId, productId: chili.mango.id, level: 'none' },
      { participantId: seojunId, productId: tea.product.id, level: 'some' },
    ],
  });
  await saveRecord(recorder, 'contacts', {
    items: [
      { entrepreneurId: chili.business.id, participantId: minjiId },
      { entrepreneurId: tea.business.id, participantId: seojunId },
    ],
  });
}

beforeAll(async () => {
  t = await createTestApp({ now: PLANNING });
  await buildTheSession();
  t.clock.set(TODAY);
  iao = await t.signInAs('iao_officer', { locale: 'en' });
  social = await t.signInAs('social_development_officer', { locale: 'en' });
  executive = await t.signInAs('executive', { locale: 'en' });
  strategy = await t.signInAs('strategy_officer', { locale: 'en' });
});

afterAll(() => t.close());

// --- Steps ------------------------------------------------------------------------------------------

const startFromSession = <T = Deal>(client: TestClient, entrepreneurId: string, participantId: string) =>
  client.post<T>(`/api/programme-sessions/${session.id}/deals`, { entrepreneurId, participantId });

/** A deal entered by hand: the chili business and a buyer of Seoul who wrote after seeing the catalogue. */
function dealInput(overrides: Record<string, unknown> = {}) {
  return {
    entrepreneurId: chili.business.id,
    partnerId: seoul.id,
    buyerName: 'Lee Ji-ho',
    buyerOrganisation: 'Han River Foods',
    buyerEmail: 'jiho@hanriver.example',
    buyerLanguage: 'ko',
    productIds: [chili.paste.id],
    firstEntry: {
      kind: 'contact',
      occurredOn: '2027-01-05',
      contactDirection: 'buyer_to_business',
      contactChannel: 'email',
      note: 'Saw the catalogue',
    },
    ...overrides,
  };
}

async function enterDeal(client: TestClient, overrides: Record<string, unknown> = {}): Promise<Deal> {
  const created = await client.post<Deal>('/api/deals', dealInput(overrides));
  if (created.status !== 201) throw new Error(`entering a deal: ${JSON.stringify(created.body)}`);
  return created.body;
}

const addEntry = <T = DealEntryChange>(client: TestClient, dealId: string, entry: Record<string, unknown>) =>
  client.post<T>(`/api/deals/${dealId}/entries`, entry);

async function recordEntry(client: TestClient, dealId: string, entry: Record<string, unknown>) {
  const added = await addEntry(client, dealId, entry);
  if (added.status !== 201) throw new Error(`recording an entry: ${JSON.stringify(added.body)}`);
  return added.body;
}

const readDeal = async (client: TestClient, id: string) => (await client.get<Deal>(`/api/deals/${id}`)).body;

const entryNamed = (deal: Deal, id: string): DealEntry => {
  const entry = deal.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

/** An order of chili paste from Seoul: 500 jars for 1,200.50 yen, on 15 January. */
const pasteOrder = (overrides: Record<string, unknown> = {}) => ({
  kind: 'order',
  occurredOn: '2027-01-15',
  orderLines: [
    {
      productId: chili.paste.id,
      quantity: 500,
      unit: 'jar',
      value: 1200.5,
      currency: 'jpy',
      orderedOn: '2027-01-15',
      ...overrides,
    },
  ],
});

async function auditActionsOf(dealId: string): Promise<string[]> {
  const rows = rowsOf<{ action: string }>(
    await t.db.execute(
      sql`select action from audit_events where entity_type = 'deal' and entity_id = ${dealId} order by id`,
    ),
  );
  return rows.map((row) => row.action);
}

// --- Tests ------------------------------------------------------------------------------------------

describe('a deal started from a session', () => {
  it('takes the buyer, the products of interest and the contact from the record, without retyping', async () => {
    const started = await startFromSession(social, chili.business.id, minjiId);
    expect(started.status).toBe(201);
    const deal = started.body;
    expect(deal).toMatchObject({
      business: { id: chili.business.id, name: "Mae Sri's Chili Kitchen" },
      partner: { id: seoul.id, name: 'Seoul' },
      buyerName: '김민지',
      buyerOrganisation: '김민지 Trading',
      buyerEmail: 'minji@seoulfood.example',
      buyerLanguage: 'ko',
      sessionId: session.id,
      stage: 'contact',
      entryCount: 1,
      lastEntryOn: '2026-12-14',
      // The contact exchanged at the session was witnessed by the IAO: nothing waits for the buyer.
      unconfirmedCount: 0,
      canEdit: true,
      canConfirm: false,
    });
    // Only the product she showed interest in (not the one marked "none").
    expect(deal.products).toEqual([{ id: chili.paste.id, name: 'Chili paste' }]);
    expect(deal.entries).toEqual([
      expect.objectContaining({
        kind: 'contact',
        contactChannel: 'session',
        contactDirection: null,
        occurredOn: '2026-12-14',
        recordedAs: 'session',
        note: 'Wants 500 jars a month',
        buyerConfirmedAt: null,
        supersededAt: null,
        amendsEntryId: null,
      }),
    ]);
    expect(await auditActionsOf(deal.id)).toEqual(['deal.create']);

    // Asking again (another officer, a second click) finds the same deal: one deal per contact.
    const again = await startFromSession(iao, chili.business.id, minjiId);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(deal.id);
    expect(await auditActionsOf(deal.id)).toEqual(['deal.create']);

    const links = await iao.get<SessionDealLinkList>(`/api/programme-sessions/${session.id}/deals`);
    expect(links.body.items).toEqual(
      expect.arrayContaining([
        { entrepreneurId: chili.business.id, participantId: minjiId, dealId: deal.id, stage: 'contact' },
        { entrepreneurId: tea.business.id, participantId: seojunId, dealId: null, stage: null },
      ]),
    );
  });

  it('refuses a pair that did not exchange contacts at the session', async () => {
    const refused = await startFromSession<ErrorResponse>(social, chili.business.id, seojunId);
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('contact_not_exchanged');
  });
});

describe("a deal's history", () => {
  it('moves the stage with each entry, keeps an order’s currency, and ships its lines', async () => {
    const deal = await enterDeal(social);
    expect(deal).toMatchObject({ stage: 'contact', unconfirmedCount: 1 });
    expect(deal.entries[0]).toMatchObject({ recordedAs: 'staff', contactDirection: 'buyer_to_business' });

    const negotiating = await recordEntry(social, deal.id, { kind: 'negotiating', occurredOn: '2027-01-10' });
    expect(negotiating.deal.stage).toBe('negotiating');

    const ordered = await recordEntry(social, deal.id, pasteOrder());
    expect(ordered.deal.stage).toBe('order');
    const [line] = entryNamed(ordered.deal, ordered.entryId).orderLines;
    expect(line).toMatchObject({
      partner: { id: seoul.id, name: 'Seoul' },
      product: { id: chili.paste.id, name: 'Chili paste' },
      quantity: 500,
      unit: 'jar',
      value: 1200.5,
      currency: 'JPY',
      orderedOn: '2027-01-15',
      shippedOn: null,
    });

    const shipped = await recordEntry(social, deal.id, {
      kind: 'shipment',
      occurredOn: '2027-01-25',
      shippedLineIds: [line?.id],
    });
    expect(shipped.deal.stage).toBe('shipment');
    expect(entryNamed(shipped.deal, ordered.entryId).orderLines[0]?.shippedOn).toBe('2027-01-25');
    expect(entryNamed(shipped.deal, shipped.entryId).orderLines.map((shippedLine) => shippedLine.id)).toEqual(
      [line?.id],
    );

    const closed = await recordEntry(social, deal.id, {
      kind: 'closed',
      occurredOn: '2027-01-30',
      closedReason: 'The buyer stopped importing',
    });
    expect(closed.deal).toMatchObject({ stage: 'closed', entryCount: 5, unconfirmedCount: 4 });

    // A closing recorded by mistake is removed: the stage is the furthest again.
    const removed = await social.delete<Deal>(`/api/deals/${deal.id}/entries/${closed.entryId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.stage).toBe('shipment');
    // Removing the shipment un-ships its line.
    const unshipped = await social.delete<Deal>(`/api/deals/${deal.id}/entries/${shipped.entryId}`);
    expect(unshipped.body.stage).toBe('order');
    expect(entryNamed(unshipped.body, ordered.entryId).orderLines[0]?.shippedOn).toBeNull();

    expect(await auditActionsOf(deal.id)).toEqual([
      'deal.create',
      'deal_entry.create',
      'deal_entry.create',
      'deal_entry.create',
      'deal_entry.create',
      'deal_entry.delete',
      'deal_entry.delete',
    ]);
  });

  it('changes an entry in place while no closed round holds it, at the version loaded', async () => {
    const deal = await enterDeal(social);
    const ordered = await recordEntry(social, deal.id, pasteOrder());
    const entry = entryNamed(ordered.deal, ordered.entryId);
    const lineId = entry.orderLines[0]?.id;

    const changed = await social.patch<DealEntryChange>(`/api/deals/${deal.id}/entries/${entry.id}`, {
      version: entry.version,
      entry: pasteOrder({ id: lineId, quantity: 600 }),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.isAmendment).toBe(false);
    expect(changed.body.entryId).toBe(entry.id);
    const after = entryNamed(changed.body.deal, entry.id);
    expect(after.version).toBe(entry.version + 1);
    // The line is kept (by its id), with its new quantity.
    expect(after.orderLines).toEqual([expect.objectContaining({ id: lineId, quantity: 600 })]);

    const stale = await social.patch<ErrorResponse>(`/api/deals/${deal.id}/entries/${entry.id}`, {
      version: entry.version,
      entry: pasteOrder({ quantity: 700 }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
    expect(entryNamed(await readDeal(social, deal.id), entry.id).orderLines[0]?.quantity).toBe(600);
  });

  it('takes today from Bangkok’s calendar', async () => {
    const deal = await enterDeal(social);
    // 31 January 18:30 UTC is already 1 February in Bangkok.
    t.clock.set('2027-01-31T18:30:00Z');
    try {
      const recorded = await addEntry(social, deal.id, { kind: 'samples', occurredOn: '2027-02-01' });
      expect(recorded.status).toBe(201);
      const tooEarly = await addEntry(social, deal.id, { kind: 'samples', occurredOn: '2027-02-02' });
      expect(tooEarly.status).toBe(400);
    } finally {
      t.clock.set(TODAY);
    }
  });
});

describe('bad input', () => {
  let deal: Deal;
  let otherDeal: Deal;
  let orderLineId: string;
  let otherLineId: string;

  beforeAll(async () => {
    deal = await enterDeal(social);
    const ordered = await recordEntry(social, deal.id, pasteOrder());
    orderLineId = entryNamed(ordered.deal, ordered.entryId).orderLines[0]?.id ?? '';
    otherDeal = await enterDeal(social, { buyerName: 'Park Min-jun' });
    const otherOrder = await recordEntry(social, otherDeal.id, pasteOrder());
    otherLineId = entryNamed(otherOrder.deal, otherOrder.entryId).orderLines[0]?.id ?? '';
  });

  const cases: [string, () => Record<string, unknown>, string, string][] = [
    [
      'a negative quantity',
      () => pasteOrder({ quantity: -1 }),
      'orderLines.0.quantity',
      'Must be at least 0.',
    ],
    [
      'a quantity above 10^9',
      () => pasteOrder({ quantity: 1_000_000_001 }),
      'orderLines.0.quantity',
      'Must be at most 1000000000.',
    ],
    [
      'a product of another business',
      () => pasteOrder({ productId: tea.product.id }),
      'orderLines.0.productId',
      "This product is not one of the business's products.",
    ],
    [
      'an order from a city the business never met',
      () => pasteOrder({ partnerId: fukuoka.id }),
      'orderLines.0.partnerId',
      "The business never met this city: an order can come from the deal's city or from a city of a session the business presented at.",
    ],
    [
      'a currency that is not ISO 4217',
      () => pasteOrder({ currency: 'XYZ' }),
      'orderLines.0.currency',
      'This is not a currency code: use the three letters of ISO 4217, e.g. THB, JPY, KRW, CNY, USD.',
    ],
    [
      'a contact dated after today',
      () => ({
        kind: 'contact',
        occurredOn: '2027-02-02',
        contactDirection: 'business_to_buyer',
        contactChannel: 'line',
      }),
      'occurredOn',
      'This date is after today: record only what has happened.',
    ],
    [
      'an order dated after today',
      () => pasteOrder({ orderedOn: '2027-03-01' }),
      'orderLines.0.orderedOn',
      'This date is after today: record only what has happened.',
    ],
    [
      'a line shipped after today',
      () => pasteOrder({ shippedOn: '2027-02-05' }),
      'orderLines.0.shippedOn',
      'This date is after today: record only what has happened.',
    ],
    [
      'a line shipped before it was ordered',
      () => pasteOrder({ shippedOn: '2027-01-14' }),
      'orderLines.0.shippedOn',
      'A shipment cannot be dated before its order.',
    ],
    [
      'a shipment dated before its order',
      () => ({ kind: 'shipment', occurredOn: '2027-01-14', shippedLineIds: [orderLineId] }),
      'shippedLineIds.0',
      'A shipment cannot be dated before its order.',
    ],
    [
      'a shipment of a line of another deal',
      () => ({ kind: 'shipment', occurredOn: '2027-01-20', shippedLineIds: [otherLineId] }),
      'shippedLineIds.0',
      "This order line is not one of the deal's current orders.",
    ],
    [
      'a closing without a reason',
      () => ({ kind: 'closed', occurredOn: '2027-01-20' }),
      'closedReason',
      'Please fill in this field.',
    ],
  ];

  it.each(cases)('refuses %s, naming the field, and writes nothing', async (_case, entry, field, message) => {
    const before = await readDeal(social, deal.id);
    const auditBefore = await auditActionsOf(deal.id);
    const refused = await addEntry<ErrorResponse>(social, deal.id, entry());
    expect(refused.status).toBe(400);
    const { error } = refused.body;
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, message })]));
    expect(await readDeal(social, deal.id)).toEqual(before);
    expect(await auditActionsOf(deal.id)).toEqual(auditBefore);
  });

  it('answers in Thai to a reader in Thai', async () => {
    const thai = await t.signInAs('social_development_officer', { locale: 'th' });
    const refused = await addEntry<ErrorResponse>(thai, deal.id, pasteOrder({ partnerId: fukuoka.id }));
    expect(refused.body.error.fields).toEqual([
      {
        messageKey: 'outcomes:errors.city_never_met',
        path: 'orderLines.0.partnerId',
        code: 'city_never_met',
        message:
          'ผู้ประกอบการไม่เคยพบเมืองนี้ การสั่งซื้อต้องมาจากเมืองของการเจรจานี้ หรือจากเมืองในการประชุมที่ผู้ประกอบการเคยนำเสนอ',
      },
    ]);
  });

  it('refuses a deal naming another business’s product, or an order for a city it never met, and enters nothing', async () => {
    const listed = async () => (await social.get<DealList>('/api/deals?pageSize=200')).body.total;
    const count = await listed();
    const refused = await social.post<ErrorResponse>(
      '/api/deals',
      dealInput({ productIds: [tea.product.id], firstEntry: pasteOrder({ partnerId: fukuoka.id }) }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.map((field) => field.path)).toEqual([
      'productIds.0',
      'firstEntry.orderLines.0.partnerId',
    ]);
    expect(await listed()).toBe(count);
  });

  it('takes an order from a city the business met at a session, on a deal of another city', async () => {
    const fukuokaDeal = await enterDeal(social, { partnerId: fukuoka.id, buyerName: 'Tanaka Yui' });
    const fromSeoul = await addEntry(social, fukuokaDeal.id, pasteOrder({ partnerId: seoul.id }));
    expect(fromSeoul.status).toBe(201);
    // The deal's own city is met by the deal itself.
    const fromFukuoka = await addEntry(social, fukuokaDeal.id, pasteOrder());
    expect(fromFukuoka.status).toBe(201);
  });
});

describe('after a follow-up round closed', () => {
  it('keeps the entry and records the change as an amendment, audited, with its evidence', async () => {
    const deal = await enterDeal(social);
    const ordered = await recordEntry(social, deal.id, pasteOrder({ orderedOn: '2026-12-20' }));
    const old = entryNamed(ordered.deal, ordered.entryId);
    const form = new FormData();
    form.append('file', new File([PDF_BYTES], 'order form.pdf', { type: 'application/pdf' }));
    const attached = await social.post(`/api/deals/${deal.id}/entries/${old.id}/documents`, form);
    expect(attached.status).toBe(201);
    // An entry dated in the period of a round now closed: the round's figures counted it.
    const [round] = await t.db
      .insert(followUpRounds)
      .values({
        periodStart: '2026-10-01',
        periodEnd: '2027-01-20',
        deadline: '2027-01-25',
        status: 'closed',
        closedAt: new Date('2027-01-26T03:00:00Z'),
      })
      .returning();
    try {
      const current = entryNamed(await readDeal(social, deal.id), old.id);
      const amended = await social.patch<DealEntryChange>(`/api/deals/${deal.id}/entries/${old.id}`, {
        version: current.version,
        entry: pasteOrder({ orderedOn: '2026-12-20', quantity: 450 }),
      });
      expect(amended.status).toBe(200);
      expect(amended.body.isAmendment).toBe(true);
      const after = amended.body.deal;
      const replaced = entryNamed(after, old.id);
      const amendment = entryNamed(after, amended.body.entryId);
      expect(replaced.supersededAt).not.toBeNull();
      // The old entry is kept as it was.
      expect(replaced.orderLines[0]?.quantity).toBe(500);
      expect(amendment).toMatchObject({ amendsEntryId: old.id, roundId: round?.id, supersededAt: null });
      expect(amendment.orderLines[0]?.quantity).toBe(450);
      expect(amendment.documents.map((document) => document.fileName)).toEqual(['order form.pdf']);
      // The deal counts the amendment, not the entry it replaced.
      expect(after.entryCount).toBe(2);
      expect(await auditActionsOf(deal.id)).toEqual([
        'deal.create',
        'deal_entry.create',
        'deal_document.create',
        'deal_entry.amend',
      ]);
      const [trail] = rowsOf<{ before: { id: string }; after: { amendsEntryId: string } }>(
        await t.db.execute(
          sql`select before, after from audit_events where entity_id = ${deal.id} and action = 'deal_entry.amend'`,
        ),
      );
      expect(trail?.before.id).toBe(old.id);
      expect(trail?.after.amendsEntryId).toBe(old.id);

      // Neither the replaced entry nor the amendment can be changed away silently.
      const again = await social.patch<ErrorResponse>(`/api/deals/${deal.id}/entries/${old.id}`, {
        version: replaced.version,
        entry: pasteOrder({ orderedOn: '2026-12-20' }),
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('entry_superseded');
      const removal = await social.delete<ErrorResponse>(`/api/deals/${deal.id}/entries/${amendment.id}`);
      expect(removal.status).toBe(409);
      expect(removal.body.error.code).toBe('entry_in_closed_round');
      const evidence = amendment.documents[0]?.id;
      const evidenceRemoval = await social.delete<ErrorResponse>(
        `/api/deals/${deal.id}/entries/${amendment.id}/documents/${evidence}`,
      );
      expect(evidenceRemoval.status).toBe(409);
      const download = await social.get(
        `/api/deals/${deal.id}/entries/${amendment.id}/documents/${evidence}/file`,
      );
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.bytes).toEqual(PDF_BYTES);

      // An entry dated after the round's period is changed in place.
      const later = await recordEntry(social, deal.id, { kind: 'negotiating', occurredOn: '2027-01-28' });
      const laterEntry = entryNamed(later.deal, later.entryId);
      const inPlace = await social.patch<DealEntryChange>(`/api/deals/${deal.id}/entries/${laterEntry.id}`, {
        version: laterEntry.version,
        entry: { kind: 'negotiating', occurredOn: '2027-01-29', note: 'Price agreed in principle' },
      });
      expect(inPlace.body).toMatchObject({ isAmendment: false, entryId: laterEntry.id });
    } finally {
      await t.db.delete(followUpRounds).where(sql`${followUpRounds.id} = ${round?.id}`);
    }
  });
});

describe('who sees and records which deals', () => {
  /** Two deals of the chili business (Seoul; Fukuoka) and one of the tea business (Seoul). */
  let seoulChili: Deal;
  let fukuokaChili: Deal;
  let seoulTea: Deal;

  beforeAll(async () => {
    seoulChili = (await startFromSession(iao, chili.business.id, minjiId)).body;
    fukuokaChili = await enterDeal(iao, {
      partnerId: fukuoka.id,
      buyerName: 'Sato Ken',
      buyerEmail: 'ken@fukuoka.example',
    });
    seoulTea = (await startFromSession(iao, tea.business.id, seojunId)).body;
  });

  const listed = async (client: TestClient, query = '') =>
    (await client.get<DealList>(`/api/deals?pageSize=200${query}`)).body.items.map((item) => item.id);

  it('lets the IAO and Social Development read and record any deal', async () => {
    for (const staff of [iao, social]) {
      expect(await listed(staff)).toEqual(
        expect.arrayContaining([seoulChili.id, fukuokaChili.id, seoulTea.id]),
      );
      expect((await readDeal(staff, seoulTea.id)).canEdit).toBe(true);
      expect((await addEntry(staff, seoulTea.id, { kind: 'samples', occurredOn: '2027-01-20' })).status).toBe(
        201,
      );
      expect(
        (await staff.post('/api/deals', dealInput({ entrepreneurId: tea.business.id, productIds: [] })))
          .status,
      ).toBe(201);
    }
  });

  it('lets executives and Strategy and Evaluation read every deal and change none', async () => {
    for (const reader of [executive, strategy]) {
      expect(await listed(reader)).toEqual(
        expect.arrayContaining([seoulChili.id, fukuokaChili.id, seoulTea.id]),
      );
      expect((await readDeal(reader, seoulChili.id)).canEdit).toBe(false);
      const refused = await addEntry(reader, seoulChili.id, { kind: 'samples', occurredOn: '2027-01-20' });
      expect(refused.status).toBe(403);
      expect((await reader.post('/api/deals', dealInput())).status).toBe(403);
      expect((await startFromSession(reader, tea.business.id, seojunId)).status).toBe(403);
    }
  });

  it('lets an entrepreneur read and record only their own business’s deals', async () => {
    const owner = await t.signInAs('entrepreneur', { scopeId: chili.business.id, locale: 'en' });
    const ids = await listed(owner);
    expect(ids).toEqual(expect.arrayContaining([seoulChili.id, fukuokaChili.id]));
    expect(ids).not.toContain(seoulTea.id);
    expect((await owner.get(`/api/deals/${seoulTea.id}`)).status).toBe(404);
    expect((await addEntry(owner, seoulTea.id, { kind: 'samples', occurredOn: '2027-01-20' })).status).toBe(
      404,
    );

    const recorded = await recordEntry(owner, seoulChili.id, { kind: 'samples', occurredOn: '2027-01-20' });
    expect(entryNamed(recorded.deal, recorded.entryId).recordedAs).toBe('entrepreneur');
    expect(recorded.deal.canEdit).toBe(true);
    const own = await owner.post<Deal>('/api/deals', dealInput());
    expect(own.status).toBe(201);
    const other = await owner.post<ErrorResponse>(
      '/api/deals',
      dealInput({ entrepreneurId: tea.business.id, productIds: [] }),
    );
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('not_your_deal');
    expect((await startFromSession(owner, tea.business.id, seojunId)).status).toBe(403);

    const links = await owner.get<SessionDealLinkList>(`/api/programme-sessions/${session.id}/deals`);
    expect(links.body.items.map((link) => link.entrepreneurId)).toEqual([chili.business.id]);
  });

  it("lets a partner city's coordinator read their city's deals only", async () => {
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id, locale: 'en' });
    const ids = await listed(coordinator);
    expect(ids).toEqual(expect.arrayContaining([seoulChili.id, seoulTea.id]));
    expect(ids).not.toContain(fukuokaChili.id);
    expect((await coordinator.get(`/api/deals/${fukuokaChili.id}`)).status).toBe(404);
    const deal = await readDeal(coordinator, seoulChili.id);
    expect(deal).toMatchObject({ canEdit: false, canConfirm: false });
    expect(
      (await addEntry(coordinator, seoulChili.id, { kind: 'samples', occurredOn: '2027-01-20' })).status,
    ).toBe(403);
  });

  it('lets a buyer see only the deals naming them', async () => {
    const minji = await t.signInAs('partner_buyer', {
      scopeId: seoul.id,
      email: 'MINJI@seoulfood.example',
      locale: 'en',
    });
    expect(await listed(minji)).toEqual([seoulChili.id]);
    const deal = await readDeal(minji, seoulChili.id);
    expect(deal).toMatchObject({ canEdit: false, canConfirm: true });
    expect(deal.entries.every((entry) => 'buyerConfirmedAt' in entry)).toBe(true);
    expect((await minji.get(`/api/deals/${seoulTea.id}`)).status).toBe(404);
    expect((await addEntry(minji, seoulChili.id, { kind: 'samples', occurredOn: '2027-01-20' })).status).toBe(
      403,
    );
  });

  it('refuses someone without the outcomes’ permissions, and a stranger', async () => {
    const liaison = await t.signInAs('liaison_officer', { locale: 'en' });
    const refused = await liaison.get<ErrorResponse>('/api/deals');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('no_deals');
    expect((await liaison.get(`/api/deals/${seoulChili.id}`)).status).toBe(403);

    const stranger = t.anonymous();
    expect((await stranger.get('/api/deals')).status).toBe(401);
    expect((await stranger.get(`/api/deals/${seoulChili.id}`)).status).toBe(401);
    expect((await stranger.post('/api/deals', dealInput())).status).toBe(401);
    expect((await stranger.get(`/api/programme-sessions/${session.id}/deals`)).status).toBe(401);
  });

  it('filters the list by business, city, stage, fiscal year and text', async () => {
    expect(await listed(iao, `&partnerId=${fukuoka.id}&entrepreneurId=${chili.business.id}`)).toContain(
      fukuokaChili.id,
    );
    expect(await listed(iao, `&partnerId=${fukuoka.id}`)).not.toContain(seoulChili.id);
    const teaDeals = await listed(iao, `&q=${encodeURIComponent('baan suan')}`);
    expect(teaDeals).toContain(seoulTea.id);
    expect(teaDeals).not.toContain(seoulChili.id);
    expect(await listed(iao, `&q=${encodeURIComponent('sato')}`)).toEqual([fukuokaChili.id]);
    expect(await listed(iao, '&stage=closed')).toEqual([]);
    expect(await listed(iao, `&fiscalYear=2570&entrepreneurId=${tea.business.id}`)).toContain(seoulTea.id);
    expect(await listed(iao, '&fiscalYear=2569')).toEqual([]);
    const page = (await iao.get<DealList>('/api/deals?pageSize=2&page=1')).body;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });
});

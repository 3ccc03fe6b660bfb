/**
 * The buyer's confirmation of deals' entries over HTTP and real SQL: a link mailed in the buyer's
 * language confirms once; a second use, an expired link, an entry changed or amended since, and
 * other kinds of entry are refused with nothing written; "this is not right" keeps the note for
 * staff and the entry unconfirmed; a buyer's account confirms only the deals naming it; every
 * request and answer is audited.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  ConfirmationAnswer,
  CreatedConfirmationRequest,
  Deal,
  DealConfirmations,
  DealEntryChange,
  EntrepreneurDetail,
  ErrorResponse,
  PartnerSummary,
  Product,
  PublicConfirmation,
} from '@bia/contracts';
import { catalogues, formatDate, formatMoney, publicCatalogues } from '@bia/i18n';
import { rowsOf } from '../../db/client.ts';
import { buildBusiness, buildListedProduct } from '../../testing/catalogue.ts';
import { partnerNamed } from '../../testing/programme.ts';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestClient } from '../../testing/test-app.ts';

/** The deals are followed on 1 February 2027, 10:00 in Bangkok. */
const TODAY = '2027-02-01T03:00:00Z';
const ja = publicCatalogues.ja.deal_confirmation;
const thConfirmation = catalogues.th.deal_confirmation;
const BUYER_EMAIL = 'tanaka@hakata.example';

let t: TestApp;
let social: TestClient;
let fukuoka: PartnerSummary;
let business: EntrepreneurDetail;
let paste: Product;

beforeAll(async () => {
  t = await createTestApp({ now: TODAY });
  social = await t.signInAs('social_development_officer', { locale: 'en' });
  fukuoka = await partnerNamed(social, 'Fukuoka Prefecture');
  business = await buildBusiness(social, {
    name: { th: 'ครัวน้ำพริกแม่ศรี', en: "Mae Sri's Chili Kitchen", ja: 'メーシーのチリキッチン' },
  });
  paste = await buildListedProduct(social, business.id, {
    name: { th: 'น้ำพริกเผา', en: 'Roasted chili paste', ja: 'ナムプリックパオ' },
  });
});

afterAll(() => t.close());

beforeEach(() => {
  t.clock.set(TODAY);
});

// --- Steps ------------------------------------------------------------------------------------------

/** An order of 500 bottles of chili paste for ¥150,000, ordered by Fukuoka on 20 January 2027. */
const orderEntry = (overrides: Record<string, unknown> = {}) => ({
  kind: 'order',
  occurredOn: '2027-01-20',
  orderLines: [
    {
      productId: paste.id,
      quantity: 500,
      unit: 'ขวด',
      value: 150000,
      currency: 'JPY',
      orderedOn: '2027-01-20',
    },
  ],
  ...overrides,
});

/** A deal of the business with a Fukuoka buyer who reads Japanese, whose first entry is `firstEntry`. */
async function enterDeal(overrides: Record<string, unknown> = {}, client = social): Promise<Deal> {
  const created = await client.post<Deal>('/api/deals', {
    entrepreneurId: business.id,
    partnerId: fukuoka.id,
    buyerName: '田中健二',
    buyerOrganisation: 'Hakata Imports K.K.',
    buyerEmail: BUYER_EMAIL,
    buyerLanguage: 'ja',
    productIds: [paste.id],
    firstEntry: orderEntry(),
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`entering a deal: ${JSON.stringify(created.body)}`);
  return created.body;
}

const firstEntryOf = (deal: Deal) => {
  const [entry] = deal.entries;
  if (!entry) throw new Error('the deal has no entry');
  return entry;
};

const askToConfirm = <T = CreatedConfirmationRequest>(
  client: TestClient,
  dealId: string,
  entryId: string,
  body: Record<string, unknown> = {},
) => client.post<T>(`/api/deals/${dealId}/entries/${entryId}/confirmation-requests`, body);

/** The token of the newest confirmation link mailed to `email`, and that mail. */
async function mailedLink(email = BUYER_EMAIL) {
  const mail = (await t.outbox()).filter((message) => message.toAddress === email).at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  const match = new RegExp(`${TEST_ORIGIN}/confirm/([\\w-]+)\\?lang=(\\w+)`).exec(mail.textBody);
  if (!match?.[1]) throw new Error(`no confirmation link in: ${mail.textBody}`);
  return { token: match[1], lang: match[2], mail };
}

/** Asks for a confirmation of the entry as Social Development; answers the link's token. */
async function linkFor(dealId: string, entryId: string, body: Record<string, unknown> = {}) {
  const asked = await askToConfirm(social, dealId, entryId, body);
  if (asked.status !== 201) throw new Error(`asking to confirm: ${JSON.stringify(asked.body)}`);
  return (await mailedLink()).token;
}

const openLink = <T = PublicConfirmation>(token: string, lang?: string) =>
  t.anonymous().get<T>(`/api/public/deal-confirmations/${token}${lang ? `?lang=${lang}` : ''}`);

const answer = <T = ConfirmationAnswer>(token: string, body: Record<string, unknown>) =>
  t.anonymous().post<T>(`/api/public/deal-confirmations/${token}/answer`, body);

async function entryNow(dealId: string, entryId: string) {
  const deal = (await social.get<Deal>(`/api/deals/${dealId}`)).body;
  const entry = deal.entries.find((candidate) => candidate.id === entryId);
  if (!entry) throw new Error(`no entry ${entryId}`);
  return entry;
}

async function auditOf(dealId: string) {
  return rowsOf<{ action: string; actor_user_id: string | null; after: Record<string, unknown> | null }>(
    await t.db.execute(
      sql`select action, actor_user_id, after from audit_events
           where entity_type = 'deal' and entity_id = ${dealId} order by id`,
    ),
  );
}

// --- Tests ------------------------------------------------------------------------------------------

describe('a confirmation link mailed to the buyer', () => {
  it('is mailed in the buyer’s language to the outbox, saying so, and never shown to the one who asked', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);

    const asked = await askToConfirm(social, deal.id, entry.id);

    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      entryId: entry.id,
      email: BUYER_EMAIL,
      language: 'ja',
      status: 'open',
      delivery: 'outbox',
      answeredAt: null,
      // 30 days unless asked otherwise.
      expiresAt: '2027-03-03T03:00:00.000Z',
    });
    expect(JSON.stringify(asked.body)).not.toContain('/confirm/');
    const { mail, lang } = await mailedLink();
    expect(lang).toBe('ja');
    expect(mail.subject).toBe(
      ja.mail.subject.replace('{{business}}', 'メーシーのチリキッチン').replace('{{kind}}', ja.kinds.order),
    );
    expect(mail.textBody).toContain('田中健二 様');
    // The Thai unit in Japanese, the value in its currency, the date in the Gregorian calendar.
    expect(mail.textBody).toContain(`• ナムプリックパオ：500本、${formatMoney(150000, 'JPY', 'ja')}`);
    expect(mail.textBody).toContain(formatDate('2027-01-20', 'ja'));
    expect(mail.textBody).not.toContain('2570');
  });

  it('in Thai dates the entry in the Buddhist era', async () => {
    const deal = await enterDeal({ buyerLanguage: 'th', buyerEmail: 'somchai@example.co.th' });

    await askToConfirm(social, deal.id, firstEntryOf(deal).id);

    const { mail, lang } = await mailedLink('somchai@example.co.th');
    expect(lang).toBe('th');
    expect(mail.subject).toBe(
      thConfirmation.mail.subject
        .replace('{{kind}}', thConfirmation.kinds.order)
        .replace('{{business}}', 'ครัวน้ำพริกแม่ศรี'),
    );
    expect(mail.textBody).toContain('20 มกราคม 2570');
    expect(mail.textBody).toContain('500 ขวด');
  });

  it('opens the entry in the link’s language, or in the one the page asks for', async () => {
    const deal = await enterDeal();
    const token = await linkFor(deal.id, firstEntryOf(deal).id);

    const opened = await openLink(token);

    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      language: 'ja',
      buyer: { name: '田中健二', organisation: 'Hakata Imports K.K.' },
      business: { text: 'メーシーのチリキッチン', lang: 'ja', isFallback: false },
      entry: { kind: 'order', occurredOn: '2027-01-20' },
    });
    expect(opened.body.entry.orderLines).toEqual([
      expect.objectContaining({
        product: { text: 'ナムプリックパオ', lang: 'ja', isFallback: false },
        quantity: 500,
        unit: { text: '本', lang: 'ja' },
        value: 150000,
        currency: 'JPY',
        orderedOn: '2027-01-20',
        shippedOn: null,
      }),
    ]);
    const inKorean = await openLink(token, 'ko');
    expect(inKorean.body.entry.orderLines[0]?.unit).toEqual({ text: '병', lang: 'ko' });
    // No Korean name written: English, said so.
    expect(inKorean.body.business).toEqual({ text: "Mae Sri's Chili Kitchen", lang: 'en', isFallback: true });
  });

  it('confirms the entry once, audited; the second use is refused and changes nothing', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const token = await linkFor(deal.id, entry.id);

    const confirmed = await answer(token, { answer: 'confirm' });

    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ answer: 'confirmed', answeredAt: new Date(TODAY).toISOString() });
    const after = await entryNow(deal.id, entry.id);
    expect(after).toMatchObject({
      buyerConfirmedAt: new Date(TODAY).toISOString(),
      buyerConfirmedVia: 'link',
    });
    const audit = await auditOf(deal.id);
    expect(audit.map((event) => event.action)).toEqual([
      'deal.create',
      'deal_confirmation.create',
      'deal_entry.confirm',
    ]);
    // Confirmed by someone without an account: no one signed in is named.
    expect(audit.at(-1)?.actor_user_id).toBeNull();
    expect(audit.at(-1)?.after).toMatchObject({ entryId: entry.id, buyerConfirmedVia: 'link' });

    t.clock.advance(60_000);
    const again = await answer<ErrorResponse>(token, { answer: 'dispute', note: 'Wrong quantity' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('confirmation_link_used');
    expect((await openLink<ErrorResponse>(token)).body.error.code).toBe('confirmation_link_used');
    expect(await entryNow(deal.id, entry.id)).toEqual(after);
    expect(await auditOf(deal.id)).toHaveLength(3);

    const requests = (await social.get<DealConfirmations>(`/api/deals/${deal.id}/confirmations`)).body;
    expect(requests).toEqual({
      requests: [
        expect.objectContaining({
          entryId: entry.id,
          status: 'confirmed',
          answeredAt: after.buyerConfirmedAt,
        }),
      ],
      disputes: [],
    });
  });

  it('is refused once expired, and nothing is written', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const token = await linkFor(deal.id, entry.id, { expiresInDays: 1 });
    const audit = await auditOf(deal.id);

    t.clock.advance(24 * 60 * 60 * 1000);
    const opened = await openLink<ErrorResponse>(token);
    const answered = await answer<ErrorResponse>(token, { answer: 'confirm' });

    expect(opened.status).toBe(410);
    expect(opened.body.error.code).toBe('confirmation_link_expired');
    expect(answered.status).toBe(410);
    expect(answered.body.error.code).toBe('confirmation_link_expired');
    // Back to the day the link was made, where staff's session is alive, to look.
    t.clock.set(TODAY);
    expect((await entryNow(deal.id, entry.id)).buyerConfirmedAt).toBeNull();
    expect(await auditOf(deal.id)).toEqual(audit);
    t.clock.advance(24 * 60 * 60 * 1000);
    const staff = await t.signInAs('iao_officer');
    const requests = (await staff.get<DealConfirmations>(`/api/deals/${deal.id}/confirmations`)).body;
    expect(requests.requests.map((request) => request.status)).toEqual(['expired']);
  });

  it('refuses a link of unknown or absurd tokens as unknown', async () => {
    for (const token of ['not-a-token', 'x'.repeat(43)]) {
      const opened = await openLink<ErrorResponse>(token);
      expect(opened.status).toBe(404);
      expect(opened.body.error.code).toBe('confirmation_link_not_found');
      expect((await answer<ErrorResponse>(token, { answer: 'confirm' })).status).toBe(404);
    }
  });

  it('keeps the buyer’s "not right" note for staff and leaves the entry unconfirmed', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const token = await linkFor(deal.id, entry.id);

    const noNote = await answer<ErrorResponse>(token, { answer: 'dispute', note: '   ' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields?.[0]).toMatchObject({
      path: 'note',
      messageKey: 'errors:field.required',
    });

    const disputed = await answer(token, { answer: 'dispute', note: '注文は300本です。' });

    expect(disputed.status).toBe(200);
    expect(disputed.body.answer).toBe('disputed');
    expect((await entryNow(deal.id, entry.id)).buyerConfirmedAt).toBeNull();
    const seen = (await social.get<DealConfirmations>(`/api/deals/${deal.id}/confirmations`)).body;
    expect(seen.disputes).toEqual([
      { entryId: entry.id, via: 'link', at: new Date(TODAY).toISOString(), note: '注文は300本です。' },
    ]);
    expect(seen.requests.map((request) => request.status)).toEqual(['disputed']);
    expect((await answer<ErrorResponse>(token, { answer: 'confirm' })).body.error.code).toBe(
      'confirmation_link_used',
    );
    expect((await auditOf(deal.id)).map((event) => event.action)).toEqual([
      'deal.create',
      'deal_confirmation.create',
      'deal_entry.dispute',
    ]);
  });

  it('is refused, with its own message, once the entry was changed since it was made', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const token = await linkFor(deal.id, entry.id);

    t.clock.advance(60_000);
    const changed = await social.patch<DealEntryChange>(`/api/deals/${deal.id}/entries/${entry.id}`, {
      version: entry.version,
      entry: orderEntry({ orderLines: [{ ...orderEntry().orderLines[0], quantity: 300 }] }),
    });
    expect(changed.status).toBe(200);

    const opened = await openLink<ErrorResponse>(token);
    expect(opened.status).toBe(409);
    expect(opened.body.error.code).toBe('confirmation_entry_changed');
    const answered = await answer<ErrorResponse>(token, { answer: 'confirm' });
    expect(answered.body.error.code).toBe('confirmation_entry_changed');
    expect((await entryNow(deal.id, entry.id)).buyerConfirmedAt).toBeNull();

    // A new link shows the entry as it is now, and confirms it.
    const renewed = await linkFor(deal.id, entry.id);
    expect((await openLink(renewed)).body.entry.orderLines[0]?.quantity).toBe(300);
    expect((await answer(renewed, { answer: 'confirm' })).status).toBe(200);
  });

  it('is refused, with its own message, once the entry was amended by another', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const token = await linkFor(deal.id, entry.id);
    // As an amendment after its follow-up round closed leaves it (deals.service.ts changeEntry).
    await t.db.execute(sql`update deal_entries set superseded_at = now() where id = ${entry.id}`);

    const opened = await openLink<ErrorResponse>(token);

    expect(opened.status).toBe(409);
    expect(opened.body.error.code).toBe('confirmation_entry_superseded');
    expect((await answer<ErrorResponse>(token, { answer: 'confirm' })).body.error.code).toBe(
      'confirmation_entry_superseded',
    );
  });
});

describe('asking the buyer to confirm', () => {
  it('is only for an order, a repeat order or an agreement: nothing mailed for another kind', async () => {
    const deal = await enterDeal({
      firstEntry: {
        kind: 'contact',
        occurredOn: '2027-01-05',
        contactDirection: 'buyer_to_business',
        contactChannel: 'email',
      },
    });
    const negotiating = await social.post<DealEntryChange>(`/api/deals/${deal.id}/entries`, {
      kind: 'negotiating',
      occurredOn: '2027-01-10',
    });
    const agreement = await social.post<DealEntryChange>(`/api/deals/${deal.id}/entries`, {
      kind: 'agreement',
      occurredOn: '2027-01-15',
      note: 'Annual supply agreement',
    });
    const outbox = (await t.outbox()).length;

    for (const entryId of [firstEntryOf(deal).id, negotiating.body.entryId]) {
      const asked = await askToConfirm<ErrorResponse>(social, deal.id, entryId);
      expect(asked.status).toBe(409);
      expect(asked.body.error.code).toBe('confirmation_kind_not_confirmable');
    }
    expect(await t.outbox()).toHaveLength(outbox);

    const asked = await askToConfirm(social, deal.id, agreement.body.entryId);
    expect(asked.status).toBe(201);
    const { mail } = await mailedLink();
    expect(mail.subject).toContain(ja.kinds.agreement);
    expect(mail.textBody).toContain('Annual supply agreement');
  });

  it('needs the buyer’s address, and a link expiring within bounds', async () => {
    const deal = await enterDeal({ buyerEmail: null });
    const entry = firstEntryOf(deal);

    const noAddress = await askToConfirm<ErrorResponse>(social, deal.id, entry.id);
    expect(noAddress.status).toBe(409);
    expect(noAddress.body.error.code).toBe('confirmation_no_buyer_email');

    const withAddress = await enterDeal();
    for (const expiresInDays of [0, 91, 1.5]) {
      const asked = await askToConfirm<ErrorResponse>(social, withAddress.id, firstEntryOf(withAddress).id, {
        expiresInDays,
      });
      expect(asked.status).toBe(400);
      expect(asked.body.error.fields?.[0]?.path).toBe('expiresInDays');
    }
    expect((await auditOf(withAddress.id)).map((event) => event.action)).toEqual(['deal.create']);
  });

  it('is for staff and the business itself, for its own deals only', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const owner = await t.signInAs('entrepreneur', { scopeId: business.id });
    const other = await buildBusiness(social);
    const stranger = await t.signInAs('entrepreneur', { scopeId: other.id });
    const executive = await t.signInAs('executive');

    expect((await askToConfirm(owner, deal.id, entry.id)).status).toBe(201);
    expect((await askToConfirm<ErrorResponse>(stranger, deal.id, entry.id)).body.error.code).toBe(
      'deal_not_found',
    );
    const readOnly = await askToConfirm<ErrorResponse>(executive, deal.id, entry.id);
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.code).toBe('not_your_deal');
    expect((await askToConfirm(t.anonymous(), deal.id, entry.id)).status).toBe(401);
  });
});

describe('a buyer confirming from their account', () => {
  const confirmFromAccount = <T = Deal>(
    client: TestClient,
    dealId: string,
    entryId: string,
    body: Record<string, unknown>,
  ) => client.post<T>(`/api/deals/${dealId}/entries/${entryId}/confirmation`, body);

  it('confirms the entries of deals naming them, and no other', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const token = await linkFor(deal.id, entry.id);
    // Named by their address, whatever its case.
    const buyer = await t.signInAs('partner_buyer', { scopeId: fukuoka.id, email: 'Tanaka@Hakata.example' });
    const otherBuyer = await t.signInAs('partner_buyer', { scopeId: fukuoka.id });
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: fukuoka.id });

    const notNamed = await confirmFromAccount<ErrorResponse>(otherBuyer, deal.id, entry.id, {
      answer: 'confirm',
      version: entry.version,
    });
    expect(notNamed.status).toBe(404);
    expect(
      (await confirmFromAccount(coordinator, deal.id, entry.id, { answer: 'confirm', version: 1 })).status,
    ).toBe(403);
    const stale = await confirmFromAccount<ErrorResponse>(buyer, deal.id, entry.id, {
      answer: 'confirm',
      version: entry.version + 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
    expect((await entryNow(deal.id, entry.id)).buyerConfirmedAt).toBeNull();

    const confirmed = await confirmFromAccount(buyer, deal.id, entry.id, {
      answer: 'confirm',
      version: entry.version,
    });

    expect(confirmed.status).toBe(200);
    expect(firstEntryOf(confirmed.body)).toMatchObject({
      buyerConfirmedAt: new Date(TODAY).toISOString(),
      buyerConfirmedVia: 'account',
    });
    expect(confirmed.body.unconfirmedCount).toBe(0);
    const audit = await auditOf(deal.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'deal_entry.confirm',
      actor_user_id: buyer.session?.user?.id,
      after: { buyerConfirmedVia: 'account', linkId: null },
    });
    // The link mailed before now finds the entry confirmed.
    expect((await openLink<ErrorResponse>(token)).body.error.code).toBe('confirmation_already_confirmed');
    const twice = await confirmFromAccount<ErrorResponse>(buyer, deal.id, entry.id, {
      answer: 'confirm',
      version: firstEntryOf(confirmed.body).version,
    });
    expect(twice.body.error.code).toBe('confirmation_already_confirmed');
  });

  it('says an entry is not right with a note, kept for staff, and only for confirmable kinds', async () => {
    const deal = await enterDeal({
      firstEntry: {
        kind: 'contact',
        occurredOn: '2027-01-05',
        contactDirection: 'buyer_to_business',
        contactChannel: 'email',
      },
    });
    const order = await social.post<DealEntryChange>(`/api/deals/${deal.id}/entries`, orderEntry());
    const buyer = await t.signInAs('partner_buyer', { scopeId: fukuoka.id, email: 'Tanaka@Hakata.example' });

    const contact = await confirmFromAccount<ErrorResponse>(buyer, deal.id, firstEntryOf(deal).id, {
      answer: 'confirm',
      version: 1,
    });
    expect(contact.body.error.code).toBe('confirmation_kind_not_confirmable');
    const orderEntryNow = await entryNow(deal.id, order.body.entryId);
    const disputed = await confirmFromAccount(buyer, deal.id, order.body.entryId, {
      answer: 'dispute',
      note: 'We ordered 300 bottles, not 500.',
      version: orderEntryNow.version,
    });

    expect(disputed.status).toBe(200);
    expect(disputed.body.entries.find((entry) => entry.id === order.body.entryId)).toMatchObject({
      buyerConfirmedAt: null,
      version: orderEntryNow.version,
    });
    const seen = (await social.get<DealConfirmations>(`/api/deals/${deal.id}/confirmations`)).body;
    expect(seen.disputes).toEqual([
      {
        entryId: order.body.entryId,
        via: 'account',
        at: new Date(TODAY).toISOString(),
        note: 'We ordered 300 bottles, not 500.',
      },
    ]);
  });
});

describe('the answers kept', () => {
  it('keeps each answer with its link, and a "not right" from the account on a row of its own, read back without the audit trail', async () => {
    const deal = await enterDeal();
    const entry = firstEntryOf(deal);
    const token = await linkFor(deal.id, entry.id);
    expect((await answer(token, { answer: 'dispute', note: '注文は300本です。' })).status).toBe(200);
    const buyer = await t.signInAs('partner_buyer', { scopeId: fukuoka.id, email: 'Tanaka@Hakata.example' });
    t.clock.advance(60_000);
    const disputed = await buyer.post<Deal>(`/api/deals/${deal.id}/entries/${entry.id}/confirmation`, {
      answer: 'dispute',
      note: 'Still 300 bottles.',
      version: (await entryNow(deal.id, entry.id)).version,
    });
    expect(disputed.status).toBe(200);

    // The trail is never pruned; were it, the answers would still stand on their own rows.
    await t.db.execute(sql`delete from audit_events where entity_type = 'deal' and entity_id = ${deal.id}`);
    const seen = (await social.get<DealConfirmations>(`/api/deals/${deal.id}/confirmations`)).body;

    const later = new Date(new Date(TODAY).getTime() + 60_000).toISOString();
    expect(seen.requests).toEqual([
      expect.objectContaining({
        entryId: entry.id,
        status: 'disputed',
        answeredAt: new Date(TODAY).toISOString(),
      }),
    ]);
    expect(seen.disputes).toEqual([
      { entryId: entry.id, via: 'account', at: later, note: 'Still 300 bottles.' },
      { entryId: entry.id, via: 'link', at: new Date(TODAY).toISOString(), note: '注文は300本です。' },
    ]);
  });
});

describe('the delivery of the link', () => {
  it('says the mail failed when the mail server refused it, and keeps the request', async () => {
    const refusing = await createTestApp({
      now: TODAY,
      mailTransport: {
        deliver: () => Promise.reject(new Error('550 mailbox unavailable')),
      },
    });
    try {
      const staff = await refusing.signInAs('social_development_officer');
      const city = await partnerNamed(staff, 'Fukuoka Prefecture');
      const shop = await buildBusiness(staff);
      const product = await buildListedProduct(staff, shop.id);
      const deal = (
        await staff.post<Deal>('/api/deals', {
          entrepreneurId: shop.id,
          partnerId: city.id,
          buyerName: 'Kenji Tanaka',
          buyerEmail: BUYER_EMAIL,
          buyerLanguage: 'en',
          firstEntry: {
            kind: 'order',
            occurredOn: '2027-01-20',
            orderLines: [{ productId: product.id, quantity: 10, unit: 'box', orderedOn: '2027-01-20' }],
          },
        })
      ).body;

      const asked = await askToConfirm(staff, deal.id, firstEntryOf(deal).id);

      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({ status: 'open', delivery: 'failed' });
      const [mail] = await refusing.outbox();
      expect(mail).toMatchObject({ toAddress: BUYER_EMAIL, status: 'failed' });
      // The link is in the kept mail, for an administrator to pass on by hand.
      expect(mail?.textBody).toContain(`${TEST_ORIGIN}/confirm/`);
    } finally {
      await refusing.close();
    }
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, PartnerSummary, ProgrammeOutcomes } from '@bia/contracts';
import { buildBusiness, buildListedProduct } from '../../testing/catalogue.ts';
import { buildPartner } from '../../testing/partners.ts';
import {
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
} from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { dealDocuments, dealEntries, dealOrderLines, deals } from './outcomes.schema.ts';

/** 20 September 2027 in Bangkok: the last days of FY2570 (1 October 2026 – 30 September 2027). */
const NOW = '2027-09-20T03:00:00Z';

/** Each session 13:00–15:00 in Bangkok (15:00–17:00 in Seoul and Fukuoka), on a working day. */
const held = (day: string) => ({
  startsAt: `${day}T06:00:00Z`,
  endsAt: `${day}T08:00:00Z`,
  isAlreadyHeld: true,
});

describe('the KPIs of a fiscal year, computed from the deals', () => {
  let t: TestApp;
  let officer: TestClient;
  let seoul: PartnerSummary;
  let fukuoka: PartnerSummary;
  /** A sister city of the registry that took part in none of the year's sessions. */
  let elsewhere: string;
  /** The ten businesses B1…B10, by number, and a product of each. */
  const business: string[] = [];
  const product: string[] = [];
  const session: Record<'first' | 'second' | 'third', string> = { first: '', second: '', third: '' };
  /** Entries and lines the tests come back to. */
  const fixture: Record<string, string> = {};

  /** A deal of business `n` (1–10) with a buyer of a city, by plain insert. */
  async function insertDeal(n: number, partnerId: string, extra: Partial<typeof deals.$inferInsert> = {}) {
    const [deal] = await t.db
      .insert(deals)
      .values({
        entrepreneurId: business[n] ?? '',
        partnerId,
        buyerName: `Buyer of B${n}`,
        buyerOrganisation: `Trading house ${n}`,
        ...extra,
      })
      .returning();
    if (!deal) throw new Error('deal not inserted');
    return deal.id;
  }

  async function insertEntry(
    dealId: string,
    kind: string,
    occurredOn: string,
    extra: Partial<typeof dealEntries.$inferInsert> = {},
  ) {
    const [entry] = await t.db
      .insert(dealEntries)
      .values({ dealId, kind, occurredOn, recordedAs: 'staff', ...extra })
      .returning();
    if (!entry) throw new Error('entry not inserted');
    return entry.id;
  }

  const contact = (channel: string, direction = 'buyer_to_business') => ({
    contactChannel: channel,
    contactDirection: direction,
  });

  const outcomesOf = async (client: TestClient, fiscalYear = 2570) =>
    client.get<ProgrammeOutcomes | ErrorResponse>(`/api/programmes/${fiscalYear}/outcomes`);

  async function figures(fiscalYear = 2570): Promise<ProgrammeOutcomes> {
    const answer = await officer.get<ProgrammeOutcomes>(`/api/programmes/${fiscalYear}/outcomes`);
    if (answer.status !== 200) throw new Error(`reading the outcomes: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  const nameOf = (n: number) => `Outcome Business ${String(n).padStart(2, '0')}`;

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    const social = await t.signInAs('social_development_officer', { locale: 'en' });
    for (let n = 1; n <= 10; n += 1) {
      const created = await buildBusiness(social, { name: { th: `ธุรกิจผลลัพธ์ ${n}`, en: nameOf(n) } });
      business[n] = created.id;
      product[n] = (await buildListedProduct(social, created.id)).id;
    }
    await buildProgramme(officer, { fiscalYear: 2570, plannedSessions: 3, entrepreneursPerSession: 4 });
    seoul = await partnerNamed(officer, 'Seoul');
    fukuoka = await partnerNamed(officer, 'Fukuoka Prefecture');
    elsewhere = (await buildPartner(officer)).id;
    await chooseCity(officer, 2570, seoul.id);
    await chooseCity(officer, 2570, fukuoka.id);
    // Three sessions held: Seoul in December, Fukuoka in January, both in February.
    session.first = (await buildSession(officer, 2570, [seoul.id], { round: 1, ...held('2026-12-14') })).id;
    session.second = (
      await buildSession(officer, 2570, [fukuoka.id], { round: 2, ...held('2027-01-13') })
    ).id;
    session.third = (
      await buildSession(officer, 2570, [seoul.id, fukuoka.id], { round: 3, ...held('2027-02-17') })
    ).id;
    // A session still to come counts for nothing.
    await buildSession(officer, 2570, [seoul.id], {
      startsAt: '2027-09-27T06:00:00Z',
      endsAt: '2027-09-27T08:00:00Z',
    });
    const presenting: [string, number[]][] = [
      [session.first, [1, 2, 3, 4]],
      [session.second, [5, 6, 7]],
      [session.third, [8, 9, 10]],
    ];
    for (const [sessionId, numbers] of presenting)
      for (const n of numbers)
        await presentBusiness(social, sessionId, business[n] ?? '', [product[n] ?? '']);

    // B1: the Seoul buyer wrote a week after the first session, and confirmed it.
    fixture.b1Deal = await insertDeal(1, seoul.id, { sessionId: session.first });
    fixture.b1Contact = await insertEntry(fixture.b1Deal, 'contact', '2026-12-20', {
      ...contact('email'),
      buyerConfirmedAt: new Date('2026-12-22T02:00:00Z'),
      buyerConfirmedVia: 'link',
    });
    // B2: contacts exchanged at the session, then a negotiation in January.
    const b2 = await insertDeal(2, seoul.id, { sessionId: session.first });
    await insertEntry(b2, 'contact', '2026-12-14', contact('session', 'business_to_buyer'));
    fixture.b2Negotiating = await insertEntry(b2, 'negotiating', '2027-01-10');
    // B3: a Fukuoka buyer (a city of the year, but not of B3's session with Seoul).
    const b3 = await insertDeal(3, fukuoka.id);
    await insertEntry(b3, 'contact', '2027-01-20', contact('call'));
    // B4: only the exchange at the session.
    const b4 = await insertDeal(4, seoul.id, { sessionId: session.first });
    await insertEntry(b4, 'contact', '2026-12-14', contact('session'));
    // B5: a video call with Fukuoka the very day of its session.
    const b5 = await insertDeal(5, fukuoka.id);
    await insertEntry(b5, 'contact', '2027-01-13', contact('video'));
    // B6: in touch with Fukuoka only before its session.
    const b6 = await insertDeal(6, fukuoka.id);
    await insertEntry(b6, 'contact', '2027-01-05', contact('line'));
    // B8: a Fukuoka order after the joint session, 120 packs and 2.5 kg, not shipped yet.
    fixture.b8Deal = await insertDeal(8, fukuoka.id, { sessionId: session.third });
    fixture.b8Order = await insertEntry(fixture.b8Deal, 'order', '2027-03-01');
    const [pack] = await t.db
      .insert(dealOrderLines)
      .values([
        {
          entryId: fixture.b8Order,
          dealId: fixture.b8Deal,
          partnerId: fukuoka.id,
          productId: product[8] ?? '',
          quantity: '120',
          unit: 'ห่อ',
          value: '36000',
          currency: 'JPY',
          orderedOn: '2027-03-01',
        },
        {
          entryId: fixture.b8Order,
          dealId: fixture.b8Deal,
          partnerId: fukuoka.id,
          productId: product[8] ?? '',
          quantity: '2.5',
          unit: 'kg',
          orderedOn: '2027-03-01',
        },
      ])
      .returning();
    fixture.b8Line = pack?.id ?? '';
    // B9: samples sent to a Seoul buyer after the joint session.
    const b9 = await insertDeal(9, seoul.id);
    fixture.b9Deal = b9;
    fixture.b9Samples = await insertEntry(b9, 'samples', '2027-02-20');
    // B10: a Seoul buyer who declined.
    const b10 = await insertDeal(10, seoul.id);
    await insertEntry(b10, 'closed', '2027-03-05', { closedReason: 'Price too high' });
    // B1 also wrote to a buyer of a city of no session (B7 has no deal at all).
    const b1Elsewhere = await insertDeal(1, elsewhere);
    await insertEntry(b1Elsewhere, 'contact', '2027-02-01', contact('email', 'business_to_buyer'));
  });
  afterAll(() => t.close());

  it('counts 5 of the 10 businesses that presented (50%, the target met), then 4 (40%) once a contact is corrected to before the session', async () => {
    const before = await figures();
    expect(before.outcome).toMatchObject({
      presented: 10,
      qualifying: 5,
      confirmed: 1,
      sharePercent: 50,
      targetPercent: 50,
      isTargetMet: true,
    });
    expect(before.outcome.counted.map((item) => item.business.name)).toEqual([1, 2, 5, 8, 9].map(nameOf));
    const b1 = before.outcome.counted.find((item) => item.business.id === business[1]);
    expect(b1).toMatchObject({
      isConfirmed: true,
      entry: {
        dealId: fixture.b1Deal,
        entryId: fixture.b1Contact,
        kind: 'contact',
        contactChannel: 'email',
        isConfirmed: true,
        city: { id: seoul.id, name: 'Seoul' },
        sessionId: session.first,
      },
    });
    // B2 counts by its negotiation, not by the exchange at the session.
    expect(before.outcome.counted.find((item) => item.business.id === business[2])?.entry).toMatchObject({
      entryId: fixture.b2Negotiating,
      kind: 'negotiating',
    });

    // The officer corrects B9's samples: they went out a week before the session (an amendment).
    const amendedAt = new Date('2027-09-01T03:00:00Z');
    await t.db
      .update(dealEntries)
      .set({ supersededAt: amendedAt })
      .where(eq(dealEntries.id, fixture.b9Samples ?? ''));
    await insertEntry(fixture.b9Deal ?? '', 'samples', '2027-02-10', { amendsEntryId: fixture.b9Samples });

    const after = await figures();
    expect(after.outcome).toMatchObject({
      presented: 10,
      qualifying: 4,
      sharePercent: 40,
      isTargetMet: false,
    });
    expect(after.outcome.notCounted.find((item) => item.business.id === business[9])?.reasons).toEqual([
      'dated_before_session',
    ]);
  });

  it('says why each business that presented does not count', async () => {
    const { outcome } = await figures();
    const reasonsOf = (n: number) =>
      outcome.notCounted.find((item) => item.business.id === business[n])?.reasons;
    // A contact with a buyer of a city of the year, but not of its own session, does not count.
    expect(reasonsOf(3)).toEqual(['no_deal_with_session_city']);
    // The exchange of contacts at the session alone does not count.
    expect(reasonsOf(4)).toEqual(['session_exchange_only']);
    // A contact dated before the session does not count.
    expect(reasonsOf(6)).toEqual(['dated_before_session']);
    expect(reasonsOf(7)).toEqual(['no_deal']);
    expect(reasonsOf(10)).toEqual(['closed_without_deal']);
    const b3 = outcome.notCounted.find((item) => item.business.id === business[3]);
    expect(b3?.sessions.map((item) => item.id)).toEqual([session.first]);
    expect(b3?.sessions[0]?.cities).toEqual([{ id: seoul.id, name: 'Seoul' }]);
    expect(b3?.deals.map((deal) => deal.city.id)).toEqual([fukuoka.id]);
  });

  it('counts the contacts and the products ordered by session and city (seed §9.2)', async () => {
    const { activity } = await figures();
    const row = (sessionId: string | null, cityId: string) =>
      activity.rows.find((item) => (item.session?.id ?? null) === sessionId && item.city.id === cityId);
    expect(row(session.first, seoul.id)).toMatchObject({
      contacts: 3,
      confirmedContacts: 1,
      sessionExchanges: 2,
      orderLines: 0,
    });
    expect(row(session.second, fukuoka.id)).toMatchObject({ contacts: 1, orderLines: 0 });
    expect(row(session.third, fukuoka.id)).toMatchObject({
      contacts: 0,
      orderLines: 2,
      confirmedOrderLines: 0,
      quantities: [
        { unit: 'kg', quantity: 2.5 },
        { unit: 'ห่อ', quantity: 120 },
      ],
    });
    // B3's call and B6's early contact follow no session of the year with Fukuoka.
    expect(row(null, fukuoka.id)).toMatchObject({ contacts: 2 });
    expect(row(null, elsewhere)).toMatchObject({ contacts: 1 });
    expect(activity.byCity.find((item) => item.city.id === fukuoka.id)).toMatchObject({
      contacts: 3,
      orderLines: 2,
    });
    expect(activity.total).toMatchObject({ contacts: 7, sessionExchanges: 2, orderLines: 2 });
  });

  it('climbs KPI 1.1.1 from level 2 to level 5 as the records come, saying what each level lacks', async () => {
    const levelOf = (answer: ProgrammeOutcomes, level: number) =>
      answer.plan.levels.find((item) => item.level === level);

    // Cities chosen (1) and a negotiation in January (2); no agreement yet.
    let answer = await figures();
    expect(answer.plan.level).toBe(2);
    expect(
      levelOf(answer, 1)
        ?.records.map((record) => record.city.id)
        .sort(),
    ).toEqual([seoul.id, fukuoka.id].sort());
    expect(levelOf(answer, 2)?.records.map((record) => record.entryId)).toEqual([fixture.b2Negotiating]);
    expect(levelOf(answer, 3)).toMatchObject({ isMet: false, missing: 'no_agreement', lacking: [] });
    expect(levelOf(answer, 4)).toMatchObject({
      isMet: false,
      missing: 'orders_not_shipped',
      lackingCount: 2,
    });

    // An agreement without its document is evidence lacking, not a level.
    const agreement = await insertEntry(fixture.b1Deal ?? '', 'agreement', '2027-04-01');
    answer = await figures();
    expect(answer.plan.level).toBe(2);
    expect(levelOf(answer, 3)).toMatchObject({ isMet: false, missing: 'agreement_without_document' });
    expect(levelOf(answer, 3)?.lacking.map((record) => record.entryId)).toEqual([agreement]);

    await t.db.insert(dealDocuments).values({
      entryId: agreement,
      fileName: 'agreement.pdf',
      mediaType: 'application/pdf',
      byteSize: 4,
      content: new Uint8Array([37, 80, 68, 70]),
    });
    answer = await figures();
    expect(answer.plan.level).toBe(3);
    expect(levelOf(answer, 3)?.records).toMatchObject([
      { type: 'entry', entryId: agreement, dealId: fixture.b1Deal, documentCount: 1 },
    ]);

    // B8's packs are shipped in March.
    await t.db
      .update(dealOrderLines)
      .set({ shippedOn: '2027-03-20' })
      .where(eq(dealOrderLines.id, fixture.b8Line ?? ''));
    answer = await figures();
    expect(answer.plan.level).toBe(4);
    expect(levelOf(answer, 4)?.records).toMatchObject([
      { type: 'order_line', id: fixture.b8Line, on: '2027-03-20', quantity: 120, unit: 'ห่อ' },
    ]);
    expect(levelOf(answer, 5)).toMatchObject({ isMet: false, missing: 'no_repeat_order' });

    // A wider agreement in a deal that had one: the cooperation expanded.
    const wider = await insertEntry(fixture.b1Deal ?? '', 'agreement', '2027-06-01');
    answer = await figures();
    expect(answer.plan.level).toBe(5);
    expect(levelOf(answer, 5)?.records.map((record) => record.entryId)).toEqual([wider]);
  });

  it('rates a year with chosen cities and no deal at level 1, and a year with neither at 0', async () => {
    await buildProgramme(officer, { fiscalYear: 2571 });
    await chooseCity(officer, 2571, seoul.id, null);
    const chosen = await figures(2571);
    expect(chosen.plan.level).toBe(1);
    expect(chosen.plan.levels[1]).toMatchObject({ level: 2, isMet: false, missing: 'no_negotiation' });
    expect(chosen.outcome).toMatchObject({
      presented: 0,
      qualifying: 0,
      sharePercent: null,
      isTargetMet: false,
    });

    await buildProgramme(officer, { fiscalYear: 2568 });
    const empty = await figures(2568);
    expect(empty.plan.level).toBe(0);
    expect(empty.plan.levels[0]).toMatchObject({ level: 1, isMet: false, missing: 'no_cities_chosen' });
  });

  it('lets those who read the outcomes see them: an executive reads; an entrepreneur and a city coordinator are refused', async () => {
    const executive = await t.signInAs('executive');
    expect((await outcomesOf(executive)).status).toBe(200);
    const strategy = await t.signInAs('strategy_officer');
    expect((await outcomesOf(strategy)).status).toBe(200);
    const entrepreneur = await t.signInAs('entrepreneur', { scopeId: business[1] ?? '' });
    const refused = await outcomesOf(entrepreneur);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'forbidden' } });
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id });
    expect((await outcomesOf(coordinator)).status).toBe(403);
    expect((await outcomesOf(t.anonymous())).status).toBe(401);
  });

  it('answers 404 for a year with no programme', async () => {
    const missing = await outcomesOf(officer, 2580);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { code: 'programme_not_found' } });
  });
});

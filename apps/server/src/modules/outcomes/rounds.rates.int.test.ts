/**
 * A round's exchange rates corrected while it is open (issue 14: "totals in baht use a rate per
 * follow-up round that Social Development records"), over HTTP and real SQL: a rate mistyped and a
 * currency an answer brought are set, and the round's figures in baht follow, audited; a stale
 * version, a code not of ISO 4217, baht, a currency twice, a rate not above zero are refused with
 * nothing written; a closed round keeps the rates it closed with; only Social Development may do it.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntrepreneurDetail,
  ErrorResponse,
  FollowUpForm,
  FollowUpRoundDetail,
  FollowUpRoundOpened,
  PartnerSummary,
  Product,
} from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { buildBusiness, buildListedProduct } from '../../testing/catalogue.ts';
import {
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
} from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/** 5 April 2027 in Bangkok: the half-year October 2026 – March 2027 has just ended. */
const OPENING = '2027-04-05T03:00:00Z';

let t: TestApp;
let social: TestClient;
let seoul: PartnerSummary;
let chili: { business: EntrepreneurDetail; paste: Product; mango: Product };
let round: FollowUpRoundDetail;

const ratesPath = () => `/api/follow-up-rounds/${round.id}/rates`;

async function readRound(client: TestClient = social): Promise<FollowUpRoundDetail> {
  const answer = await client.get<FollowUpRoundDetail>(`/api/follow-up-rounds/${round.id}`);
  if (answer.status !== 200) throw new Error(`reading the round: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The audit entries of the round's rates, oldest first. */
async function rateChanges() {
  return rowsOf<{ before: unknown; after: unknown }>(
    await t.db.execute(
      sql`select before, after from audit_events
        where entity_type = 'follow_up_round' and entity_id = ${round.id}
          and action = 'follow_up_round.update'
        order by occurred_at, id`,
    ),
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: OPENING });
  const planner = await t.signInAs('iao_officer', { locale: 'en' });
  social = await t.signInAs('social_development_officer', { locale: 'en' });
  await buildProgramme(planner, { fiscalYear: 2570 });
  seoul = await partnerNamed(planner, 'Seoul');
  await chooseCity(planner, 2570, seoul.id);
  const session = await buildSession(planner, 2570, [seoul.id], {
    round: 1,
    startsAt: '2026-12-14T06:00:00Z',
    endsAt: '2026-12-14T08:00:00Z',
    isAlreadyHeld: true,
  });
  const business = await buildBusiness(social, {
    name: { th: 'ครัวน้ำพริกแม่ศรี', en: "Mae Sri's Chili Kitchen" },
    email: 'maesri@example.com',
  });
  chili = {
    business,
    paste: await buildListedProduct(social, business.id, { name: { th: 'น้ำพริกเผา', en: 'Chili paste' } }),
    mango: await buildListedProduct(social, business.id, { name: { th: 'มะม่วงอบแห้ง', en: 'Dried mango' } }),
  };
  await presentBusiness(social, session.id, business.id, [chili.paste.id, chili.mango.id]);

  const opened = await social.post<FollowUpRoundOpened>('/api/follow-up-rounds', {
    periodStart: '2026-10-01',
    periodEnd: '2027-03-31',
    deadline: '2027-04-26',
    entrepreneurIds: [business.id],
    rates: [{ currency: 'JPY', bahtPerUnit: 0.23 }],
  });
  if (opened.status !== 201) throw new Error(`opening the round: ${JSON.stringify(opened.body)}`);
  round = opened.body.round;
  // The business reports (by phone, entered by the officer) an order partly in US dollars, a
  // currency the round was opened without.
  const answered = await social.post<FollowUpForm>(`/api/follow-up-rounds/${round.id}/answers`, {
    entrepreneurId: business.id,
    answer: 'reported',
    items: [
      {
        kind: 'order',
        buyer: { partnerId: seoul.id, buyerName: 'Lee Ji-ho', buyerLanguage: 'ko' },
        occurredOn: '2027-02-10',
        orderLines: [
          { productId: chili.paste.id, quantity: 120, unit: 'jar', value: 30000, currency: 'JPY' },
          { productId: chili.mango.id, quantity: 50, unit: 'kg', value: 200, currency: 'USD' },
        ],
      },
    ],
  });
  if (answered.status !== 201) throw new Error(`answering: ${JSON.stringify(answered.body)}`);
});

afterAll(() => t.close());

describe("an open round's exchange rates", () => {
  it('corrects a rate and adds the currency an answer brought: the figures in baht follow, audited', async () => {
    const before = await readRound();
    expect(before.figures.current.totals).toMatchObject({
      valueBaht: 6900,
      unconverted: [{ currency: 'USD', value: 200 }],
    });

    const changed = await social.put<FollowUpRoundDetail>(ratesPath(), {
      version: before.version,
      rates: [
        { currency: 'jpy', bahtPerUnit: 0.25 },
        { currency: 'USD', bahtPerUnit: 35 },
      ],
    });

    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(before.version + 1);
    expect(changed.body.rates).toEqual([
      { currency: 'JPY', bahtPerUnit: 0.25 },
      { currency: 'USD', bahtPerUnit: 35 },
    ]);
    // 30,000 yen at 0.25 and 200 dollars at 35: nothing is left unconverted.
    expect(changed.body.figures.current.totals).toMatchObject({ valueBaht: 14500, unconverted: [] });
    const mango = changed.body.figures.current.orders.find((order) => order.product.id === chili.mango.id);
    expect(mango?.valueBaht).toBe(7000);
    expect((await readRound()).figures.current.totals.valueBaht).toBe(14500);
    expect(await rateChanges()).toEqual([
      {
        before: { rates: [{ currency: 'JPY', bahtPerUnit: 0.23 }] },
        after: {
          rates: [
            { currency: 'JPY', bahtPerUnit: 0.25 },
            { currency: 'USD', bahtPerUnit: 35 },
          ],
        },
      },
    ]);
  });

  it('refuses a stale version, a code not of ISO 4217, baht, a currency twice and a rate not above zero, writing nothing', async () => {
    const before = await readRound();
    const auditsBefore = (await rateChanges()).length;

    const stale = await social.put<ErrorResponse>(ratesPath(), {
      version: before.version - 1,
      rates: [{ currency: 'JPY', bahtPerUnit: 0.3 }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');

    const refusals: { rates: unknown[]; path: string; message: RegExp }[] = [
      {
        rates: [{ currency: 'XYZ', bahtPerUnit: 2 }],
        path: 'rates.0.currency',
        message: /ISO 4217/,
      },
      { rates: [{ currency: 'THB', bahtPerUnit: 1 }], path: 'rates.0.currency', message: /baht/i },
      {
        rates: [
          { currency: 'USD', bahtPerUnit: 35 },
          { currency: 'usd', bahtPerUnit: 36 },
        ],
        path: 'rates.1.currency',
        message: /has a rate already/,
      },
      { rates: [{ currency: 'USD', bahtPerUnit: -35 }], path: 'rates.0.bahtPerUnit', message: /more than 0/ },
      { rates: [{ currency: 'USD', bahtPerUnit: 0 }], path: 'rates.0.bahtPerUnit', message: /more than 0/ },
    ];
    for (const refusal of refusals) {
      const answer = await social.put<ErrorResponse>(ratesPath(), {
        version: before.version,
        rates: refusal.rates,
      });
      expect(answer.status, JSON.stringify(refusal.rates)).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
      expect(answer.body.error.fields?.map((field) => field.path)).toEqual([refusal.path]);
      expect(answer.body.error.fields?.[0]?.message).toMatch(refusal.message);
    }

    const after = await readRound();
    expect(after.version).toBe(before.version);
    expect(after.rates).toEqual(before.rates);
    expect(after.figures.current.totals.valueBaht).toBe(before.figures.current.totals.valueBaht);
    expect(await rateChanges()).toHaveLength(auditsBefore);
  });

  it('lets only those who run the rounds change the rates', async () => {
    const { version, rates } = await readRound();
    const iao = await t.signInAs('iao_officer', { locale: 'en' });
    const executive = await t.signInAs('executive', { locale: 'en' });
    const entrepreneur = await t.signInAs('entrepreneur', { scopeId: chili.business.id });
    for (const reader of [iao, executive, entrepreneur]) {
      const answer = await reader.put<ErrorResponse>(ratesPath(), {
        version,
        rates: [{ currency: 'JPY', bahtPerUnit: 1 }],
      });
      expect(answer.status).toBe(403);
    }
    expect((await t.anonymous().put(ratesPath(), { version, rates: [] })).status).toBe(401);
    expect((await readRound()).rates).toEqual(rates);
  });
});

describe("a closed round's exchange rates", () => {
  it('stay as the round closed with them: a change is refused with a translated 409, and nothing is written', async () => {
    const open = await readRound();
    const closed = await social.post<FollowUpRoundDetail>(`/api/follow-up-rounds/${round.id}/close`, {
      version: open.version,
    });
    expect(closed.status).toBe(200);
    const auditsBefore = (await rateChanges()).length;

    const refused = await social.put<ErrorResponse>(ratesPath(), {
      version: closed.body.version,
      rates: [{ currency: 'JPY', bahtPerUnit: 0.3 }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('rates_frozen');
    expect(refused.body.error.message).toMatch(/closed/i);
    const thaiOfficer = await t.signInAs('social_development_officer', { locale: 'th' });
    const thai = await thaiOfficer.put<ErrorResponse>(ratesPath(), {
      version: closed.body.version,
      rates: [],
    });
    expect(thai.status).toBe(409);
    expect(thai.body.error.message).toContain('ปิดแล้ว');

    const after = await readRound();
    expect(after.version).toBe(closed.body.version);
    expect(after.rates).toEqual(closed.body.rates);
    expect(after.figures.frozen?.totals.valueBaht).toBe(14500);
    expect(after.figures.current.totals.valueBaht).toBe(14500);
    expect(await rateChanges()).toHaveLength(auditsBefore);
  });
});

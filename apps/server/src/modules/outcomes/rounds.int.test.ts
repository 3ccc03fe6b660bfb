/**
 * Follow-up rounds over HTTP and real SQL: a round opened for the half-year with its mail counted,
 * answers from a signed-in entrepreneur, a single-use link and an officer on the business's behalf,
 * "nothing new", the reminders 7 and 2 days before the deadline, closing and its frozen figures, an
 * amendment afterwards, the refusals (a link used, replaced or of a closed round; a form after the
 * round closed; bad items) with nothing written, the IAO's workbook read back, and who may do what.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Deal,
  DealEntryChange,
  EntrepreneurDetail,
  ErrorResponse,
  FollowUpForm,
  FollowUpRoundDefaults,
  FollowUpRoundDetail,
  FollowUpRoundList,
  FollowUpRoundOpened,
  OwnFollowUpRoundList,
  PartnerSummary,
  Product,
} from '@bia/contracts';
import { createMailer } from '../mail/index.ts';
import { rowsOf } from '../../db/client.ts';
import { loadExcelJs } from '../../shared/lazy-packages.ts';
import { createLogger } from '../../shared/logger.ts';
import { buildBusiness, buildListedProduct } from '../../testing/catalogue.ts';
import { docxParts } from '../../testing/document-files.ts';
import {
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
} from '../../testing/programme.ts';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { dealEntries, deals } from './outcomes.schema.ts';
import { createFollowUpReminders } from './rounds.reminders.ts';

/** 5 April 2027, 10:00 in Bangkok: the half-year October 2026 – March 2027 (FY2570) has just ended. */
const OPENING = '2027-04-05T03:00:00Z';
const DEADLINE = '2027-04-26';
/** 19 April: seven days before the deadline. */
const WEEK_BEFORE = '2027-04-19T02:00:00Z';
/** 24 April: two days before. */
const TWO_DAYS_BEFORE = '2027-04-24T02:00:00Z';
/** 28 April: after the deadline, the round is closed. */
const CLOSING = '2027-04-28T03:00:00Z';

const held = (day: string) => ({
  startsAt: `${day}T06:00:00Z`,
  endsAt: `${day}T08:00:00Z`,
  isAlreadyHeld: true,
});

let t: TestApp;
let seoul: PartnerSummary;
let fukuoka: PartnerSummary;
let social: TestClient;
let iao: TestClient;
let executive: TestClient;
/** The chili kitchen: an entrepreneur account, and an address of its own (both mailed). */
let chili: { business: EntrepreneurDetail; paste: Product; mango: Product; owner: TestClient };
/** The tea house: no account, its address only (the single-use link). */
let tea: { business: EntrepreneurDetail; product: Product };
/** The rice mill: an account whose address is the business's own (mailed once, behind sign-in). */
let rice: { business: EntrepreneurDetail; product: Product; owner: TestClient };
/** The soap maker: its address only, and it never answers. */
let soap: EntrepreneurDetail;
/** The weaver: no address, no account: mail cannot reach it. */
let weaver: EntrepreneurDetail;
/** A business that presented at no session. */
let absent: EntrepreneurDetail;

/** Moves the day on; staff sign in again (a session lapses after hours idle). */
async function dayOf(moment: string) {
  t.clock.set(moment);
  social = await t.signInAs('social_development_officer', { locale: 'en' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
  executive = await t.signInAs('executive', { locale: 'en' });
}

const reminders = () =>
  createFollowUpReminders({
    db: t.db,
    clock: t.clock,
    publicUrl: TEST_ORIGIN,
    mailer: createMailer({
      db: t.db,
      from: 'platform@test.bia.invalid',
      transport: null,
      logger: createLogger('silent'),
    }),
  });

/** The token of the latest single-use link mailed to an address. */
async function latestLink(address: string): Promise<string> {
  const mail = (await t.outbox()).filter((message) => message.toAddress === address).at(-1);
  const token = /\/follow-up\/link\/([A-Za-z0-9_-]+)/.exec(mail?.textBody ?? '')?.[1];
  if (!token) throw new Error(`no link mailed to ${address}`);
  return token;
}

async function dealsOf(entrepreneurId: string) {
  return t.db.select().from(deals).where(eq(deals.entrepreneurId, entrepreneurId));
}

async function readRound(client: TestClient, id: string): Promise<FollowUpRoundDetail> {
  const answer = await client.get<FollowUpRoundDetail>(`/api/follow-up-rounds/${id}`);
  if (answer.status !== 200) throw new Error(`reading the round: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const askedOf = (round: FollowUpRoundDetail, business: { id: string }) => {
  const row = round.businesses.find((candidate) => candidate.business.id === business.id);
  if (!row) throw new Error(`${business.id} not in the round`);
  return row;
};

beforeAll(async () => {
  t = await createTestApp({ now: OPENING });
  const planner = await t.signInAs('iao_officer', { locale: 'en' });
  social = await t.signInAs('social_development_officer', { locale: 'en' });
  iao = planner;
  executive = await t.signInAs('executive', { locale: 'en' });
  await buildProgramme(planner, { fiscalYear: 2570 });
  seoul = await partnerNamed(planner, 'Seoul');
  fukuoka = await partnerNamed(planner, 'Fukuoka Prefecture');
  await chooseCity(planner, 2570, seoul.id);
  await chooseCity(planner, 2570, fukuoka.id);
  const seoulSession = await buildSession(planner, 2570, [seoul.id], {
    title: 'Bangkok Brand × Seoul buyers',
    round: 1,
    ...held('2026-12-14'),
  });
  const fukuokaSession = await buildSession(planner, 2570, [fukuoka.id], { round: 2, ...held('2027-01-13') });

  const business = (th: string, en: string, email: string | null) =>
    buildBusiness(social, { name: { th, en }, email });
  const chiliBusiness = await business('ครัวน้ำพริกแม่ศรี', "Mae Sri's Chili Kitchen", 'maesri@example.com');
  chili = {
    business: chiliBusiness,
    paste: await buildListedProduct(social, chiliBusiness.id, {
      name: { th: 'น้ำพริกเผา', en: 'Chili paste' },
    }),
    mango: await buildListedProduct(social, chiliBusiness.id, {
      name: { th: 'มะม่วงอบแห้ง', en: 'Dried mango' },
    }),
    owner: await t.signInAs('entrepreneur', {
      scopeId: chiliBusiness.id,
      email: 'owner@maesri.example',
      locale: 'en',
    }),
  };
  const teaBusiness = await business('ชาไทยบ้านสวน', 'Baan Suan Thai Tea', 'tea@example.com');
  tea = {
    business: teaBusiness,
    product: await buildListedProduct(social, teaBusiness.id, { name: { th: 'ชาไทย', en: 'Thai tea' } }),
  };
  const riceBusiness = await business('โรงสีข้าวหอม', 'Hom Rice Mill', 'rice@example.com');
  rice = {
    business: riceBusiness,
    product: await buildListedProduct(social, riceBusiness.id, {
      name: { th: 'ข้าวหอมมะลิ', en: 'Jasmine rice' },
    }),
    owner: await t.signInAs('entrepreneur', {
      scopeId: riceBusiness.id,
      email: 'rice@example.com',
      locale: 'en',
    }),
  };
  soap = await business('สบู่สมุนไพร', 'Herbal Soap', 'soap@example.com');
  weaver = await business('ผ้าทอมือ', 'Handwoven Cloth', null);
  absent = await business('ไม่ได้นำเสนอ', 'Never Presented', 'absent@example.com');
  const soapProduct = await buildListedProduct(social, soap.id);
  const weaverProduct = await buildListedProduct(social, weaver.id);
  await buildListedProduct(social, absent.id);

  await presentBusiness(social, seoulSession.id, chili.business.id, [chili.paste.id, chili.mango.id]);
  await presentBusiness(social, seoulSession.id, tea.business.id, [tea.product.id]);
  await presentBusiness(social, fukuokaSession.id, rice.business.id, [rice.product.id]);
  await presentBusiness(social, fukuokaSession.id, soap.id, [soapProduct.id]);
  await presentBusiness(social, fukuokaSession.id, weaver.id, [weaverProduct.id]);
});

afterAll(() => t.close());

describe('a follow-up round from opening to amendment', () => {
  let round: FollowUpRoundDetail;
  let chiliOrder: { dealId: string; entryId: string };

  it('proposes the half-year just ended, a deadline in three weeks, and the businesses that presented', async () => {
    const defaults = await social.get<FollowUpRoundDefaults>('/api/follow-up-rounds/defaults');
    expect(defaults.status).toBe(200);
    expect(defaults.body).toMatchObject({
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      deadline: DEADLINE,
      fiscalYears: [2569, 2570],
    });
    const ids = defaults.body.businesses.map((row) => row.business.id);
    expect(new Set(ids)).toEqual(
      new Set([chili.business.id, tea.business.id, rice.business.id, soap.id, weaver.id]),
    );
    expect(ids).not.toContain(absent.id);
    const weaverRow = defaults.body.businesses.find((row) => row.business.id === weaver.id);
    expect(weaverRow).toMatchObject({ isReachable: false, accountCount: 0 });
    expect(defaults.body.businesses.find((row) => row.business.id === chili.business.id)).toMatchObject({
      isReachable: true,
      accountCount: 1,
      sessions: [expect.objectContaining({ title: 'Bangkok Brand × Seoul buyers', heldOn: '2026-12-14' })],
    });
  });

  it('refuses a deadline gone by or a rate for baht, with nothing written', async () => {
    const base = {
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      deadline: DEADLINE,
      entrepreneurIds: [chili.business.id],
    };
    const past = await social.post<ErrorResponse>('/api/follow-up-rounds', {
      ...base,
      deadline: '2027-04-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toEqual([expect.objectContaining({ path: 'deadline' })]);
    expect(past.body.error.fields?.[0]?.message).toMatch(/deadline has passed/i);
    const baht = await social.post<ErrorResponse>('/api/follow-up-rounds', {
      ...base,
      rates: [{ currency: 'THB', bahtPerUnit: 1 }],
    });
    expect(baht.status).toBe(400);
    expect(baht.body.error.fields?.map((field) => field.path)).toEqual(['rates.0.currency']);
    const notIso = await social.post<ErrorResponse>('/api/follow-up-rounds', {
      ...base,
      rates: [{ currency: 'XYZ', bahtPerUnit: 2 }],
    });
    expect(notIso.status).toBe(400);
    const list = await social.get<FollowUpRoundList>('/api/follow-up-rounds');
    expect(list.body.items).toEqual([]);
    expect(await t.outbox()).toHaveLength(0);
  });

  it('opens the round and mails each business truthfully: accounts behind sign-in, addresses a single-use link', async () => {
    const opened = await social.post<FollowUpRoundOpened>('/api/follow-up-rounds', {
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      deadline: DEADLINE,
      entrepreneurIds: [chili.business.id, tea.business.id, rice.business.id, soap.id, weaver.id],
      rates: [
        { currency: 'jpy', bahtPerUnit: 0.23 },
        { currency: 'KRW', bahtPerUnit: 0.026 },
      ],
    });
    expect(opened.status).toBe(201);
    round = opened.body.round;
    // Chili: its owner's account and its own address; tea and soap: their address; rice: its account
    // (whose address is the business's own) once; the weaver: nobody.
    expect(opened.body.mail).toEqual({ outbox: 5, sent: 0, failed: 0, unreachable: 1 });
    expect(round).toMatchObject({ status: 'open', businessCount: 5, answeredCount: 0, canManage: true });
    expect(round.rates).toEqual([
      { currency: 'JPY', bahtPerUnit: 0.23 },
      { currency: 'KRW', bahtPerUnit: 0.026 },
    ]);
    const outbox = await t.outbox();
    expect(outbox.map((mail) => mail.toAddress).sort()).toEqual(
      [
        'maesri@example.com',
        'owner@maesri.example',
        'rice@example.com',
        'soap@example.com',
        'tea@example.com',
      ].sort(),
    );
    const owners = outbox.find((mail) => mail.toAddress === 'owner@maesri.example');
    expect(owners?.textBody).toContain(`${TEST_ORIGIN}/follow-up/${round.id}?business=${chili.business.id}`);
    expect(owners?.textBody).not.toContain('/follow-up/link/');
    const teaMail = outbox.find((mail) => mail.toAddress === 'tea@example.com');
    expect(teaMail?.subject).toContain('ชาไทยบ้านสวน');
    expect(teaMail?.textBody).toMatch(/\/follow-up\/link\/[A-Za-z0-9_-]{20,}/);
    expect(askedOf(round, weaver).invitedAt).toBeNull();
    expect(askedOf(round, tea.business).invitedAt).not.toBeNull();

    const again = await social.post<ErrorResponse>('/api/follow-up-rounds', {
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      deadline: DEADLINE,
      entrepreneurIds: [chili.business.id],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('round_exists');
  });

  it('shows a signed-in entrepreneur what is on record, and records their orders as theirs, in the round', async () => {
    const form = await chili.owner.get<FollowUpForm>(`/api/follow-up-rounds/${round.id}/form`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ answeringAs: 'entrepreneur', answer: null });
    expect(form.body.sessions.map((session) => session.title)).toEqual(['Bangkok Brand × Seoul buyers']);
    expect(form.body.products.map((product) => product.name).sort()).toEqual(['Chili paste', 'Dried mango']);
    expect(form.body.cities.map((city) => city.id)).toEqual([seoul.id]);

    const answered = await chili.owner.post<FollowUpForm>(`/api/follow-up-rounds/${round.id}/answers`, {
      entrepreneurId: chili.business.id,
      answer: 'reported',
      items: [
        {
          kind: 'order',
          buyer: {
            partnerId: seoul.id,
            buyerName: 'Lee Ji-ho',
            buyerOrganisation: 'Han River Foods',
            buyerLanguage: 'ko',
          },
          occurredOn: '2027-02-10',
          orderLines: [
            { productId: chili.paste.id, quantity: 120, unit: 'jar', value: 30000, currency: 'JPY' },
            { productId: chili.mango.id, quantity: 50, unit: 'kg', value: 10000, currency: 'THB' },
          ],
        },
      ],
    });
    expect(answered.status).toBe(201);
    expect(answered.body.answer).toMatchObject({ answer: 'reported', answeredAs: 'entrepreneur' });
    expect(answered.body.reported).toEqual([
      expect.objectContaining({ kind: 'order', buyerName: 'Lee Ji-ho', occurredOn: '2027-02-10' }),
    ]);
    const [deal] = await dealsOf(chili.business.id);
    const [entry] = await t.db
      .select()
      .from(dealEntries)
      .where(eq(dealEntries.dealId, deal?.id ?? ''));
    expect(entry).toMatchObject({ roundId: round.id, recordedAs: 'entrepreneur', kind: 'order' });
    expect(entry?.recordedBy).toBe(chili.owner.session?.user?.id);
    chiliOrder = { dealId: deal?.id ?? '', entryId: entry?.id ?? '' };

    const twice = await chili.owner.post<ErrorResponse>(`/api/follow-up-rounds/${round.id}/answers`, {
      entrepreneurId: chili.business.id,
      answer: 'nothing_new',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_answered');
    const others = await chili.owner.post<ErrorResponse>(`/api/follow-up-rounds/${round.id}/answers`, {
      entrepreneurId: tea.business.id,
      answer: 'nothing_new',
    });
    expect(others.status).toBe(403);
    expect(others.body.error.code).toBe('not_your_business');
    const mine = await chili.owner.get<OwnFollowUpRoundList>('/api/my-follow-up-rounds');
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        round: expect.objectContaining({ id: round.id, deadline: round.deadline, status: 'open' }),
        business: { id: chili.business.id, name: "Mae Sri's Chili Kitchen" },
        answer: expect.objectContaining({ answer: 'reported', answeredAs: 'entrepreneur' }),
        reportedCounts: { contacts: 0, orders: 1 },
      }),
    ]);
  });

  it('reminds those who have not answered a week before the deadline, once', async () => {
    await dayOf(WEEK_BEFORE);
    const first = await reminders().sendDue();
    // Tea and soap by a new link each, rice behind sign-in; the weaver cannot be reached.
    expect(first.reminded).toEqual({ week_before: 3, two_days_before: 0 });
    expect(first.mail).toEqual({ outbox: 3, sent: 0, failed: 0 });
    const second = await reminders().sendDue();
    expect(second.reminded).toEqual({ week_before: 0, two_days_before: 0 });
    const live = await readRound(social, round.id);
    expect(askedOf(live, tea.business).remindedWeekBeforeAt).not.toBeNull();
    expect(askedOf(live, chili.business).remindedWeekBeforeAt).toBeNull();
  });

  it('answers from the latest single-use link once; the replaced link and a second use are refused', async () => {
    const outbox = await t.outbox();
    const firstMail = outbox.find((mail) => mail.toAddress === 'tea@example.com');
    const replaced = /\/follow-up\/link\/([A-Za-z0-9_-]+)/.exec(firstMail?.textBody ?? '')?.[1] ?? '';
    const token = await latestLink('tea@example.com');
    expect(token).not.toBe(replaced);
    const public_ = t.anonymous();
    const old = await public_.get<ErrorResponse>(`/api/public/follow-up/${replaced}`);
    expect(old.status).toBe(404);
    expect(old.body.error.code).toBe('link_not_found');

    const form = await public_.get<FollowUpForm>(`/api/public/follow-up/${token}`, {
      'accept-language': 'th',
    });
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ answeringAs: 'link', business: { name: 'ชาไทยบ้านสวน' } });

    // A product of another business: refused at its field, and nothing is written.
    const wrong = await public_.post<ErrorResponse>(`/api/public/follow-up/${token}/answer`, {
      answer: 'reported',
      items: [
        {
          kind: 'contact',
          buyer: { partnerId: seoul.id, buyerName: 'Park Seo-jun' },
          occurredOn: '2027-03-02',
          contactDirection: 'business_to_buyer',
          contactChannel: 'call',
        },
        {
          kind: 'order',
          buyer: { partnerId: seoul.id, buyerName: 'Park Seo-jun' },
          occurredOn: '2027-03-20',
          orderLines: [{ productId: chili.paste.id, quantity: 10, unit: 'jar' }],
        },
      ],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields?.map((field) => field.path)).toEqual(['items.1.orderLines.0.productId']);
    expect(await dealsOf(tea.business.id)).toHaveLength(0);

    const before = await public_.post<ErrorResponse>(`/api/public/follow-up/${token}/answer`, {
      answer: 'reported',
      items: [
        {
          kind: 'contact',
          buyer: { partnerId: seoul.id, buyerName: 'Park Seo-jun' },
          occurredOn: '2026-09-15',
          contactDirection: 'business_to_buyer',
          contactChannel: 'call',
        },
      ],
    });
    expect(before.status).toBe(400);
    expect(before.body.error.fields?.map((field) => field.path)).toEqual(['items.0.occurredOn']);

    const answered = await public_.post<FollowUpForm>(`/api/public/follow-up/${token}/answer`, {
      answer: 'reported',
      items: [
        {
          kind: 'contact',
          buyer: { partnerId: seoul.id, buyerName: 'Park Seo-jun', buyerOrganisation: 'Seoul Tea Co.' },
          occurredOn: '2027-03-02',
          contactDirection: 'business_to_buyer',
          contactChannel: 'call',
        },
      ],
    });
    expect(answered.status).toBe(201);
    expect(answered.body.answer).toMatchObject({ answer: 'reported', answeredAs: 'link' });
    const [deal] = await dealsOf(tea.business.id);
    expect(deal?.createdBy).toBeNull();
    const [entry] = await t.db
      .select()
      .from(dealEntries)
      .where(eq(dealEntries.dealId, deal?.id ?? ''));
    // Recorded by the business itself, through no account.
    expect(entry).toMatchObject({ roundId: round.id, recordedAs: 'entrepreneur', recordedBy: null });

    const used = await public_.get<ErrorResponse>(`/api/public/follow-up/${token}`, {
      'accept-language': 'th',
    });
    expect(used.status).toBe(410);
    expect(used.body.error.code).toBe('link_used');
    expect(used.body.error.message).toContain('ใช้ได้ครั้งเดียว');
    const reused = await public_.post<ErrorResponse>(`/api/public/follow-up/${token}/answer`, {
      answer: 'nothing_new',
    });
    expect(reused.status).toBe(410);
    expect(await dealsOf(tea.business.id)).toHaveLength(1);
  });

  it('reminds again two days before the deadline only those still silent', async () => {
    await dayOf(TWO_DAYS_BEFORE);
    const run = await reminders().sendDue();
    expect(run.reminded).toEqual({ week_before: 0, two_days_before: 2 });
    expect((await reminders().sendDue()).reminded.two_days_before).toBe(0);
    const live = await readRound(social, round.id);
    expect(askedOf(live, rice.business).remindedTwoDaysBeforeAt).not.toBeNull();
    expect(askedOf(live, soap).remindedTwoDaysBeforeAt).not.toBeNull();
    expect(askedOf(live, tea.business).remindedTwoDaysBeforeAt).toBeNull();
  });

  it('lets Social Development enter "nothing new" on a business’s behalf, marked as entered by staff', async () => {
    const form = await social.get<FollowUpForm>(
      `/api/follow-up-rounds/${round.id}/form?entrepreneurId=${rice.business.id}`,
    );
    expect(form.body.answeringAs).toBe('staff');
    const entered = await social.post<FollowUpForm>(`/api/follow-up-rounds/${round.id}/answers`, {
      entrepreneurId: rice.business.id,
      answer: 'nothing_new',
    });
    expect(entered.status).toBe(201);
    const live = await readRound(iao, round.id);
    expect(askedOf(live, rice.business)).toMatchObject({
      answer: 'nothing_new',
      answeredAs: 'staff',
      answeredBy: social.session?.user?.displayName,
    });
    expect(askedOf(live, chili.business)).toMatchObject({ answeredAs: 'entrepreneur', entryCount: 1 });
    expect(askedOf(live, tea.business)).toMatchObject({ answeredAs: 'link', answeredBy: null });
    expect(askedOf(live, soap).answer).toBeNull();
    expect(live).toMatchObject({ answeredCount: 3, reportedCount: 2, nothingNewCount: 1 });
    // Live figures: the chili order at the round's rate, the tea house's contact.
    expect(live.figures.frozen).toBeNull();
    expect(live.figures.current.totals).toMatchObject({ orderLines: 2, valueBaht: 16900, businesses: 2 });
    expect(live.figures.current.contacts).toMatchObject({
      total: 1,
      byCity: [{ city: { id: seoul.id }, count: 1 }],
    });
  });

  it('closes the round at the version loaded, freezing its figures', async () => {
    await dayOf(CLOSING);
    const live = await readRound(social, round.id);
    const refused = await executive.post<ErrorResponse>(`/api/follow-up-rounds/${round.id}/close`, {
      version: live.version,
    });
    expect(refused.status).toBe(403);
    const stale = await social.post<ErrorResponse>(`/api/follow-up-rounds/${round.id}/close`, {
      version: live.version + 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
    const closed = await social.post<FollowUpRoundDetail>(`/api/follow-up-rounds/${round.id}/close`, {
      version: live.version,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.figures.frozen).toEqual(closed.body.figures.current);
    round = closed.body;
  });

  it('refuses a form sent after the round closed, from a link or signed in, and writes nothing', async () => {
    const token = await latestLink('soap@example.com');
    const viaLink = await t.anonymous().post<ErrorResponse>(`/api/public/follow-up/${token}/answer`, {
      answer: 'nothing_new',
    });
    expect(viaLink.status).toBe(410);
    expect(viaLink.body.error.code).toBe('link_closed');
    const opened = await t.anonymous().get<ErrorResponse>(`/api/public/follow-up/${token}`);
    expect(opened.body.error.code).toBe('link_closed');
    const staff = await social.post<ErrorResponse>(`/api/follow-up-rounds/${round.id}/answers`, {
      entrepreneurId: soap.id,
      answer: 'reported',
      items: [
        {
          kind: 'contact',
          buyer: { partnerId: fukuoka.id, buyerName: 'Sato Ken' },
          occurredOn: '2027-03-01',
          contactDirection: 'buyer_to_business',
          contactChannel: 'email',
        },
      ],
    });
    expect(staff.status).toBe(409);
    expect(staff.body.error.code).toBe('round_closed');
    expect(await dealsOf(soap.id)).toHaveLength(0);
    expect(askedOf(await readRound(social, round.id), soap).answer).toBeNull();
  });

  it('keeps a later correction as an amendment: the round shows frozen and amended figures', async () => {
    t.clock.advance(60 * 60 * 1000);
    const deal = (await social.get<Deal>(`/api/deals/${chiliOrder.dealId}`)).body;
    const entry = deal.entries.find((candidate) => candidate.id === chiliOrder.entryId);
    const amended = await social.patch<DealEntryChange>(
      `/api/deals/${chiliOrder.dealId}/entries/${chiliOrder.entryId}`,
      {
        version: entry?.version,
        entry: {
          kind: 'order',
          occurredOn: '2027-02-10',
          orderLines: [
            {
              productId: chili.paste.id,
              quantity: 100,
              unit: 'jar',
              value: 25000,
              currency: 'JPY',
              orderedOn: '2027-02-10',
            },
            {
              productId: chili.mango.id,
              quantity: 50,
              unit: 'kg',
              value: 10000,
              currency: 'THB',
              orderedOn: '2027-02-10',
            },
          ],
        },
      },
    );
    expect(amended.status).toBe(200);
    expect(amended.body.isAmendment).toBe(true);

    const live = await readRound(iao, round.id);
    const paste = (figures: typeof live.figures.current | null) =>
      figures?.orders.find((order) => order.product.id === chili.paste.id);
    expect(paste(live.figures.frozen)).toMatchObject({ quantity: 120, valueBaht: 6900 });
    expect(paste(live.figures.current)).toMatchObject({ quantity: 100, valueBaht: 5750 });
    expect(live.figures.amendments).toEqual([
      expect.objectContaining({
        amendsEntryId: chiliOrder.entryId,
        business: { id: chili.business.id, name: "Mae Sri's Chili Kitchen" },
      }),
    ]);
    // The business's own list counts the order once: the amendment, not what it replaced (signed in
    // afresh: the days the clock moved on ended the first session).
    const owner = await t.signInAs('entrepreneur', { email: 'owner@maesri.example' });
    const mine = await owner.get<OwnFollowUpRoundList>('/api/my-follow-up-rounds');
    expect(mine.body.items.map((item) => [item.round.status, item.reportedCounts])).toEqual([
      ['closed', { contacts: 0, orders: 1 }],
    ]);
  });

  it("exports the IAO's workbook in the seed's form: city, products, quantity ordered, and contacts", async () => {
    const file = await iao.get(`/api/follow-up-rounds/${round.id}/export.xlsx?lang=en`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(file.headers.get('content-disposition')).toContain(
      'follow-up-round-2026-10-01-2027-03-31-en.xlsx',
    );
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    await workbook.xlsx.load(file.bytes.slice().buffer);
    const orders = workbook.getWorksheet('Orders');
    const rows = orders?.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows.findIndex((row) => row.includes('Quantity ordered'));
    expect(rows[header]?.slice(1, 8)).toEqual([
      'No.',
      'City',
      'Product',
      'Business',
      'Quantity ordered',
      'Unit',
      'Value (THB)',
    ]);
    const lines = rows.slice(header + 1).map((row) => row.slice(2, 8));
    // The frozen figures, not the amendment made since.
    expect(lines).toEqual([
      ['Seoul', 'Chili paste', "Mae Sri's Chili Kitchen", 120, 'jar', 6900],
      ['Seoul', 'Dried mango', "Mae Sri's Chili Kitchen", 50, 'kg', 10000],
    ]);
    const contacts = workbook.getWorksheet('Contacts')?.getSheetValues().filter(Boolean) as unknown[][];
    expect(contacts.some((row) => row[2] === 'Seoul' && row[3] === 1)).toBe(true);
  });

  it('writes the short Thai report as DOCX and PDF', async () => {
    const docx = await iao.get(`/api/follow-up-rounds/${round.id}/report.docx`);
    expect(docx.status).toBe(200);
    const text = docxParts(docx.bytes)['word/document.xml'] ?? '';
    expect(text).toContain('รายงานผลการติดตามการติดต่อและการสั่งซื้อผลิตภัณฑ์กรุงเทพมหานคร');
    expect(text).toContain('น้ำพริกเผา');
    const pdf = await executive.get(`/api/follow-up-rounds/${round.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('files every change under the round in the audit trail', async () => {
    const events = rowsOf<{ action: string; actor_user_id: string | null; after: { answeredAs?: string } }>(
      await t.db.execute(
        sql`select action, actor_user_id, after from audit_events
          where entity_type = 'follow_up_round' and entity_id = ${round.id}`,
      ),
    );
    expect(events.map((event) => event.action).sort()).toEqual([
      'follow_up_round.answer',
      'follow_up_round.answer',
      'follow_up_round.answer',
      'follow_up_round.close',
      'follow_up_round.open',
    ]);
    const byLink = events.find(
      (event) => event.action === 'follow_up_round.answer' && event.after.answeredAs === 'link',
    );
    expect(byLink?.actor_user_id).toBeNull();
  });
});

describe('who may do what with the rounds', () => {
  it('lets the IAO and executives read rounds, not open them; entrepreneurs only their own form', async () => {
    const partner = await t.signInAs('partner_coordinator', { scopeId: seoul.id });
    const entrepreneur = await t.signInAs('entrepreneur', { scopeId: tea.business.id });
    const [first] = (await executive.get<FollowUpRoundList>('/api/follow-up-rounds')).body.items;
    expect(first).toBeDefined();
    for (const reader of [iao, executive, social]) {
      expect((await reader.get(`/api/follow-up-rounds/${first?.id}`)).status).toBe(200);
    }
    for (const outsider of [entrepreneur, partner]) {
      expect((await outsider.get('/api/follow-up-rounds')).status).toBe(403);
      expect((await outsider.get(`/api/follow-up-rounds/${first?.id}`)).status).toBe(403);
      expect((await outsider.get(`/api/follow-up-rounds/${first?.id}/export.xlsx`)).status).toBe(403);
    }
    const opening = {
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      deadline: '2027-05-31',
      entrepreneurIds: [tea.business.id],
    };
    expect((await iao.post('/api/follow-up-rounds', opening)).status).toBe(403);
    expect((await executive.post('/api/follow-up-rounds', opening)).status).toBe(403);
    expect((await iao.get('/api/follow-up-rounds/defaults')).status).toBe(403);
    // An executive reads the round but answers for no business.
    const form = await executive.get<ErrorResponse>(
      `/api/follow-up-rounds/${first?.id}/form?entrepreneurId=${tea.business.id}`,
    );
    expect(form.status).toBe(403);
    // An entrepreneur sees the form of their business, not another's, and the rounds that asked it.
    expect((await entrepreneur.get(`/api/follow-up-rounds/${first?.id}/form`)).status).toBe(200);
    const own = await entrepreneur.get<OwnFollowUpRoundList>('/api/my-follow-up-rounds');
    expect(own.body.items).toEqual([
      expect.objectContaining({
        business: expect.objectContaining({ id: tea.business.id }),
        answer: expect.objectContaining({ answer: 'reported', answeredAs: 'link' }),
        reportedCounts: { contacts: 1, orders: 0 },
      }),
    ]);
    for (const outsider of [iao, partner, t.anonymous()]) {
      expect((await outsider.get('/api/my-follow-up-rounds')).status).not.toBe(200);
    }
    expect(
      (await entrepreneur.get(`/api/follow-up-rounds/${first?.id}/form?entrepreneurId=${chili.business.id}`))
        .status,
    ).toBe(403);
    expect((await t.anonymous().get('/api/follow-up-rounds')).status).toBe(401);
  });
});

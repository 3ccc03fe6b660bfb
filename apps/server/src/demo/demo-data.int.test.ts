import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type {
  CataloguePage,
  Deal,
  DealList,
  EntrepreneurDetail,
  EntrepreneurList,
  OwnSessionList,
  PartnerList,
  ProductList,
  OutcomeStatistics,
  FollowUpRoundDetail,
  FollowUpRoundList,
  OwnFollowUpRoundList,
  ProgrammeDetail,
  ProgrammeList,
  SessionDetail,
  SessionInfo,
  SessionRecord,
  SessionSummary,
  StrategyItemDetail,
  StrategyRoundDetail,
  StrategyRoundSummary,
} from '@bia/contracts';
import { rowsOf } from '../db/client.ts';
import { pdfText } from '../testing/document-files.ts';
import { buildProgramme } from '../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { DEMO_PASSWORD, SAMPLE_BUSINESS_ID, demoAccounts, loadDemoData } from './demo-data.ts';

/** Today in the tests: FY2570 began on 1 October 2026; FY2569 is the year before. */
const NOW = '2026-12-07T03:00:00Z';

/** The tables the demo writes to, counted to show that a second load adds nothing. */
const demoTables = [
  'users',
  'role_assignments',
  'liaison_officers',
  'entrepreneurs',
  'products',
  'product_certifications',
  'product_photos',
  'product_interests',
  'trade_programmes',
  'programme_steps',
  'working_group_members',
  'programme_cities',
  'programme_sessions',
  'session_cities',
  'session_entrepreneurs',
  'session_invitations',
  'session_participants',
  'session_interests',
  'session_contact_exchanges',
  'deals',
  'deal_entries',
  'deal_order_lines',
  'follow_up_rounds',
  'follow_up_rates',
  'follow_up_round_businesses',
  'strategy_rounds',
  'strategy_round_items',
  'strategy_submissions',
  'strategy_reviews',
] as const;

async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of demoTables) {
    const [row] = rowsOf<{ count: number }>(
      await t.db.execute(sql`select count(*)::int as count from ${sql.identifier(table)}`),
    );
    counts[table] = row?.count ?? 0;
  }
  return counts;
}

let t: TestApp;
let afterFirstLoad: Record<string, number>;
let afterSecondLoad: Record<string, number>;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  await loadDemoData(t.db, t.clock);
  afterFirstLoad = await rowCounts(t);
  await loadDemoData(t.db, t.clock);
  afterSecondLoad = await rowCounts(t);
});

afterAll(async () => {
  await t.close();
});

async function signInDemo(email: string): Promise<TestClient> {
  const client = t.anonymous();
  const signIn = await client.post<SessionInfo>('/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  expect(signIn.status, email).toBe(200);
  client.session = signIn.body;
  return client;
}

describe('demo mode', () => {
  it('signs in every demo account once, however often the demo data is loaded', async () => {
    for (const account of demoAccounts) {
      const client = await signInDemo(account.email);
      expect(client.session?.user?.roles.map((grant) => grant.role)).toEqual([account.role]);
    }
  });

  it('adds nothing when loaded a second time', () => {
    expect(afterFirstLoad.trade_programmes).toBeGreaterThan(0);
    expect(afterSecondLoad).toEqual(afterFirstLoad);
  });

  it("gives the demo partner coordinator Seoul's record and nothing else, without adding sample partners", async () => {
    const client = await signInDemo('coordinator@demo.bia.invalid');
    const list = await client.get<PartnerList>('/api/partners');
    expect(list.body.items.map((partner) => partner.nameEn)).toEqual(['Seoul']);
    const officer = await t.signInAs('iao_officer');
    const all = await officer.get<PartnerList>('/api/partners');
    expect(all.body.items.some((partner) => partner.isSample)).toBe(false);
  });

  it('gives the demo entrepreneur their sample business to keep, and shows sample products as samples', async () => {
    const client = await signInDemo('entrepreneur@demo.bia.invalid');
    const own = await client.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${SAMPLE_BUSINESS_ID}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ isSample: true, can: { edit: true, manage: false } });
    const officer = await signInDemo('social@demo.bia.invalid');
    const businesses = await officer.get<EntrepreneurList>('/api/catalogue/entrepreneurs?pageSize=100');
    expect(businesses.body.total).toBe(8);
    expect(businesses.body.items.every((business) => business.isSample)).toBe(true);
    const products = await officer.get<ProductList>('/api/catalogue/products?pageSize=100');
    expect(products.body.total).toBe(32);
    expect(products.body.items.every((product) => product.isSample)).toBe(true);
  });

  it('lists at least 24 sample products with a photo in the public catalogue, the photos served', async () => {
    const page = await t.anonymous().get<CataloguePage>('/api/public/catalogue/products?pageSize=60');
    expect(page.status).toBe(200);
    const withPhotos = page.body.items.filter((product) => product.photos.length > 0);
    expect(withPhotos.length).toBeGreaterThanOrEqual(24);
    expect(page.body.items.every((product) => product.isSample)).toBe(true);
    const [photo] = withPhotos[0]?.photos ?? [];
    const file = await t.anonymous().get(`/api/catalogue/photos/${photo?.id}/card`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/webp');
    const [{ sample } = { sample: 0 }] = rowsOf<{ sample: number }>(
      await t.db.execute(sql`select count(*)::int as sample from product_photos where is_sample`),
    );
    expect(sample).toBe(afterFirstLoad.product_photos);
  });

  it('shows the executive last year held and reported, and this year under way with a session to come', async () => {
    const executive = await signInDemo('executive@demo.bia.invalid');
    const list = await executive.get<ProgrammeList>('/api/programmes');
    expect(list.body.items.map((programme) => programme.fiscalYear)).toEqual([2569, 2570]);
    const [lastYear, thisYear] = list.body.items;
    expect(lastYear?.kpis).toMatchObject({ sessionsPlanned: 3, sessionsHeld: 3, reportsDelivered: 3 });
    expect(thisYear?.kpis.overdueSteps).toBe(0);

    const current = await executive.get<ProgrammeDetail>('/api/programmes/2570');
    expect(current.body.notes).toContain('ข้อมูลตัวอย่าง');
    const statuses = new Set(current.body.steps.map((step) => step.status));
    expect([...statuses].sort()).toEqual(['done', 'in_progress', 'not_started']);

    const sessions = await executive.get<{ items: SessionSummary[] }>('/api/programme-sessions');
    const held = sessions.body.items.filter((session) => session.status === 'held');
    expect(held.length).toBeGreaterThanOrEqual(2);
    for (const session of held) {
      expect(session.title).toContain('(ตัวอย่าง)');
      const record = await executive.get<SessionRecord>(`/api/programme-sessions/${session.id}/record`);
      expect(record.status).toBe(200);
      expect(record.body.businesses.every((item) => item.checkedInAt !== null)).toBe(true);
      expect(record.body.interests.some((interest) => interest.level === 'strong')).toBe(true);
      expect(record.body.contacts.length).toBeGreaterThan(0);
      expect(record.body.minutes).toContain('(ข้อมูลตัวอย่าง)');
      expect(record.body.reportDeliveredOn).not.toBeNull();
    }
    const report = await executive.get(`/api/programme-sessions/${held[0]?.id}/report.pdf?lang=en`);
    expect(report.status).toBe(200);
    expect(pdfText(report.bytes)).toContain('(sample)');

    const upcoming = sessions.body.items.filter(
      (session) => session.status === 'planned' && session.startsAt > NOW,
    );
    expect(upcoming.map((session) => session.fiscalYear)).toEqual([2570]);
    const detail = await executive.get<SessionDetail>(`/api/programme-sessions/${upcoming[0]?.id}`);
    // A time that suits Bangkok and every city: a work day, in office hours, on no public holiday.
    expect(detail.body.problems).toEqual([]);
    expect(detail.body.agenda.length).toBeGreaterThan(0);
    const registered = await executive.get<SessionRecord>(
      `/api/programme-sessions/${upcoming[0]?.id}/record`,
    );
    expect(registered.body.businesses).toHaveLength(3);
    expect(registered.body.participants.length).toBeGreaterThanOrEqual(3);
    for (const participant of registered.body.participants) {
      expect(participant.fullName).toContain('(sample)');
      expect(participant.email).toMatch(/@(example\.org|demo\.bia\.invalid)$/);
    }
  });

  it('shows the entrepreneur, the coordinator and the buyer their own sessions, held and to come', async () => {
    for (const email of ['entrepreneur@demo.bia.invalid', 'coordinator@demo.bia.invalid']) {
      const own = await (await signInDemo(email)).get<OwnSessionList>('/api/my-sessions');
      const statuses = own.body.items.map((session) => session.status);
      expect(statuses, email).toContain('planned');
      expect(statuses.filter((status) => status === 'held').length, email).toBeGreaterThanOrEqual(2);
    }
    const buyer = await (await signInDemo('buyer@demo.bia.invalid')).get<OwnSessionList>('/api/my-sessions');
    expect(buyer.body.items.map((session) => session.status)).toContain('planned');
  });

  it('shows Social Development a few dozen sample deals from the sessions, with orders, some confirmed', async () => {
    expect(afterFirstLoad.deals).toBeGreaterThanOrEqual(20);
    expect(afterFirstLoad.deal_order_lines).toBeGreaterThan(0);
    const [sample] = rowsOf<{ all: number; sample: number; fromSessions: number }>(
      await t.db.execute(sql`select count(*)::int as all, count(*) filter (where is_sample)::int as sample,
        count(*) filter (where session_id is not null)::int as "fromSessions" from deals`),
    );
    expect(sample?.sample).toBe(sample?.all);
    expect(sample?.fromSessions).toBeGreaterThan(0);
    const [future] = rowsOf<{ count: number }>(
      await t.db.execute(
        sql`select count(*)::int as count from deal_entries where occurred_on > '2026-12-07'`,
      ),
    );
    expect(future?.count).toBe(0);

    const social = await signInDemo('social@demo.bia.invalid');
    const figures = await social.get<OutcomeStatistics>('/api/outcomes/statistics?groupBy=city');
    expect(figures.status).toBe(200);
    const { totals } = figures.body;
    expect(totals.deals.total).toBe(afterFirstLoad.deals);
    expect(totals.contacts.atSession).toBeGreaterThan(0);
    expect(totals.contacts.confirmed).toBeGreaterThan(0);
    expect(totals.contacts.unconfirmed).toBeGreaterThan(0);
    expect(totals.orders.lines).toBe(afterFirstLoad.deal_order_lines);
    expect(totals.orders.valueBaht).toBeGreaterThan(0);
    expect(figures.body.groups.map((group) => group.label)).toContain('โซล');
    expect(totals.deals.byStage.map((stage) => stage.stage)).toEqual(
      expect.arrayContaining(['samples', 'negotiating', 'order', 'repeat_order', 'closed']),
    );
  });

  it('has a follow-up round for each half-year since its first session: earlier ones closed with rates and figures, the last one open', async () => {
    const social = await signInDemo('social@demo.bia.invalid');
    const rounds = await social.get<FollowUpRoundList>('/api/follow-up-rounds');
    expect(rounds.status).toBe(200);
    const [latest, ...earlier] = rounds.body.items;
    // On 7 December 2026 the half-year that ended last is April–September 2026.
    expect(latest).toMatchObject({ periodStart: '2026-04-01', periodEnd: '2026-09-30', status: 'open' });
    expect(latest?.answeredCount).toBeGreaterThan(0);
    expect(latest?.answeredCount).toBeLessThan(latest?.businessCount ?? 0);
    expect(earlier.length).toBeGreaterThan(0);
    for (const round of earlier) {
      expect(round.status).toBe('closed');
      expect(round.answeredCount).toBe(round.businessCount);
    }
    const closed = await social.get<FollowUpRoundDetail>(`/api/follow-up-rounds/${earlier[0]?.id}`);
    expect(closed.body.rates.map((rate) => rate.currency).sort()).toEqual(['CNY', 'JPY', 'KRW']);
    expect(closed.body.figures.frozen).not.toBeNull();

    // The statistics by round: the demo's orders fall in its rounds, not only in "no round".
    const figures = await social.get<OutcomeStatistics>('/api/outcomes/statistics?groupBy=round');
    expect(figures.body.groups.filter((group) => group.key !== null).length).toBeGreaterThan(1);

    // The demo entrepreneur finds the open round's form waiting.
    const owner = await signInDemo('entrepreneur@demo.bia.invalid');
    const own = await owner.get<OwnFollowUpRoundList>('/api/my-follow-up-rounds');
    expect(own.body.items.find((item) => item.round.id === latest?.id)?.answer).toBeNull();
    // What a closed round's "reported" answer reported is filed under that round.
    const reported = own.body.items.filter((item) => item.answer?.answer === 'reported');
    expect(reported.length).toBeGreaterThan(0);
    for (const item of reported) {
      expect(item.reportedCounts.contacts + item.reportedCounts.orders).toBeGreaterThan(0);
    }
  });

  it("shows the strategic plan's rounds as a year in use: last year's approved, this year's six months open", async () => {
    const executive = await signInDemo('executive@demo.bia.invalid');
    const list = await executive.get<{ items: StrategyRoundSummary[] }>('/api/strategy/rounds');
    expect(list.status).toBe(200);
    expect(list.body.items.map((round) => [round.fiscalYear, round.kind, round.status])).toEqual([
      [2570, 'six_month', 'open'],
      [2569, 'twelve_month', 'approved'],
      [2569, 'six_month', 'approved'],
    ]);
    const [open, twelveMonths, sixMonths] = list.body.items;
    for (const round of [twelveMonths, sixMonths]) {
      expect(round?.itemCount).toBeGreaterThan(30);
      expect(round?.acceptedCount).toBe(round?.itemCount);
    }
    const approved = await executive.get<StrategyRoundDetail>(`/api/strategy/rounds/${twelveMonths?.id}`);
    expect(approved.body.approvedBy).toBe('ผู้บริหาร (ตัวอย่าง)');
    expect(approved.body.items.every((item) => item.status === 'accepted')).toBe(true);
    // One report was corrected after approval and accepted again, what it replaced kept.
    const amended = approved.body.items.filter((item) => item.hasAmendment);
    expect(amended.map((item) => item.code)).toEqual(['3.2.1']);
    const item = await executive.get<StrategyItemDetail>(`/api/strategy/round-items/${amended[0]?.id}`);
    const lead = item.body.submissions.find((submission) => submission.role === 'lead');
    expect(lead?.reviews.map((review) => review.action)).toEqual(['accepted', 'amended', 'accepted']);
    expect(lead?.reviews[1]?.previous?.value).toBeLessThan(lead?.value ?? 0);
    expect(lead?.narrative).toContain('(ข้อมูลตัวอย่าง)');

    // The deadline in the round's last week: the units that have not reported are due soon.
    expect(open?.deadline).toBe('2026-12-13');
    const current = await executive.get<StrategyRoundDetail>(`/api/strategy/rounds/${open?.id}`);
    expect(new Set(current.body.items.map((entry) => entry.status))).toEqual(
      new Set(['not_started', 'draft', 'submitted', 'returned', 'accepted']),
    );
    expect(current.body.items.filter((entry) => entry.status === 'returned')).toHaveLength(1);
    expect(current.body.dueSoon.map((unit) => unit.unit.code)).toEqual(['04160000']);

    // The scorecard: last year some KPIs met their targets and some missed them; this year is under way.
    const scorecard = await executive.get<{ rows: { cells: { fiscalYear: number; status: string }[] }[] }>(
      '/api/strategy/scorecard',
    );
    const statusesOf = (year: number) =>
      new Set(
        scorecard.body.rows
          .flatMap((row) => row.cells.filter((cell) => cell.fiscalYear === year))
          .map((cell) => cell.status),
      );
    expect([...statusesOf(2569)]).toEqual(expect.arrayContaining(['on_track', 'missed']));
    expect([...statusesOf(2570)]).toEqual(expect.arrayContaining(['on_track', 'at_risk']));

    // The demo liaison officer's unit has contributions to write: not started, and one returned.
    const liaison = await signInDemo('liaison@demo.bia.invalid');
    const mine = await liaison.get<{
      items: { code: string; role: string; submissionStatus: string | null; round: { id: string } }[];
    }>('/api/strategy/my-items');
    expect(mine.status).toBe(200);
    expect(mine.body.items.every((entry) => entry.round.id === open?.id)).toBe(true);
    const states = mine.body.items.map((entry) => entry.submissionStatus);
    expect(states).toContain(null);
    expect(states).toContain('returned');
  });

  it('gives the demo buyer a deal whose agreement and order wait for their confirmation', async () => {
    const buyer = await signInDemo('buyer@demo.bia.invalid');
    const list = await buyer.get<DealList>('/api/deals');
    expect(list.status).toBe(200);
    const [summary] = list.body.items;
    const deal = await buyer.get<Deal>(`/api/deals/${summary?.id}`);
    expect(deal.body.canConfirm).toBe(true);
    const waiting = deal.body.entries.filter((entry) => entry.buyerConfirmedAt === null);
    expect(waiting.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['agreement', 'order']));
  });

  it("leaves a year's real programme alone, adding only the years that have none", async () => {
    const other = await createTestApp({ now: NOW });
    try {
      const officer = await other.signInAs('iao_officer');
      const real = await buildProgramme(officer, { fiscalYear: 2570 });
      await loadDemoData(other.db, other.clock);
      const after = await officer.get<ProgrammeDetail>('/api/programmes/2570');
      expect(after.body).toMatchObject({ id: real.id, notes: real.notes, version: real.version });
      expect(after.body.steps).toEqual(real.steps);
      const sessions = await officer.get<{ items: SessionSummary[] }>(
        '/api/programme-sessions?fiscalYear=2570',
      );
      expect(sessions.body.items).toEqual([]);
      const list = await officer.get<ProgrammeList>('/api/programmes');
      expect(list.body.items.map((programme) => programme.fiscalYear)).toEqual([2569, 2570]);
    } finally {
      await other.close();
    }
  });
});

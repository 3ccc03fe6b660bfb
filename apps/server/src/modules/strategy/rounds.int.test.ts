/**
 * The plan's progress rounds over HTTP against real SQL (issue 15, decision 0043): a round opened
 * on the plan in force, the lead and a supporting unit reporting, a report returned with a comment
 * and resubmitted, every item accepted, the round approved and frozen, an amendment after that; a
 * stale save, a unit reporting on an item it has no part in, bad levels and values; who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  StrategyItemDetail,
  StrategyRoundDetail,
  StrategyRoundItem,
} from '@bia/contracts';
import { createMailer } from '../mail/index.ts';
import { fixedClock } from '../../shared/clock.ts';
import { createLogger } from '../../shared/logger.ts';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createStrategyRoundReminders } from './rounds.reminders.ts';
import { IAO_UNIT_CODE } from './rounds.rules.ts';

// The reference plan: KPI 1.1.1 (a five-level rubric) is led by the IAO and supported by the
// Culture, Sports and Tourism Department (24000000); KPI 1.3.1 is a number, 3.2.1 a percentage.
const SUPPORTER = '24000000';
// No deal nor activity is recorded here: the platform proposes level 0 for KPIs 1.1.1 and 2.3.1 and
// 0 activities for 1.3.1, so a report of another level or value says why (decision 0050).
const overrideReason = 'ผลตามหลักฐานของหน่วยงาน';
const OUTSIDER = '25000000';

let t: TestApp;
let iao: TestClient;
let strategyOfficer: TestClient;
let executive: TestClient;
let supporter: TestClient;
let outsider: TestClient;
let englishSupporter: TestClient;
let district: TestClient;
let round: StrategyRoundDetail;

const itemOf = (code: string): StrategyRoundItem => {
  const item = round.items.find((candidate) => candidate.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return item;
};
const submissionPath = (code: string, unit: string) =>
  `/api/strategy/round-items/${itemOf(code).id}/submissions/${unit}`;

async function refresh(): Promise<void> {
  const response = await iao.get<StrategyRoundDetail>(`/api/strategy/rounds/${round.round.id}`);
  expect(response.status).toBe(200);
  round = response.body;
}

async function itemDetail(code: string): Promise<StrategyItemDetail> {
  const response = await iao.get<StrategyItemDetail>(`/api/strategy/round-items/${itemOf(code).id}`);
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  // 22 November 2026 in Bangkok: fiscal year 2570, which the reference plan (2566–2570) covers.
  t = await createTestApp();
  iao = await t.signInAs('iao_officer');
  strategyOfficer = await t.signInAs('strategy_officer');
  executive = await t.signInAs('executive');
  supporter = await t.signInAs('liaison_officer', { scopeId: SUPPORTER });
  englishSupporter = await t.signInAs('liaison_officer', { scopeId: SUPPORTER, locale: 'en' });
  outsider = await t.signInAs('liaison_officer', { scopeId: OUTSIDER });
  // Phra Nakhon district office: the plan names "the district offices" as a group under tactic 2.2.
  district = await t.signInAs('liaison_officer', { scopeId: '1001' });
});

afterAll(async () => {
  await t.close();
});

describe('opening a round', () => {
  it('refuses who may not open one, and a deadline in the past', async () => {
    for (const client of [executive, supporter]) {
      const refused = await client.post('/api/strategy/rounds', {
        fiscalYear: 2570,
        kind: 'six_month',
        deadline: '2027-04-30',
      });
      expect(refused.status).toBe(403);
    }
    const past = await iao.post<ErrorResponse>('/api/strategy/rounds', {
      fiscalYear: 2570,
      kind: 'six_month',
      deadline: '2026-11-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields?.[0]).toMatchObject({ path: 'deadline', message: 'กำหนดส่งผ่านไปแล้ว' });
    expect((await iao.get<{ items: unknown[] }>('/api/strategy/rounds')).body.items).toEqual([]);
  });

  it('makes every KPI and project an item of its lead unit, October to March by default', async () => {
    const opened = await strategyOfficer.post<StrategyRoundDetail>('/api/strategy/rounds', {
      fiscalYear: 2570,
      kind: 'six_month',
      deadline: '2027-04-30',
    });
    expect(opened.status).toBe(201);
    round = opened.body;
    expect(round.round).toMatchObject({
      fiscalYear: 2570,
      periodStart: '2026-10-01',
      periodEnd: '2027-03-31',
      status: 'open',
      acceptedCount: 0,
      lateCount: 0,
      statusCounts: { not_started: round.items.length, draft: 0, submitted: 0, returned: 0, accepted: 0 },
      // 22 November 2026 to 30 April 2027.
      daysLeft: 159,
    });
    expect(round.dueSoon).toEqual([]);
    // Grouped as the plan is: strategy 1, its tactic 1.1 with its KPIs and then its projects.
    const [firstStrategy] = round.outline;
    expect(firstStrategy?.number).toBe(1);
    expect(firstStrategy?.tactics[0]?.code).toBe('1.1');
    expect(firstStrategy?.tactics[0]?.itemCodes.slice(0, 3)).toEqual(['1.1.1', '1.1.2', '1.1-P1']);
    expect(itemOf('1.1.1')).toMatchObject({
      kind: 'kpi',
      status: 'not_started',
      leadUnit: { code: IAO_UNIT_CODE, name: 'สำนักงานการต่างประเทศ' },
    });
    expect(itemOf('1.1.1').supportingUnits.map((unit) => unit.code)).toEqual([SUPPORTER]);
    expect(itemOf('1.1-P1')).toMatchObject({ kind: 'project', leadUnit: { code: IAO_UNIT_CODE } });
    expect(round.items.filter((item) => item.kind === 'kpi')).toHaveLength(11);

    const again = await iao.post<ErrorResponse>('/api/strategy/rounds', {
      fiscalYear: 2570,
      kind: 'six_month',
      deadline: '2027-05-30',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('round_exists');
  });

  it('lists for a liaison officer what their unit must report, and nothing for a unit with no part', async () => {
    const mine = await supporter.get<{ items: { code: string; role: string; submissionStatus: null }[] }>(
      '/api/strategy/my-items',
    );
    expect(mine.status).toBe(200);
    expect(mine.body.items.find((item) => item.code === '1.1.1')).toMatchObject({
      role: 'supporting',
      submissionStatus: null,
    });
    expect(mine.body.items.some((item) => item.code === '1.2.1')).toBe(false);
    const none = await outsider.get<{ items: unknown[] }>('/api/strategy/my-items');
    expect(none.body.items).toEqual([]);
  });

  it('asks every district office to contribute where the plan names the district offices, and takes it', async () => {
    const mine = await district.get<{ items: { code: string; role: string }[] }>('/api/strategy/my-items');
    const kpis = mine.body.items.filter((item) => !item.code.includes('-')).map((item) => item.code);
    expect(kpis).toEqual(['2.2.1', '2.2.2']);
    expect(mine.body.items.every((item) => item.role === 'supporting')).toBe(true);
    const saved = await district.put<StrategyItemDetail>(submissionPath('2.2.1', '1001'), {
      narrative: 'เขตพระนครจัดกิจกรรมต้อนรับคณะผู้แทนเมืองพี่เมืองน้อง',
      submit: true,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.submissions.find((submission) => submission.unit.code === '1001')).toMatchObject({
      role: 'supporting',
      status: 'submitted',
    });
    // The wider group of KPI 1.2.1 ("the units concerned") names no district in particular.
    const refused = await district.put<ErrorResponse>(submissionPath('1.2.1', '1001'), {
      narrative: 'ไม่ใช่รายการของเขต',
    });
    expect(refused.status).toBe(403);
  });
});

describe('reporting', () => {
  it('refuses a level outside the rubric, a value for a rubric and project fields on a KPI, changing nothing', async () => {
    const bad = await iao.put<ErrorResponse>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      levelReached: 6,
      value: 3,
      budgetSpent: 100,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((field) => [field.path, field.message])).toEqual([
      ['budgetSpent', 'รายการนี้เป็นตัวชี้วัด ไม่มีสถานะโครงการ ความก้าวหน้า งบประมาณ หรือหมุดหมาย'],
      ['value', 'ตัวชี้วัดนี้วัดเป็นระดับตามเกณฑ์ กรุณาเลือกระดับ ไม่ใช่ระบุค่า'],
      ['levelReached', 'เลือกระดับตั้งแต่ 1 ถึง 5'],
    ]);
    expect((await itemDetail('1.1.1')).submissions).toEqual([]);
  });

  it('refuses a percentage over 100, a level for a number, and negative money on a project', async () => {
    const percent = await iao.put<ErrorResponse>(submissionPath('3.2.1', IAO_UNIT_CODE), { value: 120 });
    expect(percent.status).toBe(400);
    expect(percent.body.error.fields?.[0]).toMatchObject({ path: 'value', code: 'too_big' });
    const number = await iao.put<ErrorResponse>(submissionPath('1.3.1', IAO_UNIT_CODE), { levelReached: 2 });
    expect(number.body.error.fields?.[0]).toMatchObject({ path: 'levelReached', code: 'wrong_kind' });
    const money = await iao.put<ErrorResponse>(submissionPath('1.1-P1', IAO_UNIT_CODE), {
      projectStatus: 'in_progress',
      budgetSpent: -5,
      levelReached: 3,
    });
    expect(money.status).toBe(400);
    expect(money.body.error.fields?.map((field) => field.path).sort()).toEqual(['budgetSpent']);
    const english = await englishSupporter.put<ErrorResponse>(submissionPath('1.1.1', SUPPORTER), {
      progressPercent: 140,
    });
    expect(english.body.error.fields?.[0]?.message).toBe('A percentage is between 0 and 100.');
  });

  it('refuses a unit reporting on an item it has no part in, or for another unit', async () => {
    const notInvolved = await outsider.put<ErrorResponse>(submissionPath('1.1.1', OUTSIDER), {
      narrative: 'x',
    });
    expect(notInvolved.status).toBe(403);
    expect(notInvolved.body.error.code).toBe('not_your_item');
    const otherUnit = await supporter.put<ErrorResponse>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      levelReached: 5,
    });
    expect(otherUnit.status).toBe(403);
    expect(otherUnit.body.error.code).toBe('not_your_unit');
    const executiveSave = await executive.put(submissionPath('1.1.1', IAO_UNIT_CODE), { levelReached: 5 });
    expect(executiveSave.status).toBe(403);
  });

  it('saves a draft, and answers a second save at the same version with a conflict, losing nothing', async () => {
    const draft = await iao.put<StrategyItemDetail>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      levelReached: 3,
      overrideReason,
      narrative: 'จัดประชุมเมืองพี่เมืองน้องสองครั้ง',
    });
    expect(draft.status).toBe(200);
    expect(draft.body.item.status).toBe('draft');
    const [lead] = draft.body.submissions;
    expect(lead).toMatchObject({ role: 'lead', status: 'draft', levelReached: 3, version: 1 });

    const first = await iao.put(submissionPath('1.1.1', IAO_UNIT_CODE), {
      version: 1,
      levelReached: 4,
      overrideReason,
    });
    expect(first.status).toBe(200);
    const second = await iao.put<ErrorResponse>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      version: 1,
      levelReached: 2,
      overrideReason,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('conflict_stale');
    // A second "first save" read no version either: it conflicts too.
    const firstAgain = await iao.put(submissionPath('1.1.1', IAO_UNIT_CODE), {
      levelReached: 2,
      overrideReason,
    });
    expect(firstAgain.status).toBe(409);
    expect((await itemDetail('1.1.1')).submissions[0]).toMatchObject({ levelReached: 4, version: 2 });
  });

  it("takes the lead's submission and a supporter's contribution", async () => {
    const missing = await iao.put<ErrorResponse>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      version: 2,
      submit: true,
    });
    expect(missing.body.error.fields?.[0]).toMatchObject({ path: 'levelReached', code: 'required' });
    const lead = await iao.put<StrategyItemDetail>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      version: 2,
      levelReached: 4,
      overrideReason,
      narrative: 'บรรลุระดับ 4',
      evidenceLinks: [{ title: 'รายงานการประชุม', url: 'https://example.org/minutes' }],
      submit: true,
    });
    expect(lead.status).toBe(200);
    expect(lead.body.item.status).toBe('submitted');
    const contribution = await supporter.put<StrategyItemDetail>(submissionPath('1.1.1', SUPPORTER), {
      narrative: 'สนับสนุนการแสดงทางวัฒนธรรม',
      submit: true,
    });
    expect(contribution.status).toBe(200);
    expect(contribution.body.item.contributionCount).toBe(1);
    expect(contribution.body.submissions.map((row) => [row.unit.code, row.role, row.status])).toEqual([
      [IAO_UNIT_CODE, 'lead', 'submitted'],
      [SUPPORTER, 'supporting', 'submitted'],
    ]);
    const edit = await iao.put<ErrorResponse>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      version: 3,
      levelReached: 5,
      overrideReason,
    });
    expect(edit.body.error.code).toBe('not_editable');
  });
});

describe('reviewing', () => {
  it('returns a report only with a comment, keeps the history, and takes the resubmission', async () => {
    expect(
      (
        await supporter.post(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/review`, {
          version: 3,
          action: 'accept',
        })
      ).status,
    ).toBe(403);
    const noComment = await iao.post<ErrorResponse>(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/review`, {
      version: 3,
      action: 'return',
    });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.fields?.[0]).toMatchObject({
      path: 'comment',
      message: 'ระบุเหตุผลที่ส่งคืนรายงาน',
    });

    const returned = await iao.post<StrategyItemDetail>(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/review`, {
      version: 3,
      action: 'return',
      comment: 'แนบหลักฐานการประชุมครั้งที่สอง',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.item.status).toBe('returned');
    const resubmitted = await iao.put<StrategyItemDetail>(submissionPath('1.1.1', IAO_UNIT_CODE), {
      version: 4,
      levelReached: 4,
      overrideReason,
      narrative: 'บรรลุระดับ 4 พร้อมหลักฐาน',
      submit: true,
    });
    expect(resubmitted.status).toBe(200);
    const accepted = await strategyOfficer.post<StrategyItemDetail>(
      `${submissionPath('1.1.1', IAO_UNIT_CODE)}/review`,
      { version: 5, action: 'accept' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.item.status).toBe('accepted');
    const [lead] = accepted.body.submissions;
    expect(lead?.reviews.map((review) => [review.action, review.comment])).toEqual([
      ['returned', 'แนบหลักฐานการประชุมครั้งที่สอง'],
      ['accepted', ''],
    ]);
    const again = await iao.post<ErrorResponse>(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/review`, {
      version: 6,
      action: 'accept',
    });
    expect(again.body.error.code).toBe('not_submitted');
  });
});

describe('approving', () => {
  it('refuses to approve while items are not accepted, and who may not approve', async () => {
    await refresh();
    expect(
      (await iao.post(`/api/strategy/rounds/${round.round.id}/approve`, { version: round.round.version }))
        .status,
    ).toBe(403);
    const early = await executive.post<ErrorResponse>(`/api/strategy/rounds/${round.round.id}/approve`, {
      version: round.round.version,
    });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'items_not_accepted',
      message: `ยังอนุมัติรอบนี้ไม่ได้ มี ${round.items.length - 1} รายการที่ยังไม่ได้รับรอง`,
    });
  });

  it("reminds each lead unit's liaison officers a week and two days before the deadline and once overdue, each once", async () => {
    const address = 'iao-liaison@test.bia.invalid';
    await t.createUser({
      email: address,
      roles: [{ role: 'liaison_officer', scopeId: IAO_UNIT_CODE }],
      locale: 'en',
    });
    const clock = fixedClock('2027-04-20T02:00:00Z');
    const mailer = createMailer({
      db: t.db,
      from: 'bia@test.invalid',
      transport: null,
      logger: createLogger('silent'),
    });
    const reminders = createStrategyRoundReminders({ db: t.db, clock, mailer, publicUrl: TEST_ORIGIN });
    const runOn = async (at: string) => {
      clock.set(at);
      return (await reminders.sendDue()).reminded;
    };
    expect(await runOn('2027-04-20T02:00:00Z')).toEqual({ week_before: 0, two_days_before: 0, overdue: 0 });
    expect(await runOn('2027-04-23T02:00:00Z')).toEqual({ week_before: 1, two_days_before: 0, overdue: 0 });
    expect(await runOn('2027-04-23T05:00:00Z')).toEqual({ week_before: 0, two_days_before: 0, overdue: 0 });
    expect(await runOn('2027-04-28T02:00:00Z')).toEqual({ week_before: 0, two_days_before: 1, overdue: 0 });
    expect(await runOn('2027-05-01T02:00:00Z')).toEqual({ week_before: 0, two_days_before: 0, overdue: 1 });
    expect(await runOn('2027-05-02T02:00:00Z')).toEqual({ week_before: 0, two_days_before: 0, overdue: 0 });
    const mails = (await t.outbox()).filter((mail) => mail.toAddress === address);
    expect(mails).toHaveLength(3);
    expect(mails[0]?.subject).toBe(
      'A week left: strategic plan progress report, FY 2570 (due 30 April 2027)',
    );
    expect(mails[0]?.textBody).toContain('1.1.2');
    // Accepted already: not asked again.
    expect(mails[0]?.textBody).not.toMatch(/1\.1\.1(?!-)/);
    expect(mails[0]?.textBody).toContain(`${TEST_ORIGIN}/strategy/rounds/${round.round.id}`);
  });

  it('shows the lead units due soon in the last week, then late once the deadline passes, with their liaison officers', async () => {
    const readOn = async (at: string) => {
      t.clock.set(at);
      const reader = await t.signInAs('strategy_officer');
      return reader.get<StrategyRoundDetail>(`/api/strategy/rounds/${round.round.id}`);
    };
    const soon = await readOn('2027-04-25T03:00:00Z');
    const response = await readOn('2027-05-02T03:00:00Z');
    t.clock.set('2026-11-22T03:00:00Z');
    expect(soon.body.round.daysLeft).toBe(5);
    expect(soon.body.late).toEqual([]);
    const iaoSoon = soon.body.dueSoon.find((unit) => unit.unit.code === IAO_UNIT_CODE);
    expect(iaoSoon?.officers).toEqual([
      { name: 'iao-liaison@test.bia.invalid', email: 'iao-liaison@test.bia.invalid' },
    ]);
    expect(iaoSoon?.itemCodes).toContain('1.1.2');
    expect(iaoSoon?.itemCodes).not.toContain('1.1.1');

    expect(response.status).toBe(200);
    expect(response.body.round.daysLeft).toBe(-2);
    expect(response.body.dueSoon).toEqual([]);
    const notAccepted = response.body.items.filter((item) => item.status !== 'accepted');
    expect(notAccepted.length).toBeGreaterThan(0);
    expect(response.body.round.lateCount).toBe(notAccepted.length);
    expect(response.body.round.statusCounts.accepted).toBe(1);
    expect(response.body.items.find((item) => item.code === '1.1.1')?.isLate).toBe(false);
    const iaoLate = response.body.late.find((late) => late.unit.code === IAO_UNIT_CODE);
    expect(iaoLate?.officers.map((officer) => officer.email)).toEqual(['iao-liaison@test.bia.invalid']);
  });

  it('approves once every item is accepted, and then refuses reports: corrections are amendments', async () => {
    for (const item of round.items.filter((candidate) => candidate.status !== 'accepted')) {
      const answer =
        item.kind === 'project'
          ? { projectStatus: 'in_progress', progressPercent: 50, budgetPlanned: 100000, budgetSpent: 40000 }
          : item.code === '1.3.1'
            ? { value: 12, overrideReason }
            : item.code === '3.2.1'
              ? // The platform proposes 3.2.1 from the training records (none here: 0%), so 80 is an override.
                { value: 80, overrideReason }
              : { levelReached: 3, overrideReason };
      const lead =
        item.leadUnit.code === IAO_UNIT_CODE
          ? iao
          : await t.signInAs('liaison_officer', { scopeId: item.leadUnit.code });
      const saved = await lead.put(`/api/strategy/round-items/${item.id}/submissions/${item.leadUnit.code}`, {
        ...answer,
        submit: true,
      });
      expect(saved.status).toBe(200);
      const reviewed = await iao.post(
        `/api/strategy/round-items/${item.id}/submissions/${item.leadUnit.code}/review`,
        {
          version: 1,
          action: 'accept',
        },
      );
      expect(reviewed.status).toBe(200);
    }
    await refresh();
    const stale = await executive.post<ErrorResponse>(`/api/strategy/rounds/${round.round.id}/approve`, {
      version: round.round.version + 1,
    });
    expect(stale.body.error.code).toBe('conflict_stale');
    const approved = await executive.post<StrategyRoundDetail>(
      `/api/strategy/rounds/${round.round.id}/approve`,
      {
        version: round.round.version,
      },
    );
    expect(approved.status).toBe(200);
    expect(approved.body.round).toMatchObject({ status: 'approved', acceptedCount: round.items.length });
    expect(approved.body.approvedBy).toMatch(/^executive-\d+@test\.bia\.invalid$/);
    expect(round.approvedBy).toBeNull();
    round = approved.body;

    const frozen = await supporter.put<ErrorResponse>(submissionPath('1.1.2', SUPPORTER), {
      narrative: 'ส่งช้า',
      submit: true,
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('round_frozen');
    expect((await supporter.get<{ items: unknown[] }>('/api/strategy/my-items')).body.items).toEqual([]);
  });

  it('takes an amendment after approval, keeps what it replaced, and reviews it again', async () => {
    const before = await itemDetail('1.1.1');
    const lead = before.submissions[0];
    const noReason = await iao.post<ErrorResponse>(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/amendment`, {
      version: lead?.version,
      levelReached: 5,
    });
    expect(noReason.status).toBe(400);
    const amended = await iao.post<StrategyItemDetail>(
      `${submissionPath('1.1.1', IAO_UNIT_CODE)}/amendment`,
      {
        version: lead?.version,
        levelReached: 5,
        overrideReason,
        narrative: 'ได้รับหนังสือยืนยันเพิ่มเติม',
        reason: 'หลักฐานการประชุมครั้งที่สามมาถึงหลังอนุมัติ',
      },
    );
    expect(amended.status).toBe(200);
    const [after] = amended.body.submissions;
    expect(after).toMatchObject({ isAmendment: true, status: 'submitted', levelReached: 5 });
    expect(after?.reviews.at(-1)).toMatchObject({
      action: 'amended',
      comment: 'หลักฐานการประชุมครั้งที่สามมาถึงหลังอนุมัติ',
      previous: { levelReached: 4, narrative: 'บรรลุระดับ 4 พร้อมหลักฐาน' },
    });
    expect(amended.body.item).toMatchObject({ hasAmendment: true, status: 'submitted' });
    expect(amended.body.round.status).toBe('approved');
    // Returned, the amendment is amended again (a plain save stays refused: the round is frozen).
    const returned = await iao.post<StrategyItemDetail>(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/review`, {
      version: after?.version,
      action: 'return',
      comment: 'โปรดแนบหนังสือยืนยัน',
    });
    expect(returned.body.submissions[0]).toMatchObject({ isAmendment: true, status: 'returned' });
    const again = await iao.post<StrategyItemDetail>(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/amendment`, {
      version: returned.body.submissions[0]?.version,
      levelReached: 5,
      overrideReason,
      narrative: 'ได้รับหนังสือยืนยันเพิ่มเติม แนบหนังสือแล้ว',
      reason: 'แนบหนังสือยืนยันตามที่ขอ',
    });
    expect(again.status).toBe(200);
    const resent = again.body.submissions[0];
    expect(resent).toMatchObject({ status: 'submitted', narrative: 'ได้รับหนังสือยืนยันเพิ่มเติม แนบหนังสือแล้ว' });
    // Returned once while the round was open, then accepted, amended, returned and amended again.
    expect(resent?.reviews.map((review) => review.action)).toEqual([
      'returned',
      'accepted',
      'amended',
      'returned',
      'amended',
    ]);
    const accepted = await iao.post<StrategyItemDetail>(`${submissionPath('1.1.1', IAO_UNIT_CODE)}/review`, {
      version: resent?.version,
      action: 'accept',
    });
    expect(accepted.body.item.status).toBe('accepted');
  });

  it('names the round and its changes in the audit trail', async () => {
    const admin = await t.signInAs('admin');
    for (const action of [
      'strategy_round.open',
      'strategy_submission.save',
      'strategy_submission.submit',
      'strategy_submission.return',
      'strategy_submission.accept',
      'strategy_round.approve',
      'strategy_submission.amend',
    ]) {
      const trail = await admin.get<{ items: { record: { name: string | null } }[] }>(
        `/api/audit?entityType=strategy_round&action=${action}&pageSize=1`,
      );
      expect(trail.status).toBe(200);
      expect(trail.body.items[0]?.record.name).toBe(
        'รอบรายงานความก้าวหน้า ปีงบประมาณ 2570 (1 ตุลาคม 2569 – 31 มีนาคม 2570)',
      );
    }
  });
});

describe('who may read', () => {
  it('lets the office staff follow rounds, and no one outside it', async () => {
    for (const role of ['executive', 'social_development_officer', 'liaison_officer'] as const)
      expect((await (await t.signInAs(role)).get('/api/strategy/rounds')).status).toBe(200);
    for (const role of ['entrepreneur', 'partner_coordinator'] as const)
      expect((await (await t.signInAs(role)).get('/api/strategy/rounds')).status).toBe(403);
    expect((await t.anonymous().get('/api/strategy/rounds')).status).toBe(401);
    expect((await executive.get('/api/strategy/my-items')).status).toBe(403);
  });
});

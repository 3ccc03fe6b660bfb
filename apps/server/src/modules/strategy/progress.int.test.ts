/**
 * The plan's progress as its pages read it, over HTTP against real SQL (issue 15, decision 0059): a
 * KPI's reports round by round (newest first, the lead's level with its rubric sentence, a
 * supporter's contribution, links and files that download, amendments marked, drafts only for their
 * own unit); each project's latest submitted or accepted report; the liaison coverage under tactic 2.3.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Coverage,
  ErrorResponse,
  StrategyEvidenceFile,
  StrategyItemDetail,
  StrategyKpiDetail,
  StrategyKpiReportList,
  StrategyLiaisonCoverage,
  StrategyProjectProgressList,
  StrategyRoundDetail,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { IAO_UNIT_CODE } from './rounds.rules.ts';
import { strategySubmissions } from './strategy.schema.ts';

// The reference plan: KPI 1.1.1 (a five-level rubric) and project 1.1-P1 are led by the IAO; the
// Culture, Sports and Tourism Department (24000000) supports 1.1.1; City Planning (25000000) has no part.
const SUPPORTER = '24000000';
const OUTSIDER = '25000000';
// No deal is recorded: the platform proposes level 0 for 1.1.1, so another level says why (decision 0050).
const overrideReason = 'ผลตามหลักฐานของหน่วยงาน';
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
let iao: TestClient;
let strategyOfficer: TestClient;
let executive: TestClient;
let supporter: TestClient;
let outsider: TestClient;
let earlier: StrategyRoundDetail;
let later: StrategyRoundDetail;

const itemId = (round: StrategyRoundDetail, code: string): string => {
  const item = round.items.find((candidate) => candidate.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return item.id;
};
const reportPath = (round: StrategyRoundDetail, code: string, unit: string) =>
  `/api/strategy/round-items/${itemId(round, code)}/submissions/${unit}`;

async function reportsOf(client: TestClient, code = '1.1.1'): Promise<StrategyKpiReportList> {
  const response = await client.get<StrategyKpiReportList>(`/api/strategy/kpis/${code}/reports`);
  expect(response.status).toBe(200);
  return response.body;
}

async function save(client: TestClient, path: string, body: Record<string, unknown>) {
  const response = await client.put<StrategyItemDetail>(path, body);
  expect(response.status).toBe(200);
  return response.body;
}

async function open(fiscalYear: number, kind: string): Promise<StrategyRoundDetail> {
  const opened = await strategyOfficer.post<StrategyRoundDetail>('/api/strategy/rounds', {
    fiscalYear,
    kind,
    deadline: '2027-04-30',
  });
  expect(opened.status).toBe(201);
  return opened.body;
}

beforeAll(async () => {
  // 22 November 2026 in Bangkok: fiscal year 2570, which the reference plan (2566–2570) covers.
  t = await createTestApp();
  iao = await t.signInAs('iao_officer');
  strategyOfficer = await t.signInAs('strategy_officer');
  executive = await t.signInAs('executive');
  supporter = await t.signInAs('liaison_officer', { scopeId: SUPPORTER });
  outsider = await t.signInAs('liaison_officer', { scopeId: OUTSIDER });
  earlier = await open(2569, 'twelve_month');
  later = await open(2570, 'six_month');
});

afterAll(async () => {
  await t.close();
});

describe("a KPI's reports, round by round", () => {
  it('lists every round newest first, with nothing reported yet', async () => {
    const list = await reportsOf(executive);
    expect(list.code).toBe('1.1.1');
    expect(list.rounds.map((entry) => [entry.round.fiscalYear, entry.round.kind, entry.itemStatus])).toEqual([
      [2570, 'six_month', 'not_started'],
      [2569, 'twelve_month', 'not_started'],
    ]);
    expect(list.rounds[0]).toMatchObject({
      itemId: itemId(later, '1.1.1'),
      round: { id: later.round.id, status: 'open', periodStart: '2026-10-01', periodEnd: '2027-03-31' },
      measure: { kind: 'rubric', levels: 5 },
      reports: [],
    });
    expect(list.rounds[0]?.levels).toHaveLength(5);
  });

  it("shows the lead's level with its sentence, the contribution, the links and a file any reader downloads", async () => {
    const leadPath = reportPath(earlier, '1.1.1', IAO_UNIT_CODE);
    const draft = await save(iao, leadPath, { levelReached: 4, overrideReason, narrative: 'จัดจับคู่ธุรกิจ' });
    const form = new FormData();
    form.set('file', new File([PDF_BYTES], 'รายงานการจับคู่ธุรกิจ.pdf', { type: 'application/pdf' }));
    const uploaded = await iao.post<StrategyEvidenceFile>(`${leadPath}/evidence`, form);
    expect(uploaded.status).toBe(201);
    await save(iao, leadPath, {
      version: draft.submissions[0]?.version,
      levelReached: 4,
      overrideReason,
      narrative: 'จัดจับคู่ธุรกิจสามครั้ง',
      evidenceLinks: [{ title: 'สรุปผล', url: 'https://example.org/summary' }],
      submit: true,
    });
    await save(supporter, reportPath(earlier, '1.1.1', SUPPORTER), {
      narrative: 'จัดการแสดงทางวัฒนธรรม',
      submit: true,
    });

    const kpi = await executive.get<StrategyKpiDetail>('/api/strategy/kpis/1.1.1');
    const sentence =
      kpi.body.kpi.measure.kind === 'rubric' ? kpi.body.kpi.measure.levels[3]?.text : undefined;
    const [, reported] = (await reportsOf(executive)).rounds;
    expect(reported?.itemStatus).toBe('submitted');
    expect(reported?.levels[3]?.text).toEqual(sentence);
    expect(reported?.reports.map((report) => [report.unit.code, report.role, report.status])).toEqual([
      [IAO_UNIT_CODE, 'lead', 'submitted'],
      [SUPPORTER, 'supporting', 'submitted'],
    ]);
    expect(reported?.reports[0]).toMatchObject({
      levelReached: 4,
      narrative: 'จัดจับคู่ธุรกิจสามครั้ง',
      evidenceLinks: [{ title: 'สรุปผล', url: 'https://example.org/summary' }],
      isAmendment: false,
      unit: { code: IAO_UNIT_CODE, name: 'สำนักงานการต่างประเทศ' },
      files: [{ id: uploaded.body.id, fileName: 'รายงานการจับคู่ธุรกิจ.pdf', mediaType: 'application/pdf' }],
    });
    expect(reported?.reports[1]?.narrative).toBe('จัดการแสดงทางวัฒนธรรม');

    // The file downloads for a reader of another unit, at the path the page links to.
    const download = await outsider.get(`${leadPath}/evidence/${uploaded.body.id}`);
    expect(download.status).toBe(200);
  });

  it('shows a draft only to its own unit, never to other units or the reviewers', async () => {
    await save(iao, reportPath(later, '1.1.1', IAO_UNIT_CODE), {
      levelReached: 2,
      overrideReason,
      narrative: 'ร่างของสำนักงานการต่างประเทศ',
    });
    await save(supporter, reportPath(later, '1.1.1', SUPPORTER), { narrative: 'ร่างของสำนักวัฒนธรรม' });
    const unitsSeen = async (client: TestClient) =>
      (await reportsOf(client)).rounds[0]?.reports.map((report) => report.unit.code);
    expect(await unitsSeen(iao)).toEqual([IAO_UNIT_CODE]);
    expect(await unitsSeen(supporter)).toEqual([SUPPORTER]);
    expect(await unitsSeen(outsider)).toEqual([]);
    expect(await unitsSeen(strategyOfficer)).toEqual([]);
    expect(await unitsSeen(executive)).toEqual([]);
    // Once submitted, everyone reads it.
    await save(supporter, reportPath(later, '1.1.1', SUPPORTER), {
      version: 1,
      narrative: 'ส่งแล้ว',
      submit: true,
    });
    expect(await unitsSeen(executive)).toEqual([SUPPORTER]);
  });

  it('marks an amendment', async () => {
    const [, reported] = (await reportsOf(executive)).rounds;
    const lead = reported?.reports[0];
    if (!lead) throw new Error('no lead report');
    // An amendment needs an approved round (every item accepted); its flag is what this page reads.
    await t.db
      .update(strategySubmissions)
      .set({ isAmendment: true })
      .where(eq(strategySubmissions.itemId, reported.itemId));
    const [, amended] = (await reportsOf(executive)).rounds;
    expect(amended?.reports.map((report) => report.isAmendment)).toEqual([true, true]);
  });

  it('answers 404 for a KPI the plan does not have, and refuses those who may not read the plan', async () => {
    const missing = await executive.get<ErrorResponse>('/api/strategy/kpis/3.3.9/reports');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('kpi_not_found');
    expect((await (await t.signInAs('entrepreneur')).get('/api/strategy/kpis/1.1.1/reports')).status).toBe(
      403,
    );
    expect((await t.anonymous().get('/api/strategy/kpis/1.1.1/reports')).status).toBe(401);
  });
});

describe("each project's latest report", () => {
  it('lists only projects with a submitted or accepted lead report, the latest round first', async () => {
    const progress = async () => {
      const response = await executive.get<StrategyProjectProgressList>('/api/strategy/projects/progress');
      expect(response.status).toBe(200);
      return response.body.items;
    };
    expect(await progress()).toEqual([]);

    const earlierPath = reportPath(earlier, '1.1-P1', IAO_UNIT_CODE);
    await save(iao, earlierPath, { projectStatus: 'in_progress', progressPercent: 40, submit: true });
    const accepted = await strategyOfficer.post(`${earlierPath}/review`, { version: 1, action: 'accept' });
    expect(accepted.status).toBe(200);
    expect(await progress()).toEqual([
      {
        code: '1.1-P1',
        round: expect.objectContaining({ id: earlier.round.id, fiscalYear: 2569, kind: 'twelve_month' }),
        itemId: itemId(earlier, '1.1-P1'),
        submissionStatus: 'accepted',
        isAmendment: false,
        projectStatus: 'in_progress',
        progressPercent: 40,
      },
    ]);

    // A draft in the later round does not count; once submitted, it is the latest.
    const laterPath = reportPath(later, '1.1-P1', IAO_UNIT_CODE);
    await save(iao, laterPath, { projectStatus: 'in_progress', progressPercent: 70 });
    expect((await progress())[0]?.progressPercent).toBe(40);
    await save(iao, laterPath, {
      version: 1,
      projectStatus: 'in_progress',
      progressPercent: 70,
      submit: true,
    });
    expect((await progress())[0]).toMatchObject({
      round: { id: later.round.id },
      submissionStatus: 'submitted',
      progressPercent: 70,
    });

    // Returned: it no longer counts, and the earlier accepted report shows again.
    const returned = await iao.post(`${laterPath}/review`, {
      version: 2,
      action: 'return',
      comment: 'แนบหลักฐาน',
    });
    expect(returned.status).toBe(200);
    expect((await progress())[0]).toMatchObject({ round: { id: earlier.round.id }, progressPercent: 40 });
  });
});

describe('the liaison coverage under tactic 2.3', () => {
  it("is the liaison module's coverage, read by every reader of the plan", async () => {
    const read = async (client: TestClient) => {
      const response = await client.get<StrategyLiaisonCoverage>('/api/strategy/liaison-coverage');
      expect(response.status).toBe(200);
      return response.body;
    };
    const before = await read(outsider);
    expect(before).toMatchObject({ tacticCode: '2.3', kpiCode: '2.3.1' });
    expect(before.units).toBeGreaterThan(50);
    expect(before.byKind.find((kind) => kind.kind === 'district')?.units).toBe(50);

    const added = await iao.post(`/api/units/${OUTSIDER}/liaison-officers`, { fullName: 'สมชาย ใจดี' });
    expect(added.status).toBe(201);
    const after = await read(executive);
    expect(after.covered).toBe(before.covered + 1);
    const liaison = await iao.get<Coverage>('/api/liaison/coverage');
    expect(after).toMatchObject({
      units: liaison.body.totals.units,
      covered: liaison.body.totals.covered,
      byKind: liaison.body.byKind,
    });
    expect((await t.anonymous().get('/api/strategy/liaison-coverage')).status).toBe(401);
  });
});

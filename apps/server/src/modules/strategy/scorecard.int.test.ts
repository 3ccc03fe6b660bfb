/**
 * The plan's scorecard over HTTP against real SQL (issue 15, decision 0048): the approved
 * twelve-month round of FY2568 gives each KPI its year's result (met → on track, below → missed,
 * a conditional target not judged), an amendment counts as the report it replaces until accepted,
 * the open six-month round of FY2570 leaves a result below target at risk, a year without a round is
 * not reported; the workbook reads back in Thai and English; who may read it.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  ScorecardCell,
  StrategyItemDetail,
  StrategyRoundDetail,
  StrategyScorecard,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

// 22 November 2026 in Bangkok (the test app's clock): FY2570 has begun, FY2568 and FY2569 are over.
let t: TestApp;
let admin: TestClient;
let reader: TestClient;

/** The plan's KPI answers (a level for a rubric, a value for 1.3.1 and 3.2.1); projects get a status. */
function answerFor(item: StrategyRoundDetail['items'][number], levels: Record<string, number>) {
  if (item.kind === 'project') return { projectStatus: 'done', progressPercent: 100 };
  const level = levels[item.code] ?? 1;
  // A reason goes with every KPI: the platform may propose a computed value another level overrides.
  const common = { narrative: `ผลการดำเนินงานตัวชี้วัด ${item.code}`, overrideReason: 'ผลตามหลักฐานของหน่วยงาน' };
  return item.code === '1.3.1' || item.code === '3.2.1'
    ? { ...common, value: level }
    : { ...common, levelReached: level };
}

async function openRound(
  fiscalYear: number,
  kind: 'six_month' | 'twelve_month',
): Promise<StrategyRoundDetail> {
  const opened = await admin.post<StrategyRoundDetail>('/api/strategy/rounds', {
    fiscalYear,
    kind,
    deadline: '2026-12-31',
  });
  expect(opened.status).toBe(201);
  return opened.body;
}

/** The lead unit of each item (or only those named) reports, and the report is accepted. */
async function reportAndAccept(
  round: StrategyRoundDetail,
  levels: Record<string, number>,
  only?: readonly string[],
): Promise<void> {
  for (const item of round.items.filter((candidate) => !only || only.includes(candidate.code))) {
    const path = `/api/strategy/round-items/${item.id}/submissions/${item.leadUnit.code}`;
    const saved = await admin.put<StrategyItemDetail>(path, { ...answerFor(item, levels), submit: true });
    expect(saved.status).toBe(200);
    const lead = saved.body.submissions.find((row) => row.unit.code === item.leadUnit.code);
    const accepted = await admin.post(`${path}/review`, { version: lead?.version, action: 'accept' });
    expect(accepted.status).toBe(200);
  }
}

async function scorecard(client: TestClient = reader, query = ''): Promise<StrategyScorecard> {
  const response = await client.get<StrategyScorecard>(`/api/strategy/scorecard${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

function cellOf(card: StrategyScorecard, code: string, fiscalYear: number): ScorecardCell {
  const cell = card.rows.find((row) => row.code === code)?.cells.find((c) => c.fiscalYear === fiscalYear);
  if (!cell) throw new Error(`no cell ${code} ${fiscalYear}`);
  return cell;
}

let final2568: StrategyRoundDetail;
let halfYear2570: StrategyRoundDetail;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signInAs('admin');
  reader = await t.signInAs('executive');
});

afterAll(async () => {
  await t.close();
});

describe('before any round', () => {
  it('lists every KPI of the plan in force with its five targets, none reported', async () => {
    const card = await scorecard();
    expect(card.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(card.currentFiscalYear).toBe(2570);
    expect(card.rows).toHaveLength(11);
    const first = card.rows[0];
    expect(first).toMatchObject({ code: '1.1.1', measure: { kind: 'rubric' } });
    expect(first?.name.text).toBe('ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ');
    expect(first?.cells.map((cell) => [cell.target?.value, cell.status])).toEqual([
      [1, 'not_reported'],
      [2, 'not_reported'],
      [3, 'not_reported'],
      [4, 'not_reported'],
      [5, 'not_reported'],
    ]);
    expect(card.totals.at(-1)?.counts).toMatchObject({ not_reported: 11, on_track: 0 });
  });
});

describe("the year's final approved round", () => {
  beforeAll(async () => {
    final2568 = await openRound(2568, 'twelve_month');
    // FY2568 targets: 1.1.1 level 3, 1.1.2 level 3, 3.2.1 80 %, 3.1.1 "4 (*if the committee agrees)".
    await reportAndAccept(final2568, { '1.1.1': 3, '1.1.2': 2, '3.2.1': 85, '3.1.1': 3 });
    const approved = await admin.post(`/api/strategy/rounds/${final2568.round.id}/approve`, {
      version: final2568.round.version,
    });
    expect(approved.status).toBe(200);
  });

  it('shows a target met as on track and one below it as missed, with the round and item', async () => {
    const card = await scorecard();
    const met = cellOf(card, '1.1.1', 2568);
    expect(met).toMatchObject({
      achieved: 3,
      status: 'on_track',
      isFinal: true,
      source: {
        roundId: final2568.round.id,
        kind: 'twelve_month',
        roundStatus: 'approved',
        planVersion: 1,
        isAmendmentPending: false,
      },
    });
    expect(met.source?.itemId).toBe(final2568.items.find((item) => item.code === '1.1.1')?.id);
    expect(cellOf(card, '1.1.2', 2568)).toMatchObject({ achieved: 2, status: 'missed' });
    expect(cellOf(card, '3.2.1', 2568)).toMatchObject({ achieved: 85, status: 'on_track' });
  });

  it('does not judge a conditional target, and shows its words', async () => {
    const cell = cellOf(await scorecard(), '3.1.1', 2568);
    expect(cell).toMatchObject({ achieved: 3, status: 'not_judged', unjudgedReason: 'conditional' });
    expect(cell.target?.asWritten).toBe('4 (*ในกรณีผ่านความเห็นจาก สกก.)');
    expect(cell.target?.condition?.text).toBe('ในกรณีผ่านความเห็นจาก สกก.');
  });

  it('keeps the accepted result while an amendment awaits review, then takes the amendment', async () => {
    const item = final2568.items.find((candidate) => candidate.code === '1.1.2');
    const path = `/api/strategy/round-items/${item?.id}/submissions/${item?.leadUnit.code}`;
    const before = await admin.get<StrategyItemDetail>(`/api/strategy/round-items/${item?.id}`);
    const amended = await admin.post<StrategyItemDetail>(`${path}/amendment`, {
      version: before.body.submissions[0]?.version,
      levelReached: 3,
      narrative: 'ได้รับหนังสือยืนยันความร่วมมือเพิ่มเติม',
      reason: 'หลักฐานมาถึงหลังอนุมัติ',
    });
    expect(amended.status).toBe(200);
    expect(cellOf(await scorecard(), '1.1.2', 2568)).toMatchObject({
      achieved: 2,
      status: 'missed',
      source: { isAmendmentPending: true },
    });
    const accepted = await admin.post(`${path}/review`, {
      version: amended.body.submissions[0]?.version,
      action: 'accept',
    });
    expect(accepted.status).toBe(200);
    expect(cellOf(await scorecard(), '1.1.2', 2568)).toMatchObject({
      achieved: 3,
      status: 'on_track',
      source: { isAmendmentPending: false },
    });
  });

  it("counts each year's KPIs per status, and leaves a year without a round not reported", async () => {
    const card = await scorecard();
    const totals = card.totals.find((total) => total.fiscalYear === 2568)?.counts;
    const statuses = card.rows.map((row) => row.cells.find((cell) => cell.fiscalYear === 2568)?.status);
    expect(totals?.on_track).toBe(statuses.filter((status) => status === 'on_track').length);
    expect(totals?.not_judged).toBe(1);
    expect(totals?.not_reported).toBe(0);
    expect(Object.values(totals ?? {}).reduce((sum, count) => sum + count, 0)).toBe(11);
    expect(cellOf(card, '1.1.1', 2569)).toMatchObject({
      status: 'not_reported',
      isFinal: true,
      source: null,
    });
  });
});

describe('an open six-month round', () => {
  beforeAll(async () => {
    halfYear2570 = await openRound(2570, 'six_month');
    // FY2570 target of 1.1.1 is level 5; 2.2.1's is level 5.
    await reportAndAccept(halfYear2570, { '1.1.1': 2, '2.2.1': 5 }, ['1.1.1', '2.2.1']);
  });

  it('leaves a result below target at risk, a met one on track, and the KPIs without an accepted report not reported', async () => {
    const card = await scorecard();
    expect(cellOf(card, '1.1.1', 2570)).toMatchObject({
      achieved: 2,
      status: 'at_risk',
      isFinal: false,
      source: { roundId: halfYear2570.round.id, kind: 'six_month', roundStatus: 'open' },
    });
    expect(cellOf(card, '2.2.1', 2570)).toMatchObject({ achieved: 5, status: 'on_track' });
    expect(cellOf(card, '1.2.1', 2570)).toMatchObject({ achieved: null, status: 'not_reported' });
    // A draft is not a result.
    const item = halfYear2570.items.find((candidate) => candidate.code === '1.2.1');
    await admin.put(`/api/strategy/round-items/${item?.id}/submissions/${item?.leadUnit.code}`, {
      levelReached: 5,
    });
    expect(cellOf(await scorecard(), '1.2.1', 2570).status).toBe('not_reported');
  });

  it('reads a version by its number, and refuses one the plan does not have', async () => {
    expect((await scorecard(reader, '?planVersion=1')).version.number).toBe(1);
    const missing = await reader.get<ErrorResponse>('/api/strategy/scorecard?planVersion=9');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'plan_version_not_found',
      message: 'ไม่พบแผนฉบับที่ 9',
    });
  });
});

describe('the workbook', () => {
  async function workbookOf(client: TestClient): Promise<ExcelJS.Worksheet> {
    const answer = await client.get('/api/strategy/scorecard.xlsx');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers.get('content-disposition')).toContain('strategy-scorecard-2026-11-22.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(answer.bytes.slice().buffer);
    expect(workbook.worksheets).toHaveLength(1);
    const [sheet] = workbook.worksheets;
    if (!sheet) throw new Error('no sheet');
    return sheet;
  }

  const rowOf = (sheet: ExcelJS.Worksheet, code: string): ExcelJS.Row => {
    for (let number = 1; number <= sheet.rowCount; number += 1)
      if (sheet.getRow(number).getCell(1).text === code) return sheet.getRow(number);
    throw new Error(`no row ${code}`);
  };
  // Columns: code, KPI, measure, then target / result / status for each of FY2566–2570.
  const yearColumn = (fiscalYear: number) => 4 + (fiscalYear - 2566) * 3;

  it('opens with the Thai labels: a row per KPI, each year its target, result and status in words', async () => {
    const sheet = await workbookOf(reader);
    expect(sheet.name).toBe('ผลตามตัวชี้วัด');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.getRow(3).getCell(yearColumn(2568)).text).toBe('ปีงบประมาณ 2568');
    expect(sheet.getRow(4).getCell(yearColumn(2568)).text).toBe('เป้าหมาย');
    const kpi = rowOf(sheet, '1.1.1');
    expect(kpi.getCell(2).text).toBe('ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ');
    expect(kpi.getCell(yearColumn(2568)).text).toBe('ระดับที่ 3');
    expect(kpi.getCell(yearColumn(2568) + 1).text).toBe('ระดับที่ 3');
    expect(kpi.getCell(yearColumn(2568) + 2).text).toBe('ตามเป้าหมาย');
    expect(kpi.getCell(yearColumn(2570) + 2).text).toBe('เสี่ยงไม่บรรลุ');
    expect(kpi.getCell(yearColumn(2569) + 2).text).toBe('ยังไม่มีผลรายงาน');
    expect(rowOf(sheet, '3.2.1').getCell(yearColumn(2568) + 1).text).toBe('ร้อยละ 85');
    expect(rowOf(sheet, '3.1.1').getCell(yearColumn(2568) + 2).text).toBe('ไม่ประเมิน\nค่าเป้าหมายมีเงื่อนไข');
    const texts = Array.from(
      { length: sheet.rowCount },
      (_, index) => sheet.getRow(index + 1).getCell(1).text,
    );
    expect(texts).toContain('ความหมายของสถานะ');
    expect(texts).toContain('จำนวนตัวชี้วัดตามสถานะ');
  });

  it('is in English for an English reader', async () => {
    const sheet = await workbookOf(await t.signInAs('strategy_officer', { locale: 'en' }));
    expect(sheet.name).toBe('Scorecard');
    expect(rowOf(sheet, '1.1.1').getCell(yearColumn(2568) + 2).text).toBe('On track');
  });
});

describe('who may read the scorecard', () => {
  it('lets the office staff read it, and no one outside', async () => {
    for (const role of ['liaison_officer', 'iao_officer'] as const)
      expect((await (await t.signInAs(role)).get('/api/strategy/scorecard')).status).toBe(200);
    for (const role of ['entrepreneur', 'partner_coordinator'] as const) {
      const client = await t.signInAs(role);
      expect((await client.get('/api/strategy/scorecard')).status).toBe(403);
      expect((await client.get('/api/strategy/scorecard.xlsx')).status).toBe(403);
    }
    expect((await t.anonymous().get('/api/strategy/scorecard')).status).toBe(401);
  });
});

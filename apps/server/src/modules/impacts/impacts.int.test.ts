/**
 * The impact register over HTTP against real SQL (issue 16, decision 0055): the IAO adds a theme; a
 * liaison officer answers for their own unit and is refused for another; bad input is refused with
 * its fields named and nothing changed; a stale save is refused; the answer is submitted, returned
 * with a comment, resubmitted and accepted, its history kept; the matrix shows each unit's state and
 * exports to a workbook Excel opens; an item becomes a coordination request through the port.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CoordinationRequestDetail,
  ErrorResponse,
  ImpactAnswerDetail,
  ImpactMatrix,
  ImpactTheme,
  ImpactThemeDetail,
  ImpactThemeList,
} from '@bia/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { auditEvents } from '../../db/schema.ts';
import { impactAnswers } from './impacts.schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createImpactsService, type RequestOpener, type RequestToOpen } from './index.ts';

const CULTURE = '24000000';
const OTHER = '25000000';
const PHRA_NAKHON = '1001';

let t: TestApp;
let iao: TestClient;
let executive: TestClient;
let liaison: TestClient;
let theme: ImpactTheme;

const answerPath = (unit: string) => `/api/impacts/themes/${theme.id}/units/${unit}`;

const impact = (overrides: Record<string, unknown> = {}) => ({
  text: 'นักท่องเที่ยวจากประเทศสมาชิกอาเซียนเพิ่มขึ้น',
  effect: 'positive',
  area: 'economic',
  urgency: 'urgent',
  handling: 'needs_iao',
  responsible: 'นางวิไลวรรณ ใจดี',
  targetOn: '2027-03-31',
  ...overrides,
});
const duty = (overrides: Record<string, unknown> = {}) => ({
  text: 'จัดทำป้ายและเอกสารแนะนำเป็นภาษาอังกฤษ',
  urgency: 'can_wait',
  handling: 'unit',
  responsible: 'หัวหน้าฝ่ายการท่องเที่ยว',
  targetOn: '2027-06-30',
  ...overrides,
});

async function answerOf(client: TestClient, unit = CULTURE): Promise<ImpactAnswerDetail> {
  const response = await client.get<ImpactAnswerDetail>(answerPath(unit));
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  t = await createTestApp();
  iao = await t.signInAs('iao_officer');
  executive = await t.signInAs('executive');
  liaison = await t.signInAs('liaison_officer', { scopeId: CULTURE });
});

afterAll(async () => {
  await t.close();
});

describe('themes', () => {
  it('are added by the IAO only, with a due date not in the past and a name used once', async () => {
    const refused = await liaison.post('/api/impacts/themes', { nameTh: 'ประเด็นทดลอง' });
    expect(refused.status).toBe(403);
    const past = await iao.post<ErrorResponse>('/api/impacts/themes', {
      nameTh: 'การเข้าสู่ประชาคมอาเซียน',
      dueOn: '2026-11-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields?.[0]).toMatchObject({ path: 'dueOn', message: 'วันครบกำหนดผ่านไปแล้ว' });

    const created = await iao.post<ImpactTheme>('/api/impacts/themes', {
      nameTh: 'การเข้าสู่ประชาคมอาเซียน',
      nameEn: 'ASEAN integration',
      description: 'ผลกระทบต่อหน่วยงานเมื่อประเทศไทยเข้าสู่ประชาคมอาเซียน',
      dueOn: '2027-01-31',
    });
    expect(created.status).toBe(201);
    theme = created.body;
    expect(theme).toMatchObject({ name: 'การเข้าสู่ประชาคมอาเซียน', isOpen: true, version: 1 });

    const again = await iao.post<ErrorResponse>('/api/impacts/themes', { nameTh: 'การเข้าสู่ประชาคมอาเซียน' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('theme_exists');
  });

  it("are listed for a liaison officer with their unit's answer first, and for executives", async () => {
    const mine = await liaison.get<ImpactThemeList>('/api/impacts/themes');
    expect(mine.status).toBe(200);
    expect(mine.body.items[0]?.mine).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ code: CULTURE }), status: 'not_started' }),
    ]);
    expect(mine.body).toMatchObject({ canManage: false, canRead: false });
    const read = await executive.get<ImpactThemeList>('/api/impacts/themes');
    expect(read.body).toMatchObject({ canManage: false, canRead: true });
    expect(read.body.items[0]?.mine).toEqual([]);
  });
});

describe("a unit's answer", () => {
  it('is refused for another unit than the liaison officer’s, and to readers', async () => {
    const other = await liaison.put<ErrorResponse>(answerPath(OTHER), { impacts: [impact()] });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('not_your_unit');
    expect((await liaison.get(answerPath(OTHER))).status).toBe(403);
    expect((await executive.put(answerPath(CULTURE), { impacts: [impact()] })).status).toBe(403);
  });

  it('refuses empty text, an unknown area and a target date in the past, naming the field', async () => {
    const empty = await liaison.put<ErrorResponse>(answerPath(CULTURE), {
      impacts: [impact({ text: '  ' })],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields?.map((field) => field.path)).toEqual(['impacts.0.text']);
    const area = await liaison.put<ErrorResponse>(answerPath(CULTURE), {
      impacts: [impact({ area: 'weather' })],
    });
    expect(area.status).toBe(400);
    expect(area.body.error.fields?.map((field) => field.path)).toEqual(['impacts.0.area']);
    const past = await liaison.put<ErrorResponse>(answerPath(CULTURE), {
      impacts: [impact()],
      duties: [duty({ targetOn: '2026-11-21' })],
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toEqual([
      expect.objectContaining({ path: 'duties.0.targetOn', message: 'วันที่เป้าหมายผ่านไปแล้ว' }),
    ]);
    const nothing = await liaison.put<ErrorResponse>(answerPath(CULTURE), { submit: true });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.fields?.[0]?.path).toBe('impacts');
    // Nothing was kept of any of them.
    expect(await answerOf(liaison)).toMatchObject({ status: 'not_started', version: 0, impacts: [] });
  });

  it('is saved as a draft, refused when stale, submitted, returned, resubmitted and accepted', async () => {
    const draft = await liaison.put<ImpactAnswerDetail>(answerPath(CULTURE), {
      impacts: [
        impact(),
        impact({
          text: 'ขยะจากนักท่องเที่ยวเพิ่มขึ้น',
          effect: 'negative',
          area: 'environmental',
          urgency: 'can_wait',
        }),
      ],
      duties: [duty()],
    });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({
      status: 'draft',
      version: 1,
      counts: { impacts: 2, duties: 1, urgent: 1, needsIao: 2 },
      canEdit: true,
    });
    const [first, second] = draft.body.impacts;
    const [firstDuty] = draft.body.duties;

    // Two saves from the same version: the second is stale.
    const kept = { impacts: [{ ...impact(), id: first?.id }], duties: [{ ...duty(), id: firstDuty?.id }] };
    expect((await liaison.put(answerPath(CULTURE), { ...kept, version: 1 })).status).toBe(200);
    const stale = await liaison.put<ErrorResponse>(answerPath(CULTURE), { ...kept, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
    const afterStale = await answerOf(liaison);
    expect(afterStale.impacts.map((item) => item.id)).toEqual([first?.id]);
    expect(afterStale.impacts.map((item) => item.id)).not.toContain(second?.id);

    const submitted = await liaison.put<ImpactAnswerDetail>(answerPath(CULTURE), {
      ...kept,
      version: 2,
      submit: true,
    });
    expect(submitted.body).toMatchObject({ status: 'submitted', version: 3, canEdit: false });
    const locked = await liaison.put<ErrorResponse>(answerPath(CULTURE), { ...kept, version: 3 });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('not_editable');

    expect(
      (await liaison.post(`${answerPath(CULTURE)}/review`, { version: 3, action: 'accept' })).status,
    ).toBe(403);
    const noComment = await iao.post<ErrorResponse>(`${answerPath(CULTURE)}/review`, {
      version: 3,
      action: 'return',
    });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.fields?.[0]?.path).toBe('comment');
    const returned = await iao.post<ImpactAnswerDetail>(`${answerPath(CULTURE)}/review`, {
      version: 3,
      action: 'return',
      comment: 'โปรดระบุบทบาทด้านการต้อนรับคณะผู้แทนด้วย',
    });
    expect(returned.body.status).toBe('returned');

    const resubmitted = await liaison.put<ImpactAnswerDetail>(answerPath(CULTURE), {
      impacts: kept.impacts,
      duties: [...kept.duties, duty({ text: 'จัดเจ้าหน้าที่ต้อนรับคณะผู้แทนต่างประเทศ', urgency: 'urgent' })],
      version: 4,
      submit: true,
    });
    expect(resubmitted.body).toMatchObject({ status: 'submitted', counts: { duties: 2, urgent: 2 } });
    const accepted = await iao.post<ImpactAnswerDetail>(`${answerPath(CULTURE)}/review`, {
      version: 5,
      action: 'accept',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.history.map((event) => event.action)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'accepted',
    ]);
    expect(accepted.body.history[1]?.comment).toBe('โปรดระบุบทบาทด้านการต้อนรับคณะผู้แทนด้วย');

    const [stored] = await t.db
      .select({ id: impactAnswers.id })
      .from(impactAnswers)
      .where(eq(impactAnswers.unitCode, CULTURE));
    const trail = await t.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'impact_answer'), eq(auditEvents.entityId, stored?.id ?? '')))
      .orderBy(asc(auditEvents.id));
    expect(trail.map((entry) => entry.action)).toEqual([
      'impact_answer.save',
      'impact_answer.save',
      'impact_answer.submit',
      'impact_answer.return',
      'impact_answer.submit',
      'impact_answer.accept',
    ]);
  });

  it('is answered by the IAO for any unit', async () => {
    const saved = await iao.put<ImpactAnswerDetail>(answerPath(PHRA_NAKHON), {
      duties: [duty({ handling: 'needs_iao' })],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', unit: { code: PHRA_NAKHON, kind: 'district' } });
  });
});

describe('the matrix', () => {
  it('shows which units answered, with their urgent and needs-IAO items, by kind of unit', async () => {
    expect((await liaison.get('/api/impacts/matrix')).status).toBe(403);
    const all = await executive.get<ImpactMatrix>('/api/impacts/matrix');
    expect(all.status).toBe(200);
    const cellOf = (matrix: ImpactMatrix, code: string) =>
      matrix.rows.find((row) => row.unit.code === code)?.cells[0];
    expect(cellOf(all.body, CULTURE)).toMatchObject({
      status: 'accepted',
      counts: { urgent: 2, needsIao: 1 },
    });
    expect(cellOf(all.body, PHRA_NAKHON)).toMatchObject({
      status: 'draft',
      counts: { duties: 1, needsIao: 1 },
    });
    expect(cellOf(all.body, OTHER)).toMatchObject({ status: 'not_started' });
    const districts = await executive.get<ImpactMatrix>('/api/impacts/matrix?kind=district');
    expect(districts.body.rows).toHaveLength(50);
    expect(districts.body.rows.every((row) => row.unit.kind === 'district')).toBe(true);

    const detail = await executive.get<ImpactThemeDetail>(`/api/impacts/themes/${theme.id}?kind=district`);
    expect(detail.body.statusCounts).toMatchObject({ draft: 1, not_started: 49, accepted: 0 });
  });

  it('exports to a workbook with Thai headers that reads back', async () => {
    const response = await executive.get(`/api/impacts/matrix.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/impact-register-2026-11-22\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.bytes.slice().buffer);
    const matrix = workbook.worksheets[0];
    expect(matrix?.name).toBe('ตารางหน่วยงาน×ประเด็น');
    expect(matrix?.getRow(1).getCell(3).value).toBe('หน่วยงาน');
    expect(matrix?.getRow(1).getCell(4).value).toBe('การเข้าสู่ประชาคมอาเซียน: สถานะ');
    const cultureRow = matrix?.getSheetValues().find((row) => Array.isArray(row) && row[1] === CULTURE);
    expect(Array.isArray(cultureRow) && cultureRow.slice(4, 7)).toEqual(['รับแล้ว', 2, 1]);
    const items = workbook.worksheets[1];
    expect(items?.getRow(1).getCell(6).value).toBe('รายละเอียด');
    expect(items?.rowCount).toBe(1 + 3 + 1);
  });
});

describe('turning an item into a coordination request', () => {
  it('opens a real request from the IAO to the unit, classed as the item, and links it once', async () => {
    const detail = await answerOf(iao);
    expect(detail.canOpenRequest).toBe(true);
    const item = detail.impacts[0];
    expect((await liaison.post(`/api/impacts/items/${item?.id}/request`)).status).toBe(403);

    const opened = await iao.post<ImpactAnswerDetail>(`/api/impacts/items/${item?.id}/request`);
    expect(opened.status).toBe(201);
    const requestId = opened.body.impacts[0]?.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(opened.body.history.at(-1)?.action).toBe('request_opened');

    const request = await iao.get<CoordinationRequestDetail>(`/api/coordination/requests/${requestId}`);
    expect(request.status).toBe(200);
    expect(request.body).toMatchObject({
      subject: 'การเข้าสู่ประชาคมอาเซียน: นักท่องเที่ยวจากประเทศสมาชิกอาเซียนเพิ่มขึ้น',
      fromUnit: expect.objectContaining({ code: '04160000' }),
      toUnit: expect.objectContaining({ code: CULTURE }),
      urgency: 'urgent',
      handledBy: 'iao',
      dueDate: '2027-03-31',
      status: 'received',
    });
    expect(request.body.details).toContain('นางวิไลวรรณ ใจดี');
    // The unit's liaison officer finds it in their unit's queue.
    expect((await liaison.get(`/api/coordination/requests/${requestId}`)).status).toBe(200);

    const again = await iao.post<ErrorResponse>(`/api/impacts/items/${item?.id}/request`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('request_exists');

    // The unit cannot drop an item that became a request once the answer is returned to it.
    const current = await answerOf(iao);
    await iao.post(`${answerPath(CULTURE)}/review`, {
      version: current.version,
      action: 'return',
      comment: 'ทบทวน',
    });
    const returned = await answerOf(liaison);
    const dropped = await liaison.put<ErrorResponse>(answerPath(CULTURE), {
      version: returned.version,
      impacts: [],
      duties: returned.duties.map(({ id, text, urgency, handling, responsible, targetOn }) => ({
        id,
        text,
        urgency,
        handling,
        responsible,
        targetOn,
      })),
    });
    expect(dropped.status).toBe(409);
    expect(dropped.body.error.code).toBe('item_has_request');
  });

  it('is refused with 503 when no coordination module is wired, opening nothing', async () => {
    const service = createImpactsService({ db: t.db, clock: t.clock });
    const detail = await answerOf(iao);
    const actor = await iaoActor();
    await expect(
      service.openRequest({ actor, ipAddress: 'test' }, actor, detail.duties[0]?.id ?? ''),
    ).rejects.toMatchObject({ definition: { code: 'requests_unavailable' } });
  });

  it('hands the port what the item says, and stores the id it answers', async () => {
    const opened: RequestToOpen[] = [];
    const opener: RequestOpener = {
      open: async (_context, _actor, request) => {
        opened.push(request);
        return { id: '7f1c2d3e-4b5a-4c6d-8e7f-901234567890' };
      },
    };
    const service = createImpactsService({ db: t.db, clock: t.clock, requests: opener });
    const detail = await answerOf(iao);
    const duty = detail.duties[0];
    const actor = await iaoActor();
    await service.openRequest({ actor, ipAddress: 'test' }, actor, duty?.id ?? '');
    expect(opened).toEqual([
      expect.objectContaining({
        fromUnitCode: '04160000',
        toUnitCode: CULTURE,
        urgency: duty?.urgency,
        handling: duty?.handling,
        dueOn: duty?.targetOn,
      }),
    ]);
    expect((await answerOf(iao)).duties[0]?.requestId).toBe('7f1c2d3e-4b5a-4c6d-8e7f-901234567890');
  });
});

async function iaoActor() {
  const { permissionsOf } = await import('@bia/contracts');
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    email: 'iao@test.bia.invalid',
    displayName: 'IAO',
    locale: 'th' as const,
    grants: [{ role: 'iao_officer' as const, scopeType: null, scopeId: null }],
    permissions: new Set(permissionsOf(['iao_officer'])),
    sessionId: 'test',
    csrfToken: 'test',
  };
}

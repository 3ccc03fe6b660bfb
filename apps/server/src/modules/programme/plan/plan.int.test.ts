import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ErrorResponse,
  ProgrammeDetail,
  ProgrammeList,
  ProgrammeStep,
  Role,
  WorkingGroupMember,
} from '@bia/contracts';
import { rowsOf } from '../../../db/client.ts';
import { buildProgramme } from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** 22 November 2026 in Bangkok: FY2570 has begun; FY2569 is over. */
const NOW = '2026-11-22T03:00:00Z';

function stepOf(programme: ProgrammeDetail, kind: ProgrammeStep['kind'], round = 1): ProgrammeStep {
  const step = programme.steps.find((candidate) => candidate.kind === kind && candidate.round === round);
  if (!step) throw new Error(`no step ${kind} of session ${round}`);
  return step;
}

async function auditActions(t: TestApp, entityId: string): Promise<string[]> {
  const rows = rowsOf<{ action: string }>(
    await t.db.execute(sql`select action from audit_events where entity_id = ${entityId} order by id`),
  );
  return rows.map((row) => row.action);
}

async function stepCount(t: TestApp): Promise<number> {
  const [row] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from programme_steps`),
  );
  return row?.total ?? 0;
}

describe('opening and planning a fiscal year', () => {
  let t: TestApp;
  let officer: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'th' });
  });
  afterAll(() => t.close());

  // FY2570 is left to the test that opens it; the others plan years of their own.
  let lastFiscalYear = 2570;
  const ownProgramme = () => buildProgramme(officer, { fiscalYear: (lastFiscalYear += 1) });

  it('opens FY2570 with the seed plan: 3 sessions, 3 entrepreneurs each, 19 steps in the year', async () => {
    const response = await officer.post<ProgrammeDetail>('/api/programmes', { fiscalYear: 2570 });
    expect(response.status).toBe(201);
    const programme = response.body;
    expect(programme).toMatchObject({
      fiscalYear: 2570,
      startDate: '2026-10-01',
      endDate: '2027-09-30',
      plannedSessions: 3,
      entrepreneursPerSession: 3,
      today: '2026-11-22',
      canManage: true,
    });
    expect(programme.steps).toHaveLength(19);
    expect(stepOf(programme, 'study')).toMatchObject({
      isFirstSessionOnly: true,
      plannedStart: '2026-10-01',
      plannedEnd: '2026-10-31',
      status: 'not_started',
      // Planned for October and not started on 22 November.
      isOverdue: true,
      canEdit: true,
    });
    expect(stepOf(programme, 'hold_session', 3).plannedEnd).toBe('2027-09-30');
    expect(programme.kpis).toEqual({
      sessionsPlanned: 3,
      sessionsHeld: 0,
      reportsDelivered: 0,
      overdueSteps: 2,
    });
    expect(await auditActions(t, programme.id)).toEqual(['programme.create']);
  });

  it('refuses a year out of range and a plan of no sessions', async () => {
    for (const body of [{ fiscalYear: 2400 }, { fiscalYear: 2569, plannedSessions: 0 }]) {
      const response = await officer.post<ErrorResponse>('/api/programmes', body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    expect((await officer.get('/api/programmes/2569')).status).toBe(404);
  });

  it('adds the steps of a fourth session, and drops it again while nothing of it has started', async () => {
    const current = await ownProgramme();
    const more = await officer.patch<ProgrammeDetail>(`/api/programmes/${current.fiscalYear}`, {
      version: current.version,
      plannedSessions: 4,
      entrepreneursPerSession: 5,
    });
    expect(more.status).toBe(200);
    expect(more.body.steps).toHaveLength(24);
    expect(more.body.steps.filter((step) => step.round === 4).map((step) => step.kind)).toEqual([
      'inquiry_letters',
      'coordinate',
      'agree_and_test',
      'hold_session',
      'report',
    ]);
    expect(more.body.entrepreneursPerSession).toBe(5);

    const fewer = await officer.patch<ProgrammeDetail>(`/api/programmes/${current.fiscalYear}`, {
      version: more.body.version,
      plannedSessions: 3,
    });
    expect(fewer.status).toBe(200);
    expect(fewer.body.steps).toHaveLength(19);
  });

  it('refuses to drop a session whose steps are under way, and changes nothing', async () => {
    const current = await ownProgramme();
    const letters = stepOf(current, 'inquiry_letters', 3);
    expect(
      (
        await officer.patch(`/api/programme-steps/${letters.id}`, {
          version: letters.version,
          status: 'in_progress',
        })
      ).status,
    ).toBe(200);
    const response = await officer.patch<ErrorResponse>(`/api/programmes/${current.fiscalYear}`, {
      version: current.version,
      plannedSessions: 2,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('rounds_started');
    const after = (await officer.get<ProgrammeDetail>(`/api/programmes/${current.fiscalYear}`)).body;
    expect(after.plannedSessions).toBe(3);
    expect(after.steps).toHaveLength(19);
  });

  it('refuses a change made to an older version', async () => {
    const { fiscalYear } = await ownProgramme();
    // Someone else's change takes the programme past the version 1 the test sends.
    await officer.patch(`/api/programmes/${fiscalYear}`, { version: 1, notes: 'first' });
    const response = await officer.patch<ErrorResponse>(`/api/programmes/${fiscalYear}`, {
      version: 1,
      notes: 'x',
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict_stale');
  });

  describe('once the year is open', () => {
    // A database of its own, where FY2570 is open before the test begins.
    let t: TestApp;
    let officer: TestClient;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      officer = await t.signInAs('iao_officer', { locale: 'th' });
      await buildProgramme(officer);
    });
    afterAll(() => t.close());

    it('refuses a second programme for the same year, in the officer’s language, and adds no steps', async () => {
      const before = await stepCount(t);
      const response = await officer.post<ErrorResponse>('/api/programmes', { fiscalYear: 2570 });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('programme_exists');
      expect(response.body.error.message).toBe('ปีงบประมาณ 2570 มีโครงการอยู่แล้ว');
      expect(await stepCount(t)).toBe(before);
    });
  });
});

describe('recording the progress of steps', () => {
  let t: TestApp;
  let officer: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
  });
  afterAll(() => t.close());

  // Each test records the progress of a programme of its own.
  let lastFiscalYear = 2570;
  const ownProgramme = () => buildProgramme(officer, { fiscalYear: (lastFiscalYear += 1) });

  it('marks a step done with today as its end when none is given, and audits the change', async () => {
    const programme = await ownProgramme();
    const study = stepOf(programme, 'study');
    const response = await officer.patch<ProgrammeStep>(`/api/programme-steps/${study.id}`, {
      version: study.version,
      status: 'done',
      actualStart: '2026-10-05',
      owner: 'นางสาวจันทร์ เพ็ญ',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'done',
      actualStart: '2026-10-05',
      actualEnd: '2026-11-22',
      owner: 'นางสาวจันทร์ เพ็ญ',
      isOverdue: false,
    });
    expect(await auditActions(t, study.id)).toEqual(['programme_step.update']);
  });

  it('refuses reversed dates and dates to come, naming the field, and saves nothing', async () => {
    const programme = await ownProgramme();
    const approval = stepOf(programme, 'approval');
    const reversed = await officer.patch<ErrorResponse>(`/api/programme-steps/${approval.id}`, {
      version: approval.version,
      plannedStart: '2026-11-30',
      plannedEnd: '2026-11-01',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields?.map((field) => [field.path, field.message])).toEqual([
      ['plannedEnd', 'The end may not come before the start.'],
    ]);
    const future = await officer.patch<ErrorResponse>(`/api/programme-steps/${approval.id}`, {
      version: approval.version,
      actualStart: '2026-12-01',
    });
    expect(future.body.error.fields?.map((field) => field.code)).toEqual(['in_future']);
    const stored = stepOf(
      (await officer.get<ProgrammeDetail>(`/api/programmes/${programme.fiscalYear}`)).body,
      'approval',
    );
    expect(stored).toMatchObject({ plannedStart: approval.plannedStart, actualStart: null, version: 1 });
    expect(await auditActions(t, approval.id)).toEqual([]);
  });

  it('refuses a change to a stale step', async () => {
    const programme = await ownProgramme();
    const study = stepOf(programme, 'study');
    // Someone else's change takes the step past the version the test loaded.
    await officer.patch(`/api/programme-steps/${study.id}`, { version: study.version, note: 'earlier' });
    const response = await officer.patch<ErrorResponse>(`/api/programme-steps/${study.id}`, {
      version: study.version,
      note: 'late',
    });
    expect(response.status).toBe(409);
  });

  describe('on a database holding FY2570 alone', () => {
    // The list of programmes counts every year of the database.
    let t: TestApp;
    let officer: TestClient;
    let programme: ProgrammeDetail;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      officer = await t.signInAs('iao_officer', { locale: 'en' });
      programme = await buildProgramme(officer);
    });
    afterAll(() => t.close());

    it('counts a session held and its report delivered in the year’s KPIs', async () => {
      // Record a whole first session, its dates in the past of the fixed clock.
      for (const kind of ['hold_session', 'report'] as const) {
        const step = stepOf(programme, kind);
        const response = await officer.patch(`/api/programme-steps/${step.id}`, {
          version: step.version,
          status: 'done',
          actualStart: '2026-11-20',
          actualEnd: '2026-11-21',
        });
        expect(response.status).toBe(200);
      }
      const list = await officer.get<ProgrammeList>('/api/programmes');
      expect(list.body.currentFiscalYear).toBe(2570);
      expect(
        list.body.items.map((item) => [item.fiscalYear, item.kpis.sessionsHeld, item.kpis.reportsDelivered]),
      ).toEqual([[2570, 1, 1]]);
    });
  });
});

describe('the working group', () => {
  let t: TestApp;
  let officer: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'th' });
    await officer.post('/api/programmes', { fiscalYear: 2570 });
  });
  afterAll(() => t.close());

  it('records members with their unit and role, refuses the same name twice and an unknown unit', async () => {
    const chair = await officer.post<WorkingGroupMember>('/api/programmes/2570/working-group', {
      fullName: 'ผู้อำนวยการ สำนักพัฒนาสังคม',
      position: 'ผู้อำนวยการสำนักพัฒนาสังคม',
      groupRole: 'chair',
    });
    expect(chair.status).toBe(201);
    expect(chair.body).toMatchObject({ groupRole: 'chair', unitCode: null });
    const twice = await officer.post<ErrorResponse>('/api/programmes/2570/working-group', {
      fullName: 'ผู้อำนวยการ สำนักพัฒนาสังคม',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('member_duplicate');
    const unknownUnit = await officer.post<ErrorResponse>('/api/programmes/2570/working-group', {
      fullName: 'เจ้าหน้าที่ ทดสอบ',
      unitCode: '10999999',
    });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.error.fields?.[0]?.message).toBe('ไม่มีหน่วยงานรหัส "10999999"');

    const secretary = await officer.post<WorkingGroupMember>('/api/programmes/2570/working-group', {
      fullName: 'นักวิเทศสัมพันธ์ ทดสอบ',
      groupRole: 'secretary',
      email: 'iao@bangkok.go.th',
    });
    const changed = await officer.patch<WorkingGroupMember>(
      `/api/working-group-members/${secretary.body.id}`,
      {
        version: secretary.body.version,
        groupRole: 'member',
      },
    );
    expect(changed.body.groupRole).toBe('member');
    expect(
      (
        await officer.delete(
          `/api/working-group-members/${secretary.body.id}?version=${changed.body.version}`,
        )
      ).status,
    ).toBe(204);
    const programme = (await officer.get<ProgrammeDetail>('/api/programmes/2570')).body;
    expect(programme.workingGroup.map((member) => member.fullName)).toEqual(['ผู้อำนวยการ สำนักพัฒนาสังคม']);
    expect(await auditActions(t, secretary.body.id)).toEqual([
      'working_group_member.create',
      'working_group_member.update',
      'working_group_member.delete',
    ]);
  });
});

describe('who may do what in the trade programme', () => {
  let t: TestApp;
  let programme: ProgrammeDetail;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    const officer = await t.signInAs('iao_officer');
    programme = (await officer.post<ProgrammeDetail>('/api/programmes', { fiscalYear: 2570 })).body;
  });
  afterAll(() => t.close());

  type Who = Role | 'anonymous';
  /** Each role that may open a year opens one of its own. */
  let nextYear = 2570;
  const clientOf = async (who: Who) => (who === 'anonymous' ? t.anonymous() : t.signInAs(who));
  /** The step's current version, so that each attempt is judged on who asks, not on staleness. */
  const versionOf = async (id: string) => {
    const [row] = rowsOf<{ version: number }>(
      await t.db.execute(sql`select version from programme_steps where id = ${id}`),
    );
    return row?.version ?? 0;
  };
  const editStep = async (client: TestClient, kind: ProgrammeStep['kind']) => {
    const step = stepOf(programme, kind);
    return (
      await client.patch(`/api/programme-steps/${step.id}`, { version: await versionOf(step.id), note: kind })
    ).status;
  };

  it.each<[Who, number, number, number, number, number]>([
    // who, read, open a year, edit Social Development's step, edit the IAO's step, add a member
    ['anonymous', 401, 401, 401, 401, 401],
    ['entrepreneur', 403, 403, 403, 403, 403],
    ['partner_coordinator', 403, 403, 403, 403, 403],
    ['liaison_officer', 403, 403, 403, 403, 403],
    ['executive', 200, 403, 403, 403, 403],
    ['social_development_officer', 200, 403, 200, 403, 403],
    ['strategy_officer', 200, 403, 200, 403, 403],
    ['iao_officer', 200, 201, 200, 200, 201],
    ['admin', 200, 201, 200, 200, 201],
  ])('%s', async (who, read, open, editOwn, editIao, addMember) => {
    const client = await clientOf(who);
    expect((await client.get('/api/programmes/2570')).status).toBe(read);
    expect((await client.post('/api/programmes', { fiscalYear: (nextYear += 1) })).status).toBe(open);
    expect(await editStep(client, 'coordinate')).toBe(editOwn);
    expect(await editStep(client, 'study')).toBe(editIao);
    expect(
      (await client.post('/api/programmes/2570/working-group', { fullName: `สมาชิก ${who}` })).status,
    ).toBe(addMember);
  });

  it('tells Social Development which steps it may change', async () => {
    const social = await t.signInAs('social_development_officer');
    const seen = (await social.get<ProgrammeDetail>('/api/programmes/2570')).body;
    expect(seen.canManage).toBe(false);
    expect(stepOf(seen, 'coordinate').canEdit).toBe(true);
    expect(stepOf(seen, 'circulate_order').canEdit).toBe(true);
    expect(stepOf(seen, 'study').canEdit).toBe(false);
    expect(stepOf(seen, 'hold_session').canEdit).toBe(false);
  });
});

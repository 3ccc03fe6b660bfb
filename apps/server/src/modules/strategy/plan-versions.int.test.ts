/**
 * Administrators correct the plan or record a revision as a new version, over HTTP against real SQL
 * (issue 15, decision 0051): a KPI corrected makes version 2, current, audited with its author; a
 * stale base, a document failing the loader's checks and a bad target are refused with nothing
 * written; a whole document recorded as a revision; rounds opened before keep their version while a
 * round opened after uses the new one; an earlier version read by its number; who may do it.
 */
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EditableKpi,
  ErrorResponse,
  KpiCorrection,
  NamedAuditEventPage,
  PlanVersionInfo,
  PlanVersionList,
  StrategyKpiDetail,
  StrategyPlan,
  StrategyRoundDetail,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import type { PlanDocument } from './plan-data.ts';
import * as repository from './strategy.repository.ts';
import { strategyPlanVersions } from './strategy.schema.ts';

const KPI = '/api/strategy/plan/kpis/1.1.1';
const OLD_NAME = 'ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจระหว่างประเทศ';
const NEW_NAME = 'ระดับความสำเร็จในการจับคู่ความร่วมมือทางธุรกิจกับต่างประเทศ';

let t: TestApp;
let admin: TestClient;
let iao: TestClient;
let strategyOfficer: TestClient;
let roundBefore: StrategyRoundDetail;
let original: EditableKpi;

async function versionCount(): Promise<number> {
  const [row] = await t.db.select({ total: count() }).from(strategyPlanVersions);
  return row?.total ?? 0;
}

async function editable(): Promise<EditableKpi> {
  const response = await admin.get<EditableKpi>(KPI);
  expect(response.status).toBe(200);
  return response.body;
}

/** The KPI as the form would send it back unchanged, at its version, with a note. */
function correctionOf(kpi: EditableKpi, overrides: Partial<KpiCorrection> = {}): KpiCorrection {
  return {
    baseVersionId: kpi.versionId,
    kind: 'correction',
    note: 'แก้คำผิดจากการถอดความชื่อตัวชี้วัด 1.1.1',
    name: kpi.name,
    ...(kpi.measure.kind === 'rubric' ? { levels: kpi.measure.levels } : {}),
    ...(kpi.measure.kind === 'number' ? { unit: kpi.measure.unit } : {}),
    targets: kpi.targets,
    ...overrides,
  };
}

async function currentDocument(): Promise<{ id: string; document: PlanDocument }> {
  const [current] = await repository.listCurrentVersions(t.db);
  if (!current) throw new Error('no current version');
  return current;
}

beforeAll(async () => {
  // 22 November 2026 in Bangkok: fiscal year 2570; the template holds the reference plan as version 1.
  t = await createTestApp();
  admin = await t.signInAs('admin', { email: 'plan-admin@test.bia.invalid' });
  iao = await t.signInAs('iao_officer');
  strategyOfficer = await t.signInAs('strategy_officer');
  const opened = await iao.post<StrategyRoundDetail>('/api/strategy/rounds', {
    fiscalYear: 2570,
    kind: 'six_month',
    deadline: '2027-04-30',
  });
  expect(opened.status).toBe(201);
  roundBefore = opened.body;
  original = await editable();
});

afterAll(async () => {
  await t.close();
});

describe('who may correct the plan', () => {
  it('refuses an officer without strategy:plan, and writes nothing', async () => {
    for (const client of [iao, strategyOfficer]) {
      expect((await client.get(KPI)).status).toBe(403);
      const patched = await client.patch(KPI, correctionOf(original, { name: { th: NEW_NAME, en: 'x' } }));
      expect(patched.status).toBe(403);
      const posted = await client.post('/api/strategy/plan/versions', {
        baseVersionId: original.versionId,
        kind: 'revision',
        note: 'ทบทวนแผน',
        document: (await currentDocument()).document,
      });
      expect(posted.status).toBe(403);
    }
    expect(await versionCount()).toBe(1);
    // The office's staff read the versions.
    const list = await iao.get<PlanVersionList>('/api/strategy/plan/versions');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      number: 1,
      kind: 'reference',
      isCurrent: true,
      createdBy: null,
    });
  });
});

describe('correcting one KPI', () => {
  it('shows the KPI as the plan keeps it, both languages, at the current version', () => {
    expect(original).toMatchObject({ code: '1.1.1', version: 1, name: { th: OLD_NAME } });
    expect(original.measure.kind === 'rubric' && original.measure.levels).toHaveLength(5);
    expect(original.targets.map((target) => target.fiscalYear)).toEqual([2566, 2567, 2568, 2569, 2570]);
  });

  it('refuses a correction without a note or with a target off the rubric, and writes nothing', async () => {
    const noNote = await admin.patch<ErrorResponse>(KPI, correctionOf(original, { note: '  ' }));
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields?.[0]).toMatchObject({
      path: 'note',
      message: 'โปรดระบุว่าแก้ไขอะไรและเพราะเหตุใด',
    });

    const targets = original.targets.map((target, index) => (index === 4 ? { ...target, value: 7 } : target));
    const offRubric = await admin.patch<ErrorResponse>(KPI, correctionOf(original, { targets }));
    expect(offRubric.status).toBe(400);
    expect(offRubric.body.error.code).toBe('plan_invalid');
    expect(offRubric.body.error.fields).toEqual([
      expect.objectContaining({ path: 'targets.4.value', message: 'ค่าเป้าหมายต้องเป็นระดับที่ 1 ถึง 5' }),
    ]);

    const unchanged = await admin.patch<ErrorResponse>(KPI, correctionOf(original));
    expect(unchanged.status).toBe(400);
    expect(unchanged.body.error.code).toBe('plan_unchanged');
    expect(await versionCount()).toBe(1);
  });

  it('makes version 2, current, and audits it with its author', async () => {
    const targets = original.targets.map((target, index) =>
      index === 4
        ? {
            ...target,
            value: 4,
            asWritten: '4',
            condition: { th: 'ตามผลการทบทวนแผน', en: 'As the plan review found' },
          }
        : target,
    );
    const corrected = await admin.patch<PlanVersionInfo>(
      KPI,
      correctionOf(original, { name: { ...original.name, th: NEW_NAME }, targets }),
    );
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      number: 2,
      kind: 'correction',
      isCurrent: true,
      isReferenceData: false,
      note: 'แก้คำผิดจากการถอดความชื่อตัวชี้วัด 1.1.1',
    });

    const kpi = await iao.get<StrategyKpiDetail>('/api/strategy/kpis/1.1.1');
    expect(kpi.body.version).toMatchObject({ number: 2, kind: 'correction', isCurrent: true });
    expect(kpi.body.kpi.name.text).toBe(NEW_NAME);
    expect(kpi.body.kpi.targets[4]).toMatchObject({
      fiscalYear: 2570,
      value: 4,
      condition: { text: 'ตามผลการทบทวนแผน', lang: 'th' },
    });

    const list = await iao.get<PlanVersionList>('/api/strategy/plan/versions');
    expect(list.body.items.map((item) => [item.number, item.kind, item.isCurrent, item.createdBy])).toEqual([
      [2, 'correction', true, 'plan-admin@test.bia.invalid'],
      [1, 'reference', false, null],
    ]);

    const trail = await admin.get<NamedAuditEventPage>('/api/audit?entityType=strategy_plan_version');
    expect(trail.status).toBe(200);
    expect(trail.body.items).toHaveLength(1);
    expect(trail.body.items[0]).toMatchObject({
      action: 'strategy_plan_version.create',
      entityId: corrected.body.id,
      actorUserId: admin.session?.user?.id,
      actorName: 'plan-admin@test.bia.invalid',
      record: { name: 'แผนยุทธศาสตร์ ฉบับที่ 2' },
      before: { version: 1, kind: 'reference', isCurrent: true },
      after: { version: 2, kind: 'correction', isCurrent: true },
    });
    const changed = (trail.body.items[0]?.after as { changed: { paths: string[] } }).changed.paths;
    expect(changed).toContain('strategies.0.tactics.0.kpis.0.name.th');
    expect(changed).toContain('strategies.0.tactics.0.kpis.0.targets.4.value');
  });

  it('refuses a correction made to a version no longer current, with nothing written', async () => {
    const stale = await admin.patch<ErrorResponse>(
      KPI,
      correctionOf(original, { name: { ...original.name, th: 'ชื่อจากฉบับเก่า' } }),
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict_stale');
    expect(await versionCount()).toBe(2);
    const kpi = await iao.get<StrategyKpiDetail>('/api/strategy/kpis/1.1.1');
    expect(kpi.body.kpi.name.text).toBe(NEW_NAME);
  });
});

describe('recording a whole document', () => {
  it('refuses a document that fails the shape, at the path of each problem, with nothing written', async () => {
    const current = await currentDocument();
    const broken = structuredClone(current.document);
    const kpi = broken.strategies[0]?.tactics[0]?.kpis[0];
    if (!kpi) throw new Error('no KPI');
    kpi.targets = kpi.targets.slice(0, 4);
    const refused = await admin.post<ErrorResponse>('/api/strategy/plan/versions', {
      baseVersionId: current.id,
      kind: 'revision',
      note: 'ทบทวนแผนระยะครึ่งแผน',
      document: broken,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('plan_invalid');
    expect(refused.body.error.fields?.map((field) => field.path)).toContain(
      'document.strategies.0.tactics.0.kpis.0.targets',
    );
    expect(await versionCount()).toBe(2);
  });

  it('refuses a document that fails the loader’s checks, in the reader’s language', async () => {
    const current = await currentDocument();
    const broken = structuredClone(current.document);
    const project = broken.strategies[0]?.tactics[0]?.projects[0];
    if (!project) throw new Error('no project');
    project.kpi_codes = ['1.1.9'];
    const english = await t.signInAs('admin', { locale: 'en' });
    const refused = await english.post<ErrorResponse>('/api/strategy/plan/versions', {
      baseVersionId: current.id,
      kind: 'revision',
      note: 'mid-term review',
      document: broken,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({
        path: 'document.strategies.0.tactics.0.projects.0.kpi_codes',
        message: 'The project names a KPI its tactic does not have.',
      }),
    ]);
    expect(await versionCount()).toBe(2);
  });

  it('records a revision as version 3, current; a stale base is refused', async () => {
    const current = await currentDocument();
    const revised = structuredClone(current.document);
    const kpi = revised.strategies[0]?.tactics[1]?.kpis[0];
    if (kpi?.code !== '1.2.1') throw new Error('no KPI 1.2.1');
    const [, , , , last] = kpi.targets;
    if (!last) throw new Error('no target for 2570');
    // The reference plan aims at level 5 in 2570; the review lowers it to 4.
    last.value = 4;
    last.as_written = '4';
    const note = 'ทบทวนแผนระยะครึ่งแผน ปี 2568: ปรับค่าเป้าหมายของตัวชี้วัด 1.2.1';
    const recorded = await admin.post<PlanVersionInfo>('/api/strategy/plan/versions', {
      baseVersionId: current.id,
      kind: 'revision',
      note,
      document: revised,
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ number: 3, kind: 'revision', isCurrent: true, note });

    const again = await admin.post<ErrorResponse>('/api/strategy/plan/versions', {
      baseVersionId: current.id,
      kind: 'revision',
      note,
      document: revised,
    });
    expect(again.status).toBe(409);
    expect(await versionCount()).toBe(3);
  });
});

describe('rounds and earlier versions', () => {
  it('keeps a round opened before on its version: its items show that version’s text', async () => {
    const round = await iao.get<StrategyRoundDetail>(`/api/strategy/rounds/${roundBefore.round.id}`);
    expect(round.body.round.planVersion).toBe(1);
    expect(round.body.items.find((item) => item.code === '1.1.1')?.name.text).toBe(OLD_NAME);

    // The version it reports against is read whole, with its own targets.
    const earlier = await iao.get<StrategyKpiDetail>('/api/strategy/kpis/1.1.1?version=1');
    expect(earlier.status).toBe(200);
    expect(earlier.body.version).toMatchObject({ number: 1, isCurrent: false });
    expect(earlier.body.kpi.name.text).toBe(OLD_NAME);
    expect(earlier.body.kpi.targets.map((target) => target.value)).toEqual(
      original.targets.map((target) => target.value),
    );
    const plan = await iao.get<StrategyPlan>('/api/strategy/plan?version=1');
    expect(plan.body.version).toMatchObject({ number: 1, kind: 'reference', isCurrent: false });
  });

  it('opens a later round on the current version', async () => {
    const opened = await iao.post<StrategyRoundDetail>('/api/strategy/rounds', {
      fiscalYear: 2570,
      kind: 'twelve_month',
      deadline: '2027-10-31',
    });
    expect(opened.status).toBe(201);
    expect(opened.body.round.planVersion).toBe(3);
    expect(opened.body.items.find((item) => item.code === '1.1.1')?.name.text).toBe(NEW_NAME);
  });

  it('says so when the plan has no version with the number asked for', async () => {
    const missing = await iao.get<ErrorResponse>('/api/strategy/plan?version=99');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'version_not_found', message: 'ไม่พบแผนยุทธศาสตร์ฉบับนี้' });
  });
});

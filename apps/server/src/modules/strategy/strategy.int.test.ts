/**
 * The strategic plan over HTTP and its loading from the reference data, against real SQL: the plan's
 * tree in the reader's language, one KPI, what a unit leads or supports, the versions the loader adds
 * (and does not add), a bad file refused whole, and who may read it.
 */
import fs from 'node:fs';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, Role, StrategyKpiDetail, StrategyPlan, UnitStrategy } from '@bia/contracts';
import { createLogger } from '../../shared/logger.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { InvalidPlanDataError } from './reference-data.ts';
import { loadStrategyReferenceData } from './reference-loader.ts';
import * as repository from './strategy.repository.ts';
import { strategyPlanVersions } from './strategy.schema.ts';
import {
  buildPlanDocument,
  EDUCATION,
  FIXTURE_PLAN_KEY,
  IAO,
  PHRA_NAKHON,
  SOCIAL_DEVELOPMENT,
  writePlanFolder,
} from './testing/plan-fixture.ts';

let t: TestApp;
let reader: TestClient;
let englishReader: TestClient;
const folders: string[] = [];

function planFolder(documents: readonly unknown[]): string {
  const folder = writePlanFolder(documents);
  folders.push(folder);
  return folder;
}

async function versionCount(): Promise<number> {
  const [row] = await t.db.select({ total: count() }).from(strategyPlanVersions);
  return row?.total ?? 0;
}

beforeAll(async () => {
  // The test clock is 22 November 2026 (Bangkok): fiscal year 2570.
  t = await createTestApp();
  // Start from no plan at all, whatever the template's reference data holds.
  await t.db.delete(strategyPlanVersions);
  reader = await t.signInAs('iao_officer');
  englishReader = await t.signInAs('executive', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('before any plan is loaded', () => {
  it('says there is no plan, and a unit has no part in one', async () => {
    const plan = await reader.get<ErrorResponse>('/api/strategy/plan');
    expect(plan.status).toBe(404);
    expect(plan.body.error).toMatchObject({ code: 'plan_not_loaded', message: 'ยังไม่มีแผนยุทธศาสตร์ในระบบ' });

    const unit = await reader.get<UnitStrategy>(`/api/units/${IAO}/strategy`);
    expect(unit.status).toBe(200);
    expect(unit.body).toMatchObject({ unitCode: IAO, plan: null, kpis: [], projects: [] });
  });
});

describe('the plan loaded from the reference data', () => {
  beforeAll(async () => {
    expect(await loadStrategyReferenceData(t.db, { folder: planFolder([buildPlanDocument()]) })).toEqual([
      { planKey: FIXTURE_PLAN_KEY, version: 1, isCurrent: true },
    ]);
  });

  it('answers the whole tree in Thai, with its version, counts and this fiscal year', async () => {
    const response = await reader.get<StrategyPlan>('/api/strategy/plan');
    expect(response.status).toBe(200);
    const plan = response.body;
    expect(plan.key).toBe(FIXTURE_PLAN_KEY);
    expect(plan.currentFiscalYear).toBe(2570);
    expect(plan.version).toMatchObject({ number: 1, isReferenceData: true });
    expect(plan.version.note).toContain('seed 001');
    expect(plan.counts).toEqual({ strategies: 3, tactics: 4, kpis: 5, projects: 5 });
    expect(plan.missions).toHaveLength(4);
    expect(plan.vision).toEqual({
      text: 'กรุงเทพมหานครเป็นเมืองที่มีบทบาทนำในเวทีระหว่างประเทศ',
      lang: 'th',
      isTranslation: false,
    });
    expect(plan.strategies.map((strategy) => strategy.tactics.map((tactic) => tactic.code))).toEqual([
      ['1.1', '1.3'],
      ['2.3'],
      ['3.2'],
    ]);

    const tactic = plan.strategies[0]?.tactics[0];
    const kpi = tactic?.kpis[0];
    expect(kpi?.code).toBe('1.1.1');
    expect(kpi?.measure.kind).toBe('rubric');
    expect(kpi?.targets.map((target) => [target.fiscalYear, target.value])).toEqual([
      [2566, 1],
      [2567, 2],
      [2568, 3],
      [2569, 4],
      [2570, 5],
    ]);
    expect(kpi?.leadUnits).toEqual([
      { kind: 'unit', code: IAO, name: 'สำนักงานการต่างประเทศ', asWritten: 'สำนักงานการต่างประเทศ' },
    ]);
    expect(kpi?.supportingUnits[1]).toEqual({
      kind: 'outside',
      name: { text: 'สำนักการค้าปลีก', lang: 'th', isTranslation: false },
      asWritten: 'สำนักการค้าปลีก',
    });
    expect(tactic?.projects.map((project) => [project.code, project.isNew, project.kpiCodes])).toEqual([
      ['1.1-P1', true, ['1.1.1']],
      ['1.1-P2', false, ['1.1.1']],
      ['1.1-P3', true, ['1.1.2']],
    ]);

    // A target the seed gives no figure for keeps its words.
    const cooperation = plan.strategies[1]?.tactics[0]?.kpis[0];
    expect(cooperation?.targets[3]).toEqual({
      fiscalYear: 2569,
      value: null,
      asWritten: 'ขึ้นอยู่กับนโยบายผู้บริหาร',
      condition: null,
    });
  });

  it('answers in English, marking the platform’s translations and naming units in English', async () => {
    const { body: plan } = await englishReader.get<StrategyPlan>('/api/strategy/plan');
    expect(plan.vision).toEqual({
      text: 'Bangkok is the leading actor on the global stage',
      lang: 'en',
      isTranslation: false,
    });
    const tactic = plan.strategies[0]?.tactics[0];
    expect(tactic?.name.isTranslation).toBe(false);
    expect(tactic?.kpis[0]?.name).toEqual({
      text: 'Level of success in international business matching',
      lang: 'en',
      isTranslation: true,
    });
    expect(tactic?.kpis[0]?.leadUnits[0]).toMatchObject({ code: IAO, name: 'International Affairs Office' });
    // The seed's own words stay Thai.
    expect(plan.strategies[2]?.tactics[0]?.kpis[0]?.targets[0]?.asWritten).toBe('ร้อยละ 60');
  });

  it('answers one KPI with its tactic, strategy, rubric and projects', async () => {
    const response = await reader.get<StrategyKpiDetail>('/api/strategy/kpis/1.1.1');
    expect(response.status).toBe(200);
    const detail = response.body;
    expect(detail.strategy).toEqual({
      number: 1,
      name: { text: 'การเชื่อมโยงวาระระดับโลกสู่การดำเนินการของเมือง', lang: 'th', isTranslation: false },
    });
    expect(detail.tactic.code).toBe('1.1');
    expect(detail.version.number).toBe(1);
    expect(
      detail.kpi.measure.kind === 'rubric' && detail.kpi.measure.levels.map((level) => level.level),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(detail.projects.map((project) => project.code)).toEqual(['1.1-P1', '1.1-P2']);

    const counted = await englishReader.get<StrategyKpiDetail>('/api/strategy/kpis/1.3.1');
    expect(counted.body.kpi.measure).toEqual({
      kind: 'number',
      unit: { text: 'activities a year', lang: 'en', isTranslation: true },
    });
    expect(counted.body.kpi.targets[1]?.condition?.text).toBe(
      'one activity in each area, one of them continuing',
    );
  });

  it('refuses a KPI the plan does not have, and a code that is not one, with a translated message', async () => {
    const missing = await englishReader.get<ErrorResponse>('/api/strategy/kpis/1.1.9');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'kpi_not_found',
      message: 'The strategic plan in force has no KPI with this code.',
    });
    const malformed = await reader.get<ErrorResponse>('/api/strategy/kpis/abc');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
  });

  it('lists what a unit leads, then what it supports, with this year’s target, and the projects of those KPIs', async () => {
    const iao = await reader.get<UnitStrategy>(`/api/units/${IAO}/strategy`);
    expect(iao.status).toBe(200);
    expect(iao.body.plan?.version.number).toBe(1);
    expect(iao.body.kpis.map((kpi) => [kpi.code, kpi.role])).toEqual([
      ['1.1.1', 'lead'],
      ['1.1.2', 'lead'],
      ['1.3.1', 'lead'],
      ['2.3.1', 'lead'],
      ['3.2.1', 'lead'],
    ]);
    expect(iao.body.kpis[0]?.currentTarget).toMatchObject({ fiscalYear: 2570, value: 5 });
    expect(iao.body.projects.map((project) => project.code)).toEqual([
      '1.1-P1',
      '1.1-P2',
      '1.1-P3',
      '1.3-P1',
      '3.2-P1',
    ]);

    const social = await reader.get<UnitStrategy>(`/api/units/${SOCIAL_DEVELOPMENT}/strategy`);
    expect(social.body.kpis.map((kpi) => [kpi.code, kpi.role, kpi.tactic.code])).toEqual([
      ['1.1.1', 'supporting', '1.1'],
      ['1.1.2', 'supporting', '1.1'],
    ]);
    expect(social.body.projects.map((project) => [project.code, project.role])).toEqual([
      ['1.1-P1', 'supporting'],
      ['1.1-P2', 'supporting'],
      ['1.1-P3', 'supporting'],
    ]);

    const education = await reader.get<UnitStrategy>(`/api/units/${EDUCATION}/strategy`);
    expect(education.body.kpis.map((kpi) => [kpi.code, kpi.role])).toEqual([['1.3.1', 'lead']]);

    const district = await reader.get<UnitStrategy>(`/api/units/${PHRA_NAKHON}/strategy`);
    expect(district.body.kpis.map((kpi) => [kpi.code, kpi.role])).toEqual([['2.3.1', 'supporting']]);
    expect(district.body.kpis[0]?.currentTarget).toMatchObject({ fiscalYear: 2570, value: 3 });
    expect(district.body.projects).toEqual([]);

    const unnamed = await reader.get<UnitStrategy>('/api/units/1002/strategy');
    expect(unnamed.body).toMatchObject({ kpis: [], projects: [] });
    expect(unnamed.body.plan).not.toBeNull();

    const unknown = await reader.get<ErrorResponse>('/api/units/1099/strategy');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unit_not_found');
  });
});

describe('versions loaded from the reference data', () => {
  it('adds no version when the file has not changed, and a current one when it has', async () => {
    const before = await versionCount();
    expect(await loadStrategyReferenceData(t.db, { folder: planFolder([buildPlanDocument()]) })).toEqual([]);
    expect(await versionCount()).toBe(before);

    const revised = buildPlanDocument({
      vision: {
        th: 'กรุงเทพมหานครเป็นเมืองที่มีบทบาทนำในเวทีระหว่างประเทศ (ฉบับทบทวน)',
        en: 'Bangkok is the leading actor on the global stage (revised)',
        en_source: 'translation',
      },
    });
    expect(await loadStrategyReferenceData(t.db, { folder: planFolder([revised]) })).toEqual([
      { planKey: FIXTURE_PLAN_KEY, version: 2, isCurrent: true },
    ]);
    // Loading the same file again adds nothing more.
    expect(await loadStrategyReferenceData(t.db, { folder: planFolder([revised]) })).toEqual([]);

    const { body: plan } = await englishReader.get<StrategyPlan>('/api/strategy/plan');
    expect(plan.version).toMatchObject({ number: 2, note: 'reference data updated', isReferenceData: true });
    expect(plan.vision).toEqual({
      text: 'Bangkok is the leading actor on the global stage (revised)',
      lang: 'en',
      isTranslation: true,
    });
    const versions = await repository.listVersionsOf(t.db, FIXTURE_PLAN_KEY);
    expect(versions.map((version) => [version.version, version.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it("keeps an administrator's current version when the file changes, adding the file's version beside it", async () => {
    const [latest] = (await repository.listVersionsOf(t.db, FIXTURE_PLAN_KEY)).slice(-1);
    if (!latest) throw new Error('no version');
    await t.db.transaction(async (tx) => {
      await repository.clearCurrent(tx, FIXTURE_PLAN_KEY);
      await repository.insertVersion(tx, {
        planKey: FIXTURE_PLAN_KEY,
        version: 3,
        document: { ...latest.document, vision: { ...latest.document.vision, th: 'วิสัยทัศน์ที่ผู้ดูแลแก้ไข' } },
        note: 'correction',
        isCurrent: true,
        referenceFile: null,
        createdBy: '7d6c9a4e-0000-4000-8000-000000000001',
      });
    });
    const logged: { message: string; details: Record<string, unknown> | undefined }[] = [];
    const logger = {
      ...createLogger('silent'),
      info: (message: string, details?: Record<string, unknown>) => logged.push({ message, details }),
    };

    const changed = buildPlanDocument({
      corrections: [{ where: 'vision', seed: 'a', kept: 'b', why: 'typing error' }],
    });
    expect(await loadStrategyReferenceData(t.db, { folder: planFolder([changed]), logger })).toEqual([
      { planKey: FIXTURE_PLAN_KEY, version: 4, isCurrent: false },
    ]);
    expect(logged[0]?.details).toMatchObject({
      planKey: FIXTURE_PLAN_KEY,
      addedVersion: 4,
      currentVersion: 3,
    });

    const { body: plan } = await reader.get<StrategyPlan>('/api/strategy/plan');
    expect(plan.version).toMatchObject({ number: 3, note: 'correction', isReferenceData: false });
    expect(plan.vision.text).toBe('วิสัยทัศน์ที่ผู้ดูแลแก้ไข');

    // The file's version is what the next comparison is made with: the same file again adds nothing.
    expect(await loadStrategyReferenceData(t.db, { folder: planFolder([changed]) })).toEqual([]);
  });

  it('refuses a file that does not fit the plan’s shape, naming the file and the place, and loads nothing', async () => {
    const before = await versionCount();
    const broken = buildPlanDocument({ key: 'another-plan' });
    const kpi = broken.strategies[0]?.tactics[0]?.kpis[0];
    if (!kpi) throw new Error('no KPI');
    kpi.targets = kpi.targets.slice(0, 4);
    const folder = planFolder([buildPlanDocument({ key: 'a-sound-plan' }), broken]);

    const loading = loadStrategyReferenceData(t.db, { folder });
    await expect(loading).rejects.toThrow(InvalidPlanDataError);
    await expect(loading).rejects.toThrow(
      /another-plan\.json[\s\S]*strategies\.0\.tactics\.0\.kpis\.0\.targets/,
    );
    expect(await versionCount()).toBe(before);
  });

  it('refuses a project naming a KPI its tactic does not have', async () => {
    const broken = buildPlanDocument({ key: 'dangling-project' });
    const project = broken.strategies[0]?.tactics[0]?.projects[0];
    if (!project) throw new Error('no project');
    project.kpi_codes = ['1.1.7'];
    const before = await versionCount();
    await expect(loadStrategyReferenceData(t.db, { folder: planFolder([broken]) })).rejects.toThrow(
      /dangling-project\.json[\s\S]*projects\.0\.kpi_codes: project 1\.1-P1 names KPI 1\.1\.7/,
    );
    expect(await versionCount()).toBe(before);
  });
});

describe('who may read the plan', () => {
  const readers: [Role, string | undefined][] = [
    ['admin', undefined],
    ['iao_officer', undefined],
    ['executive', undefined],
    ['strategy_officer', undefined],
    ['social_development_officer', undefined],
    ['liaison_officer', PHRA_NAKHON],
  ];

  it.each(readers)('lets a %s read the plan, a KPI and a unit’s part', async (role, scopeId) => {
    const client = await t.signInAs(role, scopeId ? { scopeId } : {});
    for (const url of ['/api/strategy/plan', '/api/strategy/kpis/1.1.1', `/api/units/${IAO}/strategy`])
      expect((await client.get(url)).status).toBe(200);
  });

  it('refuses an entrepreneur, a partner city’s coordinator and a signed-out caller', async () => {
    const entrepreneur = await t.signInAs('entrepreneur');
    const coordinator = await t.signInAs('partner_coordinator');
    for (const url of ['/api/strategy/plan', '/api/strategy/kpis/1.1.1', `/api/units/${IAO}/strategy`]) {
      expect((await entrepreneur.get(url)).status).toBe(403);
      expect((await coordinator.get(url)).status).toBe(403);
      expect((await t.anonymous().get(url)).status).toBe(401);
    }
  });
});

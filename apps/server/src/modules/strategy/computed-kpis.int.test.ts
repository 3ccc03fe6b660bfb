/**
 * KPIs 1.3.1 and 2.3.1 computed over HTTP from activities recorded through the partners API, against
 * real SQL: the fiscal year's activities only, the target and the level, and who may read them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, PartnerDetail, StrategyComputedKpi } from '@bia/contracts';
import { buildPartner } from '../../testing/partners.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let iao: TestClient;
const ids: Record<string, string> = {};
let sisterCity: PartnerDetail;

async function addActivity(partnerId: string, body: Record<string, unknown>): Promise<string> {
  const saved = await iao.post<{ id: string }>(`/api/partners/${partnerId}/activities`, {
    kind: 'event',
    ...body,
  });
  if (saved.status !== 201) throw new Error(`adding an activity: ${JSON.stringify(saved.body)}`);
  return saved.body.id;
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
  const network = await buildPartner(iao, { kind: 'city_network' });
  sisterCity = await buildPartner(iao, { kind: 'sister_city' });
  ids.education = await addActivity(network.id, {
    title: 'Global classroom',
    startsOn: '2025-10-01',
    engagementAreas: ['education'],
    isContinuing: true,
    bmaRole: 'co_organiser',
  });
  ids.arts = await addActivity(sisterCity.id, {
    title: 'Youth arts exchange',
    startsOn: '2026-08-15',
    engagementAreas: ['arts_culture_creativity', 'global_knowledge'],
    bmaRole: 'main_host',
  });
  // FY2570: not counted in FY2569.
  ids.nextYear = await addActivity(network.id, {
    title: 'Network summit',
    startsOn: '2026-10-01',
    engagementAreas: ['education'],
    bmaRole: 'main_host',
  });
});

afterAll(async () => {
  await t.close();
});

describe('the KPIs computed from the partner activities', () => {
  it('counts FY2569’s activities for 1.3.1 and meets its target, leaving out the next year’s', async () => {
    const answer = await iao.get<Extract<StrategyComputedKpi, { code: '1.3.1' }>>(
      '/api/strategy/kpis/1.3.1/computed?fiscalYear=2569',
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      code: '1.3.1',
      fiscalYear: 2569,
      count: 2,
      areasCovered: ['education', 'arts_culture_creativity', 'global_knowledge'],
      hasContinuing: true,
      isTargetMet: true,
      sampleCount: 0,
    });
    const activityIds = answer.body.activities.map((activity) => activity.activityId);
    expect(activityIds).toEqual([ids.education, ids.arts]);
    // Each activity names its partner in Thai and English.
    expect(answer.body.activities[1]).toMatchObject({
      title: 'Youth arts exchange',
      startsOn: '2026-08-15',
      partnerId: sisterCity.id,
      partnerName: { th: sisterCity.nameTh, en: sisterCity.nameEn },
    });
  });

  it('takes 2.3.1’s level from the BMA’s part with a network, not with a sister city', async () => {
    const answer = await iao.get<StrategyComputedKpi>('/api/strategy/kpis/2.3.1/computed?fiscalYear=2569');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code: '2.3.1', level: 2, justifying: [ids.education] });
    const next = await iao.get<StrategyComputedKpi>('/api/strategy/kpis/2.3.1/computed?fiscalYear=2570');
    expect(next.body).toMatchObject({ level: 3, justifying: [ids.nextYear] });
  });

  it('answers 404 with a translated error for a KPI the platform does not compute', async () => {
    const answer = await iao.get<ErrorResponse>('/api/strategy/kpis/3.1.1/computed?fiscalYear=2569');
    expect(answer.status).toBe(404);
    expect(answer.body.error).toMatchObject({
      code: 'kpi_not_computed',
      message: 'The platform does not compute this KPI from its records (only 1.1.1, 1.3.1 and 2.3.1).',
    });
  });

  it('refuses a fiscal year that is not a Buddhist-era year', async () => {
    const answer = await iao.get<ErrorResponse>('/api/strategy/kpis/1.3.1/computed?fiscalYear=2026');
    expect(answer.status).toBe(400);
  });

  it('refuses an entrepreneur', async () => {
    const entrepreneur = await t.signInAs('entrepreneur');
    const answer = await entrepreneur.get('/api/strategy/kpis/1.3.1/computed?fiscalYear=2569');
    expect(answer.status).toBe(403);
  });
});

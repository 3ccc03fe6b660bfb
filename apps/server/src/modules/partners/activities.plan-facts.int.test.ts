/**
 * An activity says which areas of KPI 1.3.1 it promotes, whether it is held every year, and the part
 * the BMA played (KPI 2.3.1) — once an officer says so (issue 15).
 */
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, AuditEvent, ErrorResponse, PartnerDetail } from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { buildPartner } from '../../testing/partners.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { listActivityPlanFacts } from './index.ts';
import { activities } from './partners.schema.ts';

let t: TestApp;
let iao: TestClient;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

async function writtenCounts(): Promise<number[]> {
  const [activityRows] = await t.db.select({ total: count() }).from(activities);
  const [auditRows] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return [activityRows?.total ?? 0, auditRows?.total ?? 0];
}

const exchange = {
  kind: 'event',
  title: 'Youth arts exchange',
  startsOn: '2026-08-15',
} as const;

describe('the plan facts of an activity', () => {
  it('says nothing of areas, continuity or the BMA’s role until an officer does', async () => {
    const partner = await buildPartner(iao);
    const saved = await iao.post<Activity>(`/api/partners/${partner.id}/activities`, exchange);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ engagementAreas: [], isContinuing: false, bmaRole: null });
  });

  it('keeps the areas, continuity and role an officer records, shows them on the partner and audits them', async () => {
    const partner = await buildPartner(iao);
    const saved = await iao.post<Activity>(`/api/partners/${partner.id}/activities`, {
      ...exchange,
      engagementAreas: ['global_knowledge', 'arts_culture_creativity', 'global_knowledge'],
      isContinuing: true,
      bmaRole: 'co_organiser',
    });
    expect(saved.status).toBe(201);
    // Each area once, in the plan's order.
    expect(saved.body).toMatchObject({
      engagementAreas: ['arts_culture_creativity', 'global_knowledge'],
      isContinuing: true,
      bmaRole: 'co_organiser',
    });

    const changed = await iao.patch<Activity>(`/api/partners/${partner.id}/activities/${saved.body.id}`, {
      version: 1,
      engagementAreas: ['education'],
      bmaRole: 'main_host',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      engagementAreas: ['education'],
      isContinuing: true,
      bmaRole: 'main_host',
    });

    const detail = await iao.get<PartnerDetail>(`/api/partners/${partner.id}`);
    expect(detail.body.activities[0]).toMatchObject({
      engagementAreas: ['education'],
      isContinuing: true,
      bmaRole: 'main_host',
    });
    const history = await iao.get<{ items: AuditEvent[] }>(`/api/partners/${partner.id}/history`);
    const update = history.body.items.find((event) => event.action === 'activity.update');
    expect(update?.before).toMatchObject({
      engagementAreas: ['arts_culture_creativity', 'global_knowledge'],
      bmaRole: 'co_organiser',
    });
    expect(update?.after).toMatchObject({ engagementAreas: ['education'], bmaRole: 'main_host' });

    // An officer can take the role back to "not stated".
    const cleared = await iao.patch<Activity>(`/api/partners/${partner.id}/activities/${saved.body.id}`, {
      version: 2,
      engagementAreas: [],
      isContinuing: false,
      bmaRole: null,
    });
    expect(cleared.body).toMatchObject({ engagementAreas: [], isContinuing: false, bmaRole: null });
  });

  it.each([
    ['an unknown area', { engagementAreas: ['sports'] }, 'engagementAreas.0'],
    ['an unknown role', { bmaRole: 'sponsor' }, 'bmaRole'],
    ['a continuity that is not yes or no', { isContinuing: 'every year' }, 'isContinuing'],
  ])('refuses an activity with %s, naming the field, and writes nothing', async (_what, overrides, path) => {
    const partner = await buildPartner(iao);
    const before = await writtenCounts();
    const refused = await iao.post<ErrorResponse>(`/api/partners/${partner.id}/activities`, {
      ...exchange,
      ...overrides,
    });
    expect(refused.status).toBe(400);
    const field = refused.body.error.fields?.find((candidate) => candidate.path === path);
    expect(field?.message).toBeTruthy();
    expect(await writtenCounts()).toEqual(before);
  });

  it('refuses a change to an unknown role, leaving the activity as it was', async () => {
    const partner = await buildPartner(iao);
    const saved = await iao.post<Activity>(`/api/partners/${partner.id}/activities`, {
      ...exchange,
      bmaRole: 'participant',
    });
    const refused = await iao.patch<ErrorResponse>(
      `/api/partners/${partner.id}/activities/${saved.body.id}`,
      {
        version: 1,
        bmaRole: 'sponsor',
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.map((field) => field.path)).toEqual(['bmaRole']);
    expect(refused.body.error.fields?.[0]?.message).toBe('This value is not one of the allowed choices.');
    const detail = await iao.get<PartnerDetail>(`/api/partners/${partner.id}`);
    expect(detail.body.activities[0]).toMatchObject({ bmaRole: 'participant', version: 1 });
  });

  it('the database itself refuses a value outside the lists', async () => {
    const partner = await buildPartner(iao);
    const saved = await iao.post<Activity>(`/api/partners/${partner.id}/activities`, exchange);
    await expect(
      t.db.execute(sql`update activities set bma_role = 'sponsor' where id = ${saved.body.id}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(
        sql`update activities set engagement_areas = array['education', 'sports'] where id = ${saved.body.id}`,
      ),
    ).rejects.toThrow();
  });

  it('hands the strategy plan the activities of a period with their facts', async () => {
    const partner = await buildPartner(iao);
    const hosted = await iao.post<Activity>(`/api/partners/${partner.id}/activities`, {
      ...exchange,
      title: 'Bangkok hosts the network’s forum',
      startsOn: '2026-10-05',
      engagementAreas: ['global_knowledge'],
      bmaRole: 'main_host',
    });
    await iao.post<Activity>(`/api/partners/${partner.id}/activities`, {
      ...exchange,
      title: 'Before the fiscal year',
      startsOn: '2026-09-30',
    });

    const facts = await listActivityPlanFacts(t.db, { from: '2026-10-01', to: '2027-09-30' });
    const ofPartner = facts.filter((fact) => fact.partnerId === partner.id);
    expect(ofPartner).toEqual([
      expect.objectContaining({
        id: hosted.body.id,
        startsOn: '2026-10-05',
        engagementAreas: ['global_knowledge'],
        isContinuing: false,
        bmaRole: 'main_host',
      }),
    ]);
  });
});

import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Activity,
  Agreement,
  ErrorResponse,
  PartnerAnalysis,
  PartnerDetail,
  PartnerList,
  PublicSisterCities,
  Role,
} from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { buildPartner, buildPartnerInput } from '../../testing/partners.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { agreements, partners } from './partners.schema.ts';

const DUSIT = '1002';
const PHRA_NAKHON = '1001';

async function tableCount(t: TestApp, table: typeof partners | typeof agreements): Promise<number> {
  const [row] = await t.db.select({ total: count() }).from(table);
  return row?.total ?? 0;
}

async function auditCount(t: TestApp): Promise<number> {
  const [row] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return row?.total ?? 0;
}

let t: TestApp;
let iao: TestClient;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

describe('the reference partners', () => {
  it('loads the 34 sister cities and 13 networks with their verification', async () => {
    const list = await iao.get<PartnerList>('/api/partners?kind=city_network,international_organisation');
    expect(list.body.total).toBe(13);
    const all = await iao.get<PartnerList>('/api/partners');
    const seoul = all.body.items.find((partner) => partner.nameEn === 'Seoul');
    expect(seoul).toMatchObject({
      countryCode: 'KR',
      regionCode: 'east_asia',
      verification: 'bma',
      sinceYear: 2006,
    });
    const unconfirmed = all.body.items.filter((partner) => partner.verification === 'unconfirmed');
    expect(unconfirmed.map((partner) => partner.nameEn)).toEqual(
      expect.arrayContaining(['Chengdu', 'Istanbul']),
    );
  });

  it('finds a partner by its Thai name, its English name and its country name', async () => {
    const thai = await iao.get<PartnerList>(`/api/partners?q=${encodeURIComponent('โซล')}`);
    expect(thai.body.items.map((partner) => partner.nameEn)).toContain('Seoul');
    const english = await iao.get<PartnerList>('/api/partners?q=fukuoka');
    expect(english.body.items.map((partner) => partner.countryCode)).toEqual(['JP']);
    const country = await iao.get<PartnerList>(`/api/partners?q=${encodeURIComponent('ญี่ปุ่น')}`);
    expect(country.body.items.length).toBeGreaterThanOrEqual(2);
    expect(country.body.items.every((partner) => partner.countryCode === 'JP')).toBe(true);
  });

  it('filters by region, ASEAN membership, agreement year and verification, and sorts', async () => {
    const asean = await iao.get<PartnerList>('/api/partners?asean=yes');
    expect(asean.body.items.length).toBeGreaterThan(0);
    expect(asean.body.items.every((partner) => partner.isAsean && partner.regionCode === 'asean')).toBe(true);
    const signed = await iao.get<PartnerList>('/api/partners?signedFrom=2015-01-01&signedTo=2016-12-31');
    expect(signed.body.items.every((partner) => (partner.sinceYear ?? 0) >= 2015)).toBe(true);
    expect(signed.body.items.map((partner) => partner.nameEn)).toEqual(
      expect.arrayContaining(['Ho Chi Minh City', 'Shanghai']),
    );
    const bySince = await iao.get<PartnerList>('/api/partners?kind=sister_city,friendship_city&sort=since');
    const years = bySince.body.items.map((partner) => partner.sinceYear).filter((year) => year !== null);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(bySince.body.items[0]?.nameEn).toBe('Washington, D.C.');
  });
});

describe('who may do what', () => {
  const writeRoutes: [string, (client: TestClient, partner: PartnerDetail) => Promise<{ status: number }>][] =
    [
      ['create a partner', (client) => client.post('/api/partners', buildPartnerInput())],
      [
        'change a partner',
        (client, partner) =>
          client.patch(`/api/partners/${partner.id}`, { version: partner.version, notes: 'x' }),
      ],
      [
        'add an agreement',
        (client, partner) =>
          client.post(`/api/partners/${partner.id}/agreements`, { type: 'mou', signedOn: '2024-01-10' }),
      ],
      [
        'add a contact',
        (client, partner) => client.post(`/api/partners/${partner.id}/contacts`, { fullName: 'Kim Min-ji' }),
      ],
      [
        'archive a partner',
        (client, partner) => client.post(`/api/partners/${partner.id}/archive`, { version: partner.version }),
      ],
    ];

  it.each<[Role | 'anonymous', number]>([
    ['anonymous', 401],
    ['executive', 403],
    ['strategy_officer', 403],
    ['liaison_officer', 403],
    ['partner_coordinator', 403],
    ['entrepreneur', 403],
  ])('refuses every change to a %s with %i, and writes nothing', async (role, status) => {
    const partner = await buildPartner(iao);
    const client =
      role === 'anonymous'
        ? t.anonymous()
        : await t.signInAs(role, role === 'liaison_officer' ? { scopeId: DUSIT } : {});
    const before = [await tableCount(t, partners), await tableCount(t, agreements), await auditCount(t)];
    for (const [, send] of writeRoutes) expect((await send(client, partner)).status).toBe(status);
    expect([await tableCount(t, partners), await tableCount(t, agreements), await auditCount(t)]).toEqual(
      before,
    );
  });

  it.each<[Role | 'anonymous', number]>([
    ['anonymous', 401],
    ['entrepreneur', 403],
    ['partner_buyer', 403],
    ['executive', 200],
    ['strategy_officer', 200],
    ['social_development_officer', 200],
    ['liaison_officer', 200],
    ['admin', 200],
  ])('lets a %s read the list and the analysis: %i', async (role, status) => {
    const client =
      role === 'anonymous'
        ? t.anonymous()
        : await t.signInAs(role, role === 'liaison_officer' ? { scopeId: DUSIT } : {});
    expect((await client.get('/api/partners')).status).toBe(status);
    expect((await client.get('/api/partners/analysis')).status).toBe(status);
  });

  it('shows a partner coordinator only the record of their own city', async () => {
    const own = await buildPartner(iao);
    const other = await buildPartner(iao);
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: own.id });
    const list = await coordinator.get<PartnerList>('/api/partners');
    expect(list.body.items.map((partner) => partner.id)).toEqual([own.id]);
    expect((await coordinator.get(`/api/partners/${own.id}`)).status).toBe(200);
    const refused = await coordinator.get<ErrorResponse>(`/api/partners/${other.id}`);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'not_your_partner']);
  });

  it("lets a unit's liaison officer record an activity of their own unit only", async () => {
    const partner = await buildPartner(iao);
    const liaison = await t.signInAs('liaison_officer', { scopeId: DUSIT });
    const ownUnit = await liaison.post<Activity>(`/api/partners/${partner.id}/activities`, {
      kind: 'visit_to_bangkok',
      title: 'Study visit to Dusit district',
      startsOn: '2026-09-01',
      unitCodes: [DUSIT],
    });
    expect(ownUnit.status).toBe(201);
    const otherUnit = await liaison.post<ErrorResponse>(`/api/partners/${partner.id}/activities`, {
      kind: 'meeting',
      title: 'Meeting at Phra Nakhon',
      startsOn: '2026-09-02',
      unitCodes: [PHRA_NAKHON],
    });
    expect([otherUnit.status, otherUnit.body.error.code]).toEqual([403, 'not_your_unit']);
    const edit = await liaison.patch(`/api/partners/${partner.id}/activities/${ownUnit.body.id}`, {
      version: 1,
      outcome: 'Agreed to exchange flood-management know-how',
    });
    expect(edit.status).toBe(200);
  });
});

describe('keeping partner records', () => {
  it('adds a partner with an agreement and a visit, all audited, and shows them on its page', async () => {
    const partner = await buildPartner(iao, { nameTh: 'เมืองโอซากะทดสอบ', nameEn: 'Osaka Test' });
    const agreement = await iao.post<Agreement>(`/api/partners/${partner.id}/agreements`, {
      type: 'sister_city_agreement',
      signedOn: '2020-05-01',
      termYears: 5,
      expiresOn: '2025-05-01',
      fields: ['trade', 'tourism'],
    });
    expect(agreement.status).toBe(201);
    expect(agreement.body).toMatchObject({
      signedYear: 2020,
      fields: ['trade', 'tourism'],
      verification: 'unconfirmed',
    });
    const visit = await iao.post<Activity>(`/api/partners/${partner.id}/activities`, {
      kind: 'visit_to_bangkok',
      title: 'Mayor visits Bangkok',
      startsOn: '2026-03-10',
      endsOn: '2026-03-12',
      fields: ['trade'],
    });
    expect(visit.status).toBe(201);
    const detail = await iao.get<PartnerDetail>(`/api/partners/${partner.id}`);
    expect(detail.body).toMatchObject({
      status: 'active',
      lastActivityOn: '2026-03-12',
      sinceYear: 2020,
      regionCode: 'east_asia',
    });
    expect(detail.body.agreements).toHaveLength(1);
    expect(detail.body.activities).toHaveLength(1);
    const history = await iao.get<{ items: { action: string }[] }>(`/api/partners/${partner.id}/history`);
    expect(history.body.items.map((event) => event.action)).toEqual([
      'activity.create',
      'agreement.create',
      'partner.create',
    ]);
  });

  it.each([
    ['an unknown country', { countryCode: 'XX' }, 'countryCode', 'This country code is not valid'],
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }, 'timeZone', 'This time zone is not valid'],
    [
      'a web address without a scheme',
      { website: 'www.seoul.go.kr' },
      'website',
      'This web address is not valid',
    ],
    ['a latitude without a longitude', { longitude: null }, 'longitude', 'Give both latitude and longitude'],
    ['no Thai name', { nameTh: '  ' }, 'nameTh', 'Please fill in this field'],
    ['an unknown field', { population: 10 }, 'population', 'Unknown field'],
  ])(
    'refuses a partner with %s, naming the field, and writes nothing',
    async (_what, overrides, path, message) => {
      const before = [await tableCount(t, partners), await auditCount(t)];
      const response = await iao.post<ErrorResponse>('/api/partners', buildPartnerInput(overrides));
      expect(response.status).toBe(400);
      const field = response.body.error.fields?.find((candidate) => candidate.path === path);
      expect(field?.message).toContain(message);
      expect([await tableCount(t, partners), await auditCount(t)]).toEqual(before);
    },
  );

  it.each([
    ['signed in the future', { signedOn: '2026-12-01' }, 'signedOn', 'cannot be in the future'],
    [
      'expiring before it was signed',
      { signedOn: '2020-05-01', expiresOn: '2019-01-01' },
      'expiresOn',
      'must come after',
    ],
    [
      'a year that contradicts its date',
      { signedOn: '2020-05-01', signedYear: 2019 },
      'signedYear',
      'does not match',
    ],
    [
      'an unknown cooperation field',
      { signedOn: '2020-05-01', fields: ['astrology'] },
      'fields.0',
      'astrology',
    ],
  ])('refuses an agreement %s and writes nothing', async (_what, overrides, path, message) => {
    const partner = await buildPartner(iao);
    const before = [await tableCount(t, agreements), await auditCount(t)];
    const response = await iao.post<ErrorResponse>(`/api/partners/${partner.id}/agreements`, {
      type: 'mou',
      ...overrides,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.find((field) => field.path === path)?.message).toContain(message);
    expect([await tableCount(t, agreements), await auditCount(t)]).toEqual(before);
  });

  it('explains in Thai to a Thai reader', async () => {
    const thai = await t.signInAs('iao_officer', { locale: 'th' });
    const response = await thai.post<ErrorResponse>(
      '/api/partners',
      buildPartnerInput({ countryCode: 'XX' }),
      {
        'accept-language': 'th',
      },
    );
    expect(response.body.error.fields?.[0]?.message).toBe(
      'รหัสประเทศไม่ถูกต้อง (ใช้รหัส ISO 3166 สองตัวอักษร เช่น KR หรือ JP)',
    );
  });

  it('refuses a second partner with the same Thai name in the same country', async () => {
    const first = await buildPartner(iao);
    const again = await iao.post<ErrorResponse>(
      '/api/partners',
      buildPartnerInput({ nameTh: first.nameTh?.toUpperCase() }),
    );
    expect([again.status, again.body.error.code]).toEqual([409, 'partner_duplicate']);
  });

  it('refuses to delete a partner with agreements, archives it instead and keeps everything', async () => {
    const partner = await buildPartner(iao);
    await iao.post(`/api/partners/${partner.id}/agreements`, { type: 'mou', signedYear: 2019 });
    const refused = await iao.delete<ErrorResponse>(`/api/partners/${partner.id}?version=${partner.version}`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'partner_has_history']);
    const archived = await iao.post<PartnerDetail>(`/api/partners/${partner.id}/archive`, {
      version: partner.version,
    });
    expect(archived.body).toMatchObject({ archived: true, agreementCount: 1 });
    const list = await iao.get<PartnerList>('/api/partners');
    expect(list.body.items.some((item) => item.id === partner.id)).toBe(false);
    const withArchived = await iao.get<PartnerList>('/api/partners?includeArchived=yes');
    expect(withArchived.body.items.some((item) => item.id === partner.id)).toBe(true);
    const change = await iao.post<ErrorResponse>(`/api/partners/${partner.id}/contacts`, {
      fullName: 'Late Contact',
    });
    expect([change.status, change.body.error.code]).toEqual([409, 'partner_archived']);
  });

  it('deletes a partner entered by mistake that has no history', async () => {
    const partner = await buildPartner(iao);
    expect((await iao.delete(`/api/partners/${partner.id}?version=${partner.version}`)).status).toBe(204);
    expect((await iao.get(`/api/partners/${partner.id}`)).status).toBe(404);
  });

  it('refuses a change made to an older version', async () => {
    const partner = await buildPartner(iao);
    expect((await iao.patch(`/api/partners/${partner.id}`, { version: 1, notes: 'first' })).status).toBe(200);
    const stale = await iao.patch<ErrorResponse>(`/api/partners/${partner.id}`, {
      version: 1,
      notes: 'second',
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict_stale']);
  });
});

describe('dormant partners', () => {
  it('turns a partner dormant after the configured months without activity, and active again', async () => {
    const clockTest = await createTestApp({ now: '2026-11-22T03:00:00Z' });
    try {
      const officer = await clockTest.signInAs('iao_officer');
      const created = await officer.post<PartnerDetail>('/api/partners', buildPartnerInput());
      const id = created.body.id;
      expect(created.body.status).toBe('dormant');
      await officer.post(`/api/partners/${id}/activities`, {
        kind: 'meeting',
        title: 'Online meeting',
        startsOn: '2025-01-10',
      });
      // Moving the clock by months ends idle sessions, so each look signs in afresh.
      const statusOf = async () => {
        const reader = await clockTest.signInAs('executive');
        const response = await reader.get<PartnerDetail>(`/api/partners/${id}`);
        if (response.status !== 200) throw new Error(JSON.stringify(response.body));
        return response.body.status;
      };
      expect(await statusOf()).toBe('active');
      clockTest.clock.set('2027-01-09T03:00:00Z');
      expect(await statusOf()).toBe('active');
      clockTest.clock.set('2027-01-10T03:00:00Z');
      expect(await statusOf()).toBe('dormant');
      const admin = await clockTest.signInAs('admin');
      const setting = await admin.request<{ dormantAfterMonths: number; version: number }>(
        'PUT',
        '/api/partners/settings',
        {
          dormantAfterMonths: 36,
          version: 0,
        },
      );
      expect(setting.body).toEqual({ dormantAfterMonths: 36, version: 1 });
      expect(await statusOf()).toBe('active');
      const analysis = await admin.get<PartnerAnalysis>('/api/partners/analysis');
      expect(analysis.body.dormantAfterMonths).toBe(36);
      expect(analysis.body.dormant.some((partner) => partner.id === id)).toBe(false);
      const executive = await clockTest.signInAs('executive');
      expect(
        (await executive.request('PUT', '/api/partners/settings', { dormantAfterMonths: 12, version: 1 }))
          .status,
      ).toBe(403);
    } finally {
      await clockTest.close();
    }
  });
});

describe('the analysis and the public page', () => {
  it('counts partners by region and the ASEAN share', async () => {
    const analysis = await iao.get<PartnerAnalysis>('/api/partners/analysis');
    const eastAsia = analysis.body.byRegionKind
      .filter((cell) => cell.regionCode === 'east_asia')
      .reduce((sum, cell) => sum + cell.count, 0);
    const asean = analysis.body.byRegionKind
      .filter((cell) => cell.regionCode === 'asean')
      .reduce((sum, cell) => sum + cell.count, 0);
    expect(eastAsia).toBeGreaterThan(asean);
    expect(analysis.body.totals.asean).toBe(asean);
    expect(analysis.body.mapPoints.some((partner) => partner.nameEn === 'Seoul')).toBe(true);
    expect(analysis.body.agreementsPerYear).toContainEqual({ year: 1962, regionCode: 'americas', count: 1 });
  });

  it('shows the public only sister cities and years the BMA confirms', async () => {
    const response = await t.anonymous().get<PublicSisterCities>('/api/public/sister-cities');
    expect(response.status).toBe(200);
    const names = response.body.items.map((city) => city.nameEn);
    expect(names).toContain('Washington, D.C.');
    expect(names).not.toContain('Chengdu');
    expect(names).not.toContain('Istanbul');
    expect(response.body.withheld).toBeGreaterThan(0);
    expect(response.body.items.find((city) => city.nameEn === 'Washington, D.C.')?.sinceYear).toBe(1962);
    const unconfirmed = await iao.post<PartnerDetail>(
      '/api/partners',
      buildPartnerInput({
        nameEn: 'Rumoured City',
        verification: 'partner_news',
        sources: [{ url: 'https://news.example.jp/rumoured-city' }],
      }),
    );
    expect(unconfirmed.status).toBe(201);
    const again = await t.anonymous().get<PublicSisterCities>('/api/public/sister-cities');
    expect(again.body.items.map((city) => city.nameEn)).not.toContain('Rumoured City');
    expect(again.body.withheld).toBe(response.body.withheld + 1);
  });
});

/**
 * The registry's rules about what a record claims (issue 13, items 1, 2 and 15 in part), over HTTP and
 * real SQL: a new record starts unconfirmed and only a confirmed record with a source goes public;
 * a likely duplicate is refused until the user confirms it, and search forgives misspellings; a city
 * taking part in the trade programme is not dormant.
 */
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Agreement,
  ErrorResponse,
  PartnerAnalysis,
  PartnerDetail,
  PartnerList,
  PublicSisterCities,
} from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { buildPartner, buildPartnerInput } from '../../testing/partners.ts';
import { buildProgramme, buildSession, chooseCity } from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { agreements, partners } from './partners.schema.ts';

const source = { url: 'https://www.bangkok.go.th/iad/sister-cities', note: 'IAO list of sister cities' };

let t: TestApp;
let iao: TestClient;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

/** How many partners, agreements and audit entries there are: a refused change leaves them as they were. */
async function recordCounts(): Promise<number[]> {
  const [partnerRows] = await t.db.select({ total: count() }).from(partners);
  const [agreementRows] = await t.db.select({ total: count() }).from(agreements);
  const [auditRows] = rowsOf<{ total: number }>(
    await t.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return [partnerRows?.total ?? 0, agreementRows?.total ?? 0, auditRows?.total ?? 0];
}

async function publicNames(): Promise<{ names: (string | null)[]; withheld: number }> {
  const response = await t.anonymous().get<PublicSisterCities>('/api/public/sister-cities');
  return { names: response.body.items.map((city) => city.nameEn), withheld: response.body.withheld };
}

describe('what a record claims: a new record starts unconfirmed, confirming needs a source', () => {
  it('adds a partner and its agreement as unconfirmed when nobody says otherwise, and keeps them off the public page', async () => {
    const before = await publicNames();
    const partner = await buildPartner(iao);
    expect(partner).toMatchObject({ verification: 'unconfirmed', sources: [] });
    const agreement = await iao.post<Agreement>(`/api/partners/${partner.id}/agreements`, {
      type: 'sister_city_agreement',
      signedYear: 2024,
    });
    expect(agreement.body.verification).toBe('unconfirmed');
    const after = await publicNames();
    expect(after.names).not.toContain(partner.nameEn);
    expect(after.withheld).toBe(before.withheld + 1);
  });

  it.each([
    ['a new partner', () => iao.post('/api/partners', buildPartnerInput({ verification: 'bma' }))],
    [
      'a change of a partner',
      (partner: PartnerDetail) =>
        iao.patch(`/api/partners/${partner.id}`, { version: partner.version, verification: 'bma_list' }),
    ],
    [
      'a new agreement',
      (partner: PartnerDetail) =>
        iao.post(`/api/partners/${partner.id}/agreements`, {
          type: 'mou',
          signedYear: 2020,
          verification: 'partner_news',
        }),
    ],
  ])(
    'refuses a confirmed level without a source on %s, naming the field in the reader’s language, and writes nothing',
    async (_what, send) => {
      const partner = await buildPartner(iao);
      const before = await recordCounts();
      const response = (await send(partner)) as { status: number; body: ErrorResponse };
      expect(response.status).toBe(400);
      const field = response.body.error.fields?.find((candidate) => candidate.path === 'sources');
      expect(field?.message).toBe(
        'Name at least one source (a web address or a citation) for this verification level, or choose “Unconfirmed”.',
      );
      expect(await recordCounts()).toEqual(before);
    },
  );

  it('refuses to take away the last source of a confirmed agreement, in Thai for a Thai reader', async () => {
    const partner = await buildPartner(iao);
    const added = await iao.post<Agreement>(`/api/partners/${partner.id}/agreements`, {
      type: 'mou',
      signedYear: 2021,
      verification: 'bma',
      sources: [source],
    });
    expect(added.status).toBe(201);
    const thai = await t.signInAs('iao_officer', { locale: 'th' });
    const response = await thai.patch<ErrorResponse>(
      `/api/partners/${partner.id}/agreements/${added.body.id}`,
      { version: added.body.version, sources: [] },
      { 'accept-language': 'th' },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.[0]).toMatchObject({ path: 'sources' });
    expect(response.body.error.fields?.[0]?.message).toMatch(/แหล่งที่มา/);
  });

  it('shows the public a partner the BMA confirms with a source, and withholds one confirmed without any', async () => {
    const confirmed = await buildPartner(iao, {
      verification: 'bma',
      sources: [source, { note: 'Letter กท 1234/2569 of 1 Oct 2026' }],
    });
    expect(confirmed.sources).toEqual([source, { note: 'Letter กท 1234/2569 of 1 Oct 2026' }]);
    // A record confirmed before the rule, with no source (as "Fukuoka Test" was): written straight to
    // the table, as no request may write it any more.
    const unsourced = await buildPartner(iao);
    await t.db.update(partners).set({ verification: 'bma' }).where(eq(partners.id, unsourced.id));
    const shown = await publicNames();
    expect(shown.names).toContain(confirmed.nameEn);
    expect(shown.names).not.toContain(unsourced.nameEn);
  });
});

describe('likely duplicates and misspellings', () => {
  const secondFukuoka = {
    kind: 'sister_city',
    nameTh: 'ฟุกุโอกะ เทสต์',
    nameEn: 'Fukuoka Test',
    countryCode: 'JP',
  };

  it('refuses a second Fukuoka until the user confirms it is another partner, and lists the one recorded', async () => {
    const before = await recordCounts();
    const refused = await iao.post<ErrorResponse>('/api/partners', secondFukuoka);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'partner_possible_duplicate']);
    expect(refused.body.error.message).toMatch(/similar name/);
    expect(await recordCounts()).toEqual(before);

    const query = new URLSearchParams({
      nameTh: secondFukuoka.nameTh,
      nameEn: secondFukuoka.nameEn,
      countryCode: 'JP',
    });
    const similar = await iao.get<PartnerList>(`/api/partners/similar?${query.toString()}`);
    expect(similar.status).toBe(200);
    expect(similar.body.items.map((partner) => partner.nameEn)).toEqual(['Fukuoka Prefecture']);

    const confirmed = await iao.post<PartnerDetail>('/api/partners', {
      ...secondFukuoka,
      confirmDuplicate: true,
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ nameEn: 'Fukuoka Test', verification: 'unconfirmed' });
  });

  it('does not take the same name in another country for a duplicate', async () => {
    const elsewhere = await iao.post('/api/partners', {
      ...secondFukuoka,
      nameTh: 'ฟุกุโอกะ ตัวอย่าง',
      nameEn: 'Fukuoka Sample',
      countryCode: 'BR',
    });
    expect(elsewhere.status).toBe(201);
  });

  it('asks again when a partner is renamed like another, but not when it is saved with its own names', async () => {
    const partner = await buildPartner(iao, { countryCode: 'KR', timeZone: 'Asia/Seoul' });
    const renamed = await iao.patch<ErrorResponse>(`/api/partners/${partner.id}`, {
      version: partner.version,
      nameEn: 'Seoul Sample District',
    });
    expect([renamed.status, renamed.body.error.code]).toEqual([409, 'partner_possible_duplicate']);
    const sameNames = await iao.patch(`/api/partners/${partner.id}`, {
      version: partner.version,
      nameTh: partner.nameTh,
      nameEn: partner.nameEn,
      notes: 'saved with the names it had',
    });
    expect(sameNames.status).toBe(200);
  });

  it('lists the names containing what was typed, and finds nothing for a text like no name in all its words', async () => {
    await buildPartner(iao, {
      nameTh: 'เมืองทดสอบนำเข้า 0-lx3k9a2b-6',
      countryCode: 'FR',
      timeZone: 'Europe/Paris',
    });
    const typedRight = await iao.get<PartnerList>(`/api/partners?q=${encodeURIComponent('โซล')}`);
    expect(typedRight.body.items.map((partner) => partner.nameEn)).toEqual(['Seoul']);
    const unknown = await iao.get<PartnerList>(
      `/api/partners?q=${encodeURIComponent('เมืองรหัสประเทศผิด 0-lx3k9a2b-7')}`,
    );
    expect(unknown.body.items).toEqual([]);
  });

  it.each([
    ['ฟุกุโอกะ', 'Fukuoka Prefecture'],
    ['Seol', 'Seoul'],
  ])('finds by a misspelt name: %s finds %s', async (typed, nameEn) => {
    const list = await iao.get<PartnerList>(`/api/partners?q=${encodeURIComponent(typed)}`);
    expect(list.body.items.map((partner) => partner.nameEn)).toContain(nameEn);
  });
});

describe('a city taking part in the trade programme', () => {
  async function statusFor(client: TestClient, id: string) {
    const detail = await client.get<PartnerDetail>(`/api/partners/${id}`);
    if (detail.status !== 200) throw new Error(JSON.stringify(detail.body));
    return detail.body.status;
  }

  it('is active for its coordinator once chosen for this fiscal year’s programme, though nothing else happened', async () => {
    const city = await buildPartner(iao);
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: city.id });
    expect(await statusFor(coordinator, city.id)).toBe('dormant');
    await buildProgramme(iao, { fiscalYear: 2570 });
    await chooseCity(iao, 2570, city.id, null);
    expect(await statusFor(coordinator, city.id)).toBe('active');
    const analysis = await iao.get<PartnerAnalysis>('/api/partners/analysis');
    expect(analysis.body.dormant.some((partner) => partner.id === city.id)).toBe(false);
  });

  it('stays active while a session with it lies within the dormant period, after its programme year ends', async () => {
    const earlier = await createTestApp({ now: '2025-11-20T03:00:00Z' });
    try {
      const officer = await earlier.signInAs('iao_officer');
      const city = await buildPartner(officer);
      await buildProgramme(officer, { fiscalYear: 2569 });
      await chooseCity(officer, 2569, city.id);
      await buildSession(officer, 2569, [city.id], {
        startsAt: '2025-12-15T06:00:00Z',
        endsAt: '2025-12-15T08:00:00Z',
      });
      // A year on, in the next fiscal year: the city is not chosen again, but its session was held.
      earlier.clock.set('2026-11-22T03:00:00Z');
      const coordinator = await earlier.signInAs('partner_coordinator', { scopeId: city.id });
      expect(await statusFor(coordinator, city.id)).toBe('active');
      // Twenty-four months after the session, with nothing since, it is dormant.
      earlier.clock.set('2027-12-15T03:00:00Z');
      expect(await statusFor(await earlier.signInAs('executive'), city.id)).toBe('dormant');
    } finally {
      await earlier.close();
    }
  });
});

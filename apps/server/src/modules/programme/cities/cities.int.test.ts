import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CandidateList,
  ErrorResponse,
  PartnerSummary,
  ProgrammeCity,
  ProgrammeCityList,
  Role,
} from '@bia/contracts';
import { buildProgramme, chooseCity, partnerNamed } from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** 22 November 2026 in Bangkok, in FY2570. */
const NOW = '2026-11-22T03:00:00Z';

describe('choosing the cities of a year', () => {
  let t: TestApp;
  let officer: TestClient;
  let seoul: PartnerSummary;
  let washington: PartnerSummary;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    await buildProgramme(officer);
    seoul = await partnerNamed(officer, 'Seoul');
    washington = await partnerNamed(officer, 'Washington, D.C.');
    // What the office knows of Seoul: a trade and economy agreement, a trade fair last year, a contact.
    expect(
      (
        await officer.post(`/api/partners/${seoul.id}/agreements`, {
          type: 'mou',
          signedYear: 2023,
          fields: ['trade', 'economy'],
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await officer.post(`/api/partners/${seoul.id}/activities`, {
          kind: 'meeting',
          title: 'Seoul Food trade fair',
          startsOn: '2025-06-10',
          fields: ['trade'],
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await officer.post(`/api/partners/${seoul.id}/contacts`, {
          fullName: 'Kim Min-ji',
          role: 'International Relations Division',
          email: 'intl@seoul.go.kr',
        })
      ).status,
    ).toBe(201);
  });
  afterAll(() => t.close());

  // FY2570's cities are chosen by the test about choosing them; the others keep the cities of a later
  // year of their own, whose choices count in no ranking of FY2570 or FY2571.
  let lastFiscalYear = 2574;
  const ownProgramme = () => buildProgramme(officer, { fiscalYear: (lastFiscalYear += 1) });

  it('ranks the sister cities with the reasons of each score, Seoul first, Washington without shared hours', async () => {
    const response = await officer.get<CandidateList>('/api/programmes/2570/candidates');
    expect(response.status).toBe(200);
    const items = response.body.items;
    expect(items.length).toBeGreaterThan(20);
    const scores = items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(items[0]?.partner.nameEn).toBe('Seoul');
    expect(items[0]?.parts).toEqual({ tradeFields: 40, activity: 10, pastProgrammes: 0, timeZone: 20 });
    expect(items[0]?.reasons.map((reason) => reason.code)).toEqual([
      'trade_fields',
      'activities',
      'shared_hours',
    ]);
    const dc = items.find((item) => item.partner.id === washington.id);
    expect(dc?.reasons).toContainEqual({ code: 'no_shared_hours' });
    expect(dc?.reasons).toContainEqual({ code: 'no_contact' });
    // Networks and organisations are not candidates for a city-to-city session.
    const kinds = await officer.get<{ items: PartnerSummary[] }>('/api/partners?pageSize=200');
    const cityIds = new Set(
      kinds.body.items
        .filter((partner) => ['sister_city', 'friendship_city', 'partner_province'].includes(partner.kind))
        .map((partner) => partner.id),
    );
    expect(items.every((item) => cityIds.has(item.partner.id))).toBe(true);
  });

  it('chooses Seoul once, refuses it twice and refuses a partner that is not a city', async () => {
    const chosen = await officer.post<ProgrammeCity>('/api/programmes/2570/cities', { partnerId: seoul.id });
    expect(chosen.status).toBe(201);
    expect(chosen.body).toMatchObject({ replyStatus: 'not_sent', scoreWhenChosen: 70, hasContact: true });
    expect(
      (await officer.post<ErrorResponse>('/api/programmes/2570/cities', { partnerId: seoul.id })).body.error
        .code,
    ).toBe('city_already_chosen');
    const network = (
      await officer.get<{ items: PartnerSummary[] }>('/api/partners?pageSize=200')
    ).body.items.find((partner) => partner.kind === 'city_network');
    const refused = await officer.post<ErrorResponse>('/api/programmes/2570/cities', {
      partnerId: network?.id,
    });
    expect(refused.status).toBe(404);
    expect(refused.body.error.code).toBe('not_a_trade_partner');
    const candidates = await officer.get<CandidateList>('/api/programmes/2570/candidates');
    expect(candidates.body.items.find((item) => item.partner.id === seoul.id)?.isChosen).toBe(true);
  });

  it('tracks the letter: sent with a reference, overdue when no answer came by the date, then accepted', async () => {
    const { fiscalYear } = await ownProgramme();
    const city = await chooseCity(officer, fiscalYear, seoul.id, null);
    const sent = await officer.patch<ProgrammeCity>(`/api/programme-cities/${city.id}`, {
      version: city.version,
      replyStatus: 'sent',
      letterReference: 'กท 1402/123',
      letterSentOn: '2026-11-01',
      replyDueOn: '2026-11-15',
    });
    expect(sent.body).toMatchObject({ replyStatus: 'sent', isReplyOverdue: true });

    const early = await officer.patch<ErrorResponse>(`/api/programme-cities/${city.id}`, {
      version: sent.body.version,
      replyStatus: 'accepted',
      repliedOn: '2026-10-20',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields?.map((field) => [field.path, field.message])).toEqual([
      ['repliedOn', 'This date may not come before the letter was sent.'],
    ]);

    const accepted = await officer.patch<ProgrammeCity>(`/api/programme-cities/${city.id}`, {
      version: sent.body.version,
      replyStatus: 'accepted',
    });
    expect(accepted.body).toMatchObject({
      replyStatus: 'accepted',
      repliedOn: '2026-11-22',
      isReplyOverdue: false,
    });
    const removal = await officer.delete<ErrorResponse>(
      `/api/programme-cities/${city.id}?version=${accepted.body.version}`,
    );
    expect(removal.status).toBe(409);
    expect(removal.body.error.code).toBe('city_letter_sent');
  });

  it('takes back a city chosen by mistake before its letter is sent', async () => {
    const { fiscalYear } = await ownProgramme();
    await chooseCity(officer, fiscalYear, seoul.id, null);
    const chosen = await officer.post<ProgrammeCity>(`/api/programmes/${fiscalYear}/cities`, {
      partnerId: washington.id,
    });
    expect((await officer.delete(`/api/programme-cities/${chosen.body.id}?version=1`)).status).toBe(204);
    const cities = await officer.get<ProgrammeCityList>(`/api/programmes/${fiscalYear}/cities`);
    expect(cities.body.items.map((item) => item.partner.nameEn)).toEqual(['Seoul']);
  });

  it.each<[Role, number, number]>([
    ['executive', 200, 403],
    ['social_development_officer', 200, 403],
    ['partner_coordinator', 403, 403],
    ['entrepreneur', 403, 403],
  ])('lets %s read the ranking (%d) and choose (%d)', async (role, read, choose) => {
    const client = await t.signInAs(role);
    expect((await client.get('/api/programmes/2570/candidates')).status).toBe(read);
    expect((await client.post('/api/programmes/2570/cities', { partnerId: washington.id })).status).toBe(
      choose,
    );
  });

  describe('once Seoul has accepted FY2570', () => {
    // A database of its own, where Seoul accepted FY2570's invitation before the test begins.
    let t: TestApp;
    let officer: TestClient;
    let seoul: PartnerSummary;
    beforeAll(async () => {
      t = await createTestApp({ now: NOW });
      officer = await t.signInAs('iao_officer', { locale: 'en' });
      await buildProgramme(officer);
      seoul = await partnerNamed(officer, 'Seoul');
      await chooseCity(officer, 2570, seoul.id);
    });
    afterAll(() => t.close());

    it('remembers the acceptance in the next year’s ranking', async () => {
      await officer.post('/api/programmes', { fiscalYear: 2571 });
      const next = await officer.get<CandidateList>('/api/programmes/2571/candidates');
      const seoulNext = next.body.items.find((item) => item.partner.id === seoul.id);
      expect(seoulNext?.reasons).toContainEqual({ code: 'past_programmes', years: [2570] });
      expect(seoulNext?.parts.pastProgrammes).toBe(7.5);
    });
  });
});

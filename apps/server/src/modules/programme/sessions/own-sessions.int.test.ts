import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnSessionDetail, OwnSessionList, PartnerSummary, SessionDetail } from '@bia/contracts';
import { buildBusiness, buildListedProduct } from '../../../testing/catalogue.ts';
import {
  buildInvitation,
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
  registerParticipant,
} from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** Sunday 22 November 2026, 10:00 in Bangkok (FY2570). */
const NOW = '2026-11-22T03:00:00Z';

/** The address Minji registers with, as she typed it, and the (lower-case) one of her account. */
const MINJI_AS_TYPED = 'Minji.Kim@Seoul-Food.example';
const MINJI_ACCOUNT = 'minji.kim@seoul-food.example';

describe('one’s own sessions: a coordinator’s city’s, an entrepreneur’s, a registered buyer’s', () => {
  let t: TestApp;
  let officer: TestClient;
  let seoul: PartnerSummary;
  let fukuoka: PartnerSummary;
  /** With Seoul on Monday 14 December: the business presents, Minji registered. */
  let withSeoul: SessionDetail;
  /** With Fukuoka alone on Wednesday 16 December: nothing of the business's, nor Minji's. */
  let withFukuoka: SessionDetail;
  let businessId: string;

  const ownList = async (client: TestClient) => (await client.get<OwnSessionList>('/api/my-sessions')).body;
  const ids = (list: OwnSessionList) => list.items.map((item) => item.id);

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    const social = await t.signInAs('social_development_officer');
    await buildProgramme(officer);
    seoul = await partnerNamed(officer, 'Seoul');
    fukuoka = await partnerNamed(officer, 'Fukuoka Prefecture');
    for (const partner of [seoul, fukuoka]) await chooseCity(officer, 2570, partner.id);
    withSeoul = await buildSession(officer, 2570, [seoul.id], {
      title: 'บางกอกแบรนด์ × ผู้ซื้อกรุงโซล',
      titleTranslations: { en: 'Bangkok Brand × Seoul buyers' },
    });
    withFukuoka = await buildSession(officer, 2570, [fukuoka.id], {
      startsAt: '2026-12-16T06:00:00Z',
      endsAt: '2026-12-16T08:00:00Z',
    });
    const business = await buildBusiness(social, { languages: ['th'] });
    const product = await buildListedProduct(social, business.id);
    businessId = business.id;
    await presentBusiness(social, withSeoul.id, business.id, [product.id]);
    const { token } = await buildInvitation(officer, withSeoul.id, seoul.id, { language: 'ko' });
    await registerParticipant(t.anonymous(), token, { email: MINJI_AS_TYPED });
  });
  afterAll(() => t.close());

  it('lists a partner coordinator’s city’s sessions, in their language, never another city’s', async () => {
    const coordinator = await t.signInAs('partner_coordinator', { scopeId: seoul.id, locale: 'en' });
    const list = await ownList(coordinator);
    expect(ids(list)).toEqual([withSeoul.id]);
    expect(list.items[0]).toMatchObject({
      title: { text: 'Bangkok Brand × Seoul buyers', lang: 'en', isFallback: false },
      status: 'planned',
      relations: ['coordinator'],
      ownPartnerId: seoul.id,
      canOpenSessionPage: true,
    });
    expect(list.items[0]?.times.map((time) => [time.partnerId, time.localStart])).toEqual([
      [null, '2026-12-14T13:00:00+07:00'],
      [seoul.id, '2026-12-14T15:00:00+09:00'],
    ]);
    const fukuokaCoordinator = await t.signInAs('partner_coordinator', { scopeId: fukuoka.id });
    expect(ids(await ownList(fukuokaCoordinator))).toEqual([withFukuoka.id]);
    expect((await fukuokaCoordinator.get(`/api/my-sessions/${withSeoul.id}`)).status).toBe(404);
  });

  it('lists the sessions an entrepreneur’s business presents at, read-only, in Thai and Bangkok’s time', async () => {
    const entrepreneur = await t.signInAs('entrepreneur', { scopeId: businessId });
    const list = await ownList(entrepreneur);
    expect(ids(list)).toEqual([withSeoul.id]);
    expect(list.items[0]).toMatchObject({
      title: { text: 'บางกอกแบรนด์ × ผู้ซื้อกรุงโซล', lang: 'th', isFallback: false },
      relations: ['entrepreneur'],
      ownPartnerId: null,
      canOpenSessionPage: false,
    });
    // The staff's page stays closed to them; their own read-only one opens, with the meeting link.
    expect((await entrepreneur.get(`/api/programme-sessions/${withSeoul.id}`)).status).toBe(403);
    const detail = await entrepreneur.get<OwnSessionDetail>(`/api/my-sessions/${withSeoul.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.meetingUrl).toBe('https://teams.microsoft.com/l/meetup-join/test');
    expect(detail.body.agenda.map((item) => item.kind)).toEqual([
      'introductions',
      'presentations',
      'buyer_questions',
      'summary',
    ]);
    expect((await entrepreneur.get(`/api/my-sessions/${withFukuoka.id}`)).status).toBe(404);
    const calendar = await entrepreneur.get<string>(`/api/my-sessions/${withSeoul.id}/calendar.ics`);
    expect(calendar.body).toContain('DTSTART;TZID=Asia/Bangkok:20261214T130000');
  });

  it('lists a buyer’s sessions by the address they registered with, not every session of their city', async () => {
    const minji = await t.signInAs('partner_buyer', {
      scopeId: seoul.id,
      email: MINJI_ACCOUNT,
      locale: 'en',
    });
    const list = await ownList(minji);
    expect(ids(list)).toEqual([withSeoul.id]);
    expect(list.items[0]).toMatchObject({
      relations: ['buyer'],
      ownPartnerId: seoul.id,
      canOpenSessionPage: false,
    });
    const calendar = await minji.get<string>(`/api/my-sessions/${withSeoul.id}/calendar.ics`);
    expect(calendar.body).toContain('DTSTART;TZID=Asia/Seoul:20261214T150000');
    expect(calendar.body).toContain('SUMMARY:Bangkok Brand × Seoul buyers');

    // Another buyer of Seoul registered for nothing: their city's sessions are not theirs.
    const otherBuyer = await t.signInAs('partner_buyer', { scopeId: seoul.id });
    expect((await ownList(otherBuyer)).items).toEqual([]);
    expect((await otherBuyer.get(`/api/my-sessions/${withSeoul.id}`)).status).toBe(404);
  });

  it('asks who is asking: a visitor signed out is refused, staff without a city or business have none', async () => {
    expect((await t.anonymous().get('/api/my-sessions')).status).toBe(401);
    expect((await ownList(officer)).items).toEqual([]);
  });
});

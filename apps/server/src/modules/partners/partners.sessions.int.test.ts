/**
 * A partner's trade programme sessions on its page (issue 14), over HTTP and real SQL: a held session
 * is listed once on each of its cities, beside the activities typed by hand and counted as the last
 * activity; one to come is listed but is no activity yet; a cancelled one is not listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerDetail, SessionDetail } from '@bia/contracts';
import { buildPartner } from '../../testing/partners.ts';
import { buildProgramme, buildSession, chooseCity } from '../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let iao: TestClient;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  iao = await t.signInAs('iao_officer', { locale: 'en' });
});

afterAll(async () => {
  await t.close();
});

async function detailOf(client: TestClient, id: string): Promise<PartnerDetail> {
  const detail = await client.get<PartnerDetail>(`/api/partners/${id}`);
  if (detail.status !== 200) throw new Error(JSON.stringify(detail.body));
  return detail.body;
}

describe("a partner's trade programme sessions on its page", () => {
  let city: PartnerDetail;
  let otherCity: PartnerDetail;
  let held: SessionDetail;
  let toCome: SessionDetail;

  beforeAll(async () => {
    city = await buildPartner(iao);
    otherCity = await buildPartner(iao);
    await buildProgramme(iao, { fiscalYear: 2570 });
    await chooseCity(iao, 2570, city.id);
    await chooseCity(iao, 2570, otherCity.id);
    // Monday 2 November 2026, 13:00–15:00 in Bangkok, with both cities: held, entered after the fact.
    held = await buildSession(iao, 2570, [city.id, otherCity.id], {
      title: 'บางกอกแบรนด์พบผู้ซื้อ',
      titleTranslations: { en: 'Bangkok Brand meets buyers' },
      startsAt: '2026-11-02T06:00:00Z',
      endsAt: '2026-11-02T08:00:00Z',
      isAlreadyHeld: true,
    });
    toCome = await buildSession(iao, 2570, [city.id]);
    const cancelled = await buildSession(iao, 2570, [city.id], {
      title: 'ยกเลิกแล้ว',
      startsAt: '2026-12-16T06:00:00Z',
      endsAt: '2026-12-16T08:00:00Z',
    });
    const cancelling = await iao.patch<SessionDetail>(`/api/programme-sessions/${cancelled.id}`, {
      version: cancelled.version,
      status: 'cancelled',
    });
    if (cancelling.status !== 200) throw new Error(JSON.stringify(cancelling.body));
    const typed = await iao.post(`/api/partners/${city.id}/activities`, {
      kind: 'meeting',
      title: 'Courtesy call at City Hall',
      startsOn: '2026-10-20',
    });
    if (typed.status !== 201) throw new Error(JSON.stringify(typed.body));
  });

  it('lists the held session once and the one to come, but not the cancelled one, beside the typed activity', async () => {
    const detail = await detailOf(iao, city.id);

    expect(detail.sessions).toEqual([
      {
        id: held.id,
        title: { text: 'Bangkok Brand meets buyers', lang: 'en', isFallback: false },
        startsAt: '2026-11-02T06:00:00.000Z',
        startsOn: '2026-11-02',
        status: 'held',
        fiscalYear: 2570,
      },
      {
        id: toCome.id,
        title: { text: 'Bangkok Brand × partner city buyers', lang: 'th', isFallback: true },
        startsAt: '2026-12-14T06:00:00.000Z',
        startsOn: '2026-12-14',
        status: 'to_come',
        fiscalYear: 2570,
      },
    ]);
    expect(detail.activities.map((activity) => activity.title)).toEqual(['Courtesy call at City Hall']);
  });

  it('counts the held session as the last activity, and not the session to come', async () => {
    expect((await detailOf(iao, city.id)).lastActivityOn).toBe('2026-11-02');
  });

  it('lists the session on each of its cities, in the Thai reader’s Thai', async () => {
    const thai = await t.signInAs('iao_officer', { locale: 'th' });
    const detail = await detailOf(thai, otherCity.id);

    expect(detail.sessions).toEqual([
      expect.objectContaining({
        id: held.id,
        title: { text: 'บางกอกแบรนด์พบผู้ซื้อ', lang: 'th', isFallback: false },
        status: 'held',
      }),
    ]);
    expect(detail.lastActivityOn).toBe('2026-11-02');
  });

  it('lets only readers of sessions open them', async () => {
    expect((await detailOf(iao, city.id)).can.openSessions).toBe(true);
    const liaison = await t.signInAs('liaison_officer');
    const seen = await detailOf(liaison, city.id);
    expect(seen.sessions.map((session) => session.id)).toEqual([held.id, toCome.id]);
    expect(seen.can.openSessions).toBe(false);
  });
});

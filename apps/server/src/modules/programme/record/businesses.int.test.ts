import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  EntrepreneurDetail,
  ErrorResponse,
  PartnerSummary,
  RecommendationList,
  SessionDetail,
  SessionEntrepreneurList,
} from '@bia/contracts';
import { buildBusiness, buildListedProduct } from '../../../testing/catalogue.ts';
import {
  buildProgramme,
  buildSession,
  chooseCity,
  partnerNamed,
  presentBusiness,
} from '../../../testing/programme.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/** 22 November 2026 in Bangkok (FY2570); sessions in mid-December. */
const NOW = '2026-11-22T03:00:00Z';

describe('the businesses presenting at a session', () => {
  let t: TestApp;
  let officer: TestClient;
  let social: TestClient;
  let seoul: PartnerSummary;
  let session: SessionDetail;
  const business: Record<string, string> = {};
  const product: Record<string, string> = {};

  async function addListedProduct(key: string, businessKey: string, category: string, hsCode: string) {
    const listed = await buildListedProduct(social, business[businessKey] ?? '', {
      name: { th: `สินค้า ${key}`, en: `Product ${key}` },
      category,
      hsCode,
    });
    product[key] = listed.id;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    officer = await t.signInAs('iao_officer', { locale: 'en' });
    social = await t.signInAs('social_development_officer', { locale: 'en' });
    for (const [key, th, readiness] of [
      ['silk', 'บ้านไหม', 'ready'],
      ['chili', 'ครัวน้ำพริก', 'preparing'],
      ['tea', 'ชาอัญชัน', 'not_ready'],
      ['wood', 'ไม้แกะสลัก', 'ready'],
    ] as const) {
      const created = await buildBusiness(social, {
        name: { th },
        ownerName: 'เจ้าของ',
        languages: ['th'],
        exportExperience: 'none',
        exportReadiness: readiness,
      });
      business[key] = created.id;
    }
    await addListedProduct('scarf', 'silk', 'textiles_clothing', '621410');
    await addListedProduct('paste', 'chili', 'food', '210390');
    await addListedProduct('tea', 'tea', 'beverages', '090230');
    await addListedProduct('elephant', 'wood', 'souvenirs_decor', '442011');

    await buildProgramme(officer, { entrepreneursPerSession: 2 });
    seoul = await partnerNamed(officer, 'Seoul');
    // Seoul answered: its buyers want food, and HS chapter 09 (coffee, tea, spices).
    const accepted = await chooseCity(officer, 2570, seoul.id, {
      replyStatus: 'accepted',
      interestCategories: ['food'],
      interestHsChapters: ['09'],
    });
    expect(accepted).toMatchObject({ interestCategories: ['food'], interestHsChapters: ['09'] });
  });
  afterAll(() => t.close());

  // Each test chooses the businesses of a session of its own.
  beforeEach(async () => {
    session = await buildSession(officer, 2570, [seoul.id], { title: 'Seoul food buyers' });
  });

  it('recommends the businesses whose products match what Seoul asked for, saying what matched', async () => {
    const response = await social.get<RecommendationList>(
      `/api/programme-sessions/${session.id}/recommendations`,
    );
    expect(response.status).toBe(200);
    expect(response.body.hasInterests).toBe(true);
    expect(
      response.body.items.map((item) => [
        item.business.nameTh,
        item.matchedCategories,
        item.matchedHsChapters,
      ]),
    ).toEqual([
      ['ครัวน้ำพริก', ['food'], []],
      ['ชาอัญชัน', [], ['09']],
    ]);
    // The silk and the carving match nothing Seoul asked for.
  });

  it('adds businesses up to the year’s plan, and beyond it only with a reason', async () => {
    const add = (key: string, productKey: string, reason?: string) =>
      social.post<SessionEntrepreneurList & ErrorResponse>(
        `/api/programme-sessions/${session.id}/entrepreneurs`,
        {
          entrepreneurId: business[key],
          productIds: [product[productKey]],
          ...(reason ? { overPlanReason: reason } : {}),
        },
      );
    expect((await add('chili', 'paste')).status).toBe(201);
    expect((await add('tea', 'tea')).status).toBe(201);
    const third = await add('silk', 'scarf');
    expect(third.status).toBe(422);
    expect(third.body.error.message).toBe(
      'This year plans 2 entrepreneurs per session. To add more, give the reason.',
    );
    const kept = await add('silk', 'scarf', 'Seoul asked to see textiles as well');
    expect(kept.status).toBe(201);
    expect(kept.body.items.map((item) => [item.business.nameTh, item.overPlanReason])).toEqual([
      ['ครัวน้ำพริก', null],
      ['ชาอัญชัน', null],
      ['บ้านไหม', 'Seoul asked to see textiles as well'],
    ]);
    expect((await add('chili', 'paste')).body.error.code).toBe('business_already_presenting');
  });

  it('refuses a product that is not the business’s own, and a business with nothing listed', async () => {
    const wrong = await social.post<ErrorResponse>(`/api/programme-sessions/${session.id}/entrepreneurs`, {
      entrepreneurId: business.wood,
      productIds: [product.paste],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields?.[0]?.path).toBe('productIds');
    const nothing = await social.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
      name: { th: 'ยังไม่มีสินค้า' },
      ownerName: 'เจ้าของ',
      legalForm: 'individual',
      districtCode: '1001',
      languages: ['th'],
      exportExperience: 'none',
      exportReadiness: 'not_ready',
    });
    const unlisted = await social.post<ErrorResponse>(`/api/programme-sessions/${session.id}/entrepreneurs`, {
      entrepreneurId: nothing.body.id,
      productIds: [product.paste],
    });
    expect(unlisted.status).toBe(404);
    expect(unlisted.body.error.code).toBe('business_not_listed');
  });

  it('lets Social Development and the IAO choose, not an executive or the partner side', async () => {
    await presentBusiness(social, session.id, business.silk ?? '', [product.scarf ?? '']);
    expect(
      (await officer.delete(`/api/programme-sessions/${session.id}/entrepreneurs/${business.silk}`)).status,
    ).toBe(204);
    const executive = await t.signInAs('executive');
    expect((await executive.get(`/api/programme-sessions/${session.id}/entrepreneurs`)).status).toBe(200);
    expect(
      (
        await executive.post(`/api/programme-sessions/${session.id}/entrepreneurs`, {
          entrepreneurId: business.silk,
          productIds: [product.scarf],
        })
      ).status,
    ).toBe(403);
    expect((await executive.get(`/api/programme-sessions/${session.id}/recommendations`)).status).toBe(403);
  });
  it('keeps a business on the session it presented at after the business is archived', async () => {
    const pottery = await buildBusiness(social, {
      name: { th: 'เครื่องปั้นดินเผา' },
      ownerName: 'เจ้าของ',
      languages: ['th'],
      exportExperience: 'none',
      exportReadiness: 'ready',
    });
    const vase = await buildListedProduct(social, pottery.id, {
      name: { th: 'แจกันดินเผา', en: 'Clay vase' },
      category: 'souvenirs_decor',
      hsCode: '691390',
    });
    const added = await social.post(`/api/programme-sessions/${session.id}/entrepreneurs`, {
      entrepreneurId: pottery.id,
      productIds: [vase.id],
    });
    expect(added.status).toBe(201);
    const current = await social.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${pottery.id}`);
    const archived = await social.post(`/api/catalogue/entrepreneurs/${pottery.id}/archive`, {
      version: current.body.version,
      reason: 'Stopped trading',
    });
    expect(archived.status).toBe(200);

    const listed = await social.get<SessionEntrepreneurList>(
      `/api/programme-sessions/${session.id}/entrepreneurs`,
    );
    expect(listed.body.items.map((item) => [item.business.nameTh, item.products.map((p) => p.id)])).toEqual([
      ['เครื่องปั้นดินเผา', [vase.id]],
    ]);
  });
});

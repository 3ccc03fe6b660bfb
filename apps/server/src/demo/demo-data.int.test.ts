import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntrepreneurDetail,
  EntrepreneurList,
  PartnerList,
  ProductList,
  SessionInfo,
} from '@bia/contracts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { DEMO_PASSWORD, SAMPLE_BUSINESS_ID, demoAccounts, loadDemoData } from './demo-data.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
  await loadDemoData(t.db);
});

afterAll(async () => {
  await t.close();
});

describe('demo mode', () => {
  it('signs in every demo account once, however often the demo data is loaded', async () => {
    for (const account of demoAccounts) {
      const client = t.anonymous();
      const response = await client.post<SessionInfo>('/api/auth/sign-in', {
        email: account.email,
        password: DEMO_PASSWORD,
      });
      expect(response.status, account.email).toBe(200);
      expect(response.body.user?.roles.map((grant) => grant.role)).toEqual([account.role]);
    }
  });

  it("gives the demo partner coordinator Seoul's record and nothing else, without adding sample partners", async () => {
    const client = t.anonymous();
    await client.post('/api/auth/sign-in', {
      email: 'coordinator@demo.bia.invalid',
      password: DEMO_PASSWORD,
    });
    const list = await client.get<PartnerList>('/api/partners');
    expect(list.body.items.map((partner) => partner.nameEn)).toEqual(['Seoul']);
    const officer = await t.signInAs('iao_officer');
    const all = await officer.get<PartnerList>('/api/partners');
    expect(all.body.items.some((partner) => partner.isSample)).toBe(false);
  });

  it('gives the demo entrepreneur their sample business to keep, and shows sample products as samples', async () => {
    const client = t.anonymous();
    const signIn = await client.post<SessionInfo>('/api/auth/sign-in', {
      email: 'entrepreneur@demo.bia.invalid',
      password: DEMO_PASSWORD,
    });
    client.session = signIn.body;
    const own = await client.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${SAMPLE_BUSINESS_ID}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ isSample: true, can: { edit: true, manage: false } });
    const officer = await t.signInAs('social_development_officer');
    const businesses = await officer.get<EntrepreneurList>('/api/catalogue/entrepreneurs');
    expect(businesses.body.total).toBe(3);
    const products = await officer.get<ProductList>('/api/catalogue/products');
    expect(products.body.total).toBe(4);
    expect(products.body.items.every((product) => product.isSample)).toBe(true);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Certification,
  CreatedUser,
  EntrepreneurDetail,
  EntrepreneurList,
  ErrorResponse,
  Interest,
  PartnerList,
  Product,
  ProductList,
  Role,
} from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import {
  buildBusiness,
  buildBusinessInput,
  buildProduct,
  buildProductInput,
  certifyBangkokBrand,
} from '../../testing/catalogue.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { listedToday } from './index.ts';

const PHRA_NAKHON = '1001';
const DUSIT = '1002';

async function auditCount(app: TestApp): Promise<number> {
  const [row] = rowsOf<{ total: number }>(
    await app.db.execute(sql`select count(*)::int as total from audit_events`),
  );
  return row?.total ?? 0;
}

async function tableCounts(app: TestApp): Promise<number[]> {
  const [row] = rowsOf<{ e: number; p: number; c: number; i: number }>(
    await app.db.execute(sql`select (select count(*)::int from entrepreneurs) as e,
      (select count(*)::int from products) as p, (select count(*)::int from product_certifications) as c,
      (select count(*)::int from product_interests) as i`),
  );
  return [row?.e ?? 0, row?.p ?? 0, row?.c ?? 0, row?.i ?? 0, await auditCount(app)];
}

let t: TestApp;
let officer: TestClient;
let seoulId: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  officer = await t.signInAs('social_development_officer', { locale: 'en' });
  const iao = await t.signInAs('iao_officer');
  const seoul = (await iao.get<PartnerList>('/api/partners?q=seoul')).body.items[0];
  if (!seoul) throw new Error('Seoul is missing from the reference partners');
  seoulId = seoul.id;
});

afterAll(async () => {
  await t.close();
});

async function signIn(role: Role, scopeId?: string, app: TestApp = t) {
  return app.signInAs(role, scopeId ? { scopeId, locale: 'en' } : { locale: 'en' });
}

describe('who may change the catalogue', () => {
  type Send = (
    client: TestClient,
    business: EntrepreneurDetail,
    product: Product,
  ) => Promise<{ status: number }>;
  const writeRoutes: [string, Send][] = [
    ['add a business', (client) => client.post('/api/catalogue/entrepreneurs', buildBusinessInput())],
    [
      'change a business',
      (client, business) =>
        client.patch(`/api/catalogue/entrepreneurs/${business.id}`, {
          version: business.version,
          ownerName: 'x',
        }),
    ],
    [
      'add a product',
      (client, business) =>
        client.post(`/api/catalogue/entrepreneurs/${business.id}/products`, buildProductInput()),
    ],
    [
      'change a product',
      (client, _business, product) =>
        client.patch(`/api/catalogue/products/${product.id}`, { version: product.version, packaging: 'x' }),
    ],
    [
      'add a certification',
      (client, _business, product) =>
        client.post(`/api/catalogue/products/${product.id}/certifications`, {
          kind: 'halal',
          name: 'Thai Halal',
        }),
    ],
    [
      'record consent',
      (client, business) =>
        client.post(`/api/catalogue/entrepreneurs/${business.id}/consent`, {
          version: business.version,
          method: 'email',
        }),
    ],
    [
      'invite an entrepreneur',
      (client, business) =>
        client.post(`/api/catalogue/entrepreneurs/${business.id}/invite`, {
          email: 'nobody@test.bia.invalid',
        }),
    ],
    [
      'delete a product',
      (client, _business, product) =>
        client.delete(`/api/catalogue/products/${product.id}?version=${product.version}`),
    ],
  ];

  it.each<[string, Role | 'anonymous' | 'other_entrepreneur', number]>([
    ['the public', 'anonymous', 401],
    ['an executive', 'executive', 403],
    ['an IAO officer', 'iao_officer', 403],
    ['a strategy officer', 'strategy_officer', 403],
    ["the business district's liaison officer", 'liaison_officer', 403],
    ['a partner buyer', 'partner_buyer', 403],
    ['a partner coordinator', 'partner_coordinator', 403],
    ["another business's entrepreneur", 'other_entrepreneur', 403],
  ])('refuses every change to %s (%s) with %i, and writes nothing', async (_who, role, status) => {
    const business = await buildBusiness(officer);
    const product = await buildProduct(officer, business.id);
    const other = await buildBusiness(officer, { districtCode: DUSIT });
    const client =
      role === 'anonymous'
        ? t.anonymous()
        : role === 'other_entrepreneur'
          ? await signIn('entrepreneur', other.id)
          : role === 'liaison_officer'
            ? await signIn(role, PHRA_NAKHON)
            : role === 'partner_buyer' || role === 'partner_coordinator'
              ? await signIn(role, seoulId)
              : await signIn(role);
    const before = await tableCounts(t);
    for (const [what, send] of writeRoutes)
      expect((await send(client, business, product)).status, what).toBe(status);
    expect(await tableCounts(t)).toEqual(before);
  });

  it("answers an entrepreneur touching another business's product with not_your_business", async () => {
    const own = await buildBusiness(officer);
    const other = await buildBusiness(officer);
    const otherProduct = await buildProduct(officer, other.id);
    const entrepreneur = await signIn('entrepreneur', own.id);
    const change = await entrepreneur.patch<ErrorResponse>(`/api/catalogue/products/${otherProduct.id}`, {
      version: otherProduct.version,
      packaging: 'mine now',
    });
    expect([change.status, change.body.error.code]).toEqual([403, 'not_your_business']);
    expect(change.body.error.message).toBe('You can change only your own business and its products.');
    const add = await entrepreneur.post<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${other.id}/products`,
      buildProductInput(),
    );
    expect([add.status, add.body.error.code]).toEqual([403, 'not_your_business']);
  });

  it('lets an entrepreneur keep their own business and products, but not certify Bangkok Brand themselves', async () => {
    const own = await buildBusiness(officer);
    const entrepreneur = await signIn('entrepreneur', own.id);
    const edited = await entrepreneur.patch<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${own.id}`, {
      version: own.version,
      exportReadiness: 'ready',
      name: { th: own.name.th, ja: 'テスト事業' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      exportReadiness: 'ready',
      name: { ja: 'テスト事業' },
      can: { edit: true },
    });
    const product = await buildProduct(entrepreneur, own.id, {
      name: { th: 'น้ำพริกเผา', ja: 'ナムプリックパオ' },
    });
    expect(product.can.edit).toBe(true);
    const fda = await entrepreneur.post<Certification>(
      `/api/catalogue/products/${product.id}/certifications`,
      {
        kind: 'thai_fda',
        number: '10-1-12345-1-0001',
      },
    );
    expect(fda.status).toBe(201);
    const brand = await entrepreneur.post<ErrorResponse>(
      `/api/catalogue/products/${product.id}/certifications`,
      {
        kind: 'bangkok_brand',
        yearCertified: 2026,
        validUntil: '2028-12-31',
        districtCode: PHRA_NAKHON,
      },
    );
    expect([brand.status, brand.body.error.code]).toEqual([403, 'bangkok_brand_managed_only']);
  });
});

describe('who may read the catalogue', () => {
  let business: EntrepreneurDetail;
  let unlisted: Product;

  beforeAll(async () => {
    business = await buildBusiness(officer, { districtCode: PHRA_NAKHON });
    unlisted = await buildProduct(officer, business.id);
  });

  it.each<[string, Role | 'anonymous', string | undefined, number, string | undefined]>([
    ['the public', 'anonymous', undefined, 401, 'unauthenticated'],
    ['an executive', 'executive', undefined, 200, undefined],
    ['an IAO officer', 'iao_officer', undefined, 200, undefined],
    ['a strategy officer', 'strategy_officer', undefined, 200, undefined],
    ['an administrator', 'admin', undefined, 200, undefined],
    ["the district's liaison officer", 'liaison_officer', PHRA_NAKHON, 200, undefined],
    ["another district's liaison officer", 'liaison_officer', DUSIT, 403, 'not_your_district'],
    ["a department's liaison officer", 'liaison_officer', '04160000', 200, undefined],
    ['a partner buyer', 'partner_buyer', 'seoul', 403, 'not_published'],
  ])(
    'answers %s (%s, scope %s) reading an unlisted product and its business with %i',
    async (_who, role, scope, status, code) => {
      const client =
        role === 'anonymous' ? t.anonymous() : await signIn(role, scope === 'seoul' ? seoulId : scope);
      const product = await client.get<ErrorResponse>(`/api/catalogue/products/${unlisted.id}`);
      const page = await client.get<ErrorResponse>(`/api/catalogue/entrepreneurs/${business.id}`);
      expect([product.status, page.status]).toEqual([status, status]);
      if (code) expect([product.body.error.code, page.body.error.code]).toEqual([code, code]);
    },
  );

  it("keeps another business's unpublished product from an entrepreneur, and shows it once listed", async () => {
    const own = await buildBusiness(officer);
    const entrepreneur = await signIn('entrepreneur', own.id);
    const other = await buildBusiness(officer);
    const product = await buildProduct(officer, other.id);
    const hidden = await entrepreneur.get<ErrorResponse>(`/api/catalogue/products/${product.id}`);
    expect([hidden.status, hidden.body.error.code]).toEqual([403, 'not_published']);
    await certifyBangkokBrand(officer, product.id);
    const shown = await entrepreneur.get<Product>(`/api/catalogue/products/${product.id}`);
    expect([shown.status, shown.body.isListed, shown.body.can.edit]).toEqual([200, true, false]);
  });

  it("lists for a district's liaison officer only the businesses of their district, and lets them edit none", async () => {
    const dusitBusiness = await buildBusiness(officer, { districtCode: DUSIT });
    const liaison = await signIn('liaison_officer', DUSIT);
    const list = await liaison.get<EntrepreneurList>('/api/catalogue/entrepreneurs?pageSize=200');
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((item) => item.districtCode === DUSIT)).toBe(true);
    expect(list.body.items.map((item) => item.id)).toContain(dusitBusiness.id);
    const detail = await liaison.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${dusitBusiness.id}`);
    expect(detail.body).toMatchObject({ email: dusitBusiness.email, can: { edit: false, manage: false } });
    const edit = await liaison.patch(`/api/catalogue/entrepreneurs/${dusitBusiness.id}`, {
      version: dusitBusiness.version,
      ownerName: 'x',
    });
    expect(edit.status).toBe(403);
  });

  it('lists for a partner buyer only listed products and the businesses that have them', async () => {
    const listedBusiness = await buildBusiness(officer);
    const listed = await buildProduct(officer, listedBusiness.id);
    await certifyBangkokBrand(officer, listed.id);
    const buyer = await signIn('partner_buyer', seoulId);
    const products = await buyer.get<ProductList>('/api/catalogue/products?pageSize=200');
    expect(products.body.items.every((item) => item.isListed)).toBe(true);
    expect(products.body.items.map((item) => item.id)).toContain(listed.id);
    expect(products.body.items.map((item) => item.id)).not.toContain(unlisted.id);
    const businesses = await buyer.get<EntrepreneurList>('/api/catalogue/entrepreneurs?pageSize=200');
    expect(businesses.body.items.map((item) => item.id)).toContain(listedBusiness.id);
    expect(businesses.body.items.map((item) => item.id)).not.toContain(business.id);
  });
});

describe('keeping records valid', () => {
  let business: EntrepreneurDetail;
  let product: Product;

  beforeAll(async () => {
    business = await buildBusiness(officer);
    product = await buildProduct(officer, business.id);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['no Thai name', { name: { en: 'Only English' } }, 'name.th', 'Please fill in this field'],
    ['a blank Thai name', { name: { th: '   ' } }, 'name.th', 'Please fill in this field'],
    [
      'a district that is not one of the 50',
      { districtCode: '1051' },
      'districtCode',
      'one of the 50 district offices',
    ],
    [
      'a department for a district',
      { districtCode: '04160000' },
      'districtCode',
      'one of the 50 district offices',
    ],
    [
      'a company with a malformed juristic id',
      { legalForm: 'company', registrationNumber: '0105536092642' },
      'registrationNumber',
      '13 digits',
    ],
    ['a malformed LINE id', { lineId: 'line id with spaces' }, 'lineId', 'LINE ID'],
    ['a malformed phone number', { phone: 'call me' }, 'phone', ''],
  ])(
    'refuses a business with %s, naming the field, and writes nothing',
    async (_what, overrides, path, message) => {
      const before = await tableCounts(t);
      const response = await officer.post<ErrorResponse>(
        '/api/catalogue/entrepreneurs',
        buildBusinessInput(overrides),
      );
      expect(response.status).toBe(400);
      const field = response.body.error.fields?.find((candidate) => candidate.path === path);
      expect(field?.message).toContain(message);
      expect(await tableCounts(t)).toEqual(before);
    },
  );

  it('stores a valid juristic id as its digits', async () => {
    const company = await buildBusiness(officer, {
      legalForm: 'company',
      registrationNumber: '0-1055-36092-64-1',
    });
    expect(company.registrationNumber).toBe('0105536092641');
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a minimum price above the maximum',
      { priceMinThb: 100, priceMaxThb: 50 },
      'priceMinThb',
      'cannot be higher',
    ],
    ['an HS code that does not exist', { hsCode: '0399' }, 'hsCode', 'There is no HS code "0399"'],
    ['an HS chapter instead of a heading', { hsCode: '09' }, 'hsCode', '4 or 6 digits'],
    ['a category that is not one of the five', { category: 'electronics' }, 'category', ''],
    ['no Thai name', { name: { ja: '名前' } }, 'name.th', 'Please fill in this field'],
  ])(
    'refuses a product with %s, naming the field, and writes nothing',
    async (_what, overrides, path, message) => {
      const before = await tableCounts(t);
      const response = await officer.post<ErrorResponse>(
        `/api/catalogue/entrepreneurs/${business.id}/products`,
        buildProductInput(overrides),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.fields?.find((field) => field.path === path)?.message).toContain(message);
      expect(await tableCounts(t)).toEqual(before);
    },
  );

  it('refuses a change that would put the minimum price above the stored maximum', async () => {
    const product = await buildProduct(officer, business.id);
    const response = await officer.patch<ErrorResponse>(`/api/catalogue/products/${product.id}`, {
      version: product.version,
      priceMinThb: 1000,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.[0]?.path).toBe('priceMinThb');
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a malformed Thai FDA number', { kind: 'thai_fda', number: '12-3-456' }, 'number', 'Thai FDA'],
    ['a Thai FDA number of 14 digits', { kind: 'thai_fda', number: '10112345100011' }, 'number', 'Thai FDA'],
    ['a Thai FDA certification without a number', { kind: 'thai_fda' }, 'number', 'Please fill in'],
    [
      'a Bangkok Brand certification from a district that is not one of the 50',
      { kind: 'bangkok_brand', yearCertified: 2025, validUntil: '2027-09-30', districtCode: '1099' },
      'districtCode',
      'one of the 50 district offices',
    ],
    [
      'a Bangkok Brand certification without an end of validity',
      { kind: 'bangkok_brand', yearCertified: 2025, districtCode: PHRA_NAKHON },
      'validUntil',
      'Please fill in',
    ],
    [
      'a certification ending before it starts',
      { kind: 'organic', validFrom: '2026-01-01', validUntil: '2025-12-31' },
      'validUntil',
      'cannot be before its start',
    ],
  ])('refuses %s and writes nothing', async (_what, body, path, message) => {
    const before = await tableCounts(t);
    const response = await officer.post<ErrorResponse>(
      `/api/catalogue/products/${product.id}/certifications`,
      body,
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.find((field) => field.path === path)?.message).toContain(message);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('accepts a Thai FDA number with or without dashes, or in Thai digits, and stores it once normalised', async () => {
    const product = await buildProduct(officer, business.id);
    for (const written of ['10-1-12345-1-0001', '1011234510001', '๑๐-๑-๑๒๓๔๕-๑-๐๐๐๑']) {
      const response = await officer.post<Certification>(
        `/api/catalogue/products/${product.id}/certifications`,
        {
          kind: 'thai_fda',
          number: written,
        },
      );
      expect(response.status, written).toBe(201);
      expect(response.body.number).toBe('10-1-12345-1-0001');
    }
    const [stored] = rowsOf<{ numbers: string[] }>(
      await t.db.execute(
        sql`select array_agg(distinct number) as numbers from product_certifications where product_id = ${product.id} and kind = 'thai_fda'`,
      ),
    );
    expect(stored?.numbers).toEqual(['1011234510001']);
  });

  it('explains in Thai to a Thai reader', async () => {
    const thai = await t.signInAs('social_development_officer', { locale: 'th' });
    const response = await thai.post<ErrorResponse>(`/api/catalogue/products/${product.id}/certifications`, {
      kind: 'thai_fda',
      number: 'abc',
    });
    expect(response.body.error.fields?.[0]?.message).toBe('เลข อย. ต้องเป็นตัวเลข 13 หลัก เช่น 10-1-12345-1-0001');
  });

  it('refuses a change made to an older version', async () => {
    const fresh = await buildProduct(officer, business.id);
    const first = await officer.patch(`/api/catalogue/products/${fresh.id}`, {
      version: 1,
      packaging: 'box',
    });
    expect(first.status).toBe(200);
    const stale = await officer.patch<ErrorResponse>(`/api/catalogue/products/${fresh.id}`, {
      version: 1,
      packaging: 'bag',
    });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict_stale']);
  });

  it('shows which texts of a product exist in each language', async () => {
    const written = await buildProduct(officer, business.id, {
      name: { th: 'ผ้าพันคอ', ja: 'スカーフ', en: '' },
      description: { en: 'A silk scarf' },
    });
    expect(written.completeness).toEqual([
      { language: 'th', name: true, description: false },
      { language: 'en', name: false, description: true },
      { language: 'ja', name: true, description: false },
      { language: 'ko', name: false, description: false },
      { language: 'zh', name: false, description: false },
    ]);
    expect(written.name.en).toBeNull();
  });
});

describe('certification expiry', () => {
  it("lists a product while its Bangkok Brand certification is valid in Bangkok's calendar, and drops it after", async () => {
    const clockTest = await createTestApp({ now: '2026-11-22T03:00:00Z' });
    try {
      const keeper = await clockTest.signInAs('social_development_officer');
      const business = await buildBusiness(keeper);
      const product = await buildProduct(keeper, business.id);
      expect(product.isListed).toBe(false);
      await certifyBangkokBrand(keeper, product.id, '2026-12-31');
      // Moving the clock by weeks ends idle sessions, so each look signs in afresh.
      const look = async () => {
        const buyer = await clockTest.signInAs('partner_buyer', { scopeId: seoulId });
        const response = await buyer.get<Product | ErrorResponse>(`/api/catalogue/products/${product.id}`);
        const listed = await buyer.get<ProductList>('/api/catalogue/products?listed=yes&pageSize=200');
        return {
          status: response.status,
          inList: listed.body.items.some((item) => item.id === product.id),
        };
      };
      expect(await look()).toEqual({ status: 200, inList: true });
      clockTest.clock.set('2026-12-31T16:59:00Z'); // 23:59 on 31 December in Bangkok
      expect(await look()).toEqual({ status: 200, inList: true });
      clockTest.clock.set('2026-12-31T17:00:00Z'); // midnight in Bangkok: 1 January 2027
      expect(await look()).toEqual({ status: 403, inList: false });
      const staff = await clockTest.signInAs('social_development_officer');
      const kept = await staff.get<Product>(`/api/catalogue/products/${product.id}`);
      expect(kept.body).toMatchObject({ isListed: false, certifications: [{ isValidToday: false }] });
      // Nobody deleted anything: a renewal lists it again.
      await certifyBangkokBrand(staff, product.id, '2029-12-31');
      expect(await look()).toEqual({ status: 200, inList: true });
    } finally {
      await clockTest.close();
    }
  });

  it('gives the public catalogue the products listed on a day', async () => {
    const business = await buildBusiness(officer);
    const product = await buildProduct(officer, business.id);
    await certifyBangkokBrand(officer, product.id, '2027-03-31');
    const idsOn = async (day: string) =>
      (await listedToday(t.db, day, { limit: 10_000, offset: 0 })).map((row) => row.id);
    expect(await idsOn('2027-03-31')).toContain(product.id);
    expect(await idsOn('2027-04-01')).not.toContain(product.id);
    expect(await idsOn('2024-06-01')).not.toContain(product.id); // before the year it was certified
  });
});

describe('consent to be contacted', () => {
  it('shows contacts to a partner buyer only while consent is given, and hides them at once when withdrawn', async () => {
    const business = await buildBusiness(officer, { languages: ['th', 'ja'] });
    const product = await buildProduct(officer, business.id);
    await certifyBangkokBrand(officer, product.id);
    const buyer = await signIn('partner_buyer', seoulId);
    const page = () => buyer.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${business.id}`);

    const beforeConsent = await page();
    expect(beforeConsent.body).toMatchObject({
      email: null,
      phone: null,
      contactsHidden: true,
      consent: null,
    });

    const consented = await officer.post<EntrepreneurDetail>(
      `/api/catalogue/entrepreneurs/${business.id}/consent`,
      {
        version: business.version,
        method: 'signed_form',
        givenAt: '2026-11-20T02:00:00Z',
      },
    );
    expect(consented.status).toBe(200);
    expect(consented.body.consent).toMatchObject({
      state: 'given',
      method: 'signed_form',
      givenAt: '2026-11-20T02:00:00.000Z',
    });
    expect((await page()).body).toMatchObject({
      email: business.email,
      phone: '02 123 4567',
      lineId: '@testbiz',
      website: 'https://example.test',
      address: business.address,
      contactsHidden: false,
    });

    const entrepreneur = await signIn('entrepreneur', business.id);
    const withdrawn = await entrepreneur.post<EntrepreneurDetail>(
      `/api/catalogue/entrepreneurs/${business.id}/consent/withdraw`,
      { version: consented.body.version },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consent?.state).toBe('withdrawn');

    const after = await page();
    expect(after.body).toMatchObject({
      email: null,
      phone: null,
      lineId: null,
      website: null,
      address: null,
      ownerName: null,
      contactsHidden: true,
      name: business.name,
      districtCode: business.districtCode,
      languages: ['th', 'ja'],
    });
    const staffView = await officer.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${business.id}`);
    expect(staffView.body).toMatchObject({ email: business.email, contactsHidden: false });
    const again = await entrepreneur.post<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${business.id}/consent/withdraw`,
      {
        version: withdrawn.body.version,
      },
    );
    expect([again.status, again.body.error.code]).toEqual([409, 'consent_not_given']);
  });

  it('refuses consent dated in the future', async () => {
    const business = await buildBusiness(officer);
    const response = await officer.post<ErrorResponse>(
      `/api/catalogue/entrepreneurs/${business.id}/consent`,
      {
        version: business.version,
        method: 'email',
        givenAt: '2026-12-01T00:00:00Z',
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.[0]?.path).toBe('givenAt');
  });
});

describe('inviting an entrepreneur', () => {
  it('creates a pending entrepreneur account scoped to the business and says its invitation waits in the outbox', async () => {
    const business = await buildBusiness(officer);
    const response = await officer.post<CreatedUser>(`/api/catalogue/entrepreneurs/${business.id}/invite`, {
      email: 'owner.invited@test.bia.invalid',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      email: 'owner.invited@test.bia.invalid',
      displayName: business.ownerName,
      roles: [{ role: 'entrepreneur', scopeType: 'business', scopeId: business.id }],
      // No mail server in the tests: the platform says so rather than "sent".
      invitation: { delivery: 'outbox' },
    });
    const [account] = rowsOf<{ pending: boolean }>(
      await t.db.execute(
        sql`select password_hash is null as pending from users where id = ${response.body.id}`,
      ),
    );
    expect(account?.pending).toBe(true);
    const mail = (await t.outbox()).filter(
      (message) => message.toAddress === 'owner.invited@test.bia.invalid',
    );
    expect(mail).toHaveLength(1);
    const again = await officer.post<ErrorResponse>(`/api/catalogue/entrepreneurs/${business.id}/invite`, {
      email: 'owner.invited@test.bia.invalid',
    });
    expect(again.status).toBe(409);
  });

  it('refuses to scope an entrepreneur to a business that does not exist', async () => {
    const missing = await officer.post<ErrorResponse>(
      '/api/catalogue/entrepreneurs/00000000-0000-4000-8000-000000000000/invite',
      { email: 'ghost@test.bia.invalid' },
    );
    expect([missing.status, missing.body.error.code]).toEqual([404, 'entrepreneur_not_found']);
    const admin = await signIn('admin');
    const direct = await admin.post<ErrorResponse>('/api/users', {
      email: 'ghost2@test.bia.invalid',
      displayName: 'Ghost',
      roles: [{ role: 'entrepreneur', scopeId: 'no-such-business' }],
    });
    expect(direct.status).toBe(400);
    expect(direct.body.error.fields?.[0]?.path).toBe('roles.0.scopeId');
  });
});

describe("buyers' interest", () => {
  it('stores a buyer’s interest in a listed product for Social Development and the business to read', async () => {
    const business = await buildBusiness(officer);
    const product = await buildProduct(officer, business.id);
    const buyer = await signIn('partner_buyer', seoulId);
    const early = await buyer.post<ErrorResponse>(`/api/catalogue/products/${product.id}/interests`, {});
    expect([early.status, early.body.error.code]).toEqual([403, 'not_published']);
    await certifyBangkokBrand(officer, product.id);
    const interest = await buyer.post<Interest>(`/api/catalogue/products/${product.id}/interests`, {
      message: 'We would like 500 packs for a fair in Seoul.',
    });
    expect(interest.status).toBe(201);
    expect(interest.body).toMatchObject({ partnerId: seoulId, productId: product.id });

    const owner = await signIn('entrepreneur', business.id);
    for (const reader of [officer, owner]) {
      const list = await reader.get<{ items: Interest[] }>(`/api/catalogue/products/${product.id}/interests`);
      expect(list.body.items.map((item) => item.message)).toEqual([
        'We would like 500 packs for a fair in Seoul.',
      ]);
    }
    const other = await signIn('entrepreneur', (await buildBusiness(officer)).id);
    for (const reader of [other, await signIn('executive'), buyer]) {
      const refused = await reader.get<ErrorResponse>(`/api/catalogue/products/${product.id}/interests`);
      expect([refused.status, refused.body.error.code]).toEqual([403, 'interests_not_yours']);
    }
    const remove = await officer.delete<ErrorResponse>(
      `/api/catalogue/products/${product.id}?version=${product.version}`,
    );
    expect([remove.status, remove.body.error.code]).toEqual([409, 'product_has_interests']);
  });
});

describe('the audit trail', () => {
  it('records every change to a business, its products and certifications, with who made it', async () => {
    const business = await buildBusiness(officer);
    const product = await buildProduct(officer, business.id);
    const certification = await certifyBangkokBrand(officer, product.id);
    await officer.patch(`/api/catalogue/products/${product.id}`, {
      version: product.version,
      packaging: 'box',
    });
    await officer.post(`/api/catalogue/entrepreneurs/${business.id}/consent`, {
      version: business.version,
      method: 'online_form',
    });
    const removal = await officer.delete(
      `/api/catalogue/products/${product.id}/certifications/${certification.id}?version=${certification.version}`,
    );
    expect(removal.status).toBe(204);
    const deleted = await officer.delete(`/api/catalogue/products/${product.id}?version=2`);
    expect(deleted.status).toBe(204);
    const events = rowsOf<{ action: string; actorEmail: string; before: unknown; after: unknown }>(
      await t.db.execute(
        sql`select action, actor_email as "actorEmail", before, after from audit_events
             where entity_id in (${business.id}, ${product.id}, ${certification.id}) order by id`,
      ),
    );
    expect(events.map((event) => event.action)).toEqual([
      'entrepreneur.create',
      'product.create',
      'certification.create',
      'product.update',
      'entrepreneur.consent_given',
      'certification.delete',
      'product.delete',
    ]);
    expect(events.every((event) => event.actorEmail === officer.session?.user?.email)).toBe(true);
    expect(events.find((event) => event.action === 'product.update')).toMatchObject({
      before: expect.objectContaining({ packaging: null }),
      after: expect.objectContaining({ packaging: 'box' }),
    });
  });
});

describe('the list of businesses', () => {
  it("counts each business's products and those listed today", async () => {
    const business = await buildBusiness(officer, { name: { th: 'ธุรกิจนับสินค้า' } });
    const listed = await buildProduct(officer, business.id);
    await buildProduct(officer, business.id);
    await certifyBangkokBrand(officer, listed.id);
    const list = await officer.get<EntrepreneurList>(
      `/api/catalogue/entrepreneurs?q=${encodeURIComponent('ธุรกิจนับสินค้า')}`,
    );
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: business.id, productCount: 2, listedProductCount: 1 }),
    ]);
  });
});

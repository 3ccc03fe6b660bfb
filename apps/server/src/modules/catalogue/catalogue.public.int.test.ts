/**
 * The public catalogue: what buyers abroad find, in which language, and in what order. A small fixed
 * set of products in the five languages, searched as a buyer would type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CatalogueProduct,
  CataloguePage,
  EntrepreneurDetail,
  ErrorResponse,
  Product,
} from '@bia/contracts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let officer: TestClient;
const ids: Record<string, string> = {};

async function addBusiness(name: { th: string; en?: string; ja?: string }, exportReadiness = 'ready') {
  const response = await officer.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
    name,
    ownerName: 'เจ้าของทดสอบ',
    legalForm: 'community_enterprise',
    districtCode: '1001',
    languages: ['th', 'en'],
    exportExperience: 'occasional',
    exportReadiness,
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.id;
}

async function addProduct(
  key: string,
  businessId: string,
  input: Record<string, unknown>,
  bangkokBrandUntil: string | null = '2027-09-30',
) {
  const response = await officer.post<Product>(`/api/catalogue/entrepreneurs/${businessId}/products`, {
    priceMinThb: 50,
    priceMaxThb: 80,
    minimumOrderQuantity: 100,
    minimumOrderUnit: 'ชิ้น',
    ...input,
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  ids[key] = response.body.id;
  if (bangkokBrandUntil) {
    const certified = await officer.post(`/api/catalogue/products/${response.body.id}/certifications`, {
      kind: 'bangkok_brand',
      yearCertified: 2025,
      validUntil: bangkokBrandUntil,
      districtCode: '1001',
    });
    if (certified.status !== 201) throw new Error(JSON.stringify(certified.body));
  }
}

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  officer = await t.signInAs('social_development_officer', { locale: 'en' });
  const silkHouse = await addBusiness({
    th: 'บ้านไหมพระนคร',
    en: 'Phra Nakhon Silk House',
    ja: 'プラナコーン・シルクハウス',
  });
  const kitchen = await addBusiness({ th: 'ครัวแม่ศรี', en: "Mae Sri's Kitchen" }, 'preparing');
  await addProduct('scarf', silkHouse, {
    name: {
      th: 'ผ้าพันคอไหมไทยทอมือ',
      en: 'Hand-woven Thai silk scarf',
      ja: '手織りタイシルクスカーフ',
      ko: '수직 태국 실크 스카프',
      zh: '手工编织泰国丝绸围巾',
    },
    description: { th: 'ผ้าไหมแท้ ย้อมสีธรรมชาติ', en: 'Pure silk dyed with natural colours' },
    category: 'textiles_clothing',
    hsCode: '621410',
    minimumOrderQuantity: 20,
  });
  await addProduct('chiliPaste', kitchen, {
    name: { th: 'น้ำพริกเผากุ้ง', en: 'Roasted chili paste with shrimp', ja: 'エビ入り焼き唐辛子ペースト' },
    category: 'food',
    hsCode: '2103',
  });
  await addProduct('roselle', kitchen, {
    name: { th: 'น้ำกระเจี๊ยบพร้อมดื่ม', en: 'Roselle juice', ko: '로젤 주스', zh: '洛神花汁' },
    category: 'beverages',
    hsCode: '2009',
    minimumOrderQuantity: 500,
  });
  await addProduct('silkPillow', silkHouse, {
    name: { th: 'ปลอกหมอนไหม', en: 'Silk pillow case' },
    category: 'textiles_clothing',
    hsCode: '6302',
  });
  // Certified until yesterday (Bangkok time): no longer listed.
  await addProduct(
    'expiredSilk',
    silkHouse,
    {
      name: { th: 'ผ้าไหมมัดหมี่', en: 'Mudmee silk fabric' },
      category: 'textiles_clothing',
      hsCode: '5007',
    },
    '2026-11-21',
  );
  // Never certified: not listed.
  await addProduct(
    'uncertified',
    kitchen,
    {
      name: { th: 'ข้าวตังหน้าหมูหยอง', en: 'Rice crackers with pork floss' },
      category: 'food',
      hsCode: '1905',
    },
    null,
  );
});

afterAll(async () => {
  await t.close();
});

async function search(query: string): Promise<CataloguePage> {
  const response = await t.anonymous().get<CataloguePage>(`/api/public/catalogue/products?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const idsOf = (page: CataloguePage) => page.items.map((item) => item.id);

describe('what the public catalogue lists', () => {
  it('lists only products whose Bangkok Brand certification is valid today, and no contact details', async () => {
    const page = await search('pageSize=60');
    const listed = idsOf(page);
    expect(listed).toEqual(expect.arrayContaining([ids.scarf, ids.chiliPaste, ids.roselle, ids.silkPillow]));
    expect(listed).not.toContain(ids.expiredSilk);
    expect(listed).not.toContain(ids.uncertified);
    expect(JSON.stringify(page)).not.toMatch(/email|phone|lineId|address/);
  });

  it('shows each text in the buyer language, else English, else Thai, and says which', async () => {
    const page = await search('lang=ko&category=food');
    const paste = page.items.find((item) => item.id === ids.chiliPaste);
    expect(paste?.name).toEqual({ text: 'Roasted chili paste with shrimp', lang: 'en', isFallback: true });
    const japanese = await search('lang=ja&category=food');
    expect(japanese.items.find((item) => item.id === ids.chiliPaste)?.name).toEqual({
      text: 'エビ入り焼き唐辛子ペースト',
      lang: 'ja',
      isFallback: false,
    });
  });

  it('filters by category, export readiness and minimum order', async () => {
    expect(idsOf(await search('category=beverages'))).toEqual([ids.roselle]);
    const ready = idsOf(await search('exportReady=yes'));
    expect(ready).toEqual(expect.arrayContaining([ids.scarf, ids.silkPillow]));
    expect(ready).not.toContain(ids.chiliPaste);
    const small = idsOf(await search('maxMinimumOrder=50'));
    expect(small).toContain(ids.scarf);
    expect(small).not.toContain(ids.roselle);
  });
});

describe('search in the five languages', () => {
  it.each([
    ['Thai, words run together', 'ผ้าพันคอ', 'scarf'],
    ['Thai, misspelt', 'ผ้าพันคอไหมไทยทอมอ', 'scarf'],
    ['Thai, a word inside a longer one', 'น้ำพริก', 'chiliPaste'],
    ['English, any case', 'SILK Scarf', 'scarf'],
    ['English, misspelt', 'rosele juice', 'roselle'],
    ['Japanese', 'シルク', 'scarf'],
    ['Japanese, a phrase', '唐辛子ペースト', 'chiliPaste'],
    ['Korean', '스카프', 'scarf'],
    ['Chinese', '洛神花', 'roselle'],
    ['an HS code', '2103', 'chiliPaste'],
    ['the first digits of an HS code', '6214', 'scarf'],
    ['a category name in Japanese', '飲料', 'roselle'],
    ['a category name in Chinese', '饮料', 'roselle'],
  ])('finds by %s ("%s") first', async (_case, q, expected) => {
    const page = await search(`q=${encodeURIComponent(q)}`);
    expect(page.items[0]?.id, JSON.stringify(page.items.map((item) => item.name.text))).toBe(ids[expected]);
  });

  it('finds the products of a business by its name, before any other', async () => {
    const page = await search(`q=${encodeURIComponent("Mae Sri's Kitchen")}`);
    expect(idsOf(page).slice(0, 2).sort()).toEqual([ids.chiliPaste, ids.roselle].sort());
  });

  it('ranks the product whose name matches above one that only mentions the word', async () => {
    const page = await search(`q=${encodeURIComponent('silk scarf')}`);
    expect(idsOf(page).slice(0, 2)).toEqual([ids.scarf, ids.silkPillow]);
  });

  it('finds nothing for words no product has, and never an expired product', async () => {
    expect((await search(`q=${encodeURIComponent('titanium bicycle')}`)).total).toBe(0);
    expect(idsOf(await search(`q=${encodeURIComponent('mudmee')}`))).not.toContain(ids.expiredSilk);
  });

  it('does not take one HS code for a like one: 2008 is not 2009', async () => {
    expect(idsOf(await search('q=2009'))).toContain(ids.roselle);
    expect(idsOf(await search('q=2008'))).not.toContain(ids.roselle);
  });

  it('pages through a search without showing a product twice', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => search(`q=silk&pageSize=1&page=${page}`)));
    const shown = pages.flatMap(idsOf);
    expect(pages.map((page) => page.total)).toEqual([2, 2, 2]);
    expect(shown).toHaveLength(2);
    expect([...shown].sort()).toEqual([ids.scarf, ids.silkPillow].sort());
  });
});

describe('bad searches', () => {
  it('refuses a search of 10,000 characters with a 400 naming the field, in the reader language', async () => {
    const response = await t
      .anonymous()
      .get<ErrorResponse>(`/api/public/catalogue/products?q=${'ก'.repeat(10_000)}`, {
        'accept-language': 'th',
      });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.[0]?.path).toBe('q');
  });

  it.each([["'; drop table products; --"], ['<script>alert(1)</script>'], ['%_%'], ['\\']])(
    'treats %s as words to look for, and changes nothing',
    async (q) => {
      const before = (await search('pageSize=60')).total;
      const page = await search(`q=${encodeURIComponent(q)}`);
      expect(page.items.every((item) => !item.name.text.includes('<'))).toBe(true);
      expect((await search('pageSize=60')).total).toBe(before);
    },
  );
});

describe('one product, as a buyer opens it', () => {
  it('answers a listed product in the asked language, falling back to English and saying so', async () => {
    const japanese = await t
      .anonymous()
      .get<CatalogueProduct>(`/api/public/catalogue/products/${ids.scarf}?lang=ja`);
    expect(japanese.status).toBe(200);
    expect(japanese.body.name).toEqual({ text: '手織りタイシルクスカーフ', lang: 'ja', isFallback: false });
    expect(japanese.body.description).toEqual({
      text: 'Pure silk dyed with natural colours',
      lang: 'en',
      isFallback: true,
    });
    expect(japanese.body.certifications.map((certification) => certification.kind)).toContain(
      'bangkok_brand',
    );
    expect(JSON.stringify(japanese.body)).not.toMatch(/email|phone|lineId|address/);
  });

  it('does not find a product whose certification ended, one never certified, or an unknown id', async () => {
    for (const id of [ids.expiredSilk, ids.uncertified, '00000000-0000-4000-8000-000000000000']) {
      const response = await t.anonymous().get<ErrorResponse>(`/api/public/catalogue/products/${id}?lang=ko`);
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('product_not_found');
    }
  });

  it('lists the 50 districts with their Thai and English names', async () => {
    const response = await t
      .anonymous()
      .get<{ items: { code: string; nameTh: string; nameEn: string }[] }>('/api/public/catalogue/districts');
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(50);
    expect(response.body.items[0]).toEqual({ code: '1001', nameTh: 'เขตพระนคร', nameEn: 'Phra Nakhon' });
  });
});

describe('search as the catalogue changes', () => {
  it('finds a product by its new name once renamed, by its business new name, and not once deleted', async () => {
    const business = await addBusiness({ th: 'ร้านจักสานริมน้ำ', en: 'Riverside Weavers' });
    await addProduct('basket', business, {
      name: { th: 'ตะกร้าหวาย', en: 'Rattan basket' },
      category: 'souvenirs_decor',
      hsCode: '4602',
    });
    expect(idsOf(await search('q=rattan'))).toEqual([ids.basket]);

    const product = await officer.get<Product>(`/api/catalogue/products/${ids.basket}`);
    const renamed = await officer.patch<Product>(`/api/catalogue/products/${ids.basket}`, {
      version: product.body.version,
      name: { th: 'ตะกร้าไม้ไผ่', en: 'Bamboo basket' },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(idsOf(await search('q=bamboo'))).toEqual([ids.basket]);
    expect(idsOf(await search('q=rattan'))).toEqual([]);

    const detail = await officer.get<EntrepreneurDetail>(`/api/catalogue/entrepreneurs/${business}`);
    const moved = await officer.patch(`/api/catalogue/entrepreneurs/${business}`, {
      version: detail.body.version,
      name: { th: 'ร้านจักสานคลองบางหลวง', en: 'Khlong Bang Luang Weavers' },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(idsOf(await search(`q=${encodeURIComponent('bang luang')}`))).toEqual([ids.basket]);
    expect(idsOf(await search('q=riverside'))).toEqual([]);

    const deleted = await officer.delete(
      `/api/catalogue/products/${ids.basket}?version=${renamed.body.version}`,
    );
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(204);
    expect(idsOf(await search('q=bamboo'))).toEqual([]);
  });
});

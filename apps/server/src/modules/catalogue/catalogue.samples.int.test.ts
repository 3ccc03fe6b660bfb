/**
 * Sample catalogue data: the same seed gives the same rows, every row is marked sample, buyers find
 * sample products by the words they are made of, and removing them leaves real records alone.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import type { CataloguePage, EntrepreneurDetail, Product } from '@bia/contracts';
import { rowsOf } from '../../db/client.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import {
  entrepreneurs,
  productCertifications,
  productNameTerms,
  products,
  productSearchTerms,
  searchTerms,
} from './catalogue.schema.ts';
import { generateSampleCatalogue, removeSampleCatalogue, sampleWords } from './catalogue.samples.ts';
import { productSearchWords, withJapaneseReadings } from './catalogue.search-documents.ts';
import { hsCodes } from './hs.schema.ts';

const TODAY = '2026-11-22';
let t: TestApp;
let officer: TestClient;
let realProductId: string;

beforeAll(async () => {
  t = await createTestApp({ now: `${TODAY}T03:00:00Z` });
  officer = await t.signInAs('social_development_officer', { locale: 'en' });
  const business = await officer.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
    name: { th: 'ร้านผ้าไหมของจริง', en: 'A real silk shop' },
    ownerName: 'เจ้าของจริง',
    legalForm: 'individual',
    districtCode: '1001',
    languages: ['th'],
    exportExperience: 'none',
    exportReadiness: 'ready',
  });
  expect(business.status, JSON.stringify(business.body)).toBe(201);
  const product = await officer.post<Product>(`/api/catalogue/entrepreneurs/${business.body.id}/products`, {
    name: { th: 'ผ้าพันคอไหมของจริง', ja: '本物のシルクスカーフ' },
    category: 'textiles_clothing',
    hsCode: '621410',
  });
  expect(product.status, JSON.stringify(product.body)).toBe(201);
  realProductId = product.body.id;
  const certified = await officer.post(`/api/catalogue/products/${realProductId}/certifications`, {
    kind: 'bangkok_brand',
    yearCertified: 2025,
    validUntil: '2027-09-30',
    districtCode: '1001',
  });
  expect(certified.status).toBe(201);
});

afterAll(async () => {
  await t.close();
});

/** Every sample row, in a fixed order, without the times they were written. */
async function sampleRows() {
  const businessRows = await t.db
    .select()
    .from(entrepreneurs)
    .where(eq(entrepreneurs.isSample, true))
    .orderBy(asc(entrepreneurs.id));
  const productRows = await t.db
    .select()
    .from(products)
    .where(eq(products.isSample, true))
    .orderBy(asc(products.id));
  const certificationRows = await t.db
    .select()
    .from(productCertifications)
    .where(eq(productCertifications.isSample, true))
    .orderBy(asc(productCertifications.id));
  const withoutTimes = <T extends { createdAt: Date; updatedAt: Date }>(rows: T[]) =>
    rows.map(({ createdAt: _createdAt, updatedAt: _updatedAt, ...row }) => row);
  return {
    businesses: withoutTimes(businessRows),
    products: withoutTimes(productRows),
    certifications: withoutTimes(certificationRows),
  };
}

async function searchPublic(q: string, lang: string): Promise<CataloguePage> {
  const query = new URLSearchParams({ q, lang, pageSize: '60' });
  const response = await t.anonymous().get<CataloguePage>(`/api/public/catalogue/products?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** The listed sample products whose name in `column` contains `word`. */
async function listedSampleProductsNamed(column: 'name_th' | 'name_ja', word: string): Promise<string[]> {
  const result = await t.db.execute(sql`
    select p.id from products p
     where p.is_sample and ${sql.identifier(column)} like ${`%${word}%`}
       and exists (select 1 from product_certifications c
                    where c.product_id = p.id and c.kind = 'bangkok_brand' and c.valid_until >= ${TODAY}::date)`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

describe('sample catalogue data', () => {
  const generateSeed42 = () => generateSampleCatalogue(t.db, { products: 300, seed: 42, today: TODAY });
  /** The rows seed 42 generates, as the tests compare them. */
  let first: Awaited<ReturnType<typeof sampleRows>>;

  beforeAll(async () => {
    await generateSeed42();
    first = await sampleRows();
  });
  // Each test starts with the sample rows of seed 42 in the catalogue (generating them again adds
  // nothing when they are there), whatever the test before it removed or generated.
  beforeEach(async () => {
    await generateSeed42();
  });

  it('adds 300 sample products, about one business per five, every row marked sample', async () => {
    await removeSampleCatalogue(t.db);
    const added = await generateSampleCatalogue(t.db, { products: 300, seed: 42, today: TODAY });
    expect(added.products).toBe(300);
    expect(added.entrepreneurs).toBeGreaterThan(40);
    expect(added.entrepreneurs).toBeLessThan(100);
    const first = await sampleRows();
    expect(first.products).toHaveLength(300);
    expect(first.businesses).toHaveLength(added.entrepreneurs);
    expect(first.certifications).toHaveLength(added.certifications);
    const [counts] = rowsOf<{ products: number; businesses: number; certifications: number }>(
      await t.db.execute(sql`
        select (select count(*) from products where not is_sample)::int as products,
               (select count(*) from entrepreneurs where not is_sample)::int as businesses,
               (select count(*) from product_certifications where not is_sample)::int as certifications`),
    );
    expect(counts).toEqual({ products: 1, businesses: 1, certifications: 1 });
  });

  it('says "more than 100" rather than count every listed product, and still pages through them', async () => {
    const first = await t.anonymous().get<CataloguePage>('/api/public/catalogue/products?pageSize=60');
    expect(first.body).toMatchObject({ total: 100, totalIsCapped: true });
    expect(first.body.items).toHaveLength(60);
    const second = await t
      .anonymous()
      .get<CataloguePage>('/api/public/catalogue/products?pageSize=60&page=2');
    expect(second.body.items).toHaveLength(60);
    expect(second.body.items.map((item) => item.id)).not.toContain(first.body.items[0]?.id);
  });

  it('makes products that look like the catalogue: all five categories, languages, districts, certifications', async () => {
    const { businesses, products: rows, certifications } = first;
    expect(new Set(rows.map((row) => row.category))).toEqual(new Set(Object.keys(sampleWords)));
    expect(rows.every((row) => row.nameTh.length > 0)).toBe(true);
    const share = (count: number) => count / rows.length;
    expect(share(rows.filter((row) => row.nameEn).length)).toBeGreaterThan(0.8);
    expect(share(rows.filter((row) => row.nameJa).length)).toBeGreaterThan(0.25);
    expect(share(rows.filter((row) => row.nameJa).length)).toBeLessThan(0.55);
    expect(share(rows.filter((row) => row.nameKo).length)).toBeGreaterThan(0.15);
    expect(share(rows.filter((row) => row.nameZh).length)).toBeGreaterThan(0.15);
    expect(businesses.every((row) => /^10(0[1-9]|[1-4]\d|50)$/.test(row.districtCode))).toBe(true);
    expect(new Set(businesses.map((row) => row.districtCode)).size).toBe(50);
    for (const row of rows) {
      expect(row.priceMinThb).toBeLessThanOrEqual(row.priceMaxThb ?? 0);
      expect(
        sampleWords[row.category as keyof typeof sampleWords].items.map((item) => item.hsCode),
      ).toContain(row.hsCode);
    }
    const bangkokBrand = certifications.filter((row) => row.kind === 'bangkok_brand');
    expect(share(bangkokBrand.length)).toBeGreaterThan(0.75);
    expect(share(bangkokBrand.length)).toBeLessThan(0.95);
    const expired = bangkokBrand.filter((row) => (row.validUntil ?? '') < TODAY);
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.length).toBeLessThan(bangkokBrand.length / 4);
    const fda = certifications.filter((row) => row.kind === 'thai_fda');
    expect(fda.length).toBeGreaterThan(0);
    const categoryOf = new Map(rows.map((row) => [row.id, row.category]));
    for (const row of fda) {
      expect(row.number).toMatch(/^\d{13}$/);
      expect(['food', 'beverages']).toContain(categoryOf.get(row.productId));
    }
  });

  it('writes the search terms of the words productSearchWords finds', async () => {
    const hs = new Map((await t.db.select().from(hsCodes)).map((row) => [row.code, row.descriptionEn]));
    const businessOf = new Map(first.businesses.map((row) => [row.id, row]));
    const termOf = new Map((await t.db.select().from(searchTerms)).map((row) => [row.id, row.term]));
    const termsOf = new Map(
      (await t.db.select().from(productSearchTerms)).map((row) => [row.productId, row]),
    );
    const postingsOf = new Map<string, { termId: number; nameSize: number }[]>();
    for (const posting of await t.db.select().from(productNameTerms)) {
      postingsOf.set(posting.productId, [...(postingsOf.get(posting.productId) ?? []), posting]);
    }
    const wordsOf = (ids: readonly number[]) => ids.map((id) => termOf.get(id)).sort();
    for (const row of first.products) {
      const business = businessOf.get(row.entrepreneurId);
      if (!business) throw new Error('a sample product without its business');
      // With the readings of its Japanese name, which writing adds (decision 0028).
      const [expected] = await withJapaneseReadings([
        productSearchWords(row, business, hs.get(row.hsCode) ?? null),
      ]);
      const written = termsOf.get(row.id);
      expect(written?.terms.length).toBeGreaterThan(0);
      expect({
        nameWords: wordsOf(written?.nameTerms ?? []),
        words: wordsOf(written?.terms ?? []),
      }).toEqual({
        nameWords: [...(expected?.nameWords ?? [])].sort(),
        words: [...(expected?.words ?? [])].sort(),
      });
      // The names' terms once more, one row each, with how many there are.
      const postings = postingsOf.get(row.id) ?? [];
      expect(postings.map((posting) => posting.termId).sort((a, b) => a - b)).toEqual(written?.nameTerms);
      expect(new Set(postings.map((posting) => posting.nameSize))).toEqual(
        new Set([written?.nameTerms.length]),
      );
    }
  });

  it('lets a buyer find sample products by a Japanese or a Thai word of the word lists', async () => {
    for (const [lang, column, word] of [
      ['ja', 'name_ja', 'スカーフ'],
      ['ja', 'name_ja', 'マンゴー'],
      ['th', 'name_th', 'มะม่วง'],
      ['th', 'name_th', 'สมุนไพร'],
    ] as const) {
      const expected = await listedSampleProductsNamed(column, word);
      // Each word names a few of the 300 products: all fit on the first page.
      expect(expected.length, word).toBeGreaterThan(0);
      expect(expected.length, word).toBeLessThanOrEqual(60);
      const page = await searchPublic(word, lang);
      const found = page.items.map((item) => item.id);
      expect(found, word).toEqual(expect.arrayContaining(expected));
      const samples = page.items.filter((item) => item.isSample);
      expect(samples.length, word).toBeGreaterThan(0);
      expect(samples[0]?.name.text, word).toContain(word);
    }
  });

  it('adds nothing when the same seed is generated again', async () => {
    const added = await generateSampleCatalogue(t.db, { products: 300, seed: 42, today: TODAY });
    expect(added).toEqual({ entrepreneurs: 0, products: 0, certifications: 0 });
  });

  it('removes every sample row and only those: a real product stays, and is still listed', async () => {
    const removed = await removeSampleCatalogue(t.db);
    expect(removed.products).toBe(300);
    expect(removed.entrepreneurs).toBe(first.businesses.length);
    expect(removed.certifications).toBe(first.certifications.length);
    const left = await sampleRows();
    expect(left).toEqual({ businesses: [], products: [], certifications: [] });
    const page = await searchPublic('スカーフ', 'ja');
    expect(page.items.map((item) => item.id)).toEqual([realProductId]);
    const real = await officer.get<Product>(`/api/catalogue/products/${realProductId}`);
    expect(real.status).toBe(200);
  });

  it('generates the very same rows again for the same seed, and other rows for another seed', async () => {
    await removeSampleCatalogue(t.db);
    await generateSampleCatalogue(t.db, { products: 300, seed: 42, today: TODAY });
    expect(await sampleRows()).toEqual(first);
    await removeSampleCatalogue(t.db);
    await generateSampleCatalogue(t.db, { products: 300, seed: 43, today: TODAY });
    const other = await sampleRows();
    expect(other.products).toHaveLength(300);
    const firstIds = new Set(first.products.map((row) => row.id));
    expect(other.products.some((row) => firstIds.has(row.id))).toBe(false);
    expect(other.products.map((row) => row.nameTh).sort()).not.toEqual(
      first.products.map((row) => row.nameTh).sort(),
    );
    await removeSampleCatalogue(t.db);
  });
});

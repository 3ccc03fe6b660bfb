import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, HsSearchResult } from '@bia/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { loadHsNomenclature } from './hs-reference.ts';
import { hsCodes } from './hs.schema.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const codesOf = (result: HsSearchResult) => result.items.map((item) => item.code);

/** A search of the nomenclature by `query` (what follows `q=`), answered 200. */
async function search(query: string): Promise<HsSearchResult> {
  const response = await t.anonymous().get<HsSearchResult>(`/api/hs-codes?q=${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

describe('the HS nomenclature', () => {
  it('holds every chapter, heading and subheading of the shipped file, once, after loading again', async () => {
    expect(await loadHsNomenclature(t.db)).toBe(0);
    const [row] = await t.db.select({ total: count() }).from(hsCodes);
    expect(row?.total).toBe(6939);
  });

  it('finds codes by their first digits, the chapter before its headings and subheadings', async () => {
    const coffee = await t.anonymous().get<HsSearchResult>('/api/hs-codes?q=0901&limit=50');
    expect(coffee.status).toBe(200);
    const codes = codesOf(coffee.body);
    expect(codes[0]).toBe('0901');
    expect(codes).toEqual(expect.arrayContaining(['090111', '090121']));
    expect(codes.every((code) => code.startsWith('0901'))).toBe(true);
    expect(coffee.body.items[0]).toMatchObject({
      level: 4,
      parentCode: '09',
      section: 'II',
      description: expect.stringMatching(/coffee/i),
    });
  });

  it('reads a code typed with dots as the same digits', async () => {
    const dotted = await t.anonymous().get<HsSearchResult>('/api/hs-codes?q=0901.21');
    expect(codesOf(dotted.body)).toEqual(['090121']);
  });

  it('finds descriptions containing every word, in any letter case, and can keep to one level', async () => {
    const rice = await t.anonymous().get<HsSearchResult>('/api/hs-codes?q=RICE%20husked&level=6');
    expect(rice.status).toBe(200);
    expect(rice.body.items.length).toBeGreaterThan(0);
    for (const item of rice.body.items) {
      expect(item.level).toBe(6);
      expect(item.description).toMatch(/rice/i);
      expect(item.description).toMatch(/husked/i);
    }
  });

  it('finds headings by everyday Thai and English words the nomenclature does not use', async () => {
    for (const q of ['ขนม', 'snack'])
      expect(codesOf(await search(encodeURIComponent(q))), q).toContain('1905');
    expect(codesOf(await search(`${encodeURIComponent('ขนม')}&level=6`))).toContain('190590');
    const snacks = await search(`${encodeURIComponent('ขนม')}&level=4`);
    expect(codesOf(snacks)[0]).toBe('1905');
    expect(snacks.items[0]).toMatchObject({
      description: expect.stringMatching(/^Bread, pastry, cakes, biscuits/),
      keywordsTh: expect.arrayContaining(['ขนม']),
    });
  });

  it('finds the silk chapter and its headings by "ผ้าไหม" and by "silk"', async () => {
    for (const q of ['ผ้าไหม', 'silk']) {
      const codes = codesOf(await search(`${encodeURIComponent(q)}&limit=50`));
      expect(codes[0], q).toBe('50');
      expect(codes, q).toEqual(expect.arrayContaining(['5004', '5007', '500720']));
    }
  });

  it('forgives the misspellings the catalogue search forgives', async () => {
    expect(codesOf(await search(`${encodeURIComponent('ผ้าใหม')}&level=4`))).toContain('5007');
    expect(codesOf(await search(`${encodeURIComponent('สบู')}&level=4`))).toContain('3401');
    expect(codesOf(await search('cofee&level=4'))[0]).toBe('0901');
  });

  it('gives a subheading the Thai keywords of its heading, and a code found by digits its own', async () => {
    const [pastry] = (await search('190590')).items;
    expect(pastry?.keywordsTh).toEqual(expect.arrayContaining(['ขนม', 'ขนมปัง']));
    const [coffee] = (await search('0901')).items;
    expect(coffee?.keywordsTh).toEqual(expect.arrayContaining(['กาแฟ']));
    const [horses] = (await search('0101')).items;
    expect(horses?.keywordsTh).toEqual([]);
  });

  it('takes a percent sign or an underscore as a letter, not as a wildcard', async () => {
    const percent = await t.anonymous().get<HsSearchResult>('/api/hs-codes?q=%25');
    expect(percent.status).toBe(200);
    for (const item of percent.body.items) expect(item.description).toContain('%');
    const underscore = await t.anonymous().get<HsSearchResult>('/api/hs-codes?q=_');
    expect(underscore.body.items).toEqual([]);
  });

  it.each([
    ['an empty search', '/api/hs-codes?q=%20'],
    ['a level that is not 2, 4 or 6', '/api/hs-codes?q=09&level=3'],
    ['more results than allowed', '/api/hs-codes?q=09&limit=500'],
  ])('refuses %s with a 400 naming the field', async (_case, url) => {
    const response = await t.anonymous().get<ErrorResponse>(url);
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.length ?? 0).toBeGreaterThan(0);
  });
});

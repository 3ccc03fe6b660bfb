/**
 * When the way products are found changes (SEARCH_DOCUMENT_VERSION), the next start writes every
 * product's search terms again, once: products written by an older search are found by the new forms
 * without being saved again (decision 0028).
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDataLoads } from '../../db/reference-data-loads.ts';
import { buildBusiness, buildListedProduct, searchPublicCatalogue } from '../../testing/catalogue.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { productNameTerms, productSearchTerms } from './catalogue.schema.ts';
import {
  SEARCH_DOCUMENT_VERSION,
  rebuildSearchDocuments,
  rebuildSearchDocumentsOnce,
  searchDocumentsFingerprint,
} from './catalogue.search-documents.ts';

let t: TestApp;
let ids: { fan: string; parasol: string; basket: string };

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  const officer = await t.signInAs('social_development_officer', { locale: 'en' });
  const business = await buildBusiness(officer, { name: { th: 'ร้านพัดไทย', en: 'Thai Fan Shop' } });
  const products = {
    fan: { name: { th: 'พัดไม้จันทน์', en: 'Sandalwood hand fan', ja: '扇子' }, hsCode: '4420' },
    parasol: { name: { th: 'ร่มกันแดดบ่อสร้าง', en: 'Bo Sang parasol', ja: '日傘' }, hsCode: '6601' },
    basket: { name: { th: 'ตะกร้าสาน', en: 'Woven basket', ja: 'かご' }, hsCode: '4602' },
  };
  const build = async (product: Record<string, unknown>) =>
    (await buildListedProduct(officer, business.id, product)).id;
  ids = {
    fan: await build(products.fan),
    parasol: await build(products.parasol),
    basket: await build(products.basket),
  };
});

afterAll(async () => {
  await t.close();
});

const found = async (q: string) =>
  (await searchPublicCatalogue(t.anonymous(), `q=${encodeURIComponent(q)}`)).items.map((item) => item.id);

/** The search terms of these products as an older search wrote them: none of their names' readings. */
async function writtenByAnOlderSearch(productIds: string[]): Promise<void> {
  await t.db.delete(productNameTerms).where(inArray(productNameTerms.productId, productIds));
  await t.db
    .update(productSearchTerms)
    .set({ nameTerms: [], terms: [] })
    .where(inArray(productSearchTerms.productId, productIds));
}

describe('writing the search documents again when the search changed', () => {
  it('finds, after the rebuild at start, a product whose search terms an older search wrote', async () => {
    const all = Object.values(ids);
    expect(await found('せんす')).toEqual([ids.fan]);
    await writtenByAnOlderSearch(all);
    expect(await found('せんす')).toEqual([]);
    expect(await found('かご')).toEqual([]);

    expect(await rebuildSearchDocumentsOnce(t.db)).toBe(true);
    expect(await found('せんす')).toEqual([ids.fan]);
    expect(await found('ひがさ')).toEqual([ids.parasol]);
    expect(await found('かご')).toEqual([ids.basket]);

    const [kept] = await t.db
      .select()
      .from(referenceDataLoads)
      .where(eq(referenceDataLoads.name, 'catalogue search documents'));
    expect(kept?.fingerprint).toBe(searchDocumentsFingerprint());
    expect(kept?.fingerprint).toContain(`search documents ${SEARCH_DOCUMENT_VERSION}`);
  });

  it('does not run again while the version is unchanged, and runs when it changes', async () => {
    await writtenByAnOlderSearch([ids.fan]);
    expect(await rebuildSearchDocumentsOnce(t.db)).toBe(false);
    // Not written again: still as the older search left it.
    expect(await found('せんす')).toEqual([]);

    expect(await rebuildSearchDocumentsOnce(t.db, 'search documents of a later version')).toBe(true);
    expect(await found('せんす')).toEqual([ids.fan]);
  });

  it('writes every product in batches', async () => {
    const all = Object.values(ids);
    await writtenByAnOlderSearch(all);
    expect(await rebuildSearchDocuments(t.db, 2)).toBe(all.length);
    expect(await found('かご')).toEqual([ids.basket]);
    expect(await found('扇子')).toEqual([ids.fan]);
    expect((await found('Bo Sang parasol'))[0]).toBe(ids.parasol);
  });
});

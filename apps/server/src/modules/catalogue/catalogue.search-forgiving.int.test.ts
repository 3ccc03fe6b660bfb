/**
 * The public catalogue's search forgives everyday misspellings by class, not word by word: Thai marks
 * typed for one another or left out, a Thai word missing its final consonant, Japanese without its
 * long-vowel mark or in hiragana, or in kanji where the name is in kana and the reverse (decision
 * 0028); and a Korean or Chinese word finds a product named only in other languages, shown in the
 * language it falls back to (decision 0015, "Misspellings by class").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CataloguePage } from '@bia/contracts';
import { buildBusiness, buildListedProduct, searchPublicCatalogue } from '../../testing/catalogue.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { isJapaneseDictionaryLoaded, releaseJapaneseDictionary } from './japanese-readings.ts';

let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T03:00:00Z' });
  const officer = await t.signInAs('social_development_officer', { locale: 'en' });
  const business = await buildBusiness(officer, { name: { th: 'ร้านบ้านสวน', en: 'Baan Suan Shop' } });
  const products = {
    tomYum: { name: { th: 'ต้มยำกุ้งกึ่งสำเร็จรูป', en: 'Instant tom yum soup' }, hsCode: '2104' },
    thaiTea: { name: { th: 'ชาไทย', en: 'Thai tea' }, category: 'beverages', hsCode: '0902' },
    coffee: {
      name: { th: 'กาแฟโบราณ', en: 'Thai-style coffee', ja: 'タイ式コーヒー' },
      category: 'beverages',
      hsCode: '0901',
    },
    // No Korean or Chinese name.
    silkScarf: {
      name: { th: 'ผ้าพันคอไหมไทย', en: 'Thai silk scarf' },
      category: 'textiles_clothing',
      hsCode: '6214',
    },
    bowl: { name: { th: 'ชามเบญจรงค์', en: 'Benjarong bowl' }, category: 'souvenirs_decor', hsCode: '6911' },
    // Japanese names in kana only, and in kanji only.
    honey: { name: { th: 'น้ำผึ้งป่า', en: 'Wild forest honey', ja: 'はちみつ' }, hsCode: '0409' },
    soySauce: { name: { th: 'ซีอิ๊วขาว', en: 'Light soy sauce', ja: 'しょうゆ' }, hsCode: '2103' },
    fan: { name: { th: 'พัดไม้จันทน์', en: 'Sandalwood hand fan', ja: '扇子' }, hsCode: '4420' },
    incense: { name: { th: 'ธูปหอม', en: 'Scented incense sticks', ja: '線香' }, hsCode: '3307' },
  };
  for (const [key, product] of Object.entries(products)) {
    ids[key] = (await buildListedProduct(officer, business.id, product)).id;
  }
});

afterAll(async () => {
  await t.close();
});

const search = (query: string) => searchPublicCatalogue(t.anonymous(), query);
const namesOf = (page: CataloguePage) => JSON.stringify(page.items.map((item) => item.name.text));

describe('misspellings the search forgives, by class', () => {
  it.each([
    ['MAI HAN-AKAT typed for MAI THO', 'ตัมยำ', 'tomYum'],
    ['the same, with the next word', 'ตัมยำกุ้ง', 'tomYum'],
    ['tone marks left out', 'ตมยำกุง', 'tomYum'],
    ['a Thai word missing its final consonant', 'ชาไท', 'thaiTea'],
    ['SARA AI MAIMALAI for SARA AI MAIMUAN', 'ชาใทย', 'thaiTea'],
    ['Japanese without the long-vowel mark', 'コヒ', 'coffee'],
    ['Japanese in half-width katakana', 'ｺｰﾋｰ', 'coffee'],
    ['Japanese in hiragana', 'こーひー', 'coffee'],
  ])('finds by %s ("%s") first', async (_class, q, expected) => {
    const page = await search(`q=${encodeURIComponent(q)}`);
    expect(page.items[0]?.id, namesOf(page)).toBe(ids[expected]);
  });

  it.each([
    ['typed in kanji, named in hiragana', '蜂蜜', 'honey'],
    ['typed in kanji, named in hiragana', '醤油', 'soySauce'],
    ['typed in hiragana, named in kanji', 'せんす', 'fan'],
    ['typed in katakana, named in kanji', 'センコウ', 'incense'],
    ['typed in hiragana the segmenter cuts apart, named in kanji', 'せんこう', 'incense'],
  ])('finds Japanese %s ("%s") first', async (_class, q, expected) => {
    const page = await search(`q=${encodeURIComponent(q)}&lang=ja`);
    expect(page.items[0]?.id, namesOf(page)).toBe(ids[expected]);
  });

  it('loads the Japanese dictionary only for kanji, and keeps the readings of recent searches', async () => {
    releaseJapaneseDictionary();
    expect((await search(`q=${encodeURIComponent('せんす')}`)).items[0]?.id).toBe(ids.fan);
    expect(isJapaneseDictionaryLoaded()).toBe(false);
    // "蜂蜜" was searched above: its reading is kept, so it is not read again.
    expect((await search(`q=${encodeURIComponent('蜂蜜')}`)).items[0]?.id).toBe(ids.honey);
    expect(isJapaneseDictionaryLoaded()).toBe(false);
  });

  it('still finds nothing for words no product has', async () => {
    expect((await search(`q=${encodeURIComponent('titanium bicycle')}`)).total).toBe(0);
  });
});

describe('a product named in other languages only', () => {
  it.each([
    ['Korean', '실크', 'ko'],
    ['Chinese', '丝绸', 'zh'],
  ])(
    'is found by the %s word ("%s") and shown in English, marked as the fallback',
    async (_lang, q, lang) => {
      const page = await search(`q=${encodeURIComponent(q)}&lang=${lang}`);
      expect(page.items.map((item) => item.id)).toEqual([ids.silkScarf]);
      expect(page.items[0]?.name).toEqual({ text: 'Thai silk scarf', lang: 'en', isFallback: true });
    },
  );
});

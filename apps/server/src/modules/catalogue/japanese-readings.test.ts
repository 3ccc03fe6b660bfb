/**
 * The kana readings of kanji, with kuromoji's own dictionary (it takes a second or two to load), as
 * the search uses them: a word written in kanji and the same word written in kana meet on one folded
 * form, whichever of the two is the product's name and whichever the buyer types (decision 0028).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kanjiTextsOf, queryWords, readingTerms, textTerms } from './catalogue.search-text.ts';
import {
  forgetKeptReadings,
  isJapaneseDictionaryLoaded,
  readKanji,
  releaseJapaneseDictionary,
} from './japanese-readings.ts';

/** Everything a product named `name` in Japanese is found by (its terms and its readings). */
async function foundBy(name: string): Promise<string[]> {
  const readings = await readKanji(kanjiTextsOf(name));
  return [...textTerms(name, { withJoinedWords: true }), ...readingTerms(name, readings)];
}

/** Every form each word of a search is looked for in, the words' in one list each. */
async function lookedFor(query: string): Promise<string[][]> {
  const readings = await readKanji(kanjiTextsOf(query));
  return queryWords(query, readings).map((word) => word.forms.map((form) => form.text));
}

/** Whether a search finds the name: every searched word has a form the name is found by. */
async function meets(query: string, name: string): Promise<boolean> {
  const terms = new Set(await foundBy(name));
  return (await lookedFor(query)).every((forms) => forms.some((form) => terms.has(form)));
}

/** Loading the dictionary takes a few seconds on a busy machine: once, before the tests. */
const DICTIONARY_LOAD_TIMEOUT_MS = 30_000;

beforeAll(async () => {
  releaseJapaneseDictionary();
  forgetKeptReadings();
  await readKanji(['辞書']);
}, DICTIONARY_LOAD_TIMEOUT_MS);
afterAll(() => {
  releaseJapaneseDictionary();
});

describe('a word in kanji and the same word in kana', () => {
  // Chosen across the classes of words products are named with, not from the synonym list.
  const pairs = [
    ['蜂蜜', 'はちみつ'],
    ['蜂蜜', 'ハチミツ'],
    ['絹', 'きぬ'],
    ['緑茶', 'りょくちゃ'],
    ['抹茶', 'まっちゃ'],
    ['醤油', 'しょうゆ'],
    ['扇子', 'せんす'],
    ['風呂敷', 'ふろしき'],
    ['和菓子', 'わがし'],
    ['手ぬぐい', 'てぬぐい'],
    ['塩漬け卵', 'しおづけたまご'],
    ['珈琲', 'コーヒー'],
    ['東京', 'トーキョー'],
  ] as const;

  it.each(pairs)('a search for "%s" finds a product named "%s"', async (kanji, kana) => {
    expect(await meets(kanji, kana)).toBe(true);
  });

  it.each(pairs)('and a product named "%s" is found by a search for "%s"', async (kanji, kana) => {
    expect(await meets(kana, kanji)).toBe(true);
  });

  it('does not make different words meet', async () => {
    expect(await meets('蜂蜜', 'せんす')).toBe(false);
    expect(await meets('きぬ', '綿')).toBe(false);
  });
});

describe('loading the dictionary', () => {
  it('gives no reading for characters the dictionary does not know', async () => {
    const readings = await readKanji(['丝绸']);
    expect(readings('丝绸')).toEqual([]);
  });

  it('is not needed for text without kanji, and readings read once are kept', async () => {
    expect(isJapaneseDictionaryLoaded()).toBe(true);
    await readKanji(kanjiTextsOf('木綿のハンカチ'));
    releaseJapaneseDictionary();

    expect(await lookedFor('はちみつ')).toEqual([['はちみつ', 'ハチミツ']]);
    // Kept readings answer without the dictionary: a search repeated after it was let go.
    expect((await lookedFor('木綿のハンカチ')).flat()).toContain('モメンノハンカチ');
    expect(isJapaneseDictionaryLoaded()).toBe(false);
  });
});

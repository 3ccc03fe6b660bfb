/**
 * The kana readings of Japanese words written in kanji, so that the catalogue's search finds "蜂蜜" in a
 * product named "はちみつ" and "きぬ" in one named "絹" (decision 0028). The readings come from
 * kuromoji's dictionary (IPADIC, with the katakana reading of each of its words), which is large: it is
 * loaded only when a text to read holds kanji, and let go after a time without use
 * (shared/lazy-packages.ts). The readings of recently read words are kept, so a search repeated after
 * the dictionary was let go does not load it again.
 */
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { japaneseTokenizer } from '../../shared/lazy-packages.ts';

/**
 * What a word holding kanji reads as, in katakana as the dictionary writes it: its reading, then how
 * it is pronounced when that differs (東京: トウキョウ, トーキョー). None when the dictionary does not
 * know every part of it (a Chinese word in simplified characters, a rare kanji).
 */
export type KanjiReadings = (word: string) => readonly string[];

/** For a text read without the dictionary: no word has a reading. */
export const withoutReadings: KanjiReadings = () => [];

const KANJI = /\p{Script=Han}/u;
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+$/u;

/** Whether a text holds a kanji (or a Chinese character: the same script). */
export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

/** How many words' readings are kept (a few hundred kilobytes), the least recently used let go first. */
export const KEPT_READINGS = 10_000;
const keptReadings = new Map<string, readonly string[]>();

function keep(word: string, readings: readonly string[]): void {
  keptReadings.delete(word);
  keptReadings.set(word, readings);
  if (keptReadings.size > KEPT_READINGS) {
    const oldest = keptReadings.keys().next();
    if (!oldest.done) keptReadings.delete(oldest.value);
  }
}

/**
 * The readings of one word, by the dictionary: each of its parts' readings joined (a part in kana is
 * its own reading); none when a part is neither in the dictionary nor kana.
 */
function readWord(tokenizer: Tokenizer<IpadicFeatures>, word: string): readonly string[] {
  const tokens = tokenizer.tokenize(word);
  const join = (partReading: (token: IpadicFeatures) => string | undefined) => {
    let joined = '';
    for (const token of tokens) {
      const part = partReading(token) ?? (KANA.test(token.surface_form) ? token.surface_form : undefined);
      if (part === undefined || part === '*') return undefined;
      joined += part;
    }
    return joined;
  };
  const reading = join((token) => token.reading);
  if (reading === undefined || reading === '') return [];
  const pronunciation = join((token) => token.pronunciation ?? token.reading);
  return pronunciation === undefined || pronunciation === reading ? [reading] : [reading, pronunciation];
}

/**
 * The readings of these words (those holding kanji; the others have none), read by the dictionary
 * only when some word's readings are not already kept: a text without kanji never loads it.
 */
export async function readKanji(words: Iterable<string>): Promise<KanjiReadings> {
  const found = new Map<string, readonly string[]>();
  const unread: string[] = [];
  for (const word of new Set(words)) {
    if (!hasKanji(word)) continue;
    const kept = keptReadings.get(word);
    if (kept) {
      keep(word, kept);
      found.set(word, kept);
    } else {
      unread.push(word);
    }
  }
  if (unread.length > 0) {
    const tokenizer = await japaneseTokenizer.get();
    for (const word of unread) {
      const readings = readWord(tokenizer, word);
      keep(word, readings);
      found.set(word, readings);
    }
  }
  return (word) => found.get(word) ?? [];
}

/** Whether the dictionary is loaded now (tests, and the log of a rebuild). */
export function isJapaneseDictionaryLoaded(): boolean {
  return japaneseTokenizer.isHeld();
}

/** Lets the dictionary go now (after rebuilding every product's terms at start, which it needed once). */
export function releaseJapaneseDictionary(): void {
  japaneseTokenizer.release();
}

/** Forgets the readings kept (tests: to see the dictionary loaded again). */
export function forgetKeptReadings(): void {
  keptReadings.clear();
}

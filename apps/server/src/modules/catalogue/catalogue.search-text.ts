/**
 * The text the catalogue's search matches, in any of its five languages. Thai, Japanese and Chinese
 * are written without spaces between words, so words are found with `Intl.Segmenter` (ICU's
 * dictionaries); the database keeps each distinct word once (the lexicon) and compares words by
 * trigrams (pg_trgm), which finds "กรุงเทพ" in "กรุงเทพมหานคร" and tolerates a misspelt "กรงเทพ".
 *
 * Trigrams forgive a letter wrong or missing in a long word, not the everyday misspellings that
 * change a short word's every trigram or make the segmenter cut a word elsewhere. So a text is
 * found by more than its words (decision 0015, "Misspellings by class"):
 * - each word folded (`foldWord`): Thai vowel lengths, tone marks and look-alike vowels, katakana for
 *   hiragana, no long-vowel mark — "ตัมยำ" and "ต้มยำ" fold alike, as "コヒ" and "コーヒー";
 * - two Thai words written together, joined and folded: a misspelt "ชาไท" is one word to the
 *   segmenter where "ชาไทย" is two;
 * - Japanese words written together in kana, joined and folded: the segmenter cuts kana it does not
 *   know anywhere ("りょく|ちゃ", "たま|ご");
 * - Japanese written in kanji, by its kana reading, folded alike (japanese-readings.ts, decision 0028):
 *   "蜂蜜" is also "ハチミツ", as "はちみつ" folds, so a search in kanji finds a product named in kana
 *   and a search in kana one named in kanji;
 * - for a search, the same words in the other languages (catalogue.search-synonyms.ts): "실크" is
 *   also searched as "silk", "ไหม" and "シルク".
 */

import { foldSpelling, normalizeSearchText } from '../../shared/search-text.ts';
import { catalogueSynonyms } from './catalogue.search-synonyms.ts';
import { hasKanji, readKanji, withoutReadings, type KanjiReadings } from './japanese-readings.ts';

// One form for text that reads the same, shared with the partner registry's search.
export { normalizeSearchText };

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** The longest search a buyer may type; longer text is refused rather than cut without saying so. */
export const MAX_SEARCH_LENGTH = 200;
/** At most this many words of a search count (the rest add nothing but work). */
export const MAX_SEARCH_WORDS = 12;
/**
 * A word is kept to its first 100 characters (a web address or a code without spaces can be far
 * longer): the lexicon's unique index holds at most about 2,700 bytes, and no one types more.
 */
export const MAX_WORD_LENGTH = 100;
/**
 * What a match through a forgiven form (folded, joined with its neighbour, or in another language)
 * counts, against 1 for the word as typed: a product holding the very word comes first.
 */
export const FORGIVEN_FORM_WEIGHT = 0.9;
/** At most this many forms of one searched word are looked up (a word with many synonyms). */
export const MAX_FORMS_PER_WORD = 12;

/** A word of a text and where it stands, to know which words are written together. */
interface Segment {
  word: string;
  start: number;
  end: number;
}

const THAI_LETTER = /[\u0e01-\u0e2e]/;
const KANA_ONLY = /^[\u3041-\u3096\u30a1-\u30fa\u30fc]+$/;
/** A word in Japanese script: kana, kanji (and 々), the long-vowel mark. */
const JAPANESE_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u30fc]+$/u;

/**
 * The words of normalized text, in order. ICU knows katakana words but cuts hiragana it does not
 * know into single characters ("しるく" → し|る|く): single kana written together are put back into
 * one word, so that a loanword typed in hiragana can be folded to its katakana.
 */
function segmentsOf(normalized: string): Segment[] {
  const segments: Segment[] = [];
  let previousWasSingleKana = false;
  for (const { segment, index, isWordLike } of segmenter.segment(normalized)) {
    if (!isWordLike) {
      previousWasSingleKana = false;
      continue;
    }
    const isSingleKana = [...segment].length === 1 && KANA_ONLY.test(segment);
    const last = segments.at(-1);
    if (isSingleKana && previousWasSingleKana && last && last.end === index) {
      last.word += segment;
      last.end = index + segment.length;
    } else {
      segments.push({ word: segment, start: index, end: index + segment.length });
    }
    previousWasSingleKana = isSingleKana;
  }
  return segments;
}

/**
 * The runs of two words or more written together (nothing between them) that are all `isPart`, in
 * order: the Japanese of a text, whose words the segmenter may cut otherwise than the writer thought.
 */
function runsOf(segments: readonly Segment[], isPart: (word: string) => boolean): Segment[][] {
  const runs: Segment[][] = [];
  let run: Segment[] = [];
  for (const segment of segments) {
    const last = run.at(-1);
    if (last && isPart(segment.word) && last.end === segment.start) {
      run.push(segment);
      continue;
    }
    if (run.length > 1) runs.push(run);
    run = isPart(segment.word) ? [segment] : [];
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

const isKana = (word: string) => KANA_ONLY.test(word);
const isJapanese = (word: string) => JAPANESE_ONLY.test(word);

/** Japanese words written together, as one text (they stand side by side). */
const runText = (run: readonly Segment[]) => run.map((segment) => segment.word).join('');

/** Kana words written together, joined and folded: "りょく"+"ちゃ" is "リョクチャ", as "緑茶" reads. */
function kanaRuns(segments: readonly Segment[]): { run: Segment[]; joined: string }[] {
  return runsOf(segments, isKana).map((run) => ({
    run,
    joined: foldWord(runText(run)),
  }));
}

/** Japanese words written together, some in kanji: read as one ("塩漬け"+"卵" is "シオヅケタマゴ"). */
function kanjiRuns(segments: readonly Segment[]): Segment[][] {
  return runsOf(segments, isJapanese).filter((run) => run.some((segment) => hasKanji(segment.word)));
}

/** Forms of more than one character, each once (one character is like too many words). */
function distinctForms(forms: readonly (string | undefined)[]): string[] {
  return [...new Set(forms.filter((form): form is string => form !== undefined && [...form].length > 1))];
}

/** The readings of a word written in kanji, folded as kana are ("東京": "トウキョウ", "トキョ"). */
function readingsOfWord(word: string, readings: KanjiReadings): string[] {
  return hasKanji(word) ? distinctForms(readings(word).map(foldWord)) : [];
}

/**
 * The readings of Japanese words written together, read as one text (the dictionary reads a kanji
 * better beside its neighbours: "低糖" is "テイトウ", "低" alone "ヒク") and folded.
 */
function readingsOfRun(run: readonly Segment[], readings: KanjiReadings): string[] {
  return distinctForms(readings(runText(run)).map(foldWord));
}

/**
 * What of a text is to be read for kana (readKanji), so that readingTerms and queryWords may be given
 * its readings: its words holding kanji, and its Japanese words written together with one of them.
 */
export function kanjiTextsOf(text: string): string[] {
  const segments = segmentsOf(normalizeSearchText(text));
  return [...segments.map((segment) => segment.word).filter(hasKanji), ...kanjiRuns(segments).map(runText)];
}

/**
 * What a Japanese text written in kanji is also found by: each word's readings, and the readings of the
 * words written together, folded as kana are ("絹のスカーフ": "キヌ", "キヌノスカフ"). A product's
 * Japanese name is found by these as well as by its terms (catalogue.search-documents.ts).
 */
export function readingTerms(text: string, readings: KanjiReadings): string[] {
  const segments = segmentsOf(normalizeSearchText(text));
  const terms = [
    ...segments.flatMap((segment) => readingsOfWord(segment.word, readings)),
    ...kanjiRuns(segments).flatMap((run) => readingsOfRun(run, readings)),
  ];
  return [...new Set(terms.map(shortened))];
}

/** Whether two words are Thai written together, so that a misspelling may have joined them. */
function isThaiPair(first: Segment, second: Segment): boolean {
  return first.end === second.start && THAI_LETTER.test(first.word) && THAI_LETTER.test(second.word);
}

/**
 * Spelling differences the shared fold (foldSpelling: long and short vowels, tone marks) leaves and
 * the catalogue's buyers make: MAI HAN-AKAT (ั, typed for MAI THO in "ตัมยำ") dropped; SARA AI
 * MAIMALAI (ใ) written as SARA AI MAIMUAN (ไ); hiragana as katakana; no long-vowel mark (ー).
 */
function foldMore(text: string): string {
  let folded = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (character === '\u0e31' || character === '\u30fc') continue;
    if (character === '\u0e43') folded += '\u0e44';
    else if (code >= 0x3041 && code <= 0x3096) folded += String.fromCodePoint(code + 0x60);
    else folded += character;
  }
  return folded;
}

/**
 * A word as the misspelling-forgiving comparison sees it: "ตัมยำ", "ต้มยำ" and "ตมยำ" are all
 * "ตมยำ"; "ชาใทย" is "ชาไทย"; "こーひー", "コーヒー" and "コヒ" are all "コヒ".
 */
export function foldWord(word: string): string {
  return foldMore(foldSpelling(word));
}

/** The words of a text in any of the catalogue's languages, in order, without punctuation. */
export function searchWords(text: string): string[] {
  return segmentsOf(normalizeSearchText(text)).map((segment) => shortened(segment.word));
}

function shortened(word: string): string {
  if (word.length <= MAX_WORD_LENGTH) return word;
  return [...word].slice(0, MAX_WORD_LENGTH).join('');
}

/** How much of a text textTerms gives. */
export interface TermOptions {
  /**
   * With each two Thai words written together, joined and folded: for names, which a misspelt word
   * must find; left out of longer texts, whose every pair would make the terms half as many again.
   */
  withJoinedWords: boolean;
}

/**
 * What a text is found by, in order: each word, its folded form when it differs (and is more than
 * one character), and, when asked, each two Thai words written together, joined and folded, then the
 * kana words written together, joined and folded. Readings of kanji are not among them: they need the
 * dictionary (readingTerms).
 */
export function textTerms(text: string, { withJoinedWords }: TermOptions): string[] {
  const terms: string[] = [];
  let previous: Segment | undefined;
  const segments = segmentsOf(normalizeSearchText(text));
  for (const segment of segments) {
    terms.push(shortened(segment.word));
    const folded = foldWord(segment.word);
    if (folded !== segment.word && [...folded].length > 1) terms.push(shortened(folded));
    if (withJoinedWords && previous && isThaiPair(previous, segment))
      terms.push(shortened(foldWord(previous.word + segment.word)));
    previous = segment;
  }
  if (withJoinedWords) {
    for (const { joined } of kanaRuns(segments)) {
      if ([...joined].length > 1) terms.push(shortened(joined));
    }
  }
  return terms;
}

let synonymsByFoldedWord: Map<string, string[]> | undefined;

/**
 * The same word in the other languages (and the other words for it in its own), from
 * catalogue.search-synonyms.ts: "실크" → "ไหม", "silk", "シルク", "絹", "비단", "丝绸", …; none when
 * the word is not listed. Words are compared folded, so "コーヒ" finds coffee's words too.
 */
export function synonymsOf(word: string): string[] {
  if (!synonymsByFoldedWord) {
    synonymsByFoldedWord = new Map();
    for (const set of catalogueSynonyms) {
      const words = [...set.th, ...set.en, ...set.ja, ...set.ko, ...set.zh].map(normalizeSearchText);
      for (const key of words.map(foldWord))
        synonymsByFoldedWord.set(key, [...new Set([...(synonymsByFoldedWord.get(key) ?? []), ...words])]);
    }
  }
  const normalized = normalizeSearchText(word);
  return (synonymsByFoldedWord.get(foldWord(normalized)) ?? []).filter((synonym) => synonym !== normalized);
}

/** One form a searched word is looked for in, and what a match through it counts (0–1). */
export interface WordForm {
  text: string;
  weight: number;
}

/** A word of a buyer's search and the forms it is looked for in, the word itself first. */
export interface QueryWord {
  word: string;
  forms: WordForm[];
}

/**
 * The words of a buyer's search that count (distinct, at most MAX_SEARCH_WORDS), each with the forms
 * it is looked for in: itself; folded; joined with the Thai word written before or after it, folded
 * (the pieces of a misspelt word find the word); the kana words written with it, joined and folded;
 * when in kanji and `readings` are given, its readings and those of the Japanese words written with it
 * (searchQueryWords gives them); and its synonyms in the other languages.
 */
export function queryWords(query: string, readings: KanjiReadings = withoutReadings): QueryWord[] {
  const segments = segmentsOf(normalizeSearchText(query));
  const runForms = new Map<Segment, string[]>();
  const addRunForms = (run: readonly Segment[], forms: readonly string[]) => {
    for (const segment of run) runForms.set(segment, [...(runForms.get(segment) ?? []), ...forms]);
  };
  for (const { run, joined } of kanaRuns(segments)) addRunForms(run, [joined]);
  for (const run of kanjiRuns(segments)) addRunForms(run, readingsOfRun(run, readings));
  const words = new Map<string, QueryWord>();
  segments.forEach((segment, index) => {
    const word = shortened(segment.word);
    if (words.has(word) || words.size >= MAX_SEARCH_WORDS) return;
    const forms = new Map<string, number>([[word, 1]]);
    const forgiven = (text: string) => {
      const form = shortened(text);
      if (!forms.has(form)) forms.set(form, FORGIVEN_FORM_WEIGHT);
    };
    forgiven(foldWord(word));
    const before = segments[index - 1];
    const after = segments[index + 1];
    if (before && isThaiPair(before, segment)) forgiven(foldWord(before.word + segment.word));
    if (after && isThaiPair(segment, after)) forgiven(foldWord(segment.word + after.word));
    for (const reading of readingsOfWord(segment.word, readings)) forgiven(reading);
    for (const joined of runForms.get(segment) ?? []) forgiven(joined);
    for (const synonym of synonymsOf(word)) forgiven(synonym);
    words.set(word, {
      word,
      forms: [...forms].slice(0, MAX_FORMS_PER_WORD).map(([text, weight]) => ({ text, weight })),
    });
  });
  return [...words.values()];
}

/**
 * queryWords with the readings of the search's words written in kanji: the dictionary is loaded only
 * for a search holding kanji whose readings are not already kept (japanese-readings.ts).
 */
export async function searchQueryWords(query: string): Promise<QueryWord[]> {
  return queryWords(query, await readKanji(kanjiTextsOf(query)));
}

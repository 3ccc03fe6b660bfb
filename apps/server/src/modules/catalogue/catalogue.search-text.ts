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
 * - for a search, the same words in the other languages (catalogue.search-synonyms.ts): "실크" is
 *   also searched as "silk", "ไหม" and "シルク".
 */

import { foldSpelling, normalizeSearchText } from '../../shared/search-text.ts';
import { catalogueSynonyms } from './catalogue.search-synonyms.ts';

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
 * one character), and, when asked, each two Thai words written together, joined and folded.
 */
export function textTerms(text: string, { withJoinedWords }: TermOptions): string[] {
  const terms: string[] = [];
  let previous: Segment | undefined;
  for (const segment of segmentsOf(normalizeSearchText(text))) {
    terms.push(shortened(segment.word));
    const folded = foldWord(segment.word);
    if (folded !== segment.word && [...folded].length > 1) terms.push(shortened(folded));
    if (withJoinedWords && previous && isThaiPair(previous, segment))
      terms.push(shortened(foldWord(previous.word + segment.word)));
    previous = segment;
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
 * (the pieces of a misspelt word find the word); and its synonyms in the other languages.
 */
export function queryWords(query: string): QueryWord[] {
  const segments = segmentsOf(normalizeSearchText(query));
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
    for (const synonym of synonymsOf(word)) forgiven(synonym);
    words.set(word, {
      word,
      forms: [...forms].slice(0, MAX_FORMS_PER_WORD).map(([text, weight]) => ({ text, weight })),
    });
  });
  return [...words.values()];
}

/**
 * Finding HS codes for a product form: digits find the codes that start with them (the shortest, a
 * chapter, first); words, in Thai or English, find the codes whose English description or whose
 * keywords (hs-keywords.ts: the office's everyday Thai and English words for the headings Bangkok
 * Brand products use) hold every word, chapters and headings before subheadings.
 *
 * Words are matched as the catalogue's search matches them (catalogue.search-text.ts): cut by the
 * same segmenter, folded the same way ("ผ้าใหม" is "ผ้าไหม"), looked for with their synonyms in the
 * other languages ("กาแฟ" also as "coffee"), and forgiven a misspelling by trigrams at the same
 * threshold ("cofee" finds coffee). The nomenclature is fixed once loaded (6,939 codes, some 7,000
 * distinct words), so its words are held in memory, read once per database, and compared there: a
 * search costs no query and no index the database would need a migration for.
 */
import type { HsCode, HsSearchQuery } from '@bia/contracts';
import type { Db } from '../../db/client.ts';
import { WORD_SIMILARITY_THRESHOLD } from '../../shared/search-text.ts';
import { queryWords, searchWords, textTerms, type QueryWord } from './catalogue.search-text.ts';
import { hsKeywords } from './hs-keywords.ts';
import { findHsCodesByPrefix, listHsCodes, type HsCodeRow } from './hs.repository.ts';

/** A keyword inherited from the chapter or heading above counts this much against the code's own. */
export const INHERITED_KEYWORD_WEIGHT = 0.9;
/**
 * A word of a longer text (a description, a keyword of several words) counts this much against a
 * description or keyword that is the word itself: "ขนม" finds the heading whose keyword is "ขนม"
 * (1905, bakers' wares) before those with "ขนมหวาน" or "ขนมไทย".
 */
export const PART_OF_TEXT_WEIGHT = 0.95;

/** The office's Thai keywords of a code, or of the nearest heading or chapter above it that has some. */
const keywordsByCode = new Map(hsKeywords.map((entry) => [entry.code, entry]));
function nearestKeywords(code: string) {
  for (const length of [code.length, 4, 2]) {
    const entry = length <= code.length ? keywordsByCode.get(code.slice(0, length)) : undefined;
    if (entry) return entry;
  }
  return undefined;
}

function present(row: HsCodeRow): HsCode {
  return {
    ...row,
    level: row.level === 2 ? 2 : row.level === 4 ? 4 : 6,
    keywordsTh: [...(nearestKeywords(row.code)?.th ?? [])],
  };
}

/** The trigrams of a word as pg_trgm takes them: the word with two spaces before and one after. */
function trigramsOf(word: string): Set<string> {
  const characters = [...`  ${word} `];
  const trigrams = new Set<string>();
  for (let index = 0; index + 3 <= characters.length; index += 1)
    trigrams.add(characters.slice(index, index + 3).join(''));
  return trigrams;
}

/** The words of the nomenclature and of its keywords, and the codes each is found in. */
interface HsWordIndex {
  rows: readonly HsCodeRow[];
  /** Each word, and the codes it finds with how much it counts (1 its own, less inherited). */
  codesByTerm: Map<string, Map<string, number>>;
  /** Each trigram, and the words holding it: the misspelt word's candidates. */
  termsByTrigram: Map<string, string[]>;
}

function addTerm(index: HsWordIndex, term: string, code: string, weight: number): void {
  let codes = index.codesByTerm.get(term);
  if (!codes) {
    codes = new Map();
    index.codesByTerm.set(term, codes);
    for (const trigram of trigramsOf(term)) {
      const terms = index.termsByTrigram.get(trigram);
      if (terms) terms.push(term);
      else index.termsByTrigram.set(trigram, [term]);
    }
  }
  codes.set(code, Math.max(codes.get(code) ?? 0, weight));
}

/** The terms of a text (a description, a keyword) and what each counts: see PART_OF_TEXT_WEIGHT. */
function weightedTerms(text: string): [string, number][] {
  const weight = searchWords(text).length === 1 ? 1 : PART_OF_TEXT_WEIGHT;
  return textTerms(text, { withJoinedWords: true }).map((term) => [term, weight]);
}

function buildIndex(rows: readonly HsCodeRow[]): HsWordIndex {
  const index: HsWordIndex = { rows, codesByTerm: new Map(), termsByTrigram: new Map() };
  for (const row of rows) {
    for (const [term, weight] of weightedTerms(row.description)) addTerm(index, term, row.code, weight);
  }
  // Keywords find their own code, and at a little less every code below it.
  for (const entry of hsKeywords) {
    const terms = [...entry.th, ...entry.en].flatMap(weightedTerms);
    for (const row of rows) {
      if (!row.code.startsWith(entry.code)) continue;
      const inherited = row.code === entry.code ? 1 : INHERITED_KEYWORD_WEIGHT;
      for (const [term, weight] of terms) addTerm(index, term, row.code, weight * inherited);
    }
  }
  return index;
}

const indexes = new WeakMap<Db, Promise<HsWordIndex>>();

/** The word index of the nomenclature in `db`, read on first use (the nomenclature does not change). */
function wordIndex(db: Db): Promise<HsWordIndex> {
  let index = indexes.get(db);
  if (!index) {
    index = listHsCodes(db).then(buildIndex);
    // A failed read is not kept: the next search tries again.
    index.catch(() => indexes.delete(db));
    indexes.set(db, index);
  }
  return index;
}

/**
 * The words of the index like `form`, with how alike (0–1): the same word, or (for a form of more
 * than one character that is not a number) one sharing enough of its trigrams, as pg_trgm's word
 * similarity counts them (the share of the form's trigrams found in the word).
 */
function termsLike(index: HsWordIndex, form: string): Map<string, number> {
  const alike = new Map<string, number>();
  if (index.codesByTerm.has(form)) alike.set(form, 1);
  if ([...form].length <= 1 || /^\d+$/.test(form)) return alike;
  const trigrams = trigramsOf(form);
  const shared = new Map<string, number>();
  for (const trigram of trigrams)
    for (const term of index.termsByTrigram.get(trigram) ?? []) shared.set(term, (shared.get(term) ?? 0) + 1);
  for (const [term, count] of shared) {
    const similarity = count / trigrams.size;
    if (similarity >= WORD_SIMILARITY_THRESHOLD && term !== form) alike.set(term, similarity);
  }
  return alike;
}

/** The codes one searched word finds, each with its best score over the word's forms. */
function codesOfWord(index: HsWordIndex, word: QueryWord): Map<string, number> {
  const scores = new Map<string, number>();
  for (const form of word.forms) {
    for (const [term, similarity] of termsLike(index, form.text)) {
      for (const [code, weight] of index.codesByTerm.get(term) ?? []) {
        const score = similarity * form.weight * weight;
        if (score > (scores.get(code) ?? 0)) scores.set(code, score);
      }
    }
  }
  return scores;
}

/** The codes holding every searched word: chapters, then headings, then subheadings, best first. */
function findByWords(index: HsWordIndex, words: readonly QueryWord[], query: HsSearchQuery): HsCode[] {
  const perWord = words.map((word) => codesOfWord(index, word));
  const found = index.rows
    .filter((row) => !query.level || row.level === query.level)
    .flatMap((row) => {
      const scores = perWord.map((codes) => codes.get(row.code));
      if (scores.some((score) => score === undefined)) return [];
      return [{ row, score: scores.reduce((sum: number, score) => sum + (score ?? 0), 0) }];
    });
  found.sort(
    (a, b) =>
      a.row.level - b.row.level ||
      b.score - a.score ||
      a.row.description.length - b.row.description.length ||
      a.row.code.localeCompare(b.row.code),
  );
  return found.slice(0, query.limit).map(({ row }) => present(row));
}

/** Codes by their first digits (dots and spaces ignored), or by words in Thai or English. */
export async function searchHsCodes(db: Db, query: HsSearchQuery): Promise<HsCode[]> {
  const digits = query.q.replace(/[\s.]/g, '');
  if (/^\d+$/.test(digits)) {
    return (await findHsCodesByPrefix(db, digits, query.level, query.limit)).map(present);
  }
  const words = queryWords(query.q);
  // Punctuation alone holds no word to look for: nothing is found, not everything.
  if (words.length === 0) return [];
  return findByWords(await wordIndex(db), words, query);
}

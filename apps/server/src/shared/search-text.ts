/**
 * Text as searches compare it, shared by the catalogue's search (decision 0015) and the partner
 * registry's (decision 0012): one form for text that reads the same, spelling differences that are no
 * differences to a reader folded away, and how alike two words must be by trigrams (pg_trgm) to count
 * as the same word misspelt.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * How alike a searched word and a stored one must be (pg_trgm word similarity, 0–1): the searched
 * text against the most alike part of the other, so "past" finds "paste" and "seol" finds "seoul". It
 * is pg_trgm's default, which a trigram index answers.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.6;

/**
 * One form for text that reads the same: compatibility forms folded (full-width "ＡＢＣ" → "abc",
 * half-width katakana → katakana) except Thai's, lower case, and no zero-width characters.
 */
export function normalizeSearchText(text: string): string {
  return (
    text
      .normalize('NFKC')
      // NFKC splits SARA AM (ำ) into NIKHAHIT + SARA AA, which no Thai dictionary knows: put it back.
      .replace(/\u0e4d\u0e32/g, '\u0e33')
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      .toLocaleLowerCase('en')
  );
}

/**
 * Marks a reader passes over when a foreign name is written in Thai, where writers disagree: the long
 * and short forms of a vowel (ฟูกุโอกะ / ฟุกุโอกะ), tone marks (โอซาก้า / โอซากะ), MAITAIKHU and
 * THANTHAKHAT. Each is folded to its short form, or dropped.
 */
const THAI_SPELLING_FOLDS: Readonly<Record<string, string>> = {
  '\u0e35': '\u0e34', // SARA II → SARA I
  '\u0e37': '\u0e36', // SARA UEE → SARA UE
  '\u0e39': '\u0e38', // SARA UU → SARA U
};
/** MAITAIKHU, the four tone marks and THANTHAKHAT. */
const THAI_MARKS_DROPPED = '\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c';

/** The text as a misspelling-forgiving comparison sees it (normalized, Thai spelling folded). */
export function foldSpelling(text: string): string {
  let folded = '';
  for (const character of normalizeSearchText(text)) {
    if (THAI_MARKS_DROPPED.includes(character)) continue;
    folded += THAI_SPELLING_FOLDS[character] ?? character;
  }
  return folded;
}

/**
 * The same folding of a stored column, in SQL: lower case, and the Thai marks folded or dropped with
 * `translate` (the characters it is given beyond their replacements are removed). Compatibility forms
 * are left as stored; pg_trgm ignores punctuation itself.
 */
export function foldSpellingSql(column: SQLWrapper): SQL {
  const from = Object.keys(THAI_SPELLING_FOLDS).join('') + THAI_MARKS_DROPPED;
  const to = Object.values(THAI_SPELLING_FOLDS).join('');
  return sql`translate(lower(${column}), ${from}, ${to})`;
}

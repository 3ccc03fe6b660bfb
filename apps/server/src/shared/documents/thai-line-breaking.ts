/**
 * Thai line breaking. Thai is written without spaces between words, so a line may end only where
 * Intl.Segmenter (ICU's dictionary of Thai words) finds a word boundary, or at a space; never inside
 * a word, and never between a letter and its vowel or tone marks. Also: telling Thai from Latin text.
 */
/** A character of the Thai script (letters, vowels, tone marks, digits). */
export const THAI_CHARACTER = /[\u0E00-\u0E7F]/;
/** A Thai consonant or leading vowel a word can start with (not ฯ or ๆ, which end one). */
const THAI_WORD_START = /^[\u0E01-\u0E2E\u0E30\u0E32\u0E33\u0E40-\u0E45\u0E50-\u0E59]/;
const THAI_WORD_END = /[\u0E01-\u0E5B]$/;
/** A letter of the Latin script. */
export const LATIN_LETTER = /\p{Script=Latin}/u;
/** A space a line may end after: any but the no-break ones (U+00A0, U+2007, U+202F). */
const BREAKING_SPACE_AT_END = /[^\S\u00A0\u2007\u202F]$/u;
/** An opening bracket or quotation mark, which belongs to the word after it. */
const OPENING = /^[\p{Ps}\p{Pi}]/u;
/** A closing bracket or quotation mark, which belongs to the word before it. */
const CLOSING = /[\p{Pe}\p{Pf}]$/u;

/** Whether text has any Thai in it. */
export function containsThai(text: string): boolean {
  return THAI_CHARACTER.test(text);
}

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Cuts text where a line may end, keeping each space with the word before it:
 * 'ขอเชิญประชุม Trade Talk' → ['ขอ', 'เชิญ', 'ประชุม ', 'Trade ', 'Talk'].
 *
 * A line may end after a space, or between two Thai words that Intl.Segmenter (ICU's dictionary of
 * Thai words) finds. It may not end inside a Latin word or a number ('1234/2569', 'e-mail' stay
 * whole), at a no-break space, or before ฯ, ๆ or punctuation, which belong to the word before them.
 * A bracket or a quotation mark goes with the word it encloses:
 * 'ทางไกล(ออนไลน์)ครั้ง' → ['ทาง', 'ไกล', '(ออนไลน์)', 'ครั้ง'].
 */
export function lineBreakUnits(text: string): string[] {
  const units: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    const previous = units.at(-1);
    if (previous !== undefined && !canBreakBetween(previous, segment)) {
      units[units.length - 1] = previous + segment;
    } else {
      units.push(segment);
    }
  }
  return units;
}

function canBreakBetween(before: string, after: string): boolean {
  if (/^\s/.test(after)) return false;
  if (BREAKING_SPACE_AT_END.test(before)) return true;
  const afterThai = THAI_WORD_END.test(before) && (THAI_WORD_START.test(after) || OPENING.test(after));
  const beforeThai = CLOSING.test(before) && THAI_WORD_START.test(after);
  return afterThai || beforeThai;
}

/** The grapheme clusters of a word (a letter with its marks), for a word longer than a whole line. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), ({ segment }) => segment);
}

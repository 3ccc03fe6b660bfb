/**
 * Line breaking. Thai is written without spaces between words, so a line may end only where
 * Intl.Segmenter (ICU's dictionary of Thai words) finds a word boundary, or at a space; never inside
 * a word, and never between a letter and its vowel or tone marks. Chinese and Japanese are written
 * without spaces too, and a line may end between any two of their characters, except before closing
 * punctuation, small kana or ー and after an opening bracket (kinsoku). Korean puts spaces between its
 * words and breaks at them, as Latin text does. Also: telling the scripts apart.
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
const OPENING_AT_END = /[\p{Ps}\p{Pi}]$/u;
/** A closing bracket or quotation mark, which belongs to the word before it. */
const CLOSING = /[\p{Pe}\p{Pf}]$/u;

/**
 * A character of Chinese or Japanese text, between any two of which a line may end: Han characters,
 * kana, the punctuation of the CJK Symbols and Punctuation block and the full-width forms.
 */
const CJK_CHARACTER =
  /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
const CJK_AT_START = new RegExp(`^${CJK_CHARACTER.source}`, 'u');
/** The last character (its marks and variation selectors aside) is Chinese or Japanese. */
const CJK_AT_END = new RegExp(`${CJK_CHARACTER.source}[\\p{M}\\p{Variation_Selector}]*$`, 'u');
/**
 * What may not start a line (JIS X 4051's kinsoku, as CSS's `line-break: strict` applies it): closing
 * brackets and quotation marks, the marks that end a phrase or sentence (、。，．！？：；・), small kana,
 * the prolonged sound mark ー and the iteration marks.
 */
const NO_LINE_START =
  /^[\p{Pe}\p{Pf}\p{Po}ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ\u31F0-\u31FFー々〻ゝゞヽヾ\uFF67-\uFF70]/u;

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
 * A line may end after a space, between two Thai words that Intl.Segmenter (ICU's dictionary of
 * Thai words) finds, or next to a Chinese or Japanese character. It may not end inside a Latin word,
 * a Korean word or a number ('1234/2569', 'e-mail' stay whole), at a no-break space, or before ฯ, ๆ or
 * punctuation, which belong to the word before them. A bracket or a quotation mark goes with the word
 * it encloses: 'ทางไกล(ออนไลน์)ครั้ง' → ['ทาง', 'ไกล', '(ออนไลน์)', 'ครั้ง'];
 * '「東京」の会社' → ['「東', '京」', 'の', '会', '社'].
 */
export function lineBreakUnits(text: string): string[] {
  const units: string[] = [];
  for (const { segment } of wordSegmenter.segment(text)) {
    // ICU finds Chinese and Japanese words too, but a line may end inside them.
    for (const piece of CJK_CHARACTER.test(segment) ? graphemes(segment) : [segment]) {
      const previous = units.at(-1);
      if (previous !== undefined && !canBreakBetween(previous, piece)) {
        units[units.length - 1] = previous + piece;
      } else {
        units.push(piece);
      }
    }
  }
  return units;
}

function canBreakBetween(before: string, after: string): boolean {
  if (/^\s/.test(after)) return false;
  if (BREAKING_SPACE_AT_END.test(before)) return true;
  if (CJK_AT_END.test(before) || CJK_AT_START.test(after)) {
    return !NO_LINE_START.test(after) && !OPENING_AT_END.test(before);
  }
  const afterThai = THAI_WORD_END.test(before) && (THAI_WORD_START.test(after) || OPENING.test(after));
  const beforeThai = CLOSING.test(before) && THAI_WORD_START.test(after);
  return afterThai || beforeThai;
}

/** The grapheme clusters of a word (a letter with its marks), for a word longer than a whole line. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), ({ segment }) => segment);
}

/**
 * The text the catalogue's search matches, in any of its five languages. Thai, Japanese and Chinese
 * are written without spaces between words, so words are found with `Intl.Segmenter` (ICU's
 * dictionaries); the database keeps each distinct word once (the lexicon) and compares words by
 * trigrams (pg_trgm), which finds "กรุงเทพ" in "กรุงเทพมหานคร" and tolerates a misspelt "กรงเทพ".
 */

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

/** The words of a text in any of the catalogue's languages, in order, without punctuation. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter.segment(normalizeSearchText(text))) {
    if (segment.isWordLike) words.push(shortened(segment.segment));
  }
  return words;
}

function shortened(word: string): string {
  if (word.length <= MAX_WORD_LENGTH) return word;
  return [...word].slice(0, MAX_WORD_LENGTH).join('');
}

/** Every word of every text given, once, in the order first met: what a product is found by. */
export function distinctWords(texts: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) if (text) for (const word of searchWords(text)) words.add(word);
  return [...words];
}

/** The words of a buyer's search that count: distinct, at most MAX_SEARCH_WORDS. */
export function queryWords(query: string): string[] {
  return [...new Set(searchWords(query))].slice(0, MAX_SEARCH_WORDS);
}

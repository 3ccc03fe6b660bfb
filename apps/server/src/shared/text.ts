/** Small rules for text as stored and searched, shared by every module. */

/** Optional text as stored: empty (or absent) means none. */
export function textOrNull(value: string | null | undefined): string | null {
  return value ? value : null;
}

/** The same rule for a field a change may leave out: absent stays absent (no change). */
export function textOrNullIfSent(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : textOrNull(value);
}

/** Escapes LIKE's wildcards (`%`, `_`) and its escape character, so the text matches only itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern matching the text anywhere in a value. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern matching values that start with the text. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

/** Reading stored values of the programme's closed lists (statuses, kinds, languages). Pure. */

/** A stored value of one of `known`; the services write only those, so another is a broken row. */
export function oneOf<T extends string>(known: readonly T[], value: string, what: string): T {
  const found = known.find((candidate) => candidate === value);
  if (!found) throw new Error(`${what} "${value}" is not one of ${known.join(', ')}`);
  return found;
}

/** A stored value of `known`, or `fallback` for one this version does not know. */
export function oneOfOr<T extends string>(known: readonly T[], value: string, fallback: T): T {
  return known.find((candidate) => candidate === value) ?? fallback;
}

/**
 * A list's search, filters and page live in the address (so a filtered list can be bookmarked and
 * shared); these read them as the API takes them.
 */

/** The filters named that have a value, trimmed: the start of the API's query string. */
export function filtersOf(params: URLSearchParams, keys: readonly string[]): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) query.set(key, value);
  }
  return query;
}

/** Whether any of the filters named narrows the list. */
export function hasAnyFilter(params: URLSearchParams, keys: readonly string[]): boolean {
  return keys.some((key) => Boolean(params.get(key)?.trim()));
}

/** The page asked for: the first, unless a later one is. */
export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

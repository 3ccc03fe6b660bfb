/**
 * The list page's search and filters live in the address (so a filtered list can be bookmarked and
 * shared); this turns the page's search params into the API's query string.
 */
export const filterKeys = ['q', 'district', 'exportReadiness'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const PAGE_SIZE = 50;

export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The API's query string: the known filters with a value, the page and its size. */
export function apiQueryOf(params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) query.set(key, value);
  }
  const page = pageOf(params);
  if (page > 1) query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  return query.toString();
}

export function hasFilters(params: URLSearchParams): boolean {
  return filterKeys.some((key) => Boolean(params.get(key)?.trim()));
}

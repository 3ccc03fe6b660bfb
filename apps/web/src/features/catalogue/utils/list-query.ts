/**
 * The list page's search and filters live in the address (so a filtered list can be bookmarked and
 * shared); this turns the page's search params into the API's query string.
 */
import { filtersOf, hasAnyFilter, pageOf } from '../../../lib/list-params.ts';

export { pageOf };

export const filterKeys = ['q', 'district', 'exportReadiness', 'archived'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const PAGE_SIZE = 50;

/** The API's query string: the known filters with a value, the page and its size. */
export function apiQueryOf(params: URLSearchParams): string {
  const query = filtersOf(params, filterKeys);
  const page = pageOf(params);
  if (page > 1) query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  return query.toString();
}

export function hasFilters(params: URLSearchParams): boolean {
  return hasAnyFilter(params, filterKeys);
}

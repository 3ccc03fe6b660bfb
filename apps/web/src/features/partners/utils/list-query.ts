/**
 * The list page's filters live in the address (so a filtered list can be bookmarked and shared); this
 * turns the page's search params into the API's query string, keeping only what the API knows.
 */
import { filtersOf, hasAnyFilter } from '../../../lib/list-params.ts';

export const filterKeys = [
  'q',
  'kind',
  'country',
  'region',
  'asean',
  'status',
  'agreementType',
  'field',
  'verification',
  'signedFrom',
  'signedTo',
  'includeArchived',
] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The columns the list can be sorted by (the API's `sort`). */
export const sortKeys = ['name', 'country', 'region', 'since', 'last_activity'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortOrder = 'asc' | 'desc';

export interface ListSort {
  sort: SortKey;
  order: SortOrder;
}

export function sortOf(params: URLSearchParams): ListSort {
  const sort = sortKeys.find((key) => key === params.get('sort')) ?? 'name';
  const order: SortOrder = params.get('order') === 'desc' ? 'desc' : 'asc';
  return { sort, order };
}

/** Clicking a column: the same column turns the order round; another starts ascending. */
export function nextSort(current: ListSort, column: SortKey): ListSort {
  if (current.sort !== column) return { sort: column, order: 'asc' };
  return { sort: column, order: current.order === 'asc' ? 'desc' : 'asc' };
}

/** The API's query string for the page's params: known filters with a value, then the sort. */
export function apiQueryOf(params: URLSearchParams): string {
  const query = filtersOf(params, filterKeys);
  const { sort, order } = sortOf(params);
  if (sort !== 'name') query.set('sort', sort);
  if (order !== 'asc') query.set('order', order);
  return query.toString();
}

/** Whether any filter narrows the list (the sort does not). */
export function hasFilters(params: URLSearchParams): boolean {
  return hasAnyFilter(params, filterKeys);
}

/** The filtered list as a file, with the same filters as the page. */
export function exportUrl(format: 'xlsx' | 'csv', query: string): string {
  return `/api/partners/export.${format}${query ? `?${query}` : ''}`;
}

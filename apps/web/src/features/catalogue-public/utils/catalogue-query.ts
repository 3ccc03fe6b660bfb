/**
 * The catalogue's search and filters live in the address (a buyer can bookmark or share a search);
 * this turns the page's params into the API's query string, keeping only what the API knows.
 */
import { certificationKinds, productCategories, type ProductCategory } from '@bia/contracts';
import { pageOf } from '../../../lib/list-params.ts';

export const filterKeys = [
  'q',
  'category',
  'district',
  'certification',
  'exportReady',
  'maxMinimumOrder',
] as const;
export type FilterKey = (typeof filterKeys)[number];

export const PAGE_SIZE = 12;

export function categoryOf(params: URLSearchParams): ProductCategory | undefined {
  return productCategories.find((category) => category === params.get('category'));
}

export { pageOf };

/** The API's query string (without `lang`): valid filters with a value, the page and its size. */
export function apiQueryOf(params: URLSearchParams): string {
  const query = new URLSearchParams();
  const q = params.get('q')?.trim();
  if (q) query.set('q', q);
  const category = categoryOf(params);
  if (category) query.set('category', category);
  const district = params.get('district');
  if (district && /^10(0[1-9]|[1-4]\d|50)$/.test(district)) query.set('district', district);
  const certification = certificationKinds.find((kind) => kind === params.get('certification'));
  if (certification) query.set('certification', certification);
  if (params.get('exportReady') === 'yes') query.set('exportReady', 'yes');
  const maxMinimumOrder = Number(params.get('maxMinimumOrder'));
  if (Number.isInteger(maxMinimumOrder) && maxMinimumOrder >= 1) {
    query.set('maxMinimumOrder', String(maxMinimumOrder));
  }
  query.set('page', String(pageOf(params)));
  query.set('pageSize', String(PAGE_SIZE));
  return query.toString();
}

/** Whether anything narrows the list. */
export function hasFilters(params: URLSearchParams): boolean {
  return filterKeys.some((key) => Boolean(params.get(key)?.trim()));
}

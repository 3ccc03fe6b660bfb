import { describe, expect, it } from 'vitest';
import { apiQueryOf, hasFilters, pageOf } from './catalogue-query.ts';

describe('the catalogue address', () => {
  it('keeps the known, valid filters and asks for the page', () => {
    const params = new URLSearchParams(
      'q=+silk+&category=food&district=1001&certification=halal&exportReady=yes&maxMinimumOrder=50&page=3&x=1',
    );
    expect(apiQueryOf(params)).toBe(
      'q=silk&category=food&district=1001&certification=halal&exportReady=yes&maxMinimumOrder=50&page=3&pageSize=12',
    );
  });

  it('drops values the API would refuse', () => {
    const params = new URLSearchParams(
      'category=cars&district=1051&maxMinimumOrder=-2&exportReady=no&page=0',
    );
    expect(apiQueryOf(params)).toBe('page=1&pageSize=12');
    expect(pageOf(params)).toBe(1);
  });

  it('says whether the list is narrowed', () => {
    expect(hasFilters(new URLSearchParams('page=2'))).toBe(false);
    expect(hasFilters(new URLSearchParams('q=silk'))).toBe(true);
  });
});

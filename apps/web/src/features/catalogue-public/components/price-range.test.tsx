import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CatalogueProduct } from '@bia/contracts';
import { renderWithApp } from '../../../testing/render.tsx';
import { PriceAndMinimumOrder } from './price-range.tsx';

function productOrdering(minimumOrderUnit: string | null): CatalogueProduct {
  return {
    id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    name: { text: 'ชาตะไคร้', lang: 'th', isFallback: true },
    description: null,
    category: 'food',
    hsCode: '0902',
    priceMinThb: 80,
    priceMaxThb: 80,
    minimumOrderQuantity: 100,
    minimumOrderUnit,
    leadTimeDays: null,
    shelfLifeDays: null,
    business: {
      id: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
      name: { text: 'บ้านชา', lang: 'th', isFallback: true },
      districtCode: '1001',
      languages: ['th'],
      exportReadiness: 'ready',
    },
    certifications: [],
    photos: [],
    isSample: false,
  };
}

function renderTerms(product: CatalogueProduct) {
  renderWithApp(
    <dl>
      <PriceAndMinimumOrder product={product} locale="ko" notGiven="—" />
    </dl>,
    { locale: 'ko' },
  );
  return screen.getByText(/^100/);
}

describe('the minimum order on a Korean page', () => {
  it('names a unit the business wrote in Thai in Korean: 100 포, not 100 ซอง', () => {
    const order = renderTerms(productOrdering('ซอง'));
    expect(order.textContent).toBe('100 포');
    expect(order.getAttribute('lang')).toBeNull();
  });

  it('keeps a unit it does not know as written, marked as Thai for screen readers', () => {
    const order = renderTerms(productOrdering('ตะกร้า'));
    expect(order.textContent).toBe('100 ตะกร้า');
    expect(order.getAttribute('lang')).toBe('th');
  });
});

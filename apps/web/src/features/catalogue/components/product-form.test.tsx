import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogues } from '@bia/i18n';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { ProductForm } from './product-form.tsx';

const th = catalogues.th;
const form = th.catalogue_pages.product_form;

describe('ProductForm', () => {
  it('says a word in a price box is not a number, and sends nothing', async () => {
    renderWithApp(
      <ProductForm businessId="8f1c2d3e-4a5b-4c6d-9e7f-0a1b2c3d4e5f" onSaved={() => undefined} />,
    );

    const price = screen.getByLabelText(labelStarting(form.price_min));
    await userEvent.type(price, 'สองร้อย');
    await userEvent.click(screen.getByRole('button', { name: form.create }));

    await waitFor(() => expect(errorUnder(price)).toBe(form.not_a_number));
    expect(sentChanges()).toEqual([]);
  });
});

/**
 * The product form's values as typed (numbers in text boxes, "1,200" with thousands separators) and
 * its schema: a word in a number box is said at once; then the values are mapped onto the product
 * input and checked by the contract's own `ProductInputSchema`, so the browser checks what the
 * server checks.
 */
import { z } from 'zod';
import { ProductInputSchema, type Product, type ProductCategory, type ProductInput } from '@bia/contracts';
import { amountOrNull, textOrNull } from '../../../lib/form-values.ts';
import { localizedInput, localizedValues, type LocalizedValues } from './localized-values.ts';

export interface ProductFormValues {
  name: LocalizedValues;
  description: LocalizedValues;
  category: ProductCategory;
  hsCode: string;
  priceMinThb: string;
  priceMaxThb: string;
  minimumOrderQuantity: string;
  minimumOrderUnit: string;
  leadTimeDays: string;
  shelfLifeDays: string;
  packaging: string;
}

export type NumberKey =
  'priceMinThb' | 'priceMaxThb' | 'minimumOrderQuantity' | 'leadTimeDays' | 'shelfLifeDays';

/** The form's fields (where the server's field errors may land). */
export const productFormFields = [
  'category',
  'hsCode',
  'priceMinThb',
  'priceMaxThb',
  'minimumOrderQuantity',
  'minimumOrderUnit',
  'leadTimeDays',
  'shelfLifeDays',
  'packaging',
  'name.th',
  'name.en',
  'name.ja',
  'name.ko',
  'name.zh',
  'description.th',
  'description.en',
  'description.ja',
  'description.ko',
  'description.zh',
] as const;

const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function productFormValuesOf(product: Product | undefined): ProductFormValues {
  return {
    name: localizedValues(product?.name),
    description: localizedValues(product?.description),
    category: product?.category ?? 'food',
    hsCode: product?.hsCode ?? '',
    priceMinThb: numberText(product?.priceMinThb),
    priceMaxThb: numberText(product?.priceMaxThb),
    minimumOrderQuantity: numberText(product?.minimumOrderQuantity),
    minimumOrderUnit: product?.minimumOrderUnit ?? '',
    leadTimeDays: numberText(product?.leadTimeDays),
    shelfLifeDays: numberText(product?.shelfLifeDays),
    packaging: product?.packaging ?? '',
  };
}

/** The values as the API takes them: numbers for numbers, trimmed text, null for an empty field. */
export function productInputOf(values: ProductFormValues): ProductInput {
  return {
    name: localizedInput(values.name),
    description: localizedInput(values.description),
    category: values.category,
    hsCode: values.hsCode,
    priceMinThb: amountOrNull(values.priceMinThb),
    priceMaxThb: amountOrNull(values.priceMaxThb),
    minimumOrderQuantity: amountOrNull(values.minimumOrderQuantity),
    minimumOrderUnit: textOrNull(values.minimumOrderUnit),
    leadTimeDays: amountOrNull(values.leadTimeDays),
    shelfLifeDays: amountOrNull(values.shelfLifeDays),
    packaging: textOrNull(values.packaging),
  };
}

const numberKeys: readonly NumberKey[] = [
  'priceMinThb',
  'priceMaxThb',
  'minimumOrderQuantity',
  'leadTimeDays',
  'shelfLifeDays',
];

/** The form schema: the number boxes hold numbers, then the contract's schema over the mapped input. */
export const productFormSchema = z
  .custom<ProductFormValues>()
  .superRefine((values, context) => {
    for (const key of numberKeys) {
      if (Number.isNaN(amountOrNull(values[key]))) {
        context.addIssue({
          code: 'custom',
          path: [key],
          params: { messageKey: 'catalogue_pages:product_form.not_a_number' },
        });
      }
    }
  })
  .transform(productInputOf)
  .pipe(ProductInputSchema);

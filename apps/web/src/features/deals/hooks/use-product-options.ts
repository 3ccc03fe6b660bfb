/** The products of a deal's business as a picker offers them: by name in the reader's language. */
import { useFormat } from '../../../lib/format.ts';
import { useBusinessProducts } from '../api/options.ts';
import type { NameOption } from '../../../components/name-picker.tsx';

export interface ProductOptions {
  options: NameOption[];
  isPending: boolean;
  error: unknown;
}

export function useProductOptions(businessId: string): ProductOptions {
  const { locale } = useFormat();
  const products = useBusinessProducts(businessId);
  const options = (products.data ?? []).map((product) => ({
    id: product.id,
    label: (locale === 'en' ? product.name.en : null) ?? product.name.th,
  }));
  return { options, isPending: businessId !== '' && products.isPending, error: products.error };
}

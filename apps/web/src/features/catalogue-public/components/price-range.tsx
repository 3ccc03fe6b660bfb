import { useTranslation } from 'react-i18next';
import type { CatalogueProduct } from '@bia/contracts';
import type { CatalogueLocale } from '@bia/i18n';
import { useCatalogueFormat } from '../hooks/use-catalogue-format.ts';

/** "฿50 – ฿80", "from ¥…" as the language writes baht; "price on request" when none is given. */
export function PriceRange({ product, locale }: { product: CatalogueProduct; locale: CatalogueLocale }) {
  const { t } = useTranslation('catalogue_public');
  const { baht } = useCatalogueFormat(locale);
  const { priceMinThb: min, priceMaxThb: max } = product;
  if (min !== null && max !== null && min !== max) {
    return <>{t('price.range', { min: baht(min), max: baht(max) })}</>;
  }
  if (min !== null) return <>{max === min ? baht(min) : t('price.from', { min: baht(min) })}</>;
  if (max !== null) return <>{t('price.up_to', { max: baht(max) })}</>;
  return <>{t('price.on_request')}</>;
}

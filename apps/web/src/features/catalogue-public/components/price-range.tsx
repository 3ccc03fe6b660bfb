import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueProduct } from '@bia/contracts';
import type { CatalogueLocale } from '@bia/i18n';
import { useCatalogueFormat } from '../hooks/use-catalogue-format.ts';
import { orderUnitKey, unitLanguage } from '@bia/i18n';

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

/**
 * The price and the minimum order, as two entries of a description list (a card's facts, the product
 * page's terms); `notGiven` is said when no minimum order is given.
 */
export function PriceAndMinimumOrder({
  product,
  locale,
  notGiven,
}: {
  product: CatalogueProduct;
  locale: CatalogueLocale;
  notGiven: ReactNode;
}) {
  const { t } = useTranslation('catalogue_public');
  const format = useCatalogueFormat(locale);
  const unit = product.minimumOrderUnit ?? '';
  const unitKey = orderUnitKey(unit);
  return (
    <>
      <div>
        <dt>{t('product.price')}</dt>
        <dd>
          <PriceRange product={product} locale={locale} />
        </dd>
      </div>
      <div>
        <dt>{t('product.minimum_order')}</dt>
        <dd>
          {product.minimumOrderQuantity === null ? (
            notGiven
          ) : (
            // A unit the list does not know stays as the business wrote it, marked with its language.
            <span lang={unitKey ? undefined : unitLanguage(unit)}>
              {t('product.quantity', {
                quantity: format.number(product.minimumOrderQuantity),
                unit: unitKey ? t(unitKey) : unit,
              })}
            </span>
          )}
        </dd>
      </div>
    </>
  );
}

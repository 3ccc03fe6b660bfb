import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CatalogueProduct } from '@bia/contracts';
import type { CatalogueLocale } from '@bia/i18n';
import { Badge } from '../../../components/badge.tsx';
import { paths } from '../../../config/paths.ts';
import { photoUrl } from '../api/catalogue-public.ts';
import { useCategoryLabel } from '../hooks/use-labels.ts';
import { FallbackNote, Shown } from './shown-text.tsx';
import { PriceAndMinimumOrder } from './price-range.tsx';

/** One product in the results: its picture, name, category, price range and minimum order. */
export function ProductCard({ product, locale }: { product: CatalogueProduct; locale: CatalogueLocale }) {
  const { t } = useTranslation('catalogue_public');
  const categoryLabel = useCategoryLabel();
  const photo = product.photos[0];
  return (
    <li className="cp-card">
      <div className="cp-card__photo">
        {photo ? (
          <img
            src={photoUrl(photo.id, 'card')}
            alt=""
            loading="lazy"
            width={photo.width}
            height={photo.height}
          />
        ) : (
          <span className="cp-card__no-photo">{t('card.no_photo')}</span>
        )}
      </div>
      <div className="cp-card__body">
        <p className="cp-card__category">{categoryLabel(product.category)}</p>
        <h3 className="cp-card__name">
          <Link to={paths.catalogueProduct(product.id)}>
            <Shown value={product.name} />
          </Link>
        </h3>
        <FallbackNote value={product.name} />
        <p className="cp-card__business">
          <Shown value={product.business.name} />
        </p>
        <dl className="cp-card__facts">
          <PriceAndMinimumOrder product={product} locale={locale} notGiven={t('product.not_given')} />
        </dl>
        {product.isSample ? <Badge tone="sample">{t('card.sample')}</Badge> : null}
      </div>
    </li>
  );
}

/** A business's products: listed today or not, and how complete their texts are in each language. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntrepreneurDetail, Product } from '@bia/contracts';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useCategoryLabel } from '../hooks/use-labels.ts';
import { shownName } from '../utils/names.ts';
import { ListedBadge, SampleBadge } from './badges.tsx';
import { CompletenessIndicator } from './completeness.tsx';

export function ProductsSection({ business }: { business: EntrepreneurDetail }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const headingId = useId();
  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <div className="biz-section__header">
        <h2 id={headingId}>{t('products.heading', { number: format.number(business.products.length) })}</h2>
        {business.can.edit && (
          <Link className="button" to={paths.newProduct(business.id)}>
            {t('products.add')}
          </Link>
        )}
      </div>
      {business.products.length === 0 ? (
        <p className="empty">{t('products.none')}</p>
      ) : (
        <ul className="biz-products">
          {business.products.map((product) => (
            <ProductItem key={product.id} product={product} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProductItem({ product }: { product: Product }) {
  const { t } = useTranslation('catalogue_pages');
  const { locale } = useFormat();
  const categoryLabel = useCategoryLabel();
  const name = shownName(product.name, locale);
  return (
    <li className="biz-product">
      <div className="biz-product__header">
        <h3>
          <Link to={paths.product(product.id)} lang={name.lang}>
            {name.text}
          </Link>
        </h3>
        <p className="inline-badges">
          <ListedBadge isListed={product.isListed} />
          {product.isSample && <SampleBadge />}
        </p>
      </div>
      <p className="biz-muted">
        {t('products.category_hs', { category: categoryLabel(product.category), code: product.hsCode })}
      </p>
      <CompletenessIndicator
        completeness={product.completeness}
        label={t('completeness.label_named', { name: name.text })}
      />
    </li>
  );
}

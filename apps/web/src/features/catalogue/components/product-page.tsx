/**
 * /products/:id — one product: its facts (a form for those who may change it), certifications,
 * photos, and — for Social Development officers and the business — buyers' interest in it. Those who
 * may change it may also delete it (asked first); its business's page then opens and says so.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Product } from '@bia/contracts';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useForgetProduct, useProduct } from '../api/products.ts';
import { useCategoryLabel } from '../hooks/use-labels.ts';
import { useLanguageNames } from '../../../lib/languages.ts';
import { deletionState, type DeletionNotice } from '../utils/deletion-notice.ts';
import { refetchOrGone, type Reload } from '../../../lib/reload.ts';
import { shownName } from '../utils/names.ts';
import { ListedBadge, SampleBadge } from './badges.tsx';
import { CertificationsSection } from './certifications-section.tsx';
import { CompletenessIndicator } from './completeness.tsx';
import { DeleteProductDialog } from './delete-product-dialog.tsx';
import { InterestsSection } from './interests-section.tsx';
import { PhotosSection } from './photos-section.tsx';
import { ProductForm } from './product-form.tsx';
import '../catalogue.css';

export function ProductPage() {
  const { t } = useTranslation('catalogue_pages');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Once the product is deleted the page stops asking for it (it would be told 404) and gives way.
  const [isGone, setIsGone] = useState(false);
  const product = useProduct(id, !isGone);
  const forget = useForgetProduct(id);

  /** The latest version after a stale save; `undefined` once the product is gone (404). */
  const reload = () => refetchOrGone(product);

  /** Once the product is deleted: its business's page, which says so. */
  async function leave(businessId: string, notice: DeletionNotice) {
    setIsGone(true);
    await forget(businessId);
    void navigate(paths.business(businessId), { state: deletionState(notice) });
  }

  if (isGone) return <Loading />;
  if (product.data) {
    const businessId = product.data.entrepreneurId;
    return (
      <ProductView
        key={product.data.id}
        product={product.data}
        reload={reload}
        onDeleted={(notice) => void leave(businessId, notice)}
      />
    );
  }
  if (product.isPending) return <Loading />;
  return (
    <div className="biz-page">
      <PageHeader title={t('product.title_fallback')} />
      <RecordLoadError query={product} notFoundText={t('product.not_found')} />
    </div>
  );
}

function ProductView({
  product,
  reload,
  onDeleted,
}: {
  product: Product;
  reload: Reload<Product>;
  onDeleted: (notice: DeletionNotice) => void;
}) {
  const { t } = useTranslation('catalogue_pages');
  const { locale } = useFormat();
  const categoryLabel = useCategoryLabel();
  const name = shownName(product.name, locale);
  const business = shownName(product.entrepreneurName, locale);
  const [isDeleting, setIsDeleting] = useState(false);

  return (
    <div className="biz-page">
      <p className="biz-back">
        <Link to={paths.business(product.entrepreneurId)}>
          {t('product.back_to')} <span lang={business.lang}>{business.text}</span>
        </Link>
      </p>
      <PageHeader
        title={name.text}
        titleLang={name.lang}
        intro={
          <>
            <p className="inline-badges">
              <ListedBadge isListed={product.isListed} />
              {product.isBusinessArchived && <Badge tone="warning">{t('product.business_archived')}</Badge>}
              <Badge>{categoryLabel(product.category)}</Badge>
              {product.isSample && <SampleBadge />}
            </p>
            <p className="field-hint">
              {product.isBusinessArchived
                ? t('product.business_archived_hint')
                : product.isListed
                  ? t('product.listed_hint')
                  : t('product.not_listed_hint')}
            </p>
          </>
        }
        actions={
          product.can.edit && (
            <button
              type="button"
              className="button button-secondary biz-button-danger"
              onClick={() => setIsDeleting(true)}
            >
              {t('product_delete.open')}
            </button>
          )
        }
      />
      {product.can.edit && (
        <DeleteProductDialog
          product={product}
          isOpen={isDeleting}
          reload={reload}
          onClose={() => setIsDeleting(false)}
          onDeleted={(outcome) => onDeleted({ outcome, name: name.text })}
        />
      )}

      {product.can.edit ? (
        <section aria-label={t('product.facts')} className="biz-section">
          <ProductForm
            businessId={product.entrepreneurId}
            product={product}
            reload={reload}
            onSaved={() => {}}
          />
        </section>
      ) : (
        <ProductFacts product={product} />
      )}
      <PhotosSection product={product} />
      <CertificationsSection product={product} />
      {product.can.readInterests && <InterestsSection productId={product.id} />}
    </div>
  );
}

/** The product as read by those who may not change it. */
function ProductFacts({ product }: { product: Product }) {
  const { t } = useTranslation('catalogue_pages');
  const format = useFormat();
  const languageName = useLanguageNames();
  const headingId = useId();
  const notRecorded = <span className="biz-muted">{t('business.not_recorded')}</span>;
  const languages = (['th', 'en', 'ja', 'ko', 'zh'] as const).filter(
    (language) => product.name[language] || product.description[language],
  );
  const price =
    product.priceMinThb !== null || product.priceMaxThb !== null
      ? t('product.price_range', {
          min: product.priceMinThb === null ? '–' : format.number(product.priceMinThb),
          max: product.priceMaxThb === null ? '–' : format.number(product.priceMaxThb),
        })
      : null;
  return (
    <section className="card biz-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('product.facts')}</h2>
      <CompletenessIndicator completeness={product.completeness} label={t('completeness.heading')} />
      <dl className="biz-facts">
        {languages.map((language) => (
          <div key={language} className="biz-facts__wide">
            <dt>{languageName(language)}</dt>
            <dd lang={language}>
              <strong>{product.name[language]}</strong>
              {product.description[language] && (
                <p className="biz-prewrap">{product.description[language]}</p>
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('product_form.hs_code')}</dt>
          <dd className="biz-code">{product.hsCode}</dd>
        </div>
        <div>
          <dt>{t('product.price')}</dt>
          <dd>{price ?? notRecorded}</dd>
        </div>
        <div>
          <dt>{t('product_form.minimum_order')}</dt>
          <dd>
            {product.minimumOrderQuantity !== null
              ? [format.number(product.minimumOrderQuantity), product.minimumOrderUnit]
                  .filter(Boolean)
                  .join(' ')
              : notRecorded}
          </dd>
        </div>
        <div>
          <dt>{t('product_form.lead_time')}</dt>
          <dd>
            {product.leadTimeDays !== null
              ? t('product.days', {
                  count: product.leadTimeDays,
                  number: format.number(product.leadTimeDays),
                })
              : notRecorded}
          </dd>
        </div>
        <div>
          <dt>{t('product_form.shelf_life')}</dt>
          <dd>
            {product.shelfLifeDays !== null
              ? t('product.days', {
                  count: product.shelfLifeDays,
                  number: format.number(product.shelfLifeDays),
                })
              : t('product.keeps')}
          </dd>
        </div>
        <div className="biz-facts__wide">
          <dt>{t('product_form.packaging')}</dt>
          <dd className="biz-prewrap">{product.packaging ?? notRecorded}</dd>
        </div>
      </dl>
    </section>
  );
}

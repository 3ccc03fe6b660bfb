/**
 * /catalogue/products/:id — a product as a buyer abroad needs it: photos, the description in their
 * language (or the fallback, said), certifications, order terms, the business's languages, and a way
 * to express interest.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CatalogueProduct } from '@bia/contracts';
import type { CatalogueLocale } from '@bia/i18n';
import { Badge } from '../../../components/badge.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { photoUrl, useCatalogueDistricts, useCatalogueProduct } from '../api/catalogue-public.ts';
import { useCatalogueFormat } from '../hooks/use-catalogue-format.ts';
import {
  districtName,
  useCategoryLabel,
  useCertificationLabel,
  useReadinessLabel,
} from '../hooks/use-labels.ts';
import { useLanguageNamesIn } from '../../../lib/languages.ts';
import { InterestPanel } from './interest-panel.tsx';
import { usePublicLocale } from '../../../components/public-language/index.ts';
import { PriceAndMinimumOrder } from './price-range.tsx';
import { FallbackNote, Shown } from './shown-text.tsx';
import '../catalogue-public.css';

export function CatalogueProductPage() {
  const { t } = useTranslation('catalogue_public');
  const { id = '' } = useParams();
  // The page's language switch is the site header's (it offers the five languages on this page).
  const { locale } = usePublicLocale();
  const product = useCatalogueProduct(id, locale);
  const isGone =
    product.error instanceof ApiError && (product.error.status === 404 || product.error.status === 400);

  return (
    <div className="cp-page" lang={locale}>
      <p className="cp-back">
        <Link to={paths.catalogue}>{t('product.back')}</Link>
      </p>
      {product.data ? (
        <ProductView product={product.data} locale={locale} />
      ) : (
        <>
          <PageHeader title={isGone ? t('product.not_found_title') : t('title')} />
          {product.isPending && <Loading />}
          {isGone ? (
            <p className="empty">{t('product.not_found')}</p>
          ) : product.isError ? (
            <QueryError error={product.error} onRetry={() => void product.refetch()} />
          ) : null}
        </>
      )}
    </div>
  );
}

function ProductView({ product, locale }: { product: CatalogueProduct; locale: CatalogueLocale }) {
  const { t } = useTranslation('catalogue_public');
  const format = useCatalogueFormat(locale);
  const categoryLabel = useCategoryLabel();
  const certificationLabel = useCertificationLabel();
  const readinessLabel = useReadinessLabel();
  const languageName = useLanguageNamesIn(locale);
  const districts = useCatalogueDistricts();
  const district = districts.data?.items.find((item) => item.code === product.business.districtCode);
  const notGiven = <span className="muted">{t('product.not_given')}</span>;

  return (
    <>
      <PageHeader
        title={product.name.text}
        intro={
          <p className="cp-product__meta">
            <span>{categoryLabel(product.category)}</span>
            <FallbackNote value={product.name} />
            {product.isSample ? <Badge tone="sample">{t('card.sample')}</Badge> : null}
          </p>
        }
      />
      <div className="cp-product">
        <div className="cp-product__main">
          {product.photos.length > 0 ? (
            <section aria-label={t('product.photos')} className="cp-photos">
              <ul>
                {product.photos.map((photo, index) => (
                  <li key={photo.id}>
                    <a href={photoUrl(photo.id, 'full')} target="_blank" rel="noreferrer">
                      <img
                        src={photoUrl(photo.id, 'card')}
                        width={photo.width}
                        height={photo.height}
                        alt={t('product.photo_alt', {
                          number: format.number(index + 1),
                          name: product.name.text,
                        })}
                      />
                    </a>
                  </li>
                ))}
              </ul>
              <p className="field-hint">{t('product.photo_hint')}</p>
            </section>
          ) : (
            <p className="cp-card__no-photo cp-photos--none">{t('card.no_photo')}</p>
          )}

          <section className="cp-section">
            <h2>{t('product.description')}</h2>
            {product.description ? (
              <>
                <FallbackNote value={product.description} />
                <p className="cp-description">
                  <Shown value={product.description} />
                </p>
              </>
            ) : (
              <p className="muted">{t('product.no_description')}</p>
            )}
          </section>

          <section className="cp-section">
            <h2>{t('product.certifications')}</h2>
            <ul className="cp-certifications">
              {product.certifications.map((certification, index) => (
                <li key={`${certification.kind}-${index}`}>
                  <strong>
                    {certification.kind === 'other' && certification.name
                      ? certification.name
                      : certificationLabel(certification.kind)}
                  </strong>
                  {certification.number ? (
                    <span>{t('product.certificate_number', { number: certification.number })}</span>
                  ) : null}
                  {certification.validUntil ? (
                    <span>{t('product.valid_until', { date: format.date(certification.validUntil) })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        </div>

        <aside className="cp-product__side">
          <section className="card cp-section">
            <h2>{t('product.terms')}</h2>
            <dl className="cp-facts">
              <PriceAndMinimumOrder product={product} locale={locale} notGiven={notGiven} />
              <div>
                <dt>{t('product.lead_time')}</dt>
                <dd>
                  {product.leadTimeDays === null
                    ? notGiven
                    : t('product.days', {
                        count: product.leadTimeDays,
                        number: format.number(product.leadTimeDays),
                      })}
                </dd>
              </div>
              <div>
                <dt>{t('product.shelf_life')}</dt>
                <dd>
                  {product.shelfLifeDays === null
                    ? notGiven
                    : t('product.days', {
                        count: product.shelfLifeDays,
                        number: format.number(product.shelfLifeDays),
                      })}
                </dd>
              </div>
              <div>
                <dt>{t('product.hs_code')}</dt>
                <dd>{product.hsCode}</dd>
              </div>
            </dl>
          </section>

          <section className="card cp-section">
            <h2>{t('product.business')}</h2>
            <p className="cp-business-name">
              <Shown value={product.business.name} />
            </p>
            <FallbackNote value={product.business.name} />
            <dl className="cp-facts">
              <div>
                <dt>{t('product.district')}</dt>
                <dd>{district ? districtName(district, locale) : product.business.districtCode}</dd>
              </div>
              <div>
                <dt>{t('product.languages')}</dt>
                <dd>
                  {product.business.languages.length > 0
                    ? format.list(product.business.languages.map(languageName))
                    : notGiven}
                </dd>
              </div>
              <div>
                <dt>{t('product.export_readiness')}</dt>
                <dd>{readinessLabel(product.business.exportReadiness)}</dd>
              </div>
            </dl>
          </section>

          <InterestPanel productId={product.id} />
        </aside>
      </div>
    </>
  );
}

/** /businesses/:id/products/new — adds a product to a business; once saved, its page opens for photos. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useBusiness } from '../api/businesses.ts';
import { shownName } from '../utils/names.ts';
import { ProductForm } from './product-form.tsx';
import '../catalogue.css';

export function CreateProductPage() {
  const { t } = useTranslation('catalogue_pages');
  const { locale } = useFormat();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const business = useBusiness(id);

  if (business.isPending) return <Loading />;
  if (business.isError) {
    return (
      <div className="biz-form-page">
        <PageHeader title={t('product_form.create_title_unknown')} />
        <QueryError error={business.error} onRetry={() => void business.refetch()} />
      </div>
    );
  }
  const name = shownName(business.data.name, locale).text;
  return (
    <div className="biz-form-page">
      <p className="biz-back">
        <Link to={paths.business(id)}>
          {t('product.back_to')} {name}
        </Link>
      </p>
      <PageHeader
        title={t('product_form.create_title', { name })}
        intro={<p>{t('product_form.create_intro')}</p>}
      />
      {business.data.can.edit ? (
        <ProductForm
          businessId={id}
          onSaved={(product) => void navigate(paths.product(product.id))}
          onCancel={() => void navigate(paths.business(id))}
        />
      ) : (
        <Alert tone="warning">{t('business_form.cannot_edit')}</Alert>
      )}
    </div>
  );
}

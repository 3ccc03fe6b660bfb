/** /businesses/:id/edit — changes a business's facts against the version loaded, then goes back to its page. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { EntrepreneurDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useBusiness } from '../api/businesses.ts';
import { asApiError } from '../../../lib/errors.ts';
import { shownName } from '../utils/names.ts';
import { BusinessForm } from './business-form.tsx';
import '../catalogue.css';

export function EditBusinessPage() {
  const { t } = useTranslation('catalogue_pages');
  const { id = '' } = useParams();
  const business = useBusiness(id);

  /** The latest version after a stale save; `undefined` once the business is gone (404). */
  async function reload(): Promise<EntrepreneurDetail | undefined> {
    const result = await business.refetch();
    if (result.isError) {
      if (asApiError(result.error)?.status === 404) return undefined;
      throw result.error;
    }
    return result.data;
  }

  // Once loaded, the form stays even if a later reload fails: what was typed must not be lost.
  if (business.data)
    return <BusinessEditor key={business.data.id} business={business.data} reload={reload} />;
  if (business.isPending) return <Loading />;
  const isNotFound = asApiError(business.error)?.status === 404;
  return (
    <div className="biz-form-page">
      <PageHeader title={t('business_form.edit_title_unknown')} />
      {isNotFound ? (
        <Alert tone="error">{t('business.not_found')}</Alert>
      ) : (
        <QueryError error={business.error} onRetry={() => void business.refetch()} />
      )}
      <p>
        <Link to={paths.businesses}>{t('business.back')}</Link>
      </p>
    </div>
  );
}

function BusinessEditor({
  business,
  reload,
}: {
  business: EntrepreneurDetail;
  reload: () => Promise<EntrepreneurDetail | undefined>;
}) {
  const { t } = useTranslation('catalogue_pages');
  const { locale } = useFormat();
  const navigate = useNavigate();
  const back = () => void navigate(paths.business(business.id));
  return (
    <div className="biz-form-page">
      <PageHeader title={t('business_form.edit_title', { name: shownName(business.name, locale).text })} />
      {business.can.edit ? (
        <BusinessForm business={business} reload={reload} onSaved={back} onCancel={back} />
      ) : (
        <>
          <Alert tone="warning">{t('business_form.cannot_edit')}</Alert>
          <p>
            <Link to={paths.business(business.id)}>{t('business_form.back_to_business')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

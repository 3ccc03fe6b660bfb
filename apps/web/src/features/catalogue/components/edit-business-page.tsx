/** /businesses/:id/edit — changes a business's facts against the version loaded, then goes back to its page. */
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { EntrepreneurDetail } from '@bia/contracts';
import { Alert } from '../../../components/alert.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RecordLoadError } from '../../../components/query-error.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { useBusiness } from '../api/businesses.ts';
import { refetchOrGone, type Reload } from '../../../lib/reload.ts';
import { shownName } from '../utils/names.ts';
import { BusinessForm } from './business-form.tsx';
import '../catalogue.css';

export function EditBusinessPage() {
  const { t } = useTranslation('catalogue_pages');
  const { id = '' } = useParams();
  const business = useBusiness(id);

  /** The latest version after a stale save; `undefined` once the business is gone (404). */
  const reload = () => refetchOrGone(business);

  // Once loaded, the form stays even if a later reload fails: what was typed must not be lost.
  if (business.data)
    return <BusinessEditor key={business.data.id} business={business.data} reload={reload} />;
  if (business.isPending) return <Loading />;
  return (
    <div className="biz-form-page">
      <PageHeader title={t('business_form.edit_title_unknown')} />
      <RecordLoadError query={business} notFoundText={t('business.not_found')} />
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
  reload: Reload<EntrepreneurDetail>;
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

/** /businesses/new — adds a business; once saved, its page opens. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { BusinessForm } from './business-form.tsx';
import '../catalogue.css';

export function CreateBusinessPage() {
  const { t } = useTranslation('catalogue_pages');
  const navigate = useNavigate();
  return (
    <div className="biz-form-page">
      <PageHeader title={t('business_form.create_title')} intro={<p>{t('business_form.create_intro')}</p>} />
      <BusinessForm
        onSaved={(business) => void navigate(paths.business(business.id))}
        onCancel={() => void navigate(paths.businesses)}
      />
    </div>
  );
}

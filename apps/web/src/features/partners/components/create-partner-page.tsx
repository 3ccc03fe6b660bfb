/** /partners/new — adds a partner; once saved, its page opens. */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { PartnerForm } from './partner-form.tsx';

export function CreatePartnerPage() {
  const { t } = useTranslation('partner_pages');
  const navigate = useNavigate();
  return (
    <div className="partner-facts-page">
      <PageHeader title={t('partner_form.create_title')} intro={<p>{t('partner_form.create_intro')}</p>} />
      <PartnerForm
        onSaved={(partner) => void navigate(paths.partner(partner.id))}
        onCancel={() => void navigate(paths.partners)}
      />
    </div>
  );
}

/** /partners/settings — when a partner counts as dormant, and the list of cooperation fields. */
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { usePartnerSettings } from '../api/partner-settings.ts';
import { CooperationFieldsSection } from './cooperation-fields-section.tsx';
import { DormantPeriodForm } from './dormant-period-form.tsx';
import '../partner-import.css';

export function PartnerSettingsPage() {
  const { t } = useTranslation('partner_import');
  const settings = usePartnerSettings();
  return (
    <div className="import-page stack">
      <PageHeader title={t('settings.title')} intro={<p>{t('settings.intro')}</p>} />
      {settings.isPending && <Loading />}
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <DormantPeriodForm settings={settings.data} reload={async () => (await settings.refetch()).data} />
      )}
      <CooperationFieldsSection />
    </div>
  );
}

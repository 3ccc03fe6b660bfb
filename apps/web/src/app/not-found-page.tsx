import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { paths } from '../config/paths.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageHeader title={t('not_found.title')} intro={<p>{t('not_found.body')}</p>} />
      <p>
        <Link to={paths.home}>{t('not_found.back')}</Link>
      </p>
    </div>
  );
}

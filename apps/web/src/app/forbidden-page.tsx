import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { paths } from '../config/paths.ts';

/** Shown in place of a page the signed-in person's roles do not open. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageHeader title={t('forbidden_page.title')} intro={<p>{t('forbidden_page.body')}</p>} />
      <p>
        <Link to={paths.home}>{t('not_found.back')}</Link>
      </p>
    </div>
  );
}

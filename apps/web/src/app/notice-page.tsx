import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { paths } from '../config/paths.ts';

/** A page shown in place of one that cannot be shown: why, and the way back home. */
export function NoticePage({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageHeader title={title} intro={<p>{body}</p>} />
      <p>
        <Link to={paths.home}>{t('not_found.back')}</Link>
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { paths } from '../config/paths.ts';
import { NotFoundPage } from './not-found-page.tsx';

/** A page that failed to draw: an apology and a way on, never a stack trace. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div className="narrow-page">
      <PageHeader title={t('error_page.title')} intro={<p>{t('error_page.body')}</p>} />
      <p className="inline-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </button>
        <Link to={paths.home}>{t('not_found.back')}</Link>
      </p>
    </div>
  );
}

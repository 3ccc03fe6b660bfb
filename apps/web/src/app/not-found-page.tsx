import { useTranslation } from 'react-i18next';
import { NoticePage } from './notice-page.tsx';

/** Shown for an address that names no page. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return <NoticePage title={t('not_found.title')} body={t('not_found.body')} />;
}

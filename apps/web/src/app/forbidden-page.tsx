import { useTranslation } from 'react-i18next';
import { NoticePage } from './notice-page.tsx';

/** Shown in place of a page the signed-in person's roles do not open. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return <NoticePage title={t('forbidden_page.title')} body={t('forbidden_page.body')} />;
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page: "<page> — <platform>". */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation('frame');
  useEffect(() => {
    document.title = t('app.document_title', { page, app: t('app.name') });
  }, [page, t]);
}

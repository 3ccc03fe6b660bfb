/** The coordination request an item became: a link to its page (the coordination feature's). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const requestPath = (id: string) => `/requests/${encodeURIComponent(id)}`;

export function RequestLink({ requestId }: { requestId: string }) {
  const { t } = useTranslation('impacts');
  return <Link to={requestPath(requestId)}>{t('answer.request_link')}</Link>;
}

/**
 * Someone else saved the record meanwhile (409 conflict_stale): the server's message, and a button
 * that loads the latest version while the form keeps what the user typed.
 */
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert.tsx';
import type { ApiError } from '../../../lib/api-client.ts';

export function StaleConflict({
  error,
  id,
  isReloading,
  onReload,
  keepsTyping = true,
}: {
  error: ApiError;
  id: string;
  isReloading: boolean;
  onReload: () => void;
  /** Whether a form stays open with the user's text (not so after a failed removal). */
  keepsTyping?: boolean;
}) {
  const { t } = useTranslation(['catalogue_pages', 'common']);
  return (
    <div id={id} tabIndex={-1} className="biz-focus-target">
      <Alert tone="error">
        <p>{error.text()}</p>
        {keepsTyping && <p>{t('conflict.keep_typing')}</p>}
        <button type="button" className="button button-secondary" onClick={onReload} disabled={isReloading}>
          {isReloading ? t('common:status.loading') : t('conflict.reload')}
        </button>
      </Alert>
    </div>
  );
}

/** Said once the latest version is loaded under the user's unsaved text; focus is moved to it. */
export function ReloadedNotice({ id, message }: { id: string; message: string }) {
  return (
    <div id={id} tabIndex={-1} className="biz-focus-target">
      <Alert tone="info">{message}</Alert>
    </div>
  );
}

/**
 * Someone else saved the record meanwhile (409 conflict_stale): the server's message, and a button
 * that loads the latest version while the form keeps what the user typed. Each feature passes its own
 * wording and the class that styles focus on its pages.
 */
import { useTranslation } from 'react-i18next';
import { Alert } from './alert.tsx';
import type { ApiError } from '../lib/api-client.ts';

export function StaleConflict({
  error,
  id,
  focusClassName,
  isReloading,
  onReload,
  reloadText,
  keepTypingText,
}: {
  error: ApiError;
  id: string;
  /** The feature's class for an alert that receives focus. */
  focusClassName: string;
  isReloading: boolean;
  onReload: () => void;
  reloadText: string;
  /** Said when a form stays open with the user's text (not so after a failed removal). */
  keepTypingText?: string | undefined;
}) {
  const { t } = useTranslation(['common', 'frame']);
  return (
    <div id={id} tabIndex={-1} className={focusClassName}>
      <Alert tone="error">
        <p>{error.text()}</p>
        {keepTypingText !== undefined && <p>{keepTypingText}</p>}
        <button type="button" className="button button-secondary" onClick={onReload} disabled={isReloading}>
          {isReloading ? t('frame:status.loading') : reloadText}
        </button>
      </Alert>
    </div>
  );
}

/** Said once the latest version is loaded under the user's unsaved text; focus is moved to it. */
export function ReloadedNotice({
  id,
  message,
  focusClassName,
}: {
  id: string;
  message: string;
  focusClassName: string;
}) {
  return (
    <div id={id} tabIndex={-1} className={focusClassName}>
      <Alert tone="info">{message}</Alert>
    </div>
  );
}

/**
 * Why a save failed: someone else saved first (with the way to load their version), or the server's
 * reason in the reader's language.
 */
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert.tsx';
import { errorMessage, isApiError } from '../../../lib/errors.ts';

export function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation(['programme_pages', 'common']);
  const { t: tCommon } = useTranslation();
  if (!error) return null;
  if (isApiError(error, 'conflict_stale'))
    return (
      <Alert tone="warning" title={t('step_form.stale_title')}>
        <p>{t('step_form.stale')}</p>
        <button type="button" className="button button-secondary" onClick={onReload}>
          {t('common:actions.reload')}
        </button>
      </Alert>
    );
  return <Alert tone="error">{errorMessage(error, tCommon)}</Alert>;
}

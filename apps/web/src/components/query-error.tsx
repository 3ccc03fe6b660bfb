import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { Alert } from './alert.tsx';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: the server's message and a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={t('status.load_failed')}>
      <p>{errorMessage(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('actions.reload')}
        </button>
      ) : null}
    </Alert>
  );
}

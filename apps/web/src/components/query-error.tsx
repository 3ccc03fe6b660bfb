import { useTranslation } from 'react-i18next';
import { asApiError, errorMessage } from '../lib/errors.ts';
import { Alert } from './alert.tsx';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: the server's message and a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const { t: frameText } = useTranslation('frame');
  return (
    <Alert tone="error" title={frameText('status.load_failed')}>
      <p>{errorMessage(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {frameText('status.retry')}
        </button>
      ) : null}
    </Alert>
  );
}

/** A record that could not be loaded: said to be missing (404), or else the failure and a way to retry. */
export function RecordLoadError({
  query,
  notFoundText,
}: {
  query: { error: unknown; refetch: () => Promise<unknown> };
  notFoundText: string;
}) {
  if (asApiError(query.error)?.status === 404) return <Alert tone="error">{notFoundText}</Alert>;
  return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
}

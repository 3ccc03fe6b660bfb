/** An error that focus can be moved to (after a failed apply or save), around the shared alert. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { Alert } from '../alert.tsx';

export function ErrorAlert({ error, id, children }: { error: unknown; id?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div id={id} tabIndex={-1} className="import-focus-target">
      <Alert tone="error">
        <p>{errorMessage(error, t)}</p>
        {children}
      </Alert>
    </div>
  );
}

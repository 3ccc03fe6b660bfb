/** An error that focus can be moved to (after a failed save), around the shared alert. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert.tsx';
import { errorMessage } from '../lib/errors.ts';

export function ErrorAlert({
  error,
  id,
  focusClassName,
  children,
}: {
  error: unknown;
  id?: string | undefined;
  /** The feature's class for an alert that receives focus. */
  focusClassName: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div id={id} tabIndex={-1} className={focusClassName}>
      <Alert tone="error">
        <p>{errorMessage(error, t)}</p>
        {children}
      </Alert>
    </div>
  );
}

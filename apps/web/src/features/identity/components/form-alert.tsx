import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert.tsx';
import { errorMessage } from '../../../lib/errors.ts';

/**
 * The alert at the top of a sign-in, password or profile form: the server's refusal (with anything
 * that helps next, such as a link), or, when the browser found fields at fault, that some are.
 */
export function FormAlert({
  error,
  fieldErrors,
  children,
}: {
  /** The request's failure, if the last one failed. */
  error: unknown;
  /** The form's errors (`formState.errors`): the browser's check, or the server's on a field. */
  fieldErrors: object;
  children?: ReactNode;
}) {
  const { t } = useTranslation(['common', 'errors']);
  if (error) {
    return (
      <Alert tone="error">
        {children === undefined ? errorMessage(error, t) : <p>{errorMessage(error, t)}</p>}
        {children}
      </Alert>
    );
  }
  return Object.keys(fieldErrors).length > 0 ? (
    <Alert tone="error">{t('errors:validation_failed')}</Alert>
  ) : null;
}

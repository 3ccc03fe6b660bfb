/**
 * The frame of every form on a partner's page: heading, the error (or the stale-version conflict with
 * its reload button), the fields, and save / cancel. Focus goes to the first field at fault.
 */
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert.tsx';
import type { ReloadOutcome } from '../hooks/use-versioned-form.ts';
import { asApiError, isStaleConflict } from '../utils/errors.ts';
import { ErrorAlert } from './error-alert.tsx';
import { ReloadedNotice, StaleConflict } from './stale-conflict.tsx';

export interface RecordFormProps {
  heading: ReactNode;
  headingId: string;
  alertId: string;
  formRef: RefObject<HTMLFormElement | null>;
  error: unknown;
  isPending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  conflict: { isReloading: boolean; outcome: ReloadOutcome; onReload: () => void };
  /** Said when the record was removed by someone else meanwhile. */
  goneMessage: string;
  children: ReactNode;
}

export function RecordForm({
  heading,
  headingId,
  alertId,
  formRef,
  error,
  isPending,
  onSubmit,
  onCancel,
  conflict,
  goneMessage,
  children,
}: RecordFormProps) {
  const { t } = useTranslation(['partner_pages', 'common']);
  const apiError = asApiError(error);
  return (
    <form
      ref={formRef}
      className="form partner-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={headingId}>{heading}</h3>
      {apiError && isStaleConflict(apiError) ? (
        <StaleConflict
          error={apiError}
          id={alertId}
          isReloading={conflict.isReloading}
          onReload={conflict.onReload}
        />
      ) : (
        error !== null && error !== undefined && <ErrorAlert error={error} id={alertId} />
      )}
      {conflict.outcome === 'reloaded' && (
        <ReloadedNotice id={`${alertId}-reloaded`} message={t('conflict.reloaded')} />
      )}
      {conflict.outcome === 'gone' && (
        <div id={`${alertId}-reloaded`} tabIndex={-1} className="partner-focus-target">
          <Alert tone="error">{goneMessage}</Alert>
        </div>
      )}
      {children}
      <div className="form-actions">
        <button type="submit" className="button" disabled={isPending || conflict.outcome === 'gone'}>
          {isPending ? t('form.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

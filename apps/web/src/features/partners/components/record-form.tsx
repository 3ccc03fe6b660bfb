/**
 * The frame of every form on a partner's page: heading, the error (or the stale-version conflict with
 * its reload button), the fields, and save / cancel. Focus goes to the first field at fault.
 */
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/alert.tsx';
import type { ReloadOutcome } from '../../../lib/forms/index.ts';
import { asApiError, isStaleConflict } from '../../../lib/errors.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ReloadedNotice, StaleConflict } from '../../../components/stale-conflict.tsx';

export interface RecordFormProps {
  heading: ReactNode;
  headingId: string;
  alertId: string;
  formRef: RefObject<HTMLFormElement | null>;
  error: unknown;
  isPending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  conflict: {
    isReloading: boolean;
    outcome: ReloadOutcome;
    /** Why loading the latest version failed, if it did. */
    error?: unknown;
    onReload: () => void;
  };
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
          focusClassName="partner-focus-target"
          reloadText={t('conflict.reload')}
          keepTypingText={t('conflict.keep_typing')}
          error={apiError}
          id={alertId}
          isReloading={conflict.isReloading}
          onReload={conflict.onReload}
        />
      ) : (
        error !== null &&
        error !== undefined && <ErrorAlert focusClassName="partner-focus-target" error={error} id={alertId} />
      )}
      {conflict.error !== null && conflict.error !== undefined && (
        <ErrorAlert
          focusClassName="partner-focus-target"
          error={conflict.error}
          id={`${alertId}-reload-error`}
        />
      )}
      {conflict.outcome === 'reloaded' && (
        <ReloadedNotice
          focusClassName="partner-focus-target"
          id={`${alertId}-reloaded`}
          message={t('conflict.reloaded')}
        />
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

/**
 * What a form shows around a save (lib/forms useFormSave): the error, or — when someone else saved the
 * record meanwhile — the stale-version conflict with its reload button; why loading the latest version
 * failed; that it was loaded; that the record is gone. And the save and cancel buttons under the form.
 * Each feature passes its own wording and the class that styles focus on its pages.
 */
import { useTranslation } from 'react-i18next';
import { Alert } from './alert.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { ReloadedNotice, StaleConflict } from './stale-conflict.tsx';
import { isStaleConflict } from '../lib/errors.ts';
import type { SaveState } from '../lib/forms/index.ts';

export function SaveAlerts({
  saving,
  focusClassName,
  reloadText,
  keepTypingText,
  reloadedText,
  goneText,
}: {
  saving: SaveState;
  /** The feature's class for an alert that receives focus. */
  focusClassName: string;
  reloadText: string;
  /** Said when a form stays open with the user's text (not so in a dialog that asks before removing). */
  keepTypingText?: string | undefined;
  reloadedText: string;
  /** Said when the record was removed meanwhile; when not given, nothing is said. */
  goneText?: string | undefined;
}) {
  const { alertId, mutation, latest } = saving;
  const error = mutation.error;
  return (
    <>
      {isStaleConflict(error) ? (
        <StaleConflict
          focusClassName={focusClassName}
          reloadText={reloadText}
          keepTypingText={keepTypingText}
          error={error}
          id={alertId}
          isReloading={latest.isReloading}
          onReload={() => void latest.reloadLatest()}
        />
      ) : (
        error !== null &&
        error !== undefined && <ErrorAlert focusClassName={focusClassName} error={error} id={alertId} />
      )}
      {latest.reloadError !== null && (
        <ErrorAlert
          focusClassName={focusClassName}
          error={latest.reloadError}
          id={`${alertId}-reload-error`}
        />
      )}
      {latest.reloadOutcome === 'reloaded' && (
        <ReloadedNotice focusClassName={focusClassName} id={`${alertId}-reloaded`} message={reloadedText} />
      )}
      {latest.reloadOutcome === 'gone' && goneText !== undefined && (
        <div id={`${alertId}-reloaded`} tabIndex={-1} className={focusClassName}>
          <Alert tone="error">{goneText}</Alert>
        </div>
      )}
    </>
  );
}

/** Save (waiting while a save is under way, and off once the record is gone) and, when given, cancel. */
export function SaveActions({
  saving,
  savingText,
  saveText,
  onCancel,
}: {
  saving: SaveState;
  /** Said on the button while the save is under way. */
  savingText: string;
  /** The button's words when not simply "Save". */
  saveText?: string | undefined;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation('common');
  const { mutation, latest } = saving;
  return (
    <div className="form-actions">
      <button
        type="submit"
        className="button"
        disabled={mutation.isPending || latest.reloadOutcome === 'gone'}
      >
        {mutation.isPending ? savingText : (saveText ?? t('actions.save'))}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      )}
    </div>
  );
}

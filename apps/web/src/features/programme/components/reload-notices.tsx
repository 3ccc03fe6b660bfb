/**
 * What loading the latest version after a stale save came to (lib/forms' `useLatestVersion`): it is
 * in the form, under the fields the user changed, or it could not be loaded. Focus is moved here.
 */
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ReloadedNotice } from '../../../components/stale-conflict.tsx';
import type { ReloadOutcome } from '../../../lib/forms/index.ts';

const focusClassName = 'programme-focus-target';

export function ReloadNotices({
  latest,
  alertId,
}: {
  latest: { reloadOutcome: ReloadOutcome; reloadError: unknown };
  /** The id given to `useLatestVersion`, which focus goes to. */
  alertId: string;
}) {
  const { t } = useTranslation('programme_pages');
  return (
    <>
      {latest.reloadOutcome === 'reloaded' && (
        <ReloadedNotice
          id={`${alertId}-reloaded`}
          message={t('step_form.reloaded')}
          focusClassName={focusClassName}
        />
      )}
      {latest.reloadError !== null && (
        <ErrorAlert
          id={`${alertId}-reload-error`}
          error={latest.reloadError}
          focusClassName={focusClassName}
        />
      )}
    </>
  );
}

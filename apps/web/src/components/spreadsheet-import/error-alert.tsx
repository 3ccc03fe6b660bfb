/** An error that focus can be moved to (after a failed apply or save), styled for the import pages. */
import type { ReactNode } from 'react';
import { ErrorAlert as FocusableErrorAlert } from '../error-alert.tsx';

export function ErrorAlert({ error, id, children }: { error: unknown; id?: string; children?: ReactNode }) {
  return (
    <FocusableErrorAlert error={error} id={id} focusClassName="import-focus-target">
      {children}
    </FocusableErrorAlert>
  );
}

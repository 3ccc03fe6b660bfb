/**
 * The frame of every form on a partner's pages: its heading (if any), the error (or the stale-version
 * conflict with its reload button), the fields, and save / cancel. Focus goes to the first field at
 * fault.
 */
import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveActions, SaveAlerts } from '../../../components/form-save.tsx';
import type { FormSave } from '../../../lib/forms/index.ts';

export interface RecordFormProps {
  /** The form's heading; a form that is the page's whole content goes without one. */
  heading?: ReactNode;
  className?: string;
  /** The form's save (useFormSave), and its form element. */
  saving: FormSave;
  formRef: RefObject<HTMLFormElement | null>;
  onCancel: () => void;
  /** Said when the record was removed by someone else meanwhile. */
  goneMessage: string;
  children: ReactNode;
}

export function RecordForm({
  heading,
  className = 'form partner-form',
  saving,
  formRef,
  onCancel,
  goneMessage,
  children,
}: RecordFormProps) {
  const { t } = useTranslation('partner_pages');
  const headingId = useId();
  return (
    <form
      ref={formRef}
      className={className}
      aria-labelledby={heading ? headingId : undefined}
      noValidate
      onSubmit={saving.submit}
    >
      {heading && <h3 id={headingId}>{heading}</h3>}
      <SaveAlerts
        saving={saving}
        focusClassName="partner-focus-target"
        reloadText={t('conflict.reload')}
        keepTypingText={t('conflict.keep_typing')}
        reloadedText={t('conflict.reloaded')}
        goneText={goneMessage}
      />
      {children}
      <SaveActions saving={saving} savingText={t('form.saving')} onCancel={onCancel} />
    </form>
  );
}

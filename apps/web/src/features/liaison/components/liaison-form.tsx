/**
 * The frame of the forms on a unit's page: heading, the error (or the stale-version conflict with its
 * reload button), the fields, and save / cancel. Focus goes to the first field at fault.
 */
import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveActions, SaveAlerts } from '../../../components/form-save.tsx';
import type { FormSave } from '../../../lib/forms/index.ts';

export function LiaisonForm({
  heading,
  saving,
  formRef,
  onCancel,
  reloadedText,
  goneText,
  children,
}: {
  heading: ReactNode;
  /** The form's save (useFormSave), and its form element. */
  saving: FormSave;
  formRef: RefObject<HTMLFormElement | null>;
  onCancel: () => void;
  /** Said once the latest version is loaded under what was typed. */
  reloadedText: string;
  /** Said when the record was removed meanwhile (none for a unit, which is never removed). */
  goneText?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation('liaison');
  const headingId = useId();
  return (
    <form
      ref={formRef}
      className="form liaison-form"
      aria-labelledby={headingId}
      onSubmit={saving.submit}
      noValidate
    >
      <h3 id={headingId}>{heading}</h3>
      <SaveAlerts
        saving={saving}
        focusClassName="liaison-focus-target"
        reloadText={t('conflict.reload')}
        keepTypingText={t('conflict.keep_typing')}
        reloadedText={reloadedText}
        goneText={goneText}
      />
      {children}
      <SaveActions saving={saving} savingText={t('form.saving')} onCancel={onCancel} />
    </form>
  );
}

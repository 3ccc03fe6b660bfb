/**
 * The frame of the programme's forms that change one record (a step, a chosen city, the letterhead):
 * why the save failed, above the fields, and the save button under them. Also the note such a record
 * ends with.
 */
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../components/field.tsx';
import { SaveError } from './save-error.tsx';

export function SaveForm({
  save,
  onReload,
  onSubmit,
  children,
}: {
  /** The form's save: why it failed, whether it is under way. */
  save: { error: unknown; isPending: boolean };
  /** Loads the latest version after someone else saved first. */
  onReload: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}) {
  const { t } = useTranslation(['programme_pages', 'common']);
  return (
    <form onSubmit={onSubmit} noValidate>
      <SaveError error={save.error} onReload={onReload} />
      {children}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('step_form.saving') : t('common:actions.save')}
        </button>
      </div>
    </form>
  );
}

/** The record's free note, with the message under it. */
export function NoteField({
  registration,
  error,
}: {
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const { t } = useTranslation('programme_pages');
  return (
    <Field label={t('step_form.note')} error={error}>
      {(control) => <textarea {...control} rows={3} {...registration} />}
    </Field>
  );
}

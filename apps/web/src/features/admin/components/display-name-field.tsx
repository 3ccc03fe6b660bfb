import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../components/field.tsx';

/** The name a user is shown by, in the create and the edit forms. */
export function DisplayNameField({
  registration,
  error,
}: {
  /** The form's `register('displayName')`. */
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const { t } = useTranslation('admin');
  return (
    <Field label={t('user_form.display_name')} required error={error}>
      {(control) => <input {...control} type="text" autoComplete="off" {...registration} />}
    </Field>
  );
}

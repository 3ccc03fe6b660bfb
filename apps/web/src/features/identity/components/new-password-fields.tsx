import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { PASSWORD_MIN_LENGTH } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';
import type { newPasswordFormFields } from '../utils/account-form-values.ts';

type NewPasswordField = (typeof newPasswordFormFields)[number];

interface NewPasswordFieldsProps {
  /** The form's `register`: the form holds `newPassword` and `confirmPassword`. */
  register: (name: NewPasswordField) => UseFormRegisterReturn;
  /** The form's message under a field. */
  errorOf: (name: NewPasswordField) => string | undefined;
}

/** A new password, typed twice. */
export function NewPasswordFields({ register, errorOf }: NewPasswordFieldsProps) {
  const { t } = useTranslation(['common', 'identity']);
  return (
    <>
      <Field
        label={t('identity:password.new')}
        hint={t('identity:password.rule', { min: PASSWORD_MIN_LENGTH })}
        required
        error={errorOf('newPassword')}
      >
        {(control) => (
          <input {...control} type="password" autoComplete="new-password" {...register('newPassword')} />
        )}
      </Field>
      <Field label={t('identity:password.confirm')} required error={errorOf('confirmPassword')}>
        {(control) => (
          <input {...control} type="password" autoComplete="new-password" {...register('confirmPassword')} />
        )}
      </Field>
    </>
  );
}

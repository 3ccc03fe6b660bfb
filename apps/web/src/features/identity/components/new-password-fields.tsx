import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@bia/contracts';
import { Field } from '../../../components/field.tsx';

interface NewPasswordFieldsProps {
  newPassword: string;
  confirmPassword: string;
  onNewPasswordChange: (value: string) => void;
  onConfirmPasswordChange: (value: string) => void;
  newPasswordError?: string | undefined;
  confirmPasswordError?: string | undefined;
}

/** A new password, typed twice. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation(['common', 'identity']);
  return (
    <>
      <Field
        label={t('identity:password.new')}
        hint={t('identity:password.rule', { min: PASSWORD_MIN_LENGTH })}
        required
        error={props.newPasswordError}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            name="new-password"
            autoComplete="new-password"
            value={props.newPassword}
            onChange={(event) => props.onNewPasswordChange(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('identity:password.confirm')} required error={props.confirmPasswordError}>
        {(control) => (
          <input
            {...control}
            type="password"
            name="confirm-password"
            autoComplete="new-password"
            value={props.confirmPassword}
            onChange={(event) => props.onConfirmPasswordChange(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}

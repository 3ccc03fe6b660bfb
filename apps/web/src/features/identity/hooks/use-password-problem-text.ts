import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@bia/contracts';
import type { NewPasswordProblem } from '../utils/password-rules.ts';

/** The words for a problem found by `checkNewPassword`. */
export function usePasswordProblemText() {
  const { t } = useTranslation(['common', 'errors', 'identity']);
  return (problem: NewPasswordProblem | undefined): string | undefined => {
    switch (problem) {
      case 'required':
        return t('errors:field.required');
      case 'too_short':
        return t('errors:field.too_short', { min: PASSWORD_MIN_LENGTH });
      case 'mismatch':
        return t('identity:password.mismatch');
      default:
        return undefined;
    }
  };
}

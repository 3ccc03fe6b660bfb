import { defineErrors } from '../../shared/errors.ts';

export const identityErrors = defineErrors({
  invalid_credentials: { status: 401, messageKey: 'identity:errors.invalid_credentials' },
  too_many_attempts: { status: 429, messageKey: 'identity:errors.too_many_attempts' },
  token_invalid: { status: 400, messageKey: 'identity:errors.token_invalid' },
  token_expired: { status: 400, messageKey: 'identity:errors.token_expired' },
  token_used: { status: 400, messageKey: 'identity:errors.token_used' },
  wrong_current_password: { status: 400, messageKey: 'identity:errors.wrong_current_password' },
  password_same_as_email: { status: 400, messageKey: 'identity:errors.password_same_as_email' },
  email_taken: { status: 409, messageKey: 'identity:errors.email_taken' },
  scope_required: { status: 400, messageKey: 'identity:errors.scope_required' },
  scope_not_allowed: { status: 400, messageKey: 'identity:errors.scope_not_allowed' },
  unknown_unit: { status: 400, messageKey: 'identity:errors.unknown_unit' },
  cannot_change_own_access: { status: 400, messageKey: 'identity:errors.cannot_change_own_access' },
  user_not_found: { status: 404, messageKey: 'identity:errors.user_not_found' },
});

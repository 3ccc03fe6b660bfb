/** The checks a new password must pass before it is sent; the server checks them again. */
import { PASSWORD_MIN_LENGTH } from '@bia/contracts';

export type NewPasswordProblem = 'required' | 'too_short' | 'mismatch';

export interface NewPasswordProblems {
  newPassword?: Exclude<NewPasswordProblem, 'mismatch'>;
  confirmPassword?: NewPasswordProblem;
}

export function checkNewPassword(newPassword: string, confirmPassword: string): NewPasswordProblems {
  const problems: NewPasswordProblems = {};
  if (newPassword.length === 0) problems.newPassword = 'required';
  else if (newPassword.length < PASSWORD_MIN_LENGTH) problems.newPassword = 'too_short';
  if (confirmPassword.length === 0) problems.confirmPassword = 'required';
  else if (confirmPassword !== newPassword) problems.confirmPassword = 'mismatch';
  return problems;
}

/**
 * The sign-in, password and profile forms' values as typed, and their schemas: the contracts' own
 * (`SignInInputSchema`, `ChangePasswordInputSchema`, …), so the browser checks what the server checks.
 * Two things are the pages' own: an empty box is said to be missing (the contract alone would call an
 * empty address or password invalid, or too short), and a new password is typed twice.
 */
import { z } from 'zod';
import {
  ChangePasswordInputSchema,
  ForgotPasswordInputSchema,
  ResetPasswordInputSchema,
  SignInInputSchema,
  UpdateProfileInputSchema,
} from '@bia/contracts';

/** An e-mail address: required first, then the contract's rule. */
const typedEmail = z.string().trim().min(1).pipe(SignInInputSchema.shape.email);

export interface SignInFormValues {
  email: string;
  password: string;
}

export const signInFormFields = ['email', 'password'] as const satisfies readonly (keyof SignInFormValues)[];

export const signInFormSchema = SignInInputSchema.extend({ email: typedEmail });

export interface ForgotPasswordFormValues {
  email: string;
}

export const forgotPasswordFormSchema = ForgotPasswordInputSchema.extend({ email: typedEmail });

export interface ProfileFormValues {
  displayName: string;
}

/** The display name as the profile takes it: trimmed, and required here (the form changes only it). */
export const profileFormSchema = z.object({
  displayName: UpdateProfileInputSchema.shape.displayName.unwrap(),
});

/** A new password, typed twice. */
export interface NewPasswordFormValues {
  newPassword: string;
  confirmPassword: string;
}

export const newPasswordFormFields = ['newPassword', 'confirmPassword'] as const;

const newPasswordShape = {
  newPassword: z.string().min(1).pipe(ResetPasswordInputSchema.shape.newPassword),
  confirmPassword: z.string().min(1),
};

/** The second box must say what the first says; checked even when the first is at fault too. */
function checkConfirmed(values: NewPasswordFormValues, context: z.RefinementCtx) {
  if (values.confirmPassword !== '' && values.confirmPassword !== values.newPassword) {
    context.addIssue({
      code: 'custom',
      path: ['confirmPassword'],
      params: { messageKey: 'identity:password.mismatch' },
    });
  }
}

/** Setting a password from an e-mailed link: the token is the link's, not typed. */
export const resetPasswordFormSchema = z
  .object(newPasswordShape)
  .superRefine(checkConfirmed)
  .transform(({ newPassword }) => ({ newPassword }));

export interface ChangePasswordFormValues extends NewPasswordFormValues {
  currentPassword: string;
}

export const changePasswordFormFields = [
  'currentPassword',
  ...newPasswordFormFields,
] as const satisfies readonly (keyof ChangePasswordFormValues)[];

export const changePasswordFormSchema = z
  .object({ currentPassword: ChangePasswordInputSchema.shape.currentPassword, ...newPasswordShape })
  .superRefine(checkConfirmed)
  .transform(({ currentPassword, newPassword }) => ({ currentPassword, newPassword }))
  .pipe(ChangePasswordInputSchema);

export const emptyNewPassword: NewPasswordFormValues = { newPassword: '', confirmPassword: '' };

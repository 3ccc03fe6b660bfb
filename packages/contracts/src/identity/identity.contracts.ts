import { z } from 'zod';
import { interfaceLocales } from '@bia/i18n';
import { EmailSchema, pageOf, PageQuerySchema, TimestampSchema } from '../shared/common.ts';
import { PermissionSchema, RoleSchema, ScopeTypeSchema } from './roles.ts';

export const InterfaceLocaleSchema = z.enum(interfaceLocales);

export const PASSWORD_MIN_LENGTH = 10;
export const PasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const RoleGrantSchema = z.object({
  role: RoleSchema,
  scopeType: ScopeTypeSchema.nullable(),
  scopeId: z.string().nullable(),
  /** A readable name of the scope (the unit's name, …), in the viewer's language, when known. */
  scopeLabel: z.string().nullable(),
});
export type RoleGrantView = z.infer<typeof RoleGrantSchema>;

export const CurrentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: InterfaceLocaleSchema,
  roles: z.array(RoleGrantSchema),
  isSample: z.boolean(),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/** What the web app knows about who is signed in. */
export const SessionInfoSchema = z.object({
  user: CurrentUserSchema.nullable(),
  permissions: z.array(PermissionSchema),
  /** Send back as the `X-CSRF-Token` header on every change while signed in. */
  csrfToken: z.string().nullable(),
  isDemoMode: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const SignInInputSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof SignInInputSchema>;

export const ChangePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

export const ForgotPasswordInputSchema = z.strictObject({ email: EmailSchema });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInputSchema>;

/**
 * How the platform's e-mail leaves: kept in the outbox only (no mail server configured: an
 * administrator copies a link from the outbox page), or handed to a mail server (SMTP).
 */
export const MailModeSchema = z.enum(['outbox', 'smtp']);
export type MailMode = z.infer<typeof MailModeSchema>;

/**
 * The answer to a reset request: the same whether the account exists or not, but saying honestly
 * whether links are e-mailed at all.
 */
export const ForgotPasswordAnswerSchema = z.object({ accepted: z.literal(true), mail: MailModeSchema });
export type ForgotPasswordAnswer = z.infer<typeof ForgotPasswordAnswerSchema>;

/** Sets a new password with an e-mailed token (a reset, or accepting an invitation). */
export const ResetPasswordInputSchema = z.strictObject({
  token: z.string().min(16).max(200),
  newPassword: PasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordInputSchema>;

export const UpdateProfileInputSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: InterfaceLocaleSchema.optional(),
});
export type UpdateProfileInput = z.infer<typeof UpdateProfileInputSchema>;

// --- Administration of users -------------------------------------------------------------------

export const RoleGrantInputSchema = z.strictObject({
  role: RoleSchema,
  /** Required for roles with a scope (liaison officer: a unit code; entrepreneur: a business; partners: a partner). */
  scopeId: z.string().trim().min(1).max(100).nullable().optional(),
});
export type RoleGrantInput = z.infer<typeof RoleGrantInputSchema>;

export const CreateUserInputSchema = z.strictObject({
  email: EmailSchema,
  displayName: z.string().trim().min(1).max(200),
  locale: InterfaceLocaleSchema.default('th'),
  roles: z.array(RoleGrantInputSchema).min(1).max(20),
  /** E-mail an invitation to set a password (default), or set the first password now. */
  password: PasswordSchema.optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

export const UpdateUserInputSchema = z.strictObject({
  /** The version the editor saw; a newer stored version means someone else changed the user meanwhile. */
  version: z.number().int().min(1),
  displayName: z.string().trim().min(1).max(200).optional(),
  roles: z.array(RoleGrantInputSchema).min(1).max(20).optional(),
  isActive: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: InterfaceLocaleSchema,
  roles: z.array(RoleGrantSchema),
  isActive: z.boolean(),
  isSample: z.boolean(),
  hasPassword: z.boolean(),
  /** Until when sign-in is refused after too many wrong passwords; null when it is not. */
  signInLockedUntil: TimestampSchema.nullable(),
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;
export const UserPageSchema = pageOf(UserSchema);

/** What became of one e-mail: kept in the outbox only, handed to the mail server, or refused by it. */
export const MailDeliverySchema = z.enum(['outbox', 'sent', 'failed']);
export type MailDelivery = z.infer<typeof MailDeliverySchema>;

/** An invitation (to set a first password) just made: where its e-mail, and so its link, is. */
export const InvitationAnswerSchema = z.object({ delivery: MailDeliverySchema });
export type InvitationAnswer = z.infer<typeof InvitationAnswerSchema>;

/** A user just created, and their invitation (null when a first password was set instead). */
export const CreatedUserSchema = UserSchema.extend({ invitation: InvitationAnswerSchema.nullable() });
export type CreatedUser = z.infer<typeof CreatedUserSchema>;
export type UserPage = z.infer<typeof UserPageSchema>;

export const UserListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: RoleSchema.optional(),
  status: z.enum(['active', 'inactive', 'all']).default('all'),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

// --- Outbox (the audit trail's contracts are in audit/audit.contracts.ts) ----------------------

export const MailMessageSchema = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  subject: z.string(),
  textBody: z.string(),
  status: MailDeliverySchema,
  createdAt: TimestampSchema,
});
export type MailMessage = z.infer<typeof MailMessageSchema>;
export const MailMessagePageSchema = pageOf(MailMessageSchema);
export type MailMessagePage = z.infer<typeof MailMessagePageSchema>;

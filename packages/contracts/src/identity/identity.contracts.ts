import { z } from 'zod';
import { interfaceLocales } from '@bia/i18n';
import { EmailSchema, IsoDateSchema, pageOf, PageQuerySchema, TimestampSchema } from '../shared/common.ts';
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
  version: z.number().int(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;
export const UserPageSchema = pageOf(UserSchema);
export type UserPage = z.infer<typeof UserPageSchema>;

export const UserListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: RoleSchema.optional(),
  status: z.enum(['active', 'inactive', 'all']).default('all'),
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

// --- Audit trail and outbox ----------------------------------------------------------------------

/**
 * What a record was before or after a change, as the trail keeps it: any JSON, null when there is
 * none (before a creation, after a removal). Always sent, so the document lists it as required (an
 * `unknown` alone would be optional there).
 */
const AuditSnapshotSchema = z.unknown().nonoptional();

export const AuditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: TimestampSchema,
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: AuditSnapshotSchema,
  after: AuditSnapshotSchema,
  ipAddress: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditEventPageSchema = pageOf(AuditEventSchema);
export type AuditEventPage = z.infer<typeof AuditEventPageSchema>;

export const AuditQuerySchema = PageQuerySchema.extend({
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(200).optional(),
  actor: z.string().trim().max(254).optional(),
  action: z.string().trim().max(100).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const MailMessageSchema = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  subject: z.string(),
  textBody: z.string(),
  status: z.enum(['outbox', 'sent', 'failed']),
  createdAt: TimestampSchema,
});
export type MailMessage = z.infer<typeof MailMessageSchema>;
export const MailMessagePageSchema = pageOf(MailMessageSchema);
export type MailMessagePage = z.infer<typeof MailMessagePageSchema>;

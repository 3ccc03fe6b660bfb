/**
 * The use case behind `npm run create-admin`: make sure an e-mail address belongs to an active
 * administrator who can sign in. It creates the account, or gives an existing one the admin role
 * (reactivating it if it was deactivated), sets a password when one is given or when the account has
 * none, and records every change in the audit trail with no actor (the change came from the server's
 * console, not from a signed-in person).
 */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { EmailSchema, PASSWORD_MIN_LENGTH, PasswordSchema, type Role } from '@bia/contracts';
import { isInterfaceLocale, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../modules/audit/index.ts';
import { hashPassword } from '../modules/identity/index.ts';
// The CLI is part of the composition layer (like demo/), so it writes the identity tables directly.
import { roleAssignments, sessions, users } from '../modules/identity/identity.schema.ts';
import type { RequestContext } from '../shared/actor.ts';

const ADMIN: Role = 'admin';
/** Who made the change, for the audit trail: nobody signed in, from this machine's console. */
const consoleContext: RequestContext = { actor: null, ipAddress: 'local' };

export interface EnsureAdministratorInput {
  email: string;
  /** Required when the account does not exist yet; ignored otherwise. */
  displayName?: string;
  locale?: string;
  /** Without it, a new account (or one without a password) gets a generated password. */
  password?: string;
}

export type AdministratorOutcome = 'created' | 'promoted' | 'already_admin';

export interface EnsureAdministratorResult {
  userId: string;
  email: string;
  outcome: AdministratorOutcome;
  /** The account was deactivated and is active again. */
  isReactivated: boolean;
  /** A new password was stored (the one given, or the generated one). */
  isPasswordSet: boolean;
  /** The password generated for the account, to show once; null when none was generated. */
  generatedPassword: string | null;
}

/** Input that cannot be used; the CLI shows the problems and exits with code 2. */
export class AdministratorInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AdministratorInputError';
  }
}

/** A strong random password: 24 characters of base64url (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** Checks the input before anything is opened; throws AdministratorInputError listing every problem. */
export function validateAdministratorInput(input: EnsureAdministratorInput): {
  email: string;
  locale: InterfaceLocale;
} {
  const problems: string[] = [];
  const email = EmailSchema.safeParse(input.email);
  if (!email.success) problems.push(`"${input.email}" is not a valid e-mail address.`);
  if (input.password !== undefined) {
    if (!PasswordSchema.safeParse(input.password).success) {
      problems.push(`The password must have between ${PASSWORD_MIN_LENGTH} and 200 characters.`);
    } else if (input.password.trim().toLowerCase() === input.email.trim().toLowerCase()) {
      problems.push('The password must not be the same as the e-mail address.');
    }
  }
  if (input.displayName !== undefined && input.displayName.trim() === '') {
    problems.push('The name must not be empty.');
  }
  const locale = input.locale ?? 'th';
  if (!isInterfaceLocale(locale)) problems.push(`The language must be th or en, not "${locale}".`);
  if (problems.length > 0 || !email.success || !isInterfaceLocale(locale)) {
    throw new AdministratorInputError(problems);
  }
  return { email: email.data, locale };
}

export async function ensureAdministrator(
  db: Db,
  input: EnsureAdministratorInput,
  options: { generatePassword?: () => string } = {},
): Promise<EnsureAdministratorResult> {
  const { email, locale } = validateAdministratorInput(input);
  const [existing] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const displayName = input.displayName?.trim();
  if (!existing && !displayName) {
    throw new AdministratorInputError([`There is no account for ${email} yet: give its name with --name.`]);
  }
  const needsPassword = input.password === undefined && (!existing || !existing.passwordHash);
  const generatedPassword = needsPassword ? (options.generatePassword ?? generatePassword)() : null;
  const newPassword = input.password ?? generatedPassword;
  // scrypt takes a moment: hash before the transaction so it stays short.
  const passwordHash = newPassword === null ? null : await hashPassword(newPassword);

  return db.transaction(async (tx) => {
    if (!existing) {
      const [created] = await tx
        .insert(users)
        .values({ email, displayName: displayName ?? email, locale, passwordHash })
        .returning();
      if (!created) throw new Error('the account was not created');
      const grants = [{ role: ADMIN, scopeType: null, scopeId: null }];
      await tx.insert(roleAssignments).values(grants.map((grant) => ({ userId: created.id, ...grant })));
      await recordAudit(tx, consoleContext, {
        action: 'user.create',
        entityType: 'user',
        entityId: created.id,
        after: { ...snapshotOf(created), roles: grants, via: 'create-admin' },
      });
      return {
        userId: created.id,
        email: created.email,
        outcome: 'created' as const,
        isReactivated: false,
        isPasswordSet: true,
        generatedPassword,
      };
    }

    const beforeGrants = await tx
      .select({
        role: roleAssignments.role,
        scopeType: roleAssignments.scopeType,
        scopeId: roleAssignments.scopeId,
      })
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, existing.id));
    const isAdmin = beforeGrants.some((grant) => grant.role === ADMIN);
    const isReactivated = !existing.isActive;
    if (isAdmin && !isReactivated && passwordHash === null) {
      return {
        userId: existing.id,
        email: existing.email,
        outcome: 'already_admin' as const,
        isReactivated: false,
        isPasswordSet: false,
        generatedPassword: null,
      };
    }
    if (!isAdmin) {
      await tx
        .insert(roleAssignments)
        .values({ userId: existing.id, role: ADMIN, scopeType: null, scopeId: null });
    }
    const [after] = await tx
      .update(users)
      .set({
        isActive: true,
        ...(passwordHash !== null ? { passwordHash, passwordChangedAt: new Date() } : {}),
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, existing.id))
      .returning();
    if (!after) throw new Error('the account was not updated');
    // A new password ends the account's sessions, as a password change does.
    if (passwordHash !== null) await tx.delete(sessions).where(eq(sessions.userId, existing.id));
    const afterGrants = isAdmin
      ? beforeGrants
      : [...beforeGrants, { role: ADMIN, scopeType: null, scopeId: null }];
    await recordAudit(tx, consoleContext, {
      action: 'user.update',
      entityType: 'user',
      entityId: existing.id,
      before: { ...snapshotOf(existing), roles: beforeGrants },
      after: {
        ...snapshotOf(after),
        roles: afterGrants,
        via: 'create-admin',
        ...(passwordHash !== null ? { passwordChanged: true } : {}),
      },
    });
    return {
      userId: existing.id,
      email: existing.email,
      outcome: isAdmin ? ('already_admin' as const) : ('promoted' as const),
      isReactivated,
      isPasswordSet: passwordHash !== null,
      generatedPassword,
    };
  });
}

function snapshotOf(row: typeof users.$inferSelect) {
  return { email: row.email, displayName: row.displayName, isActive: row.isActive, locale: row.locale };
}

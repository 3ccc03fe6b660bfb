/** Administration of accounts: invite or create people, give roles and scopes, deactivate. */
import {
  roleScope,
  type CreatedUser,
  type CreateUserInput,
  type InvitationAnswer,
  type RoleGrantInput,
  type ScopeType,
  type UpdateUserInput,
  type User,
  type UserListQuery,
} from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext, RoleGrant } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, commonErrors, type FieldProblem } from '../../shared/errors.ts';
import { createAudited, recordAudit, updateAudited } from '../audit/index.ts';
import type { AccountService } from './accounts.service.ts';
import { identityErrors } from './identity.errors.ts';
import { presentGrants, presentUser } from './identity.presenter.ts';
import * as repository from './identity.repository.ts';
import { hashPassword } from './password.ts';
import type { ScopeDirectory } from './scope-directory.ts';
import { accountLocks } from './sign-in-lock.ts';

export interface UserServiceDeps {
  db: Db;
  clock: Clock;
  scopes: ScopeDirectory;
  accounts: AccountService;
}

export type UserService = ReturnType<typeof createUserService>;

/** An account with its role grants, as the audit trail keeps it. */
type UserWithGrants = repository.UserRow & { grants: RoleGrant[] };

/** The message for a scope that does not exist, by what the scope is. */
const unknownScope = {
  unit: { code: 'unknown_unit', messageKey: 'identity:errors.unknown_unit' },
  partner: { code: 'unknown_partner', messageKey: 'identity:errors.unknown_partner' },
  business: { code: 'unknown_business', messageKey: 'identity:errors.unknown_business' },
} as const satisfies Record<ScopeType, { code: string; messageKey: string }>;

const audited = {
  entityType: 'user',
  snapshot: (row: UserWithGrants) => ({
    email: row.email,
    displayName: row.displayName,
    isActive: row.isActive,
    locale: row.locale,
    roles: row.grants,
  }),
} as const;

export function createUserService({ db, clock, scopes, accounts }: UserServiceDeps) {
  /** Checks each role's scope: required where the role has one, absent where it has none, existing. */
  async function toGrants(inputs: RoleGrantInput[]): Promise<RoleGrant[]> {
    const problems: FieldProblem[] = [];
    const grants = new Map<string, RoleGrant>();
    for (const [index, input] of inputs.entries()) {
      const scopeType = roleScope[input.role];
      const scopeId = input.scopeId ?? null;
      const path = `roles.${index}.scopeId`;
      if (scopeType && !scopeId) {
        problems.push({ path, code: 'scope_required', messageKey: 'identity:errors.scope_required' });
      } else if (!scopeType && scopeId) {
        problems.push({ path, code: 'scope_not_allowed', messageKey: 'identity:errors.scope_not_allowed' });
      } else if (scopeType && scopeId && !(await scopes.exists(scopeType, scopeId))) {
        problems.push({ path, ...unknownScope[scopeType] });
      } else {
        grants.set(`${input.role}|${scopeId ?? ''}`, {
          role: input.role,
          scopeType: scopeId ? scopeType : null,
          scopeId,
        });
      }
    }
    if (problems.length > 0) throw new AppError(commonErrors.validation_failed, problems);
    return [...grants.values()];
  }

  /** Users as administrators see them: roles with their scopes named, and any sign-in lock. */
  async function presentMany(rows: repository.UserRow[], locale: InterfaceLocale): Promise<User[]> {
    const grants = await repository.grantsOfUsers(
      db,
      rows.map((row) => row.id),
    );
    const views = await presentGrants(
      rows.map((row) => grants.get(row.id) ?? []),
      scopes,
      locale,
    );
    const locks = await accountLocks(
      db,
      rows.map((row) => row.email),
      clock.now(),
    );
    return rows.map((row, index) =>
      presentUser(row, views[index] ?? [], locks.get(row.email.toLowerCase()) ?? null),
    );
  }

  async function present(row: repository.UserRow, locale: InterfaceLocale): Promise<User> {
    const [user] = await presentMany([row], locale);
    if (!user) throw new AppError(identityErrors.user_not_found);
    return user;
  }

  async function findOrFail(id: string): Promise<repository.UserRow> {
    const row = await repository.findUserById(db, id);
    if (!row) throw new AppError(identityErrors.user_not_found);
    return row;
  }

  return {
    async list(query: UserListQuery, locale: InterfaceLocale) {
      const { rows, total } = await repository.listUsers(db, query);
      return {
        items: await presentMany(rows, locale),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(id: string, locale: InterfaceLocale): Promise<User> {
      return present(await findOrFail(id), locale);
    },

    /**
     * Creates an account; without a first password, e-mails an invitation to set one, and says where
     * that e-mail went (the outbox only, the mail server, or refused by it).
     */
    async create(
      input: CreateUserInput,
      context: RequestContext,
      locale: InterfaceLocale,
    ): Promise<CreatedUser> {
      const grants = await toGrants(input.roles);
      if (await repository.findUserByEmail(db, input.email)) {
        throw new AppError(identityErrors.email_taken, [
          { path: 'email', code: 'email_taken', messageKey: 'identity:errors.email_taken' },
        ]);
      }
      if (input.password && input.password.trim().toLowerCase() === input.email.toLowerCase()) {
        throw new AppError(identityErrors.password_same_as_email, [
          {
            path: 'password',
            code: 'password_same_as_email',
            messageKey: 'identity:errors.password_same_as_email',
          },
        ]);
      }
      const passwordHash = input.password ? await hashPassword(input.password) : null;
      const created = await db.transaction(async (tx) =>
        createAudited(tx, context, {
          ...audited,
          action: 'user.create',
          entityId: (row) => row.id,
          insert: async (executor) => {
            const row = await repository.insertUser(executor, {
              email: input.email,
              displayName: input.displayName,
              locale: input.locale,
              passwordHash,
            });
            await repository.replaceGrants(executor, row.id, grants);
            return { ...row, grants };
          },
        }),
      );
      // The invitation is sent after the account is committed (PGlite has one connection: no mail inside the transaction).
      const invitation = passwordHash ? null : { delivery: await accounts.sendInvitation(db, created.id) };
      return { ...(await present(created, locale)), invitation };
    },

    async update(
      actor: Actor,
      id: string,
      input: UpdateUserInput,
      context: RequestContext,
      locale: InterfaceLocale,
    ): Promise<User> {
      const grants = input.roles ? await toGrants(input.roles) : undefined;
      if (id === actor.userId) {
        const keepsAdmin = !grants || grants.some((grant) => grant.role === 'admin');
        if (input.isActive === false || !keepsAdmin)
          throw new AppError(identityErrors.cannot_change_own_access);
      }
      const updated = await db.transaction(async (tx) => {
        const { after } = await updateAudited(tx, context, {
          ...audited,
          action: 'user.update',
          entityId: id,
          expectedVersion: input.version,
          lock: async (executor) => {
            const before = await repository.findUserById(executor, id, { forUpdate: true });
            if (!before) throw new AppError(identityErrors.user_not_found);
            return { ...before, grants: (await repository.grantsOfUsers(executor, [id])).get(id) ?? [] };
          },
          write: async (executor, before) => {
            const saved = await repository.updateUser(executor, id, {
              ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
              ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
              version: before.version + 1,
              updatedAt: clock.now(),
            });
            if (!saved) throw new AppError(identityErrors.user_not_found);
            if (grants) await repository.replaceGrants(executor, id, grants);
            // Roles are read on every request, so new roles apply at once; a deactivated account is signed out.
            if (input.isActive === false) await repository.deleteSessionsOfUser(executor, id);
            return { ...saved, grants: grants ?? before.grants };
          },
        });
        return after;
      });
      return present(updated, locale);
    },

    /** E-mails a new invitation link, and says where that e-mail went. */
    async resendInvitation(id: string, context: RequestContext): Promise<InvitationAnswer> {
      const user = await findOrFail(id);
      const delivery = await accounts.sendInvitation(db, user.id);
      await recordAudit(db, context, { action: 'user.invite', entityType: 'user', entityId: id });
      return { delivery };
    },

    /**
     * Lifts the lock that too many wrong passwords put on an account, before it would end by itself:
     * the failures that made it are forgotten. Audited when there was a lock to lift.
     */
    async unlock(id: string, context: RequestContext, locale: InterfaceLocale): Promise<User> {
      const user = await findOrFail(id);
      const before = await present(user, locale);
      if (before.signInLockedUntil) {
        await db.transaction(async (tx) => {
          await repository.clearFailedSignIns(tx, user.email);
          await recordAudit(tx, context, {
            action: 'user.unlock',
            entityType: 'user',
            entityId: id,
            before: { signInLockedUntil: before.signInLockedUntil },
            after: { signInLockedUntil: null },
          });
        });
      }
      return present(user, locale);
    },
  };
}

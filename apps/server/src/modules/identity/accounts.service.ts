/** A person's own account: profile, password change, and setting a password from an e-mailed link. */
import type {
  ChangePasswordInput,
  ForgotPasswordInput,
  MailDelivery,
  MailMode,
  ResetPasswordInput,
  UpdateProfileInput,
} from '@bia/contracts';
import { isInterfaceLocale, type InterfaceLocale } from '@bia/i18n';
import type { Db } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { translatorFor } from '../../shared/i18n.ts';
import { DAY_MS, HOUR_MS } from '../../shared/time.ts';
import { recordAudit, updateAudited } from '../audit/index.ts';
import type { Mailer } from '../mail/index.ts';
import { identityErrors } from './identity.errors.ts';
import * as repository from './identity.repository.ts';
import type { UserRow } from './identity.repository.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashToken, newSecretToken } from './tokens.ts';

const RESET_TOKEN_HOURS = 1;
export const INVITE_TOKEN_DAYS = 7;

export interface AccountServiceDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

export type AccountService = ReturnType<typeof createAccountService>;

export function createAccountService({ db, clock, mailer, publicUrl }: AccountServiceDeps) {
  function assertPasswordAllowed(password: string, email: string): void {
    if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
      throw new AppError(identityErrors.password_same_as_email, [
        {
          path: 'newPassword',
          code: 'password_same_as_email',
          messageKey: 'identity:errors.password_same_as_email',
        },
      ]);
    }
  }

  async function issueToken(
    executor: Db,
    userId: string,
    purpose: repository.TokenPurpose,
    lifetimeMs: number,
  ) {
    const token = newSecretToken();
    await repository.expireOpenTokens(executor, userId, purpose, clock.now());
    await repository.insertAccountToken(executor, {
      tokenHash: hashToken(token),
      userId,
      purpose,
      expiresAt: new Date(clock.now().getTime() + lifetimeMs),
    });
    return token;
  }

  function localeOf(value: string): InterfaceLocale {
    return isInterfaceLocale(value) ? value : 'th';
  }

  return {
    async updateProfile(actor: Actor, input: UpdateProfileInput, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const lock = async (executor: Db) => {
          const before = await repository.findUserById(executor, actor.userId, { forUpdate: true });
          if (!before) throw new AppError(identityErrors.user_not_found);
          return before;
        };
        const write = (executor: Db, before: UserRow | undefined) =>
          repository.updateUser(executor, actor.userId, {
            ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
            ...(input.locale !== undefined ? { locale: input.locale } : {}),
            version: (before?.version ?? 0) + 1,
            updatedAt: clock.now(),
          });
        if (input.displayName === undefined) {
          // One's own interface language is a personal setting, not a change to a shared record: the
          // trail would fill with every switch of language and say nothing anyone needs.
          await write(tx, await lock(tx));
          return;
        }
        // One's own profile is not edited against a version: the last save wins.
        await updateAudited<UserRow | undefined>(tx, context, {
          action: 'user.update_profile',
          entityType: 'user',
          entityId: actor.userId,
          snapshot: (row) => ({ displayName: row?.displayName }),
          lock,
          write,
        });
      });
    },

    /** Changes the password and ends every other session of the account. */
    async changePassword(actor: Actor, input: ChangePasswordInput, context: RequestContext): Promise<void> {
      const user = await repository.findUserById(db, actor.userId);
      if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
        throw new AppError(identityErrors.wrong_current_password, [
          {
            path: 'currentPassword',
            code: 'wrong_current_password',
            messageKey: 'identity:errors.wrong_current_password',
          },
        ]);
      }
      assertPasswordAllowed(input.newPassword, user.email);
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        await repository.updateUser(tx, user.id, {
          passwordHash,
          passwordChangedAt: clock.now(),
          updatedAt: clock.now(),
        });
        await repository.deleteSessionsOfUser(tx, user.id, actor.sessionId);
        await recordAudit(tx, context, {
          action: 'user.change_password',
          entityType: 'user',
          entityId: user.id,
        });
      });
    },

    /**
     * E-mails a reset link when the account exists and is active (a locked account too: setting a new
     * password is the way out of a lock). Answers the same either way: how links are e-mailed at all.
     */
    async requestPasswordReset(input: ForgotPasswordInput): Promise<MailMode> {
      const user = await repository.findUserByEmail(db, input.email);
      if (!user?.isActive) return mailer.mode;
      const token = await issueToken(db, user.id, 'reset', RESET_TOKEN_HOURS * HOUR_MS);
      const t = translatorFor(localeOf(user.locale));
      await mailer.send({
        to: user.email,
        subject: t('identity:mail.reset_subject'),
        text: t('identity:mail.reset_body', {
          name: user.displayName,
          link: `${publicUrl}/reset-password?token=${token}`,
          hours: RESET_TOKEN_HOURS,
        }),
      });
      return mailer.mode;
    },

    /** E-mails an invitation to set a first password; answers what became of the e-mail. */
    async sendInvitation(executor: Db, userId: string): Promise<MailDelivery> {
      const user = await repository.findUserById(executor, userId);
      if (!user) throw new AppError(identityErrors.user_not_found);
      const token = await issueToken(executor, user.id, 'invite', INVITE_TOKEN_DAYS * DAY_MS);
      const t = translatorFor(localeOf(user.locale));
      return mailer.send({
        to: user.email,
        subject: t('identity:mail.invite_subject'),
        text: t('identity:mail.invite_body', {
          name: user.displayName,
          link: `${publicUrl}/reset-password?token=${token}&invite=1`,
          days: INVITE_TOKEN_DAYS,
        }),
      });
    },

    /**
     * Sets a password from an e-mailed token (reset or invitation); the token works once. The account's
     * failed sign-ins are forgotten with the old password, so a lock ends with it.
     */
    async resetPassword(input: ResetPasswordInput, context: RequestContext): Promise<void> {
      const stored = await repository.findAccountToken(db, hashToken(input.token));
      if (!stored) throw new AppError(identityErrors.token_invalid);
      if (stored.usedAt) throw new AppError(identityErrors.token_used);
      if (stored.expiresAt.getTime() <= clock.now().getTime())
        throw new AppError(identityErrors.token_expired);
      const user = await repository.findUserById(db, stored.userId);
      if (!user?.isActive) throw new AppError(identityErrors.token_invalid);
      assertPasswordAllowed(input.newPassword, user.email);
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        if (!(await repository.consumeAccountToken(tx, stored.id, clock.now()))) {
          throw new AppError(identityErrors.token_used);
        }
        await repository.updateUser(tx, user.id, {
          passwordHash,
          passwordChangedAt: clock.now(),
          updatedAt: clock.now(),
        });
        await repository.deleteSessionsOfUser(tx, user.id);
        await repository.clearFailedSignIns(tx, user.email);
        await recordAudit(
          tx,
          { ...context, actor: null },
          {
            action: stored.purpose === 'invite' ? 'user.accept_invitation' : 'user.reset_password',
            entityType: 'user',
            entityId: user.id,
          },
        );
      });
    },
  };
}

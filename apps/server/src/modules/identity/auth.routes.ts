/** Signing in and out, the current session, and a person's own account. */
import { deleteCookie, setCookie } from 'hono/cookie';
import {
  ChangePasswordInputSchema,
  ForgotPasswordAnswerSchema,
  ForgotPasswordInputSchema,
  ResetPasswordInputSchema,
  SessionInfoSchema,
  SignInInputSchema,
  UpdateProfileInputSchema,
} from '@bia/contracts';
import {
  actorOf,
  createRouter,
  defineRoute,
  jsonAnswer,
  jsonBody,
  requestContext,
} from '../../shared/http.ts';
import type { AccountService } from './accounts.service.ts';
import { presentSession } from './identity.presenter.ts';
import type { ScopeDirectory } from './scope-directory.ts';
import type { SessionService } from './sessions.service.ts';

export const SESSION_COOKIE = 'bia_session';
const tags = ['identity'];
const noContent = { description: 'Done' } as const;

const getSession = defineRoute('public', {
  method: 'get',
  path: '/auth/session',
  tags,
  summary: 'Who is signed in (if anyone), their permissions and the CSRF token',
  responses: { 200: jsonAnswer(SessionInfoSchema, 'The current session') },
});

const signIn = defineRoute('public', {
  method: 'post',
  path: '/auth/sign-in',
  tags,
  summary: 'Sign in with e-mail and password (attempts are limited per account and per address)',
  request: { body: jsonBody(SignInInputSchema) },
  responses: { 200: jsonAnswer(SessionInfoSchema, 'Signed in; the session cookie is set') },
});

const signOut = defineRoute('authenticated', {
  method: 'post',
  path: '/auth/sign-out',
  tags,
  summary: 'End the current session',
  responses: { 204: noContent },
});

const updateProfile = defineRoute('authenticated', {
  method: 'patch',
  path: '/auth/me',
  tags,
  summary: 'Change your own name or interface language',
  request: { body: jsonBody(UpdateProfileInputSchema) },
  responses: { 200: jsonAnswer(SessionInfoSchema, 'The updated session') },
});

const changePassword = defineRoute('authenticated', {
  method: 'post',
  path: '/auth/password/change',
  tags,
  summary: 'Change your password; your other sessions end',
  request: { body: jsonBody(ChangePasswordInputSchema) },
  responses: { 204: noContent },
});

const forgotPassword = defineRoute('public', {
  method: 'post',
  path: '/auth/password/forgot',
  tags,
  summary: 'E-mail a link to set a new password (the answer is the same whether the account exists or not)',
  description:
    '`mail` says how links leave: `smtp` (e-mailed) or `outbox` (no mail server configured: an administrator copies the link from the outbox page).',
  request: { body: jsonBody(ForgotPasswordInputSchema) },
  responses: { 202: jsonAnswer(ForgotPasswordAnswerSchema, 'Accepted') },
});

const resetPassword = defineRoute('public', {
  method: 'post',
  path: '/auth/password/reset',
  tags,
  summary: 'Set a new password with an e-mailed token (password reset or invitation); the token works once',
  request: { body: jsonBody(ResetPasswordInputSchema) },
  responses: { 204: noContent },
});

export function createAuthRoutes(deps: {
  sessions: SessionService;
  accounts: AccountService;
  scopes: ScopeDirectory;
  isSecureCookie: boolean;
  isDemoMode: boolean;
}) {
  const { sessions, accounts, scopes } = deps;
  const sessionInfo = async (
    actor: Parameters<typeof presentSession>[0],
    locale: Parameters<typeof presentSession>[2]['locale'],
  ) => {
    const isSample = await sessions.isSampleAccount(actor);
    return presentSession(actor, isSample, { scopes, locale, isDemoMode: deps.isDemoMode });
  };

  return createRouter()
    .openapi(getSession, async (c) => c.json(await sessionInfo(c.get('actor'), c.get('locale')), 200))
    .openapi(signIn, async (c) => {
      const { token, actor } = await sessions.signIn(c.req.valid('json'), {
        ipAddress: c.get('ipAddress'),
        userAgent: c.req.header('user-agent') ?? null,
      });
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.isSecureCookie,
        path: '/',
      });
      return c.json(await sessionInfo(actor, actor.locale), 200);
    })
    .openapi(signOut, async (c) => {
      await sessions.signOut(actorOf(c));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(updateProfile, async (c) => {
      const actor = actorOf(c);
      const input = c.req.valid('json');
      await accounts.updateProfile(actor, input, requestContext(c));
      const updated = {
        ...actor,
        displayName: input.displayName ?? actor.displayName,
        locale: input.locale ?? actor.locale,
      };
      return c.json(await sessionInfo(updated, updated.locale), 200);
    })
    .openapi(changePassword, async (c) => {
      await accounts.changePassword(actorOf(c), c.req.valid('json'), requestContext(c));
      return c.body(null, 204);
    })
    .openapi(forgotPassword, async (c) => {
      const mail = await accounts.requestPasswordReset(c.req.valid('json'));
      return c.json({ accepted: true as const, mail }, 202);
    })
    .openapi(resetPassword, async (c) => {
      await accounts.resetPassword(c.req.valid('json'), requestContext(c));
      return c.body(null, 204);
    });
}

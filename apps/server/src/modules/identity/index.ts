/** Identity: accounts, roles and scopes, sessions, passwords, invitations. */
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createRouter } from '../../shared/http.ts';
import type { Mailer } from '../mail/index.ts';
import { createAccountService } from './accounts.service.ts';
import { createAuthRoutes } from './auth.routes.ts';
import type { ScopeDirectory } from './scope-directory.ts';
import { createSessionService } from './sessions.service.ts';
import { createUserRoutes } from './users.routes.ts';
import { createUserService } from './users.service.ts';

export { SESSION_COOKIE } from './auth.routes.ts';
export type { ScopeDirectory } from './scope-directory.ts';
export { hashPassword } from './password.ts';
export { createIdentityAuditDirectory } from './users.audit-directory.ts';
// Whom the outcomes' follow-up rounds mail: the entrepreneurs keeping each business.
export { accountsScopedTo, activeUsersHoldingRole } from './identity.repository.ts';
export { pruneIdentityRecords, type IdentityPruneCounts } from './identity.housekeeping.ts';
// Who the officers counted for KPI 3.2.1 are (the learning module's training records).
export {
  activeHoldersOfRole,
  activeScopedHoldersOfRole,
  activeUsersByEmails,
  activeUsersByIds,
  type PersonRead,
} from './people.read.ts';

export interface IdentityModuleDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  scopes: ScopeDirectory;
  sessionIdleHours: number;
  publicUrl: string;
  isSecureCookie: boolean;
  isDemoMode: boolean;
}

export function createIdentityModule(deps: IdentityModuleDeps) {
  const sessions = createSessionService(deps);
  const accounts = createAccountService(deps);
  const users = createUserService({ db: deps.db, clock: deps.clock, scopes: deps.scopes, accounts });
  const routes = createRouter()
    .route(
      '/',
      createAuthRoutes({
        sessions,
        accounts,
        scopes: deps.scopes,
        isSecureCookie: deps.isSecureCookie,
        isDemoMode: deps.isDemoMode,
      }),
    )
    .route('/', createUserRoutes({ users }));
  return { sessions, accounts, users, routes };
}
export { hashToken, newSecretToken } from './tokens.ts';

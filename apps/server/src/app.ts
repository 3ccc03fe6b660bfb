/**
 * The HTTP application: security headers, language, body limits, who is asking, the cross-site
 * request check, every module's routes, the API reference, the web app, and one error handler.
 */
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isInterfaceLocale, localeFromAcceptLanguage } from '@bia/i18n';
import type { Env } from './config/env.ts';
import type { Database } from './db/client.ts';
import { combineAuditRecordDirectories, createAuditModule } from './modules/audit/index.ts';
import {
  createBusinessScopeDirectory,
  createCatalogueAuditDirectory,
  createCatalogueModule,
} from './modules/catalogue/index.ts';
import { createMailRoutes, type Mailer } from './modules/mail/index.ts';
import { createCoordinationAuditDirectory, createCoordinationModule } from './modules/coordination/index.ts';
import { createImpactsAuditDirectory, createImpactsModule } from './modules/impacts/index.ts';
import {
  accountsScopedTo,
  createIdentityAuditDirectory,
  createIdentityModule,
  SESSION_COOKIE,
} from './modules/identity/index.ts';
import { createLiaisonAuditDirectory, createLiaisonModule } from './modules/liaison/index.ts';
import {
  createLearningAuditDirectory,
  createLearningModule,
  officersDevelopedOfYear,
} from './modules/learning/index.ts';
import {
  combineScopeDirectories,
  createPartnersAuditDirectory,
  createPartnersModule,
  listActivityPlanFacts,
  partnersNamed,
} from './modules/partners/index.ts';
import {
  createProgrammeAuditDirectory,
  createProgrammeModule,
  programmeParticipation,
  sessionsOfBusiness,
} from './modules/programme/index.ts';
import {
  createFollowUpRoundsAuditDirectory,
  createOutcomesAuditDirectory,
  createOutcomesModule,
  outcomeRecordsOfBusiness,
  planLevelOfYear,
} from './modules/outcomes/index.ts';
import {
  createPlanVersionsAuditDirectory,
  createStrategyModule,
  createStrategyRoundsAuditDirectory,
} from './modules/strategy/index.ts';
import { createSystemRoutes } from './modules/system/system.routes.ts';
import type { Clock } from './shared/clock.ts';
import { createErrorHandler } from './shared/error-handler.ts';
import { AppError, commonErrors } from './shared/errors.ts';
import { apiBodyLimit, createRouter } from './shared/http.ts';
import type { Logger } from './shared/logger.ts';
import { mountApiReference } from './shared/api-reference.ts';
import { mountWebApp } from './shared/web-app.ts';

export const LOCALE_COOKIE = 'bia_locale';
export const CSRF_HEADER = 'x-csrf-token';
const PLATFORM_VERSION = '0.1.0';

export interface AppDeps {
  env: Env;
  database: Database;
  clock: Clock;
  mailer: Mailer;
  logger: Logger;
  /** Folder of the built web app; not served when absent (API-only tests). */
  webDistDir?: string;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createApp(deps: AppDeps) {
  const { env, database, clock, logger } = deps;
  const liaison = createLiaisonModule({ db: database.db, clock });
  // A partner city taking part in the trade programme is not dormant: the programme says when it does.
  const partners = createPartnersModule({ db: database.db, clock, participation: programmeParticipation });
  const identity = createIdentityModule({
    db: database.db,
    scopes: combineScopeDirectories(
      liaison.scopes,
      partners.scopes,
      createBusinessScopeDirectory(database.db),
    ),
    clock,
    mailer: deps.mailer,
    sessionIdleHours: env.SESSION_IDLE_HOURS,
    publicUrl: env.publicUrl,
    isSecureCookie: env.isSecureCookie,
    isDemoMode: env.DEMO_MODE,
  });
  // Inviting an entrepreneur creates their account through identity's own invitation.
  const catalogue = createCatalogueModule({
    db: database.db,
    clock,
    invitations: identity.users,
    // What the modules built on the catalogue record of a business, asked before it is deleted.
    businessUses: {
      sessions: sessionsOfBusiness,
      accounts: (db, id) => accountsScopedTo(db, 'business', id),
      outcomes: outcomeRecordsOfBusiness,
    },
  });

  const app = createRouter();
  app.onError(createErrorHandler(logger));

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'strict-origin-when-cross-origin',
      xContentTypeOptions: 'nosniff',
    }),
  );

  // Who is asking, and in which language to answer.
  app.use('/api/*', async (c, next) => {
    c.set('ipAddress', clientAddress(c, env.TRUST_PROXY));
    const actor = await identity.sessions.resolve(getCookie(c, SESSION_COOKIE));
    c.set('actor', actor);
    const cookieLocale = getCookie(c, LOCALE_COOKIE);
    c.set(
      'locale',
      actor?.locale ??
        (isInterfaceLocale(cookieLocale)
          ? cookieLocale
          : localeFromAcceptLanguage(c.req.header('accept-language'))),
    );
    await next();
  });

  // Bodies over MAX_BODY_BYTES are refused, except a signed-in actor's to a route that declares its
  // own limit (an upload: a partner's document, a product photo, a programme step's document), which
  // that route applies.
  app.use('/api/*', apiBodyLimit(env.MAX_BODY_BYTES));

  // Cross-site request forgery: a change must come from our own origin, and, when signed in, carry
  // the session's token in a header that another site cannot read or set.
  app.use('/api/*', async (c, next) => {
    if (unsafeMethods.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(env.publicUrl).origin && origin !== new URL(c.req.url).origin) {
        throw new AppError(commonErrors.csrf_failed);
      }
      const actor = c.get('actor');
      if (actor && c.req.header(CSRF_HEADER) !== actor.csrfToken)
        throw new AppError(commonErrors.csrf_failed);
    }
    await next();
  });

  app.route('/api', createSystemRoutes({ database, platformVersion: PLATFORM_VERSION }));
  app.route('/api', identity.routes);
  app.route('/api', liaison.routes);
  app.route('/api', partners.routes);
  app.route('/api', catalogue.routes);
  app.route(
    '/api',
    createProgrammeModule({
      db: database.db,
      clock,
      publicUrl: env.publicUrl,
      mailFrom: env.MAIL_FROM,
      mailer: deps.mailer,
    }).routes,
  );
  app.route(
    '/api',
    createOutcomesModule({
      db: database.db,
      clock,
      publicUrl: env.publicUrl,
      mailFrom: env.MAIL_FROM,
      mailer: deps.mailer,
    }).routes,
  );
  const strategy = createStrategyModule({
    db: database.db,
    clock,
    // KPIs 1.3.1 and 2.3.1 are computed from the partner activities, KPI 1.1.1 from the deals,
    // KPI 3.2.1 from the officers' training records (decision 0058).
    activityFacts: (period) => listActivityPlanFacts(database.db, period),
    partnerNames: (ids) => partnersNamed(database.db, ids),
    planLevelOfYear: (fiscalYear, options) =>
      planLevelOfYear({ db: database.db, clock }, fiscalYear, options),
    officersDeveloped: (fiscalYear, options) => officersDevelopedOfYear(database.db, fiscalYear, options),
    liaisonCoverage: () => liaison.service.coverage(),
  });
  app.route('/api', strategy.routes);
  app.route(
    '/api',
    createLearningModule({
      db: database.db,
      clock,
      publicUrl: env.publicUrl,
      mailer: deps.mailer,
      // The plan's yearly target of KPI 3.2.1, for the share of officers developed (decision 0058).
      kpiTarget: async (code, fiscalYear) =>
        (await strategy.service.kpi(code, 'th')).placed.kpi.targets.find(
          (target) => target.fiscal_year === fiscalYear,
        )?.value ?? null,
      // Registering a person by e-mail, and mailing one who moved up from the waiting list.
      people: {
        async findByEmail(email) {
          const found = await identity.users.list({ q: email, status: 'all', page: 1, pageSize: 20 }, 'th');
          return found.items.find((user) => user.email.toLowerCase() === email.toLowerCase()) ?? null;
        },
        findById: (id) => identity.users.get(id, 'th').catch(() => null),
      },
    }).routes,
  );
  // Coordination requests between the units and the IAO (issue 16, decision 0054).
  const coordination = createCoordinationModule({
    db: database.db,
    clock,
    mailer: deps.mailer,
    publicUrl: env.publicUrl,
  });
  app.route('/api', coordination.routes);
  // The impact register (issue 16): the IAO turns an impact or a duty into a coordination request.
  app.route(
    '/api',
    createImpactsModule({
      db: database.db,
      clock,
      publicUrl: env.publicUrl,
      requests: {
        open: async (context, actor, request) => ({
          id: await coordination.service.open(
            actor,
            {
              subject: request.subject,
              details: request.need,
              fromUnitCode: request.fromUnitCode,
              toUnitCode: request.toUnitCode,
              dueDate: request.dueOn,
              urgency: request.urgency,
              handledBy: request.handling === 'needs_iao' ? 'iao' : 'unit',
            },
            context,
          ),
        }),
      },
    }).routes,
  );
  app.route('/api', createMailRoutes({ db: database.db }));
  // The audit list names each record through the module that owns it.
  app.route(
    '/api',
    createAuditModule({
      db: database.db,
      records: combineAuditRecordDirectories(
        createIdentityAuditDirectory(database.db),
        createLiaisonAuditDirectory(database.db),
        createPartnersAuditDirectory(database.db),
        createCatalogueAuditDirectory(database.db),
        createProgrammeAuditDirectory(database.db),
        createOutcomesAuditDirectory(database.db),
        createFollowUpRoundsAuditDirectory(database.db),
        createStrategyRoundsAuditDirectory(database.db),
        createPlanVersionsAuditDirectory(database.db),
        createImpactsAuditDirectory(database.db),
        createCoordinationAuditDirectory(database.db),
        createLearningAuditDirectory(database.db),
      ),
    }).routes,
  );

  mountApiReference(app, { version: PLATFORM_VERSION });
  app.all('/api/*', () => {
    throw new AppError(commonErrors.route_not_found);
  });
  if (deps.webDistDir) mountWebApp(app, deps.webDistDir);
  return app;
}

export type App = ReturnType<typeof createApp>;

function clientAddress(c: Parameters<typeof getConnInfo>[0], trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'local';
  }
}

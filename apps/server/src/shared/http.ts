/**
 * The building blocks every module's routes use: the request context's variables, `defineRoute`
 * (an OpenAPI route that must declare its permission), and body and answer helpers.
 */
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ErrorResponseSchema, type Permission } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { can, type Actor, type RequestContext } from './actor.ts';
import { AppError, commonErrors } from './errors.ts';
import { validationError } from './validation.ts';

export interface AppEnv {
  Variables: {
    actor: Actor | null;
    locale: InterfaceLocale;
    ipAddress: string;
  };
}

/** A router for one module; validation failures become translated `validation_failed` answers. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}

/** Refuses the request unless the actor holds the permission; `public` lets anyone through. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission !== 'public') {
      const actor = c.get('actor');
      if (!actor) throw new AppError(commonErrors.unauthenticated);
      if (!can(actor, permission)) throw new AppError(commonErrors.forbidden);
    }
    await next();
  };
}

const errorAnswer = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorResponseSchema } },
});

/**
 * An API route. The permission is required, enforced before anything else runs (even validation),
 * and written into the OpenAPI document as `x-permission`; a test fails if any API route lacks one.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(
  permission: Permission,
  route: R,
) {
  return createRoute({
    ...route,
    middleware: [requirePermission(permission)],
    'x-permission': permission,
    responses: {
      ...route.responses,
      400: errorAnswer('Invalid request: the fields at fault are listed'),
      ...(permission === 'public'
        ? {}
        : { 401: errorAnswer('Not signed in'), 403: errorAnswer('Not permitted') }),
    },
  });
}

/** A required JSON body described by a schema. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true } as const;
}

/** A JSON answer described by a schema. */
export function jsonAnswer<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

/** Who is asking, for services and the audit trail. */
export function requestContext(c: {
  get(key: 'actor'): Actor | null;
  get(key: 'ipAddress'): string;
}): RequestContext {
  return { actor: c.get('actor'), ipAddress: c.get('ipAddress') };
}

/** The actor of a route that requires a permission (so an actor is certain to be there). */
export function actorOf(c: { get(key: 'actor'): Actor | null }): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError(commonErrors.unauthenticated);
  return actor;
}

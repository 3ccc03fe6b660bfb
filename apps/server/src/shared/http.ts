/**
 * The building blocks every module's routes use: the request context's variables, `defineRoute`
 * (an OpenAPI route that must declare its permission, and may declare its own body limit), the body
 * limit of the API, and body and answer helpers (a file to download among them).
 */
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { matchedRoutes } from 'hono/route';
import type { z } from 'zod';
import { ErrorResponseSchema, type Permission } from '@bia/contracts';
import type { InterfaceLocale } from '@bia/i18n';
import { can, type Actor, type RequestContext } from './actor.ts';
import { AppError, commonErrors } from './errors.ts';
import { attachmentDisposition } from './file-names.ts';
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
 * A route's own body limit, for a signed-in actor (an upload): the largest body it takes and the
 * error it answers above that (413 `body_too_large` unless told). A signed-out request keeps the
 * API's limit, MAX_BODY_BYTES: no one unknown may make the server read a large body.
 */
export interface BodyLimit {
  maxBytes: number;
  tooLarge?: () => AppError;
}

/** Room for the multipart envelope (boundaries, the other fields) around a file of the largest size. */
export const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;

/** The body limit of a route that takes one file of at most `maxFileBytes`, in a multipart form. */
export function uploadBodyLimit(maxFileBytes: number, tooLarge: () => AppError): BodyLimit {
  return { maxBytes: maxFileBytes + MULTIPART_ALLOWANCE_BYTES, tooLarge };
}

const bodyTooLarge = () => new AppError(commonErrors.body_too_large);

/** The middleware of routes that declare their own body limit, so `apiBodyLimit` can tell them. */
const routeBodyLimits = new WeakSet<MiddlewareHandler<AppEnv>>();

/** Applies a route's own body limit to a signed-in actor (`apiBodyLimit` has let the body through). */
function routeBodyLimit({ maxBytes, tooLarge = bodyTooLarge }: BodyLimit): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  const middleware: MiddlewareHandler<AppEnv> = (c, next) => (c.get('actor') ? limit(c, next) : next());
  routeBodyLimits.add(middleware);
  return middleware;
}

/**
 * Whether the route that will answer the request declares its own body limit. The first handler
 * matched for the request's method (after the middleware of every method, `ALL`) begins the route
 * that answers, and a route that declares a limit has it as its first handler.
 */
function hasOwnBodyLimit(c: Context): boolean {
  const route = matchedRoutes(c).find((matched) => matched.method !== 'ALL');
  return route !== undefined && routeBodyLimits.has(route.handler);
}

/**
 * The API's body limit: `maxBytes` (MAX_BODY_BYTES) for every request, except a signed-in actor's to
 * a route that declares its own limit (`defineRoute(…, { bodyLimit })`), which that route applies.
 * Runs once the actor is known.
 */
export function apiBodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw bodyTooLarge();
    },
  });
  return (c, next) => (c.get('actor') && hasOwnBodyLimit(c) ? next() : limit(c, next));
}

/**
 * An API route. The permission is required, enforced before the route's own code runs (even
 * validation), and written into the OpenAPI document as `x-permission`; a test fails if any API route
 * lacks one. A route that takes more than MAX_BODY_BYTES (an upload) declares its own `bodyLimit`,
 * checked just before the permission, as the API's limit is.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'> & { bodyLimit?: BodyLimit }>(
  permission: Permission,
  { bodyLimit: ownBodyLimit, ...route }: R,
) {
  return createRoute({
    ...route,
    middleware: [...(ownBodyLimit ? [routeBodyLimit(ownBodyLimit)] : []), requirePermission(permission)],
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

/** A page of a list as the API answers it: its items, how many there are in all, and which page it is. */
export function pageAnswer<T>(items: T[], total: number, query: { page: number; pageSize: number }) {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** A file a route answers: its bytes, its media type and the name it is saved under. */
export interface FileToAnswer {
  content: Uint8Array;
  mediaType: string;
  fileName: string;
}

/**
 * Answers a file to download: with its exact length, never sniffed as another type, and kept by no
 * cache (every file is someone's data, read with their permission). The name goes in
 * `Content-Disposition` as `attachmentDisposition` writes it, unless the route names another way.
 */
export function fileAnswer(
  c: Context,
  file: FileToAnswer,
  disposition: (fileName: string) => string = attachmentDisposition,
) {
  return c.body(new Uint8Array(file.content), 200, {
    'content-type': file.mediaType,
    'content-length': String(file.content.byteLength),
    'content-disposition': disposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
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

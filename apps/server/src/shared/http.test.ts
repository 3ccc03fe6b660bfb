/**
 * Body limits: the API's own (MAX_BODY_BYTES) and a route's declared one, on a small app built from the
 * same pieces as the platform's (the actor is set first, then the API's limit, then the routes).
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { AppError, defineErrors } from './errors.ts';
import { apiBodyLimit, createRouter, defineRoute, jsonAnswer, uploadBodyLimit } from './http.ts';

const API_LIMIT = 1_000;
const FILE_LIMIT = 4_000;
const testErrors = defineErrors({
  file_too_large: { status: 413, messageKey: 'errors:body_too_large' },
});

const textBody = { content: { 'text/plain': { schema: z.string() } }, required: true } as const;
const received = { 200: jsonAnswer(z.object({ bytes: z.number() }), 'The length of the body') };

const upload = defineRoute('public', {
  method: 'post',
  path: '/upload',
  bodyLimit: uploadBodyLimit(FILE_LIMIT, () => new AppError(testErrors.file_too_large)),
  request: { body: textBody },
  responses: received,
});
const plain = defineRoute('public', {
  method: 'post',
  path: '/plain',
  request: { body: textBody },
  responses: received,
});

const actor: Actor = {
  userId: 'a0000000-0000-4000-8000-000000000001',
  email: 'officer@test.bia.invalid',
  displayName: 'Officer',
  locale: 'en',
  grants: [],
  permissions: new Set(),
  sessionId: 'session',
  csrfToken: 'csrf',
};

function buildApp({ isSignedIn }: { isSignedIn: boolean }) {
  const app = createRouter();
  app.onError((error, c) =>
    error instanceof AppError
      ? c.json({ code: error.definition.code }, error.definition.status)
      : c.json({ code: 'unexpected' }, 500),
  );
  app.use('*', async (c, next) => {
    c.set('actor', isSignedIn ? actor : null);
    await next();
  });
  app.use('*', apiBodyLimit(API_LIMIT));
  return app
    .openapi(upload, async (c) => c.json({ bytes: (await c.req.text()).length }, 200))
    .openapi(plain, async (c) => c.json({ bytes: (await c.req.text()).length }, 200));
}

async function post(
  path: string,
  bytes: number,
  { isSignedIn, hasLength = false }: { isSignedIn: boolean; hasLength?: boolean },
) {
  const response = await buildApp({ isSignedIn }).request(path, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...(hasLength ? { 'content-length': String(bytes) } : {}) },
    body: 'x'.repeat(bytes),
  });
  return { status: response.status, body: (await response.json()) as { code?: string; bytes?: number } };
}

describe('body limits', () => {
  it.each([false, true])(
    'lets a signed-in actor send a route more than the API limit, up to the route’s own (length sent: %s)',
    async (hasLength) => {
      const response = await post('/upload', FILE_LIMIT + 2 * API_LIMIT, { isSignedIn: true, hasLength });
      expect(response).toEqual({ status: 200, body: { bytes: FILE_LIMIT + 2 * API_LIMIT } });
    },
  );

  it.each([false, true])(
    'refuses a body over the route’s own limit with the route’s error (length sent: %s)',
    async (hasLength) => {
      const tooLarge = FILE_LIMIT + 64 * 1024 + 1;
      const response = await post('/upload', tooLarge, { isSignedIn: true, hasLength });
      expect(response).toEqual({ status: 413, body: { code: 'file_too_large' } });
    },
  );

  it('keeps the API limit for a signed-out request to a route with its own', async () => {
    const response = await post('/upload', API_LIMIT + 1, { isSignedIn: false });
    expect(response).toEqual({ status: 413, body: { code: 'body_too_large' } });
  });

  it('keeps the API limit for a route that declares none', async () => {
    const response = await post('/plain', API_LIMIT + 1, { isSignedIn: true });
    expect(response).toEqual({ status: 413, body: { code: 'body_too_large' } });
  });

  it('keeps the API limit for a path no route answers', async () => {
    const response = await post('/nothing-here', API_LIMIT + 1, { isSignedIn: true });
    expect(response).toEqual({ status: 413, body: { code: 'body_too_large' } });
  });

  it('lets a body within the API limit through everywhere', async () => {
    expect(await post('/plain', API_LIMIT, { isSignedIn: false })).toEqual({
      status: 200,
      body: { bytes: API_LIMIT },
    });
  });

  it('keeps the body limit out of the route’s OpenAPI description', () => {
    expect(upload).not.toHaveProperty('bodyLimit');
  });
});

/**
 * The OpenAPI document of every API route and a readable reference page for it, served from the
 * swagger-ui-dist package on this server (no CDN), so it works offline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter, defineRoute, jsonAnswer, type AppEnv } from './http.ts';

const require = createRequire(import.meta.url);
const swaggerDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const swaggerFiles = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;

const openApiDocument = defineRoute('public', {
  method: 'get',
  path: '/openapi.json',
  tags: ['system'],
  summary: 'This OpenAPI document',
  responses: { 200: jsonAnswer(z.record(z.string(), z.unknown()), 'OpenAPI 3.1 document') },
});

export function openApiConfig(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bangkok International Affairs Platform API',
      version,
      description:
        'Every route declares the permission it needs as `x-permission` (`public` needs no sign-in). ' +
        "Changes made while signed in must send the session's CSRF token as the `X-CSRF-Token` header. " +
        "Errors answer `{ error: { code, message, fields? } }` with the message in the requester's language.",
    },
  };
}

export function mountApiReference(app: OpenAPIHono<AppEnv>, { version }: { version: string }): void {
  // The routes are fixed once the app is built, so the document is built once, on its first request
  // (building it walks every route's schemas: about a second on a busy two-core machine).
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.route(
    '/api',
    createRouter().openapi(openApiDocument, (c) => {
      document ??= app.getOpenAPI31Document(openApiConfig(version));
      return c.json(document, 200);
    }),
  );

  app.get('/api/docs', (c) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
    );
    return c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference — Bangkok International Affairs Platform</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="api-reference"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/start.js"></script></body></html>`);
  });
  app.get('/api/docs/assets/start.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(
      "window.SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api-reference', deepLinking: true, docExpansion: 'none' });",
    );
  });
  app.get('/api/docs/assets/:file', (c) => {
    const file = c.req.param('file');
    if (!Object.hasOwn(swaggerFiles, file)) return c.notFound();
    c.header('Content-Type', swaggerFiles[file as keyof typeof swaggerFiles]);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(fs.readFileSync(path.join(swaggerDir, file)));
  });
}

/** API routes that are deliberately not in the OpenAPI document: the reference page and its files (public). */
export const undocumentedPublicApiPaths = [
  '/api/docs',
  '/api/docs/assets/start.js',
  '/api/docs/assets/:file',
];

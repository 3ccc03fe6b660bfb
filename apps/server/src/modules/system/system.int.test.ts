import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { undocumentedPublicApiPaths } from '../../shared/api-reference.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('system', () => {
  it('reports health with the database kind and version', async () => {
    const response = await t
      .anonymous()
      .get<{ status: string; database: { kind: string; version: string } }>('/api/health');
    expect(response.status).toBe(200);
    expect(response.body.database.kind).toBe(process.env.TEST_DATABASE);
    expect(response.body.database.version).toMatch(/^1[5-9]/);
  });

  it('declares a permission on every API route', async () => {
    const response = await t
      .anonymous()
      .get<{ paths: Record<string, Record<string, { 'x-permission'?: string }>> }>('/api/openapi.json');
    expect(response.status).toBe(200);
    const documented = new Map<string, string | undefined>();
    for (const [path, operations] of Object.entries(response.body.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        documented.set(
          `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
          operation['x-permission'],
        );
      }
    }
    const withoutPermission = [...documented].filter(([, permission]) => !permission).map(([route]) => route);
    expect(withoutPermission).toEqual([]);

    // Every handler the app registers under /api is either documented (with its permission) or a
    // deliberately public page of the API reference.
    const registered = t.app.routes
      .filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path}`);
    const undeclared = registered.filter(
      (route) =>
        !documented.has(route) && !undocumentedPublicApiPaths.some((path) => route === `GET ${path}`),
    );
    expect(undeclared).toEqual([]);
    expect(documented.size).toBeGreaterThan(5);
  });

  it('answers an unknown API route with a translated 404', async () => {
    const response = await t
      .anonymous()
      .get<{ error: { code: string; message: string } }>('/api/nothing-here', {
        'accept-language': 'en',
      });
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual({
      code: 'route_not_found',
      message: 'There is no such API route.',
      messageKey: 'errors:route_not_found',
    });
  });

  it('sets security headers', async () => {
    const response = await t.anonymous().get('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

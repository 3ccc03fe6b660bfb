import { expect, expectNoAccessibilityViolations, signIn, test } from './support/fixtures.ts';

test('the platform answers its health check on PGlite', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', database: { kind: 'pglite' } });
});

test('the API reference page renders the API title', async ({ page }) => {
  await page.goto('/api/docs');
  await expect(page).toHaveTitle(/Bangkok International Affairs Platform/);
  // Swagger UI draws the OpenAPI document's title once it has loaded and resolved /api/openapi.json
  // (about 500 KB for some 200 routes): 4.5 s on an idle two-core machine, 16 s under CI's load.
  await expect(page.getByRole('heading', { name: /Bangkok International Affairs Platform API/ })).toBeVisible(
    { timeout: 45_000 },
  );
});

test('the harness: a user made through the API signs in on the sign-in page, which passes axe', async ({
  page,
  users,
}) => {
  const officer = await users.create('liaison_officer');
  await page.goto('/sign-in');
  await expectNoAccessibilityViolations(page);
  await signIn(page, officer.email, officer.password);
  const session = await page.request.get('/api/auth/session');
  expect(await session.json()).toMatchObject({ user: { email: officer.email } });
});

/**
 * What every journey imports instead of `@playwright/test`:
 *
 *   import { expect, test, signIn, expectNoAccessibilityViolations } from './support/fixtures.ts';
 *
 *   test('an officer edits a unit', async ({ page, admin, users }) => {
 *     const officer = await users.create('iao_officer');
 *     await signIn(page, officer.email, officer.password);
 *     …
 *     await expectNoAccessibilityViolations(page);
 *   });
 *
 * - `admin`: the credentials of the administrator created before the platform started;
 * - `users.create(role, options)`: a new account with that role, made through the API as the admin
 *   (POST /api/users), with a known password and a unique e-mail address;
 * - `signIn(page, email, password)`: signs in through the sign-in page, as a person would;
 * - `expectNoAccessibilityViolations(page)`: axe-core on the current page; fails on serious or critical
 *   violations of WCAG 2.1 A and AA.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Role, SessionInfo, User } from '@bia/contracts';
import enIdentity from '../../packages/i18n/locales/en/identity.json' with { type: 'json' };
import thIdentity from '../../packages/i18n/locales/th/identity.json' with { type: 'json' };
import { E2E_USER_PASSWORD, e2eAdmin, type Credentials } from './environment.ts';

export { expect };

/** A unit that exists in the reference data (Phra Nakhon district office), for roles scoped to a unit. */
export const E2E_UNIT_CODE = '1001';

const defaultScope: Partial<Record<Role, string>> = {
  liaison_officer: E2E_UNIT_CODE,
  entrepreneur: 'e2e-business',
  partner_coordinator: 'e2e-partner',
  partner_buyer: 'e2e-partner',
};

export interface CreatedUser extends Credentials {
  id: string;
  displayName: string;
  role: Role;
}

export interface CreateUserOptions {
  /** Required by the API for scoped roles; a sensible default is used for each. */
  scopeId?: string;
  displayName?: string;
  locale?: 'th' | 'en';
  email?: string;
  password?: string;
}

export interface UserFactory {
  create(role: Role, options?: CreateUserOptions): Promise<CreatedUser>;
}

/** An API client signed in as the administrator, sending the CSRF token with every change. */
export async function adminApi(request: APIRequestContext): Promise<{
  post<T>(path: string, data: unknown): Promise<T>;
}> {
  const signedIn = await request.post('/api/auth/sign-in', {
    data: { email: e2eAdmin.email, password: e2eAdmin.password },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const session = (await signedIn.json()) as SessionInfo;
  return {
    async post<T>(path: string, data: unknown) {
      const response = await request.post(path, {
        data,
        headers: { 'x-csrf-token': session.csrfToken ?? '' },
      });
      expect(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}

let userCount = 0;

export const test = base.extend<{ admin: Credentials; users: UserFactory }>({
  admin: [{ email: e2eAdmin.email, password: e2eAdmin.password }, { option: true }],
  users: async ({ playwright, baseURL }, use, testInfo) => {
    // A separate request context, so the admin's session cookie never reaches the test's page.
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { origin: baseURL ?? '' },
    });
    let api: Awaited<ReturnType<typeof adminApi>> | undefined;
    await use({
      async create(role, options = {}) {
        api ??= await adminApi(request);
        userCount += 1;
        const unique = `${testInfo.workerIndex}-${Date.now().toString(36)}-${userCount}`;
        const email = options.email ?? `${role.replaceAll('_', '-')}-${unique}@e2e.bia.invalid`;
        const password = options.password ?? E2E_USER_PASSWORD;
        const scopeId = options.scopeId ?? defaultScope[role];
        const created = await api.post<User>('/api/users', {
          email,
          displayName: options.displayName ?? `${role} ${unique}`,
          locale: options.locale ?? 'th',
          roles: [{ role, ...(scopeId ? { scopeId } : {}) }],
          password,
        });
        return { id: created.id, email, password, displayName: created.displayName, role };
      },
    });
    await request.dispose();
  },
});

function eitherLanguage(th: string, en: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*(${escape(th)}|${escape(en)})`);
}

/** Signs in through the sign-in page (in Thai or English) and waits until the platform has moved on. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(eitherLanguage(thIdentity.fields.email, enIdentity.fields.email)).fill(email);
  await page
    .getByLabel(eitherLanguage(thIdentity.fields.password, enIdentity.fields.password))
    .fill(password);
  await page
    .getByRole('button', { name: eitherLanguage(thIdentity.sign_in.submit, enIdentity.sign_in.submit) })
    .click();
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
}

/** Fails on serious or critical axe-core violations (WCAG 2.1 A and AA) on the page as it is now. */
export async function expectNoAccessibilityViolations(
  page: Page,
  options: { include?: string; exclude?: string } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}

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
 * - `officers.add(unitCode, officer)`: a liaison officer put on a unit beforehand, through the API
 *   (`adminRequest` is the administrator's API client both of them use);
 * - `uniqueName(prefix)`: a name no other test types in, since tests share one platform;
 * - `th` and `en`: the catalogues' text; `fill(text, values)` fills its `{{placeholders}}` and
 *   `textPattern(text, values)` matches it whatever the page put in the placeholders left open;
 * - `signIn(page, email, password)`: signs in through the sign-in page, as a person would;
 *   `submitSignInForm` does the same on a sign-in page already open (after a guard sent the visitor);
 * - `expectNoAccessibilityViolations(page)`: axe-core on the current page; fails on serious or critical
 *   violations of WCAG 2.1 A and AA.
 */
import { AxeBuilder } from '@axe-core/playwright';
import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
} from '@playwright/test';
import type { LiaisonOfficer, Role, SessionInfo, User } from '@bia/contracts';
import enAdmin from '../../packages/i18n/locales/en/admin.json' with { type: 'json' };
import enCommon from '../../packages/i18n/locales/en/common.json' with { type: 'json' };
import enFrame from '../../packages/i18n/locales/en/frame.json' with { type: 'json' };
import enIdentity from '../../packages/i18n/locales/en/identity.json' with { type: 'json' };
import enLiaison from '../../packages/i18n/locales/en/liaison.json' with { type: 'json' };
import enPartnerAnalysis from '../../packages/i18n/locales/en/partner_analysis.json' with { type: 'json' };
import enPartnerPages from '../../packages/i18n/locales/en/partner_pages.json' with { type: 'json' };
import enPartners from '../../packages/i18n/locales/en/partners.json' with { type: 'json' };
import thAdmin from '../../packages/i18n/locales/th/admin.json' with { type: 'json' };
import thCommon from '../../packages/i18n/locales/th/common.json' with { type: 'json' };
import thFrame from '../../packages/i18n/locales/th/frame.json' with { type: 'json' };
import thIdentity from '../../packages/i18n/locales/th/identity.json' with { type: 'json' };
import thLiaison from '../../packages/i18n/locales/th/liaison.json' with { type: 'json' };
import thPartnerAnalysis from '../../packages/i18n/locales/th/partner_analysis.json' with { type: 'json' };
import thPartnerPages from '../../packages/i18n/locales/th/partner_pages.json' with { type: 'json' };
import thPartners from '../../packages/i18n/locales/th/partners.json' with { type: 'json' };
import { E2E_USER_PASSWORD, e2eAdmin, type Credentials } from './environment.ts';

export { expect };

/**
 * The interface text the journeys look for, straight from the catalogues, so a test finds the label a
 * person reads: `th.common.nav.units` is "หน่วยงาน", `en.common.nav.units` is "Units".
 */
export const th = {
  common: thCommon,
  frame: thFrame,
  identity: thIdentity,
  liaison: thLiaison,
  admin: thAdmin,
  partners: thPartners,
  partner_pages: thPartnerPages,
  partner_analysis: thPartnerAnalysis,
} as const;
export const en = {
  common: enCommon,
  frame: enFrame,
  identity: enIdentity,
  liaison: enLiaison,
  admin: enAdmin,
  partners: enPartners,
  partner_pages: enPartnerPages,
  partner_analysis: enPartnerAnalysis,
} as const;

/**
 * A catalogue text as a whole-text pattern: the given placeholders filled in, any other one matching
 * whatever the page put there. `textPattern(th.liaison.directory.showing, { shown: 1 })` matches
 * "แสดง 1 จาก 77 หน่วยงาน".
 */
export function textPattern(text: string, values: Record<string, string | number> = {}): RegExp {
  const parts = text.split(/(\{\{\s*\w+\s*\}\})/);
  const source = parts
    .map((part) => {
      const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      return name in values ? escapeRegExp(String(values[name])) : '.+?';
    })
    .join('');
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A catalogue text with its `{{placeholders}}` filled in, as i18next would show it. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/** A unit that exists in the reference data (Phra Nakhon district office), for roles scoped to a unit. */
export const E2E_UNIT_CODE = '1001';

/**
 * The scope a scoped role gets when a test names none. Entrepreneurs and partner-city roles have none:
 * their scope is a business or a partner record the test must create (or find) and pass in `scopeId`.
 */
const defaultScope: Partial<Record<Role, string>> = {
  liaison_officer: E2E_UNIT_CODE,
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

/** What a journey needs to know of a liaison officer it sets up beforehand. */
export interface OfficerInput {
  fullName: string;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
  languages?: string[];
  since?: string | null;
}

export interface OfficerFactory {
  /** Adds a liaison officer to a unit through the API, as the administrator. */
  add(unitCode: string, officer: OfficerInput): Promise<{ id: string; fullName: string }>;
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

/** Unique within the whole run: tests share one platform, two at a time. */
function uniqueSuffix(workerIndex: number): string {
  userCount += 1;
  return `${workerIndex}-${Date.now().toString(36)}-${userCount}`;
}

/** A name no other test uses, for records a journey types in: `uniqueName('สมศรี')` → "สมศรี 0-m1x2y3-4". */
export function uniqueName(prefix: string): string {
  return `${prefix} ${uniqueSuffix(base.info().workerIndex)}`;
}

export const test = base.extend<{
  admin: Credentials;
  adminRequest: Awaited<ReturnType<typeof adminApi>>;
  users: UserFactory;
  officers: OfficerFactory;
}>({
  admin: [{ email: e2eAdmin.email, password: e2eAdmin.password }, { option: true }],
  adminRequest: async ({ playwright, baseURL }, use) => {
    // A separate request context, so the admin's session cookie never reaches the test's page.
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { origin: baseURL ?? '' },
    });
    await use(await adminApi(request));
    await request.dispose();
  },
  users: async ({ adminRequest }, use, testInfo) => {
    await use({
      async create(role, options = {}) {
        const unique = uniqueSuffix(testInfo.workerIndex);
        const email = options.email ?? `${role.replaceAll('_', '-')}-${unique}@e2e.bia.invalid`;
        const password = options.password ?? E2E_USER_PASSWORD;
        const scopeId = options.scopeId ?? defaultScope[role];
        const created = await adminRequest.post<User>('/api/users', {
          email,
          displayName: options.displayName ?? `${role} ${unique}`,
          locale: options.locale ?? 'th',
          roles: [{ role, ...(scopeId ? { scopeId } : {}) }],
          password,
        });
        return { id: created.id, email, password, displayName: created.displayName, role };
      },
    });
  },
  officers: async ({ adminRequest }, use) => {
    await use({
      async add(unitCode, officer) {
        const created = await adminRequest.post<LiaisonOfficer>(
          `/api/units/${encodeURIComponent(unitCode)}/liaison-officers`,
          { position: null, email: null, phone: null, languages: [], since: null, ...officer },
        );
        return { id: created.id, fullName: created.fullName };
      },
    });
  },
});

function eitherLanguage(thai: string, english: string): RegExp {
  return new RegExp(`^\\s*(${escapeRegExp(thai)}|${escapeRegExp(english)})`);
}

/** Signs in through the sign-in page (in Thai or English) and waits until the platform has moved on. */
/**
 * Fills the date field named `name` (apps/web/src/components/date-field.tsx) inside `scope` as a Thai
 * reader does: the day, the month by its name, the Buddhist-era year. `isoDate` is YYYY-MM-DD.
 */
export async function fillThaiDate(scope: Page | Locator, name: string, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-').map(Number);
  const group = scope.getByRole('group', { name });
  await group.getByRole('textbox').nth(0).fill(String(day));
  await group.getByRole('combobox').selectOption(String(month));
  await group
    .getByRole('textbox')
    .nth(1)
    .fill(String(Number(year) + 543));
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await submitSignInForm(page, email, password);
}

/**
 * Fills in and sends the sign-in form already on the page (for example after a guard sent the visitor
 * there with `?next=`), then waits until the platform has moved on.
 */
export async function submitSignInForm(page: Page, email: string, password: string): Promise<void> {
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

/**
 * The main menu on a wide screen, where its sections open to their pages: opens the section named
 * `section` (its button's name starts with it; it stays open if it is) and gives the menu, for the
 * test to follow or read a link in it.
 */
export async function openMenuSection(
  page: Page,
  section: string,
  language: 'th' | 'en' = 'th',
): Promise<Locator> {
  const menu = page.getByRole('navigation', { name: (language === 'th' ? th : en).frame.nav.main });
  const button = menu.getByRole('button', { name: section });
  await expect(button).toBeVisible();
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return menu;
}

/** A browser context of its own for `user`, signed in, at `viewport` (a phone below 600 px wide). */
export async function signedInPage(
  browser: Browser,
  user: CreatedUser,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

/** A label that starts with `text` (a required field's label ends with its mark). */
export const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Today in Bangkok plus `days`, as YYYY-MM-DD. */
export function bangkokDayAfter(days: number): string {
  const moment = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(moment);
}

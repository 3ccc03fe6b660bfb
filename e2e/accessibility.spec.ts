/**
 * axe-core (WCAG 2.1 A and AA, failing on serious and critical findings) on every page the foundation
 * has, as the administrator sees it: all of them in Thai, the liaison pages and the account in English,
 * and the header's menu at a phone's width.
 *
 * Each test signs in as an administrator of its own (made through the API with the language it
 * needs), so that no test changes the language of an account another test is using.
 */
import type { Page } from '@playwright/test';
import {
  en,
  expect,
  expectNoAccessibilityViolations,
  fill,
  signIn,
  test,
  textPattern,
  th,
  type CreatedUser,
  uniqueName,
} from './support/fixtures.ts';

type Catalogue = typeof th | typeof en;

interface Visit {
  /** What the page is, for the test's name. */
  name: string;
  path: string;
  /** Resolves once the page shows its content (not a loading state), which axe then checks. */
  ready: (page: Page, text: Catalogue, user: CreatedUser) => Promise<void>;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

const home: Visit = {
  name: 'home page',
  path: '/',
  ready: async (page, text, user) => {
    await expect(h1(page, fill(text.common.home.title, { name: user.displayName }))).toBeVisible();
  },
};
const units: Visit = {
  name: 'units directory',
  path: '/units',
  ready: async (page, text) => {
    await expect(page.getByRole('table', { name: text.liaison.directory.table_caption })).toBeVisible();
  },
};
const internationalAffairsOffice: Visit = {
  name: 'unit page of the International Affairs Office',
  path: '/units/04160000',
  ready: async (page, text) => {
    await expect(
      h1(page, text === th ? 'สำนักงานการต่างประเทศ' : 'International Affairs Office'),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: text.liaison.officer.heading })).toBeVisible();
  },
};
const unitWithoutEnglishName: Visit = {
  name: 'unit page of a unit with no confirmed English name',
  path: '/units/01000000',
  ready: async (page, text) => {
    await expect(h1(page, 'สำนักงานเลขานุการสภากรุงเทพมหานคร')).toBeVisible();
    await expect(page.getByRole('region', { name: text.liaison.officer.heading })).toBeVisible();
  },
};
const coverage: Visit = {
  name: 'coverage page',
  path: '/liaison/coverage',
  ready: async (page, text) => {
    await expect(h1(page, text.liaison.coverage.title)).toBeVisible();
    await expect(
      page.getByRole('region', { name: textPattern(text.liaison.coverage.uncovered_heading) }),
    ).toBeVisible();
  },
};
const usersList: Visit = {
  name: 'users list',
  path: '/admin/users',
  ready: async (page, text, user) => {
    await expect(h1(page, text.admin.users.title)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: user.email })).toBeVisible();
  },
};
const newUser: Visit = {
  name: 'new-user form, with the unit picker a liaison officer needs',
  path: '/admin/users/new',
  ready: async (page, text) => {
    await expect(h1(page, text.admin.user_form.create_title)).toBeVisible();
    await page
      .getByRole('group', { name: text.admin.user_form.roles })
      .getByRole('checkbox', { name: text.identity.roles.liaison_officer })
      .check();
    const unit = page.getByRole('combobox', { name: text.admin.user_form.unit });
    await expect(unit.getByRole('option', { name: /เขตบางรัก/ })).toBeAttached();
  },
};
const audit: Visit = {
  name: 'audit trail',
  path: '/admin/audit',
  ready: async (page, text, user) => {
    await expect(h1(page, text.admin.audit.title)).toBeVisible();
    // The creation of this test's own administrator is among the latest entries.
    const entry = fill(text.admin.audit.row_label, {
      action: fill(text.admin.audit.verbs.create, { subject: text.admin.audit.subjects.user }),
      entity: user.displayName,
    });
    await expect(page.getByRole('button', { name: entry })).toBeVisible();
  },
};
const outbox: Visit = {
  name: 'e-mail outbox',
  path: '/admin/outbox',
  ready: async (page, text) => {
    await expect(h1(page, text.admin.outbox.title)).toBeVisible();
    await expect(page.getByRole('region', { name: text.admin.outbox.table_caption })).toBeVisible();
  },
};
const account: Visit = {
  name: 'account page',
  path: '/account',
  ready: async (page, text) => {
    await expect(h1(page, text.identity.account.title)).toBeVisible();
    await expect(page.getByRole('heading', { name: text.identity.account.details_heading })).toBeVisible();
  },
};

const partners: Visit = {
  name: 'partner registry',
  path: '/partners',
  ready: async (page, text) => {
    await expect(h1(page, text.partner_pages.list.title)).toBeVisible();
    await expect(page.getByRole('table', { name: text.partner_pages.list.caption })).toBeVisible();
  },
};
const partnerAnalysis: Visit = {
  name: 'partner analysis',
  path: '/partners/analysis',
  ready: async (page, text) => {
    await expect(h1(page, text.partner_analysis.page.title)).toBeVisible();
    await expect(page.getByRole('region', { name: text.partner_analysis.map.title })).toBeVisible();
  },
};

test('the sign-in page, signed out, has no serious accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(h1(page, th.identity.sign_in.title)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expectNoAccessibilityViolations(page);
});

const inThai = [
  home,
  units,
  internationalAffairsOffice,
  coverage,
  usersList,
  newUser,
  audit,
  outbox,
  account,
  partners,
  partnerAnalysis,
] as const;
const inEnglish = [
  units,
  unitWithoutEnglishName,
  coverage,
  outbox,
  account,
  partners,
  partnerAnalysis,
] as const;

for (const [language, text, visits] of [
  ['Thai', th, inThai],
  ['English', en, inEnglish],
] as const) {
  for (const visit of visits) {
    test(`the ${visit.name} in ${language} has no serious accessibility violations`, async ({
      page,
      users,
    }) => {
      const administrator = await users.create('admin', { locale: text === th ? 'th' : 'en' });
      await signIn(page, administrator.email, administrator.password);
      await page.goto(visit.path);
      await visit.ready(page, text, administrator);
      await expect(page.locator('html')).toHaveAttribute('lang', text === th ? 'th' : 'en');
      await expectNoAccessibilityViolations(page);
    });
  }
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the menu button opens the navigation, a link in it navigates, and Escape closes it', async ({
    page,
    users,
  }) => {
    const administrator = await users.create('admin');
    await signIn(page, administrator.email, administrator.password);
    await expect(h1(page, fill(th.common.home.title, { name: administrator.displayName }))).toBeVisible();

    const menuButton = page.getByRole('button', { name: th.frame.nav.menu, exact: true });
    const navigation = page.getByRole('navigation', { name: th.frame.nav.main });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(navigation).toBeHidden();

    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(navigation).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await navigation.getByRole('link', { name: th.common.nav.units, exact: true }).click();
    await expect(page).toHaveURL(/\/units$/);
    await expect(h1(page, th.liaison.directory.title)).toBeVisible();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(navigation).toBeHidden();
    // Phones get one card per unit instead of the table.
    await expect(page.getByRole('list', { name: th.liaison.directory.table_caption })).toBeVisible();
    await expect(page.getByRole('table', { name: th.liaison.directory.table_caption })).toBeHidden();
    await expectNoAccessibilityViolations(page);

    await menuButton.click();
    await expect(navigation).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(navigation).toBeHidden();
    await expect(menuButton).toBeFocused();
  });

  test('a partner page whose note holds a long web address stays within the phone’s width, the note marked English', async ({
    page,
    users,
    adminRequest,
  }) => {
    const longAddress = `https://www.example.org/${'sister-city-cooperation-report-'.repeat(6)}2026.pdf`;
    const partner = await adminRequest.post<{ id: string; nameTh: string }>('/api/partners', {
      kind: 'sister_city',
      nameTh: uniqueName('ปลายทางยาวเหยียด'),
      notes: `Minutes of the 2026 visit: ${longAddress}`,
    });
    const officer = await users.create('iao_officer');
    await signIn(page, officer.email, officer.password);
    await page.goto(`/partners/${partner.id}`);

    const note = page.getByText(longAddress);
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute('lang', 'en');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });
});

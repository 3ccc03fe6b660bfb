/**
 * The journey of issue #2: an officer of the International Affairs Office works in Thai and English,
 * closes a gap in liaison coverage (Bang Rak had nobody), exports the figures and signs out.
 */
import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  en,
  expect,
  fill,
  fillThaiDate,
  openMenuSection,
  signIn,
  test,
  textPattern,
  th,
  uniqueName,
} from './support/fixtures.ts';

/** Bang Rak district office: no other journey touches it, so its coverage changes only here. */
const bangRak = { code: '1004', nameTh: 'เขตบางรัก', search: 'บางรัก' } as const;

function languageSwitch(page: Page, label: string) {
  return page.getByRole('banner').getByRole('group', { name: label });
}

/** Waits until the language chosen while signed in is saved in the profile (PATCH /api/auth/me). */
function profileSaved(page: Page) {
  return page.waitForResponse(
    (response) => response.url().endsWith('/api/auth/me') && response.request().method() === 'PATCH',
  );
}

/** The coverage page as a person reads it: the headline figure and the units under each heading. */
async function readCoverage(page: Page) {
  const coveredFigure = page
    .getByRole('term')
    .filter({ hasText: textPattern(th.liaison.coverage.covered) })
    .locator('xpath=following-sibling::dd[1]');
  await expect(coveredFigure).toHaveText(/^\d+$/);
  const unitsUnder = (heading: string) =>
    page
      .getByRole('region', { name: textPattern(heading) })
      .getByRole('link')
      .allInnerTexts();
  return {
    covered: Number(await coveredFigure.innerText()),
    coveredUnits: await unitsUnder(th.liaison.coverage.covered_heading),
    uncoveredUnits: await unitsUnder(th.liaison.coverage.uncovered_heading),
  };
}

test('an IAO officer switches language, adds a liaison officer to Bang Rak, sees coverage rise by one, exports it and signs out', async ({
  page,
  users,
}) => {
  test.setTimeout(90_000);
  const officer = await users.create('iao_officer');
  const mainMenu = page.getByRole('navigation', { name: th.frame.nav.main });

  await test.step('signs in and reads the platform in Thai', async () => {
    await signIn(page, officer.email, officer.password);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: fill(th.common.home.title, { name: officer.displayName }),
      }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  });

  await test.step('switches to English, and English is remembered after a reload', async () => {
    const saved = profileSaved(page);
    await languageSwitch(page, th.common.language.label).getByRole('button', { name: 'English' }).click();
    await saved;
    const englishHeading = page.getByRole('heading', {
      level: 1,
      name: fill(en.common.home.title, { name: officer.displayName }),
    });
    await expect(englishHeading).toBeVisible();
    await expect(
      (await openMenuSection(page, en.common.nav.groups.network, 'en')).getByRole('link', {
        name: en.common.nav.units,
        exact: true,
      }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(englishHeading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      languageSwitch(page, en.common.language.label).getByRole('button', { name: 'English' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('switches back to Thai', async () => {
    const saved = profileSaved(page);
    await languageSwitch(page, en.common.language.label).getByRole('button', { name: 'ไทย' }).click();
    await saved;
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: fill(th.common.home.title, { name: officer.displayName }),
      }),
    ).toBeVisible();
    await openMenuSection(page, th.common.nav.groups.network);
    await expect(mainMenu.getByRole('link', { name: th.common.nav.units, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  });

  let before: Awaited<ReturnType<typeof readCoverage>>;
  await test.step('reads how many units have a liaison officer', async () => {
    await openMenuSection(page, th.common.nav.groups.network);
    await mainMenu.getByRole('link', { name: th.common.nav.coverage, exact: true }).click();
    await expect(page).toHaveURL(/\/liaison\/coverage$/);
    await expect(page.getByRole('heading', { level: 1, name: th.liaison.coverage.title })).toBeVisible();
    before = await readCoverage(page);
    expect(before.uncoveredUnits).toContain(bangRak.nameTh);
    expect(before.coveredUnits).not.toContain(bangRak.nameTh);
  });

  const liaisonOfficer = {
    fullName: uniqueName('สมศรี ใจดี'),
    position: 'นักวิเทศสัมพันธ์ชำนาญการ',
    email: `somsri-${Date.now().toString(36)}@bangrak.e2e.bia.invalid`,
  };
  await test.step('finds Bang Rak by its Thai name in the units directory', async () => {
    await openMenuSection(page, th.common.nav.groups.network);
    await mainMenu.getByRole('link', { name: th.common.nav.units, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: th.liaison.directory.title })).toBeVisible();
    await page.getByRole('searchbox', { name: th.liaison.directory.search_label }).fill(bangRak.search);
    await expect(
      page.getByRole('status').filter({ hasText: textPattern(th.liaison.directory.showing, { shown: 1 }) }),
    ).toBeVisible();
    await page.getByRole('link', { name: bangRak.nameTh, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/units/${bangRak.code}$`));
    await expect(page.getByRole('heading', { level: 1, name: bangRak.nameTh })).toBeVisible();
  });

  await test.step('adds a liaison officer and sees them listed', async () => {
    const officers = page.getByRole('region', { name: th.liaison.officer.heading });
    await expect(officers.getByText(th.liaison.officer.none)).toBeVisible();
    await officers.getByRole('button', { name: th.liaison.officer.add }).click();

    const form = page.getByRole('form', { name: th.liaison.officer.add_heading });
    await form.getByLabel(th.liaison.officer.full_name).fill(liaisonOfficer.fullName);
    await form.getByLabel(th.liaison.officer.position).fill(liaisonOfficer.position);
    await form.getByLabel(th.liaison.officer.email, { exact: true }).fill(liaisonOfficer.email);
    const languages = form.getByRole('group', { name: th.liaison.officer.languages });
    await languages.getByRole('checkbox', { name: 'อังกฤษ', exact: true }).check();
    await languages.getByRole('checkbox', { name: 'ญี่ปุ่น', exact: true }).check();
    await fillThaiDate(form, th.liaison.officer.since, '2024-10-01');
    // The date is read back in the Buddhist era before it is saved.
    await expect(
      form.getByText(fill(th.liaison.officer.since_preview, { date: '1 ตุลาคม 2567' })),
    ).toBeVisible();
    await form.getByRole('button', { name: th.common.actions.save }).click();

    await expect(
      officers.getByRole('status').filter({
        hasText: fill(th.liaison.officer.added, { name: liaisonOfficer.fullName }),
      }),
    ).toBeVisible();
    const card = officers.getByRole('article', { name: liaisonOfficer.fullName });
    await expect(card).toContainText(liaisonOfficer.position);
    await expect(card.getByRole('link', { name: liaisonOfficer.email })).toHaveAttribute(
      'href',
      `mailto:${liaisonOfficer.email}`,
    );
    await expect(card.getByRole('listitem')).toHaveText(['อังกฤษ', 'ญี่ปุ่น']);
    await expect(card).toContainText('1 ตุลาคม 2567');
    await expect(officers.getByText(th.liaison.officer.none)).toBeHidden();
  });

  await test.step('sees coverage up by one, with Bang Rak no longer among the units without one', async () => {
    await openMenuSection(page, th.common.nav.groups.network);
    await mainMenu.getByRole('link', { name: th.common.nav.coverage, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: th.liaison.coverage.title })).toBeVisible();
    await expect(
      page.getByRole('region', { name: textPattern(th.liaison.coverage.covered_heading) }).getByRole('link', {
        name: bangRak.nameTh,
        exact: true,
      }),
    ).toBeVisible();
    const after = await readCoverage(page);
    expect(after.uncoveredUnits).not.toContain(bangRak.nameTh);
    expect(after.coveredUnits).toContain(bangRak.nameTh);
    // Another journey running beside this one may cover a unit of its own meanwhile: those are
    // counted apart, so the figure must have risen by exactly one for Bang Rak.
    const coveredMeanwhile = after.coveredUnits.filter(
      (name) => name !== bangRak.nameTh && !before.coveredUnits.includes(name),
    );
    expect(after.covered).toBe(before.covered + 1 + coveredMeanwhile.length);
  });

  await test.step('downloads the coverage as an XLSX workbook', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: th.common.actions.export_xlsx }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = await fs.readFile(await download.path());
    // An XLSX file is a ZIP archive, which starts with "PK".
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  await test.step('signs out and is turned away from protected pages', async () => {
    await page.getByRole('button', { name: th.common.user_menu.label }).click();
    await page.getByRole('button', { name: th.common.user_menu.sign_out }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: th.frame.nav.sign_in })).toBeVisible();
    await expect(mainMenu.getByRole('link', { name: th.common.nav.units, exact: true })).toBeHidden();

    await page.goto('/units');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Funits$/);
    await expect(page.getByRole('heading', { level: 1, name: th.identity.sign_in.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: th.liaison.directory.title })).toBeHidden();
  });
});

test("a phone number written like the phone field's own example is accepted", async ({ page, users }) => {
  const samphanthawong = { code: '1013', nameTh: 'เขตสัมพันธวงศ์' } as const;
  const example = '02 224 1234 ต่อ 5';
  const officer = await users.create('iao_officer');
  await signIn(page, officer.email, officer.password);
  await page.goto(`/units/${samphanthawong.code}`);
  await expect(page.getByRole('heading', { level: 1, name: samphanthawong.nameTh })).toBeVisible();

  const officers = page.getByRole('region', { name: th.liaison.officer.heading });
  await officers.getByRole('button', { name: th.liaison.officer.add }).click();
  const form = page.getByRole('form', { name: th.liaison.officer.add_heading });
  const fullName = uniqueName('ชัยวัฒน์ พูนผล');
  await form.getByLabel(th.liaison.officer.full_name).fill(fullName);
  const phone = form.getByLabel(th.liaison.officer.phone);
  await expect(phone).toHaveAccessibleDescription(th.liaison.officer.phone_hint);
  expect(th.liaison.officer.phone_hint).toContain(example);
  await phone.fill(example);
  await form.getByRole('button', { name: th.common.actions.save }).click();

  await expect(officers.getByRole('article', { name: fullName })).toBeVisible({ timeout: 3_000 });
  await expect(
    officers.getByRole('article', { name: fullName }).getByRole('link', { name: example }),
  ).toBeVisible();
});

/**
 * What each role may do, seen from the browser: the controls a page offers, the menu, and the pages a
 * guard turns away. The server enforces the same rules (liaison.int.test.ts); these journeys check
 * that nobody is offered what they cannot do.
 */
import type { Page } from '@playwright/test';
import {
  expect,
  fill,
  openMenuSection,
  signIn,
  submitSignInForm,
  test,
  textPattern,
  th,
  uniqueName,
} from './support/fixtures.ts';

/** Units of their own for these journeys, so that no other journey changes them meanwhile. */
const sathon = { code: '1028', nameTh: 'เขตสาทร' } as const;
const watthana = { code: '1039', nameTh: 'เขตวัฒนา' } as const;
const bangKhae = { code: '1040', nameTh: 'เขตบางแค' } as const;

function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: th.frame.nav.main });
}

function officersSection(page: Page) {
  return page.getByRole('region', { name: th.liaison.officer.heading });
}

/** Opens a unit page and waits until the listed officer is shown, so that absent controls mean something. */
async function openUnitWithOfficer(page: Page, unit: { code: string; nameTh: string }, officerName: string) {
  await page.goto(`/units/${unit.code}`);
  await expect(page.getByRole('heading', { level: 1, name: unit.nameTh })).toBeVisible();
  await expect(officersSection(page).getByRole('article', { name: officerName })).toBeVisible();
}

async function expectNoEditControls(page: Page, officerName: string) {
  await expect(page.getByRole('button', { name: th.liaison.unit.edit })).toHaveCount(0);
  await expect(page.getByRole('button', { name: th.liaison.officer.add })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: fill(th.liaison.officer.edit_named, { name: officerName }) }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: fill(th.liaison.officer.remove_named, { name: officerName }) }),
  ).toHaveCount(0);
}

test('a unit liaison officer adds an officer to their own unit, but cannot change another unit or open administration', async ({
  page,
  users,
  officers,
}) => {
  const otherUnitsOfficer = await officers.add(watthana.code, { fullName: uniqueName('วิไล ศรีสุข') });
  const liaison = await users.create('liaison_officer', { scopeId: sathon.code });
  await signIn(page, liaison.email, liaison.password);

  await test.step('the menu offers the units but no administration', async () => {
    await openMenuSection(page, th.common.nav.groups.network);
    await expect(mainMenu(page).getByRole('link', { name: th.common.nav.units, exact: true })).toBeVisible();
    for (const label of [th.common.nav.users, th.common.nav.audit, th.common.nav.outbox]) {
      await expect(mainMenu(page).getByRole('link', { name: label, exact: true })).toHaveCount(0);
    }
  });

  await test.step('adds a liaison officer to their own district office, reached from the menu', async () => {
    const newOfficer = uniqueName('ประยุทธ์ มั่นคง');
    await mainMenu(page).getByRole('link', { name: th.common.nav.my_unit, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/units/${sathon.code}$`));
    await expect(page.getByRole('heading', { level: 1, name: sathon.nameTh })).toBeVisible();
    await officersSection(page).getByRole('button', { name: th.liaison.officer.add }).click();
    const form = page.getByRole('form', { name: th.liaison.officer.add_heading });
    await form.getByLabel(th.liaison.officer.full_name).fill(newOfficer);
    await form.getByRole('button', { name: th.common.actions.save }).click();
    await expect(officersSection(page).getByRole('article', { name: newOfficer })).toBeVisible();
    await expect(
      page.getByRole('button', { name: fill(th.liaison.officer.edit_named, { name: newOfficer }) }),
    ).toBeVisible();
  });

  await test.step("sees another unit's officers without any add, edit or remove control", async () => {
    await openUnitWithOfficer(page, watthana, otherUnitsOfficer.fullName);
    await expectNoEditControls(page, otherUnitsOfficer.fullName);
  });

  await test.step('is shown the "no access" page at /admin/users', async () => {
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: th.common.forbidden_page.title })).toBeVisible();
    await expect(page.getByText(th.common.forbidden_page.body)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: th.admin.users.title })).toHaveCount(0);
    await expect(page).toHaveURL(/\/admin\/users$/);
  });
});

test('an executive reads the coverage page but is offered no edit control on a unit page', async ({
  page,
  users,
  officers,
}) => {
  const listed = await officers.add(bangKhae.code, { fullName: uniqueName('อรุณี แสงทอง') });
  const executive = await users.create('executive');
  await signIn(page, executive.email, executive.password);

  await openMenuSection(page, th.common.nav.groups.network);
  await mainMenu(page).getByRole('link', { name: th.common.nav.coverage, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: th.liaison.coverage.title })).toBeVisible();
  await expect(
    page.getByRole('term').filter({ hasText: textPattern(th.liaison.coverage.covered) }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: textPattern(th.liaison.coverage.covered_heading) })
      .getByRole('link', { name: bangKhae.nameTh, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: th.common.actions.export_xlsx })).toBeVisible();

  await openUnitWithOfficer(page, bangKhae, listed.fullName);
  await expectNoEditControls(page, listed.fullName);
});

test('a signed-out visitor to the coverage page is sent to sign in, then brought back to the coverage page', async ({
  page,
  users,
}) => {
  const executive = await users.create('executive');

  await page.goto('/liaison/coverage');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fliaison%2Fcoverage$/);
  await expect(page.getByRole('heading', { level: 1, name: th.identity.sign_in.title })).toBeVisible();

  await submitSignInForm(page, executive.email, executive.password);
  await expect(page).toHaveURL(/\/liaison\/coverage$/);
  await expect(page.getByRole('heading', { level: 1, name: th.liaison.coverage.title })).toBeVisible();
});

/**
 * The journeys of issue #3: an IAO officer records a new sister city with its agreement and a visit,
 * finds it by its Thai name, sees it on the map and in the region chart and exports the list; an
 * executive reads but cannot edit; the public page shows only facts the BMA has confirmed.
 */
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import {
  en,
  expect,
  expectNoAccessibilityViolations,
  fillThaiDate,
  signIn,
  test,
  textPattern,
  th,
  uniqueName,
} from './support/fixtures.ts';

const pages = th.partner_pages;

/** A label followed by "(จำเป็น)" when the field is required. */
function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** Oceania, where the reference data has one partner (Brisbane): the new city is easy to count. */
async function oceaniaTotal(page: Page): Promise<number> {
  await page.goto('/partners/analysis');
  const chart = page.getByRole('region', { name: th.partner_analysis.by_region.title });
  await chart.getByText(th.common.charts.show_figures).click();
  const row = chart.getByRole('row', { name: /^โอเชียเนีย/ });
  return Number(await row.getByRole('cell').last().innerText());
}

function section(page: Page, heading: RegExp): Locator {
  return page.getByRole('region', { name: heading });
}

test('an IAO officer adds a sister city with an agreement and a visit, finds it by its Thai name, sees it on the map and in the region chart, and exports the list', async ({
  page,
  users,
}) => {
  // A journey through several pages: on a loaded two-core machine it can pass 30 s. Speed is
  // measured by `npm run bench`, not here.
  test.setTimeout(90_000);
  const officer = await users.create('iao_officer');
  const nameTh = uniqueName('เวลลิงตัน');
  const nameEn = `Wellington ${nameTh.split(' ').slice(1).join(' ')}`;
  const visitTitle = `คณะผู้บริหาร${nameTh}เยือนกรุงเทพฯ`;
  await signIn(page, officer.email, officer.password);
  const oceaniaBefore = await oceaniaTotal(page);

  await test.step('adds the partner city', async () => {
    await page.goto('/partners');
    await page.getByRole('link', { name: pages.list.add }).click();
    const form = page.locator('form').filter({ has: page.getByLabel(label(pages.partner_form.name_th)) });
    await form.getByLabel(label(pages.partner_form.kind)).selectOption('sister_city');
    await form.getByLabel(label(pages.partner_form.name_th)).fill(nameTh);
    await form.getByLabel(label(pages.partner_form.name_en)).fill(nameEn);
    await form.getByLabel(label(pages.partner_form.country)).selectOption('NZ');
    await form.getByLabel(label(pages.partner_form.time_zone)).selectOption('Pacific/Auckland');
    await form.getByLabel(label(pages.partner_form.latitude)).fill('-41.2866');
    await form.getByLabel(label(pages.partner_form.longitude)).fill('174.7756');
    await form.getByRole('button', { name: th.common.actions.save }).click();
    await expect(page.getByRole('heading', { level: 1, name: nameTh })).toBeVisible();
    // Its local time is shown, named by its zone.
    await expect(page.getByText(/Pacific\/Auckland/)).toBeVisible();
  });

  await test.step('records the sister-city agreement', async () => {
    const agreements = section(page, textPattern(pages.agreement.heading));
    await agreements.getByRole('button', { name: pages.agreement.add }).click();
    await agreements.getByLabel(label(pages.agreement.type)).selectOption('sister_city_agreement');
    await fillThaiDate(agreements, pages.agreement.signed_on, '2025-03-14');
    await agreements.getByRole('checkbox', { name: 'การค้า' }).check();
    await agreements.getByRole('button', { name: th.common.actions.save }).click();
    await expect(agreements.getByRole('status')).toHaveText(pages.agreement.added);
    await expect(
      agreements.getByRole('heading', { name: th.partners.agreement_type.sister_city_agreement }),
    ).toBeVisible();
  });

  await test.step('records a visit to Bangkok', async () => {
    const activities = section(page, textPattern(pages.activity.heading));
    await activities.getByRole('button', { name: pages.activity.add }).click();
    await activities.getByLabel(label(pages.activity.kind)).selectOption('visit_to_bangkok');
    await activities.getByLabel(label(pages.activity.title)).fill(visitTitle);
    await fillThaiDate(activities, pages.activity.starts_on, '2025-06-02');
    await fillThaiDate(activities, pages.activity.ends_on, '2025-06-04');
    await activities.getByRole('button', { name: th.common.actions.save }).click();
    await expect(activities.getByRole('status')).toHaveText(pages.activity.added);
    await expect(activities.getByRole('heading', { name: visitTitle })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  await test.step('finds it in the registry by its Thai name', async () => {
    await page.goto('/partners');
    await page.getByLabel(pages.list.search_label).fill(nameTh);
    const table = page.getByRole('table', { name: pages.list.caption });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('link', { name: nameTh })).toBeVisible();
    await expect(page.getByRole('heading', { name: textPattern(pages.list.showing_other) })).toHaveText(
      textPattern(pages.list.showing_other, { number: 1 }),
    );
  });

  await test.step('exports the list it found as XLSX, with the city in it', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: th.common.actions.export_xlsx }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const cells = (sheet?.getSheetValues() ?? []).flat().map(String);
    expect(cells).toContain(nameTh);
    expect(cells).toContain(nameEn);
  });

  await test.step('sees it on the world map and counted in Oceania in the region chart', async () => {
    expect(await oceaniaTotal(page)).toBe(oceaniaBefore + 1);
    const map = page.getByRole('region', { name: th.partner_analysis.map.title });
    await expect(
      map.getByRole('link', { name: textPattern(th.partner_analysis.map.point, { name: nameTh }) }),
    ).toHaveCount(1);
  });
});

test('an executive reads a partner but has no way to change it', async ({ page, users }) => {
  const executive = await users.create('executive');
  await signIn(page, executive.email, executive.password);
  await page.goto('/partners');
  await page.getByLabel(pages.list.search_label).fill('โซล');
  // Wait for the list of the search (only Seoul) before following its link: a click while the
  // unfiltered list is being replaced can land on a row as it goes.
  const table = page.getByRole('table', { name: pages.list.caption });
  await expect(table.getByRole('row')).toHaveCount(2);
  await table.getByRole('link', { name: 'โซล' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'โซล' })).toBeVisible();
  await expect(section(page, textPattern(pages.agreement.heading))).toBeVisible();
  await expect(page.getByRole('link', { name: pages.detail.edit })).toHaveCount(0);
  await expect(page.getByRole('button', { name: pages.agreement.add })).toHaveCount(0);
  await expect(page.getByRole('button', { name: pages.activity.add })).toHaveCount(0);
  await expect(page.getByRole('link', { name: pages.list.add })).toHaveCount(0);

  await page.goto('/partners/new');
  await expect(page.getByRole('heading', { level: 1, name: th.common.forbidden_page.title })).toBeVisible();
});

test('the public page lists only the sister cities whose facts the BMA has confirmed', async ({ page }) => {
  const publicPage = en.partner_analysis.public;
  await page.goto('/sister-cities');
  await page
    .getByRole('group', { name: /ภาษา|Language/ })
    .getByRole('button', { name: 'English' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: publicPage.title })).toBeVisible();
  const table = page.getByRole('table', { name: publicPage.table_caption });
  // Confirmed by the BMA: Seoul (2006) and Brisbane (on the BMA's list only).
  await expect(table.getByRole('cell', { name: 'Seoul', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Brisbane', exact: true })).toBeVisible();
  // Known from the partner or the news only, or not confirmed at all: not shown.
  for (const city of ['Wuhan', 'Porto', 'Chengdu', 'Istanbul', 'Shantou']) {
    await expect(table.getByText(city)).toHaveCount(0);
  }
  await expect(page.getByText(textPattern(publicPage.withheld))).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

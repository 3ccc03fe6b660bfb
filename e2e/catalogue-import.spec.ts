/**
 * Importing Social Development's spreadsheets of Bangkok Brand businesses and products (a Social
 * Development officer, in Thai): the businesses file, then the products file whose Bangkok Brand
 * certification is written in the Buddhist era, each previewed row by row with the reason a row is
 * refused, applied, and imported again without a change; the certified product is then in the public
 * catalogue. A CSV saved in Windows-874 is refused at the file field, and an IAO officer (who does
 * not keep the catalogue) cannot open the page.
 */
import type { Page } from '@playwright/test';
import thCatalogue from '../packages/i18n/locales/th/catalogue.json' with { type: 'json' };
import thCommon from '../packages/i18n/locales/th/common.json' with { type: 'json' };
import thCatalogueImport from '../packages/i18n/locales/th/catalogue_import.json' with { type: 'json' };
import thCataloguePages from '../packages/i18n/locales/th/catalogue_pages.json' with { type: 'json' };
import thErrors from '../packages/i18n/locales/th/errors.json' with { type: 'json' };
import thSpreadsheetImport from '../packages/i18n/locales/th/spreadsheet_import.json' with { type: 'json' };
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  signIn,
  test,
  uniqueName,
} from './support/fixtures.ts';

const text = thCatalogueImport;
/** The texts every import page shares (components/spreadsheet-import). */
const importText = thSpreadsheetImport;
const IMPORT_PAGE = '/businesses/import';

/** A CSV file for the file field: the lines joined as Excel writes them, in UTF-8. */
function csvLines(name: string, lines: readonly string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') };
}

/** Today in Bangkok plus `days`, as a Thai office writes a date: D/M/YYYY in the Buddhist era. */
function buddhistEraDate(days: number): { date: string; year: number } {
  const [year = 0, month = 0, day = 0] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' })
    .format(new Date(Date.now() + days * 86_400_000))
    .split('-')
    .map(Number);
  return { date: `${day}/${month}/${year + 543}`, year: year + 543 };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function openImportPage(page: Page) {
  await page.goto(IMPORT_PAGE);
  await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
}

/** Chooses the kind and the file, asks for the preview, and waits for the counts to be announced. */
async function previewFile(
  page: Page,
  kind: string,
  file: ReturnType<typeof csvLines>,
  counts: { create: number; update: number; unchanged: number; reject: number },
) {
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel(importText.form.file_label).setInputFiles(file);
  await page.getByRole('button', { name: importText.form.submit }).click();
  await expect(
    page.getByRole('status').filter({ hasText: fill(importText.preview.summary, counts) }),
  ).toHaveCount(1);
  return page.getByRole('region', { name: fill(importText.preview.heading, { file: file.name }) });
}

/** Applies the preview and checks what the import says it wrote. */
async function applyPreview(
  page: Page,
  changes: number,
  written: { created: number; updated: number; unchanged: number; rejected: number },
) {
  await page.getByRole('button', { name: fill(importText.preview.apply_other, { number: changes }) }).click();
  await expect(page.getByRole('heading', { level: 2, name: importText.result.heading })).toBeFocused();
  const result = page.getByRole('region', { name: importText.result.heading });
  await expect(result.getByText(fill(importText.result.summary, written))).toBeVisible();
  const counts = result.getByRole('definition');
  await expect(counts).toHaveText(
    [written.created, written.updated, written.unchanged, written.rejected].map(String),
  );
}

test('a Social Development officer imports businesses, then their products with a Buddhist-era certification, sees why rows are refused, and a re-import changes nothing', async ({
  page,
  users,
}) => {
  // Two imports, each previewed, applied and previewed again, then the public catalogue.
  test.setTimeout(120_000);
  const officer = await users.create('social_development_officer');
  const marker = uniqueName('')
    .trim()
    .replaceAll(/[^0-9a-z]/g, '');
  const businessKey = `sd-${marker}`;
  const businessName = `วิสาหกิจชุมชนทดสอบนำเข้า ${marker}`;
  const nowhereName = `ร้านเขตไม่มีจริง ${marker}`;
  const productName = `ผ้าพันคอทอมือนำเข้า ${marker}`;
  const orphanName = `สินค้าไม่มีเจ้าของ ${marker}`;
  const certified = buddhistEraDate(0).year;
  const validUntil = buddhistEraDate(365).date;

  const businesses = csvLines('businesses.csv', [
    'import_key,name_th,name_en,owner_name,legal_form,registration_number,district,languages,export_readiness',
    `${businessKey},${businessName},Import Test Weavers ${marker},นางทดสอบ นำเข้า,community_enterprise,,เขตบางรัก,th;en,preparing`,
    `,${nowhereName},,นางเขต ไม่มี,individual,,เขตแอตแลนติส,,`,
  ]);
  const products = csvLines('products.csv', [
    'import_key,business_import_key,name_th,name_en,category,hs_code,price_min_thb,price_max_thb,bangkok_brand_year,bangkok_brand_valid_until,bangkok_brand_district',
    `p-${marker},${businessKey},${productName},Hand-woven scarf ${marker},textiles_clothing,6214.10,"1,200",1500,${certified},${validUntil},บางรัก`,
    `,no-such-business-${marker},${orphanName},,food,1905,,,,,`,
  ]);

  await signIn(page, officer.email, officer.password);
  await openImportPage(page);

  await test.step('the guide of each kind lists its columns and its codes, with its template', async () => {
    for (const [kind, codeName] of [
      ['products', thCataloguePages.category.textiles_clothing],
      ['entrepreneurs', thCataloguePages.legal_form.community_enterprise],
    ] as const) {
      await page.getByRole('radio', { name: text.kinds[kind] }).check();
      const guide = page.getByRole('region', { name: text.guide.heading[kind] });
      await expect(guide.getByRole('table', { name: text.guide.table_caption[kind] })).toBeVisible();
      const template = guide.getByRole('link', { name: importText.guide.template });
      await expect(template).toHaveAttribute('href', `/api/catalogue/import/template.csv?kind=${kind}`);
      await expect(guide.getByRole('definition').filter({ hasText: codeName })).toHaveCount(1);
    }
  });

  await test.step('previews the businesses file: one to create, one refused for its district, in Thai', async () => {
    const preview = await previewFile(page, text.kinds.entrepreneurs, businesses, {
      create: 1,
      update: 0,
      unchanged: 0,
      reject: 1,
    });
    const rows = preview.getByRole('table', { name: importText.preview.caption }).getByRole('row');
    await expect(rows.filter({ hasText: businessName })).toContainText(importText.actions.create);
    const refused = rows.filter({ hasText: nowhereName });
    await expect(refused).toContainText(importText.actions.reject);
    await expect(refused).toContainText(
      fill(importText.preview.problem, { column: 'district', message: thCatalogue.errors.invalid_district }),
    );
    await expectNoAccessibilityViolations(page);
  });

  await test.step('applies the businesses file and is told what was written', async () => {
    await applyPreview(page, 1, { created: 1, updated: 0, unchanged: 0, rejected: 1 });
  });

  await test.step('previews the products file: the product to create, one refused for its unknown business', async () => {
    await page.getByRole('button', { name: importText.result.again }).click();
    await expect(page.getByRole('region', { name: text.guide.heading.products })).toHaveCount(0);
    const preview = await previewFile(page, text.kinds.products, products, {
      create: 1,
      update: 0,
      unchanged: 0,
      reject: 1,
    });
    await expect(page.getByRole('region', { name: text.guide.heading.products })).toBeVisible();
    const rows = preview.getByRole('table', { name: importText.preview.caption }).getByRole('row');
    await expect(rows.filter({ hasText: productName })).toContainText(importText.actions.create);
    await expect(rows.filter({ hasText: orphanName })).toContainText(
      fill(importText.preview.problem, {
        column: 'business_import_key',
        message: thCatalogue.errors.import_row_business_not_found,
      }),
    );
  });

  await test.step('applies the products file', async () => {
    await applyPreview(page, 1, { created: 1, updated: 0, unchanged: 0, rejected: 1 });
  });

  await test.step('importing the same products file again changes nothing', async () => {
    await page.getByRole('button', { name: importText.result.again }).click();
    await previewFile(page, text.kinds.products, products, { create: 0, update: 0, unchanged: 1, reject: 1 });
    await expect(page.getByText(importText.preview.nothing_to_apply)).toBeVisible();
    await expect(page.getByRole('button', { name: /^บันทึก/ })).toHaveCount(0);
  });

  await test.step('the businesses file again: nothing to change either', async () => {
    await previewFile(page, text.kinds.entrepreneurs, businesses, {
      create: 0,
      update: 0,
      unchanged: 1,
      reject: 1,
    });
    await expect(page.getByText(importText.preview.nothing_to_apply)).toBeVisible();
  });

  await test.step('the product, certified until next year, is in the public catalogue', async () => {
    await page.goto(`/catalogue?q=${encodeURIComponent(marker)}`);
    await expect(page.getByRole('link', { name: productName })).toBeVisible();
    await expect(page.getByRole('link', { name: orphanName })).toHaveCount(0);
  });
});

test('after an import the officer goes back to the business list', async ({ page, users }) => {
  const officer = await users.create('social_development_officer');
  const name = uniqueName('ร้านกลับไปรายชื่อ');
  await signIn(page, officer.email, officer.password);
  await openImportPage(page);
  await previewFile(
    page,
    text.kinds.entrepreneurs,
    csvLines('one-business.csv', [
      'name_th,owner_name,legal_form,district',
      `${name},นางกลับ,individual,1001`,
    ]),
    { create: 1, update: 0, unchanged: 0, reject: 0 },
  );
  await applyPreview(page, 1, { created: 1, updated: 0, unchanged: 0, rejected: 0 });
  await page.getByRole('link', { name: text.result.to_businesses }).click();
  await expect(page).toHaveURL(/\/businesses$/);
  await expect(page.getByRole('heading', { level: 1, name: thCataloguePages.list.title })).toBeVisible();
});

test('a CSV saved in Windows-874 is refused with a readable message at the file field, on a phone too', async ({
  page,
  users,
}) => {
  const officer = await users.create('social_development_officer');
  // "ร้าน" as an older Excel saves it: the Thai bytes 0xC3 0xE9 0xD2 0xB9, which are never UTF-8.
  const buffer = Buffer.concat([
    Buffer.from('name_th,owner_name,legal_form,district\r\n', 'ascii'),
    Buffer.from([0xc3, 0xe9, 0xd2, 0xb9]),
    Buffer.from(',x,individual,1001\r\n', 'ascii'),
  ]);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buffer)).toThrow();

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, officer.email, officer.password);
  await openImportPage(page);
  const fileInput = page.getByLabel(importText.form.file_label);
  await fileInput.setInputFiles({ name: 'businesses-excel.csv', mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: importText.form.submit }).click();

  await expect(fileInput).toBeFocused();
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toHaveText(thErrors.import.not_utf8);
  // The description is the hint, then the error (after the marker the error style puts before it).
  await expect(fileInput).toHaveAccessibleDescription(
    new RegExp(
      `^${escapeRegExp(fill(importText.form.file_hint, { rows: '5,000' }))} .*${escapeRegExp(thErrors.import.not_utf8)}$`,
    ),
  );
  await expect(
    page.getByRole('heading', { name: fill(importText.preview.heading, { file: 'businesses-excel.csv' }) }),
  ).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test('an IAO officer, who does not keep the catalogue, cannot open the import page', async ({
  page,
  users,
}) => {
  const officer = await users.create('iao_officer');
  await signIn(page, officer.email, officer.password);
  await page.goto(IMPORT_PAGE);
  await expect(page.getByRole('heading', { level: 1, name: thCommon.forbidden_page.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: text.title })).toHaveCount(0);
  await expect(page.getByLabel(importText.form.file_label)).toHaveCount(0);
});

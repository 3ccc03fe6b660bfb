/**
 * Importing partners from a file (an IAO officer) and the partner registry's settings (an
 * administrator): the preview row by row, the import applied and found in the partner list, a CSV in
 * the wrong encoding refused with a message tied to the file field, and the dormant period changed,
 * also when someone else changed it first.
 */
import type { Page } from '@playwright/test';
import type { PartnerList, SessionInfo } from '@bia/contracts';
import thPartnerImport from '../packages/i18n/locales/th/partner_import.json' with { type: 'json' };
import thSpreadsheetImport from '../packages/i18n/locales/th/spreadsheet_import.json' with { type: 'json' };
import thPartners from '../packages/i18n/locales/th/partners.json' with { type: 'json' };
import thErrors from '../packages/i18n/locales/th/errors.json' with { type: 'json' };
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  signIn,
  test,
  th,
  uniqueName,
} from './support/fixtures.ts';

const text = thPartnerImport.import;
/** The texts every import page shares (components/spreadsheet-import). */
const importText = thSpreadsheetImport;
const settingsText = thPartnerImport.settings;

/**
 * Thai text as a Windows-874 (TIS-620) file, the way an older Excel saves "CSV": ASCII as it is, and
 * the Thai block U+0E01–U+0E5B as the bytes 0xA1–0xFB. Such bytes are never valid UTF-8.
 */
function windows874(value: string): Buffer {
  return Buffer.from(
    [...value].map((character) => {
      const code = character.codePointAt(0) ?? 0;
      if (code < 0x80) return code;
      if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
      throw new Error(`${character} has no Windows-874 byte`);
    }),
  );
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function csvFile(name: string, content: string | Buffer) {
  return {
    name,
    mimeType: 'text/csv',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  };
}

async function openImportPage(page: Page) {
  await page.goto('/partners/import');
  await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
}

/** The partners the API finds by a name, as the signed-in page's session sees them. */
async function partnersNamed(page: Page, name: string): Promise<PartnerList> {
  const response = await page.request.get(`/api/partners?q=${encodeURIComponent(name)}`);
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as PartnerList;
}

test('an IAO officer previews a partners file, sees the rejected row and why, imports it and finds the new partner in the list', async ({
  page,
  users,
}) => {
  // A journey through several pages: on a loaded two-core machine it can pass 30 s. Speed is
  // measured by `npm run bench`, not here.
  test.setTimeout(90_000);
  const officer = await users.create('iao_officer');
  const goodName = uniqueName('เมืองทดสอบนำเข้า');
  const badName = uniqueName('เมืองรหัสประเทศผิด');
  const csv = [
    'import_key,kind,name_th,name_en,country_code,time_zone',
    `${goodName.replaceAll(' ', '-')},friendship_city,${goodName},Import Test City,JP,Asia/Tokyo`,
    `,friendship_city,${badName},Wrong Country City,ZZ,`,
  ].join('\r\n');

  await signIn(page, officer.email, officer.password);
  await openImportPage(page);

  await test.step('the guide lists the columns and the codes of a partners file, with the template', async () => {
    const guide = page.getByRole('region', { name: text.guide.heading.partners });
    await expect(guide.getByRole('table', { name: text.guide.table_caption.partners })).toBeVisible();
    await expect(guide.getByRole('link', { name: importText.guide.template })).toHaveAttribute(
      'href',
      '/api/partners/import/template.csv?kind=partners',
    );
    await expect(
      guide
        .getByRole('region', { name: text.guide.values.partner_kinds })
        .getByText(thPartners.kind.sister_city),
    ).toBeVisible();
  });

  await test.step('asks for a file before checking', async () => {
    await page.getByRole('button', { name: importText.form.submit }).click();
    const fileInput = page.getByLabel(importText.form.file_label);
    await expect(fileInput).toBeFocused();
    await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
    await expect(fileInput).toHaveAccessibleDescription(new RegExp(importText.form.file_required));
  });

  await test.step('previews the file: one row to create, one rejected with its reason', async () => {
    await page.getByRole('radio', { name: text.kinds.partners }).check();
    await page.getByLabel(importText.form.file_label).setInputFiles(csvFile('partners.csv', csv));
    await page.getByRole('button', { name: importText.form.submit }).click();

    const preview = page.getByRole('region', {
      name: fill(importText.preview.heading, { file: 'partners.csv' }),
    });
    await expect(preview).toBeVisible();
    await expect(
      page.getByRole('status').filter({
        hasText: fill(importText.preview.summary, { create: 1, update: 0, unchanged: 0, reject: 1 }),
      }),
    ).toHaveCount(1);

    const rows = preview.getByRole('table', { name: importText.preview.caption }).getByRole('row');
    const goodRow = rows.filter({ hasText: goodName });
    await expect(goodRow).toContainText(importText.actions.create);
    const badRow = rows.filter({ hasText: badName });
    await expect(badRow).toContainText(importText.actions.reject);
    await expect(badRow).toContainText(
      fill(importText.preview.problem, {
        column: 'country_code',
        message: thPartners.errors.invalid_country,
      }),
    );
    await expect(preview.getByText(importText.preview.rejected_skipped)).toBeVisible();

    // Only the rejected row, on request.
    await preview.getByRole('checkbox', { name: importText.preview.only_rejected }).check();
    await expect(goodRow).toHaveCount(0);
    await expect(badRow).toHaveCount(1);

    // The preview wrote nothing.
    expect((await partnersNamed(page, goodName)).total).toBe(0);
    await expectNoAccessibilityViolations(page);
  });

  await test.step('applies the import and is told what was written', async () => {
    await page.getByRole('button', { name: fill(importText.preview.apply_other, { number: 1 }) }).click();
    const result = page.getByRole('heading', { level: 2, name: importText.result.heading });
    await expect(result).toBeFocused();
    await expect(
      page
        .getByText(fill(importText.result.summary, { created: 1, updated: 0, unchanged: 0, rejected: 1 }))
        .first(),
    ).toBeVisible();
  });

  await test.step('finds the new partner by its Thai name in the partner list, and not the rejected one', async () => {
    await page.getByRole('link', { name: text.result.to_partners }).click();
    await expect(page).toHaveURL(/\/partners$/);
    await page.goto(`/partners?q=${encodeURIComponent(goodName)}`);
    await expect(page.getByRole('link', { name: goodName }).first()).toBeVisible();
    expect((await partnersNamed(page, goodName)).total).toBe(1);
    expect((await partnersNamed(page, badName)).total).toBe(0);
  });

  await test.step('importing the same file again changes nothing', async () => {
    await openImportPage(page);
    await page.getByLabel(importText.form.file_label).setInputFiles(csvFile('partners.csv', csv));
    await page.getByRole('button', { name: importText.form.submit }).click();
    await expect(
      page.getByRole('status').filter({
        hasText: fill(importText.preview.summary, { create: 0, update: 0, unchanged: 1, reject: 1 }),
      }),
    ).toHaveCount(1);
    await expect(page.getByText(importText.preview.nothing_to_apply)).toBeVisible();
  });
});

test('a CSV saved in Windows-874 is refused with a readable message at the file field, and nothing is written', async ({
  page,
  users,
}) => {
  const officer = await users.create('iao_officer');
  const name = uniqueName('เมืองไฟล์ภาษาไทยเก่า');
  const file = windows874(['kind,name_th,country_code', `friendship_city,${name},JP`].join('\r\n'));
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();

  await signIn(page, officer.email, officer.password);
  await openImportPage(page);
  const fileInput = page.getByLabel(importText.form.file_label);
  await fileInput.setInputFiles(csvFile('partners-excel.csv', file));
  await page.getByRole('button', { name: importText.form.submit }).click();

  await expect(fileInput).toBeFocused();
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toHaveText(thErrors.import.not_utf8);
  await expect(fileInput).toHaveAccessibleDescription(new RegExp(escapeRegExp(thErrors.import.not_utf8)));
  await expect(
    page.getByRole('heading', { name: fill(importText.preview.heading, { file: 'partners-excel.csv' }) }),
  ).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^บันทึก/ })).toHaveCount(0);
  expect((await partnersNamed(page, name)).total).toBe(0);
});

test('an administrator changes the dormant period, and is told when someone else changed it first', async ({
  page,
  admin,
}) => {
  const dormant = settingsText.dormant;
  await signIn(page, admin.email, admin.password);
  await page.goto('/partners/settings');
  await expect(page.getByRole('heading', { level: 1, name: settingsText.title })).toBeVisible();
  const months = page.getByLabel(dormant.label);
  await expect(months).not.toHaveValue('');
  const original = await months.inputValue();
  await expectNoAccessibilityViolations(page);
  const changed = original === '36' ? '30' : '36';

  await test.step('saves a new period and keeps it after a reload', async () => {
    await months.fill(changed);
    await page.getByRole('button', { name: th.common.actions.save }).click();
    await expect(
      page.getByRole('status').filter({ hasText: fill(dormant.saved, { months: changed }) }),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(dormant.label)).toHaveValue(changed);
  });

  await test.step('a save over a change made meanwhile is refused, and the latest value can be loaded', async () => {
    // Someone else sets another period while this page is open.
    const session = (await (await page.request.get('/api/auth/session')).json()) as SessionInfo;
    const current = (await (await page.request.get('/api/partners/settings')).json()) as { version: number };
    const meanwhile = await page.request.put('/api/partners/settings', {
      data: { dormantAfterMonths: 18, version: current.version },
      headers: { 'x-csrf-token': session.csrfToken ?? '' },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);

    await months.fill('12');
    await page.getByRole('button', { name: th.common.actions.save }).click();
    await expect(page.getByRole('alert')).toContainText(thErrors.conflict_stale);
    await page.getByRole('button', { name: th.common.actions.reload }).click();
    await expect(months).toHaveValue('18');
    await expect(months).toBeFocused();
  });

  await test.step('puts the original period back', async () => {
    await months.fill(original);
    await page.getByRole('button', { name: th.common.actions.save }).click();
    await expect(
      page.getByRole('status').filter({ hasText: fill(dormant.saved, { months: original }) }),
    ).toBeVisible();
  });
});

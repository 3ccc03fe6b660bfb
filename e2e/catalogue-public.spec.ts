/**
 * The public Bangkok Brand catalogue of issue #4, as buyers abroad use it: a buyer reading Japanese
 * finds a certified product by a Japanese word and opens its page; a Korean reader is told the text is
 * shown in English; once the product's Bangkok Brand certification has ended it is gone. The records
 * are made through the API by a Social Development officer.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { Certification, EntrepreneurDetail, Product } from '@bia/contracts';
import jaText from '../packages/i18n/locales/ja/catalogue_public.json' with { type: 'json' };
import koText from '../packages/i18n/locales/ko/catalogue_public.json' with { type: 'json' };
import thText from '../packages/i18n/locales/th/catalogue_public.json' with { type: 'json' };
import enText from '../packages/i18n/locales/en/catalogue_public.json' with { type: 'json' };
import zhText from '../packages/i18n/locales/zh/catalogue_public.json' with { type: 'json' };
import jaFrame from '../packages/i18n/locales/ja/frame.json' with { type: 'json' };
import {
  en,
  expect,
  expectNoAccessibilityViolations,
  test,
  textPattern,
  th,
  uniqueName,
} from './support/fixtures.ts';

/** A date in Bangkok, `days` from today, as YYYY-MM-DD. */
function bangkokDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** An API client signed in as `email`, sending the CSRF token with every change. */
async function apiAs(request: APIRequestContext, email: string, password: string) {
  const signedIn = await request.post('/api/auth/sign-in', { data: { email, password } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string | null };
  const send = async <T>(method: 'post' | 'patch', path: string, data: unknown): Promise<T> => {
    const response = await request[method](path, { data, headers: { 'x-csrf-token': csrfToken ?? '' } });
    expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    post: <T>(path: string, data: unknown) => send<T>('post', path, data),
    patch: <T>(path: string, data: unknown) => send<T>('patch', path, data),
  };
}

/** The catalogue's own five-language switch (the header has the interface's Thai/English one). */
const catalogueSwitchName = new RegExp(
  `^(${[thText, enText, jaText, koText, zhText].map((text) => text.language.label).join('|')})$`,
);

async function chooseLanguage(page: Page, name: string) {
  const option = page
    .getByRole('group', { name: catalogueSwitchName })
    .getByRole('button', { name, exact: true });
  await option.click();
  await expect(option).toHaveAttribute('aria-pressed', 'true');
}

test('a buyer reading Japanese finds a certified product by a Japanese word, a Korean reader sees the English fallback, and the product is gone once its certification has ended', async ({
  page,
  playwright,
  baseURL,
  users,
}) => {
  const officer = await users.create('social_development_officer');
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL ?? '' },
  });
  const api = await apiAs(request, officer.email, officer.password);
  const marker = uniqueName('')
    .trim()
    .replaceAll(/[^0-9a-z]/g, '');
  const nameJa = `藍染めシルクスカーフ ${marker}`;
  const nameTh = `ผ้าพันคอไหมย้อมคราม ${marker}`;
  const nameEn = `Indigo-dyed silk scarf ${marker}`;
  const year = Number(bangkokDate(0).slice(0, 4));

  const business = await api.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
    name: { th: `กลุ่มทอผ้าคราม ${marker}`, en: `Indigo Weavers ${marker}` },
    ownerName: 'นางสาวคราม ทดสอบ',
    legalForm: 'community_enterprise',
    districtCode: '1001',
    languages: ['th', 'en', 'ja'],
    exportExperience: 'occasional',
    exportReadiness: 'ready',
  });
  const product = await api.post<Product>(`/api/catalogue/entrepreneurs/${business.id}/products`, {
    name: { th: nameTh, en: nameEn, ja: nameJa },
    description: { th: 'ผ้าไหมแท้ ย้อมครามธรรมชาติ', en: 'Pure silk dyed with natural indigo' },
    category: 'textiles_clothing',
    hsCode: '621410',
    priceMinThb: 900,
    priceMaxThb: 1600,
    minimumOrderQuantity: 30,
    minimumOrderUnit: 'ผืน',
  });
  const certification = await api.post<Certification>(
    `/api/catalogue/products/${product.id}/certifications`,
    { kind: 'bangkok_brand', yearCertified: year - 1, validUntil: `${year + 1}-12-31`, districtCode: '1001' },
  );

  await test.step('a buyer switches the catalogue to Japanese and finds the product by a Japanese word', async () => {
    await page.goto('/catalogue');
    await expect(page.getByRole('heading', { level: 1, name: thText.title })).toBeVisible();
    await chooseLanguage(page, '日本語');
    await expect(page.getByRole('heading', { level: 1, name: jaText.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const search = page.getByRole('search');
    await search.getByLabel(jaText.search.label).fill(`藍染め ${marker}`);
    await search.getByRole('button', { name: jaText.search.submit }).click();
    await page.getByRole('link', { name: nameJa }).click();
    await expect(page.getByRole('heading', { level: 1, name: nameJa })).toBeVisible();
    await expect(page.getByText(jaText.certifications.bangkok_brand, { exact: true })).toBeVisible();
    // The description has no Japanese text: it is shown in English, and the page says so.
    await expect(page.getByText('Pure silk dyed with natural indigo')).toBeVisible();
    await expect(page.getByText(jaText.fallback.in_english).first()).toBeVisible();
  });

  await test.step('in Korean the page shows the English name and says it is a fallback', async () => {
    await chooseLanguage(page, '한국어');
    await expect(page.getByRole('heading', { level: 1, name: nameEn })).toBeVisible();
    await expect(page.getByText(koText.fallback.in_english).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });

  await test.step('axe finds no serious problem on the catalogue in Japanese', async () => {
    await chooseLanguage(page, '日本語');
    await page.goto('/catalogue');
    await expect(
      page.getByRole('heading', { level: 2, name: textPattern(jaText.results.count_other) }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  await test.step('after its Bangkok Brand certification ends yesterday, the product is gone', async () => {
    await api.patch(`/api/catalogue/products/${product.id}/certifications/${certification.id}`, {
      validUntil: bangkokDate(-1),
      version: certification.version,
    });
    await page.goto(`/catalogue?q=${encodeURIComponent(marker)}`);
    await expect(page.getByText(jaText.results.empty)).toBeVisible();
    await expect(page.getByRole('link', { name: nameJa })).toHaveCount(0);
    await page.goto(`/catalogue/products/${product.id}`);
    await expect(page.getByRole('heading', { level: 1, name: jaText.product.not_found_title })).toBeVisible();
  });
  await request.dispose();
});

for (const [language, text, button] of [
  ['Thai', thText, 'ไทย'],
  ['English', enText, 'English'],
] as const) {
  test(`the catalogue in ${language} has no serious accessibility problem, on a phone too`, async ({
    page,
  }) => {
    await page.goto('/catalogue');
    await chooseLanguage(page, button);
    await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
    await expect(
      // The results have come: the heading counts them instead of saying "Results".
      page.getByRole('heading', { level: 2, name: text.results.heading }),
    ).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAccessibilityViolations(page);
  });
}

test('a Japanese reader sees the whole page in Japanese, header and footer too, with one language switch', async ({
  page,
}) => {
  await page.goto('/catalogue?lang=ja');
  await expect(page.getByRole('heading', { level: 1, name: jaText.title })).toBeVisible();

  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: jaFrame.nav.sign_in })).toBeVisible();
  await expect(header.getByText(jaFrame.app.name)).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveText(jaFrame.app.office);
  await expect(page).toHaveTitle(new RegExp(jaFrame.app.name));

  // The five languages are offered once, in the header; the interface's Thai/English switch is not.
  await expect(page.getByRole('group', { name: catalogueSwitchName })).toHaveCount(1);
  await expect(header.getByRole('group', { name: catalogueSwitchName })).toHaveCount(1);
  await expect(
    page.getByRole('group', {
      name: new RegExp(`^(${th.common.language.label}|${en.common.language.label})$`),
    }),
  ).toHaveCount(0);

  await chooseLanguage(page, '한국어');
  await expect(page.getByRole('contentinfo')).not.toHaveText(jaFrame.app.office);
  await expectNoAccessibilityViolations(page);
});

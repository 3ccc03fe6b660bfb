/**
 * A buyer confirms an order in Japanese from the link mailed to them (issue 14, "two sides"): Social
 * Development records a Fukuoka buyer's order of a Bangkok Brand business and asks the buyer to
 * confirm it; the mail waits in the outbox (no mail server in the tests); the buyer opens the link
 * without an account, reads the order in Japanese — the Thai unit in Japanese, the value in yen, the
 * date in the Gregorian calendar — checks that a note left empty is refused in Japanese, confirms, and
 * finds the link used when opening it again. The deal shows the order confirmed from the link.
 */
import type { APIRequestContext } from '@playwright/test';
import type {
  CreatedConfirmationRequest,
  Deal,
  EntrepreneurDetail,
  MailMessage,
  PartnerSummary,
  Product,
  SessionInfo,
} from '@bia/contracts';
import { formatDate, formatMoney, yearInCalendar } from '@bia/i18n';
import jaConfirmation from '../packages/i18n/locales/ja/deal_confirmation.json' with { type: 'json' };
import { expect, expectNoAccessibilityViolations, test, uniqueName } from './support/fixtures.ts';

/** An API client signed in as `email`, sending the CSRF token with every change. */
async function apiAs(request: APIRequestContext, email: string, password: string) {
  const signedIn = await request.post('/api/auth/sign-in', { data: { email, password } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as SessionInfo;
  return {
    async get<T>(path: string): Promise<T> {
      const response = await request.get(path);
      expect(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
    async post<T>(path: string, data: unknown): Promise<T> {
      const response = await request.post(path, { data, headers: { 'x-csrf-token': csrfToken ?? '' } });
      expect(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}

/** Yesterday in Bangkok, YYYY-MM-DD: the order is dated before today, as the platform requires. */
function yesterdayInBangkok(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(Date.now() - 86_400_000);
}

test('a buyer confirms an order in Japanese from the link mailed to them, once', async ({
  page,
  playwright,
  baseURL,
  users,
}) => {
  const social = await users.create('social_development_officer');
  const admin = await users.create('admin');
  const context = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL ?? '' },
  });
  const sdo = await apiAs(context, social.email, social.password);
  const orderedOn = yesterdayInBangkok();
  const buyerEmail = `tanaka-${Date.now()}@hakata.example`;
  let link = '';
  let deal: Deal | undefined;

  await test.step('set-up: a business, its listed product, and a Fukuoka buyer’s order of it', async () => {
    const partners = await sdo.get<{ items: PartnerSummary[] }>(
      '/api/partners?q=Fukuoka%20Prefecture&pageSize=20',
    );
    const fukuoka = partners.items.find((partner) => partner.nameEn === 'Fukuoka Prefecture');
    if (!fukuoka) throw new Error('Fukuoka Prefecture is not in the reference data');
    const business = await sdo.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
      name: { th: uniqueName('ครัวน้ำพริกแม่ศรี'), en: "Mae Sri's Chili Kitchen", ja: 'メーシーのチリキッチン' },
      ownerName: 'ศรี ใจดี',
      legalForm: 'community_enterprise',
      districtCode: '1001',
      email: `maesri-${Date.now()}@example.com`,
      languages: ['th'],
      exportExperience: 'none',
      exportReadiness: 'ready',
    });
    const product = await sdo.post<Product>(`/api/catalogue/entrepreneurs/${business.id}/products`, {
      name: { th: 'น้ำพริกเผา', en: 'Roasted chili paste', ja: 'ナムプリックパオ' },
      category: 'food',
      hsCode: '210390',
    });
    deal = await sdo.post<Deal>('/api/deals', {
      entrepreneurId: business.id,
      partnerId: fukuoka.id,
      buyerName: '田中健二',
      buyerOrganisation: 'Hakata Imports K.K.',
      buyerEmail,
      buyerLanguage: 'ja',
      productIds: [product.id],
      firstEntry: {
        kind: 'order',
        occurredOn: orderedOn,
        orderLines: [
          { productId: product.id, quantity: 500, unit: 'ขวด', value: 150000, currency: 'JPY', orderedOn },
        ],
      },
    });
  });

  await test.step('Social Development asks the buyer to confirm: the mail waits in the outbox', async () => {
    const entry = deal?.entries[0];
    if (!deal || !entry) throw new Error('no deal');
    const asked = await sdo.post<CreatedConfirmationRequest>(
      `/api/deals/${deal.id}/entries/${entry.id}/confirmation-requests`,
      {},
    );
    expect(asked).toMatchObject({ status: 'open', delivery: 'outbox', language: 'ja' });

    // The administrator reads the outbox (no mail server here), as they would pass the link on.
    const adminContext = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { origin: baseURL ?? '' },
    });
    const administrator = await apiAs(adminContext, admin.email, admin.password);
    const { items } = await administrator.get<{ items: MailMessage[] }>('/api/outbox?pageSize=100');
    const mail = items.find((message) => message.toAddress === buyerEmail);
    expect(mail?.subject).toContain(jaConfirmation.kinds.order);
    link = /https?:\/\/\S+\/confirm\/[\w-]+\?lang=ja/.exec(mail?.textBody ?? '')?.[0] ?? '';
    expect(link, 'a confirmation link in the mail').not.toBe('');
    await adminContext.dispose();
  });

  await test.step('the buyer reads the order in Japanese, without an account', async () => {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: jaConfirmation.title })).toBeVisible();
    const what = page.getByRole('region', { name: jaConfirmation.what });
    await expect(what).toContainText('メーシーのチリキッチン');
    await expect(what).toContainText('ナムプリックパオ');
    await expect(what).toContainText('500本');
    await expect(what).toContainText(formatMoney(150000, 'JPY', 'ja'));
    await expect(what).toContainText(formatDate(orderedOn, 'ja'));
    // Gregorian, not the Buddhist era a Thai reader would see.
    await expect(what).not.toContainText(String(yearInCalendar(Number(orderedOn.slice(0, 4)), 'th')));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expectNoAccessibilityViolations(page);
  });

  await test.step('a note left empty is refused in Japanese, nothing sent; then the buyer confirms', async () => {
    await page.getByRole('button', { name: jaConfirmation.dispute }).click();
    await page.getByRole('button', { name: jaConfirmation.send_dispute }).click();
    await expect(page.getByText(jaConfirmation.field_errors.required)).toBeVisible();
    await page.getByRole('button', { name: jaConfirmation.cancel }).click();

    await page.getByRole('button', { name: jaConfirmation.confirm }).click();
    await expect(page.getByText(jaConfirmation.confirmed_title)).toBeVisible();
  });

  await test.step('the link opened again says, in Japanese, that it was used', async () => {
    await page.goto(link);
    await expect(page.getByText(jaConfirmation.errors.link_used)).toBeVisible();
    await expect(page.getByRole('button', { name: jaConfirmation.confirm })).toHaveCount(0);
  });

  await test.step('the deal shows the order confirmed by the buyer from the link', async () => {
    if (!deal) throw new Error('no deal');
    const now = await sdo.get<Deal>(`/api/deals/${deal.id}`);
    expect(now.entries[0]).toMatchObject({ buyerConfirmedVia: 'link' });
    expect(now.unconfirmedCount).toBe(0);
  });

  await context.dispose();
});

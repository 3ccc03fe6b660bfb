/**
 * The Bangkok Brand register as staff and businesses keep it: a Social Development officer adds a
 * business and invites its entrepreneur by e-mail; the entrepreneur accepts from the link in the
 * outbox, signs in, sees their own business with its district named, and adds a product with Thai and
 * Japanese names, an HS code found by a word, and a photo. Another entrepreneur cannot change that
 * product. An officer deletes a product entered by mistake, and is told why one that buyers are
 * interested in cannot be deleted.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import type { EntrepreneurDetail, MailMessage, PartnerDetail, Product, SessionInfo } from '@bia/contracts';
import thCatalogue from '../packages/i18n/locales/th/catalogue.json' with { type: 'json' };
import thPages from '../packages/i18n/locales/th/catalogue_pages.json' with { type: 'json' };
import { e2eAdmin } from './support/environment.ts';
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  openMenuSection,
  signIn,
  submitSignInForm,
  test,
  th,
  uniqueName,
} from './support/fixtures.ts';

const PASSWORD = 'ผู้ประกอบการ-password-2569';

/** The invitation link the platform put in the e-mail to `email`, read from the outbox as the administrator. */
async function invitationLink(request: APIRequestContext, email: string): Promise<string> {
  const signedIn = await request.post('/api/auth/sign-in', {
    data: { email: e2eAdmin.email, password: e2eAdmin.password },
  });
  expect(signedIn.status()).toBe(200);
  const session = (await signedIn.json()) as SessionInfo;
  expect(session.user).not.toBeNull();
  const outbox = await request.get('/api/outbox?pageSize=100');
  expect(outbox.status()).toBe(200);
  const { items } = (await outbox.json()) as { items: MailMessage[] };
  const mail = items.find((message) => message.toAddress === email);
  expect(mail, `an e-mail to ${email}`).toBeDefined();
  const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(mail?.textBody ?? '')?.[0];
  expect(link, 'a link to set a password').toBeDefined();
  return link ?? '';
}

/** An API client signed in as `email`, sending the CSRF token with every change. */
async function apiAs(request: APIRequestContext, email: string, password: string) {
  const signedIn = await request.post('/api/auth/sign-in', { data: { email, password } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as SessionInfo;
  return {
    async post<T>(path: string, data: unknown): Promise<T> {
      const response = await request.post(path, { data, headers: { 'x-csrf-token': csrfToken ?? '' } });
      expect(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}

/** What a list of facts (term and value) says for one term. */
function factOf(facts: Locator, term: string): Locator {
  return facts
    .locator('div')
    .filter({ has: facts.page().getByRole('term').filter({ hasText: term }) })
    .getByRole('definition');
}

/** Phra Nakhon (1001), the district of the businesses these journeys add, as the reference data names it. */
const PHRA_NAKHON = { code: '1001', nameTh: 'เขตพระนคร' } as const;

async function completenessOf(page: Page, languageName: string) {
  return page
    .getByRole('list', { name: thPages.completeness.heading, exact: true })
    .getByRole('listitem')
    .filter({ hasText: languageName });
}

test('an officer invites an entrepreneur, who adds a product with Thai and Japanese names, an HS code and a photo; another entrepreneur cannot change it', async ({
  page,
  browser,
  playwright,
  baseURL,
  users,
  adminRequest,
}) => {
  test.setTimeout(120_000);
  const officer = await users.create('social_development_officer');
  const businessName = uniqueName('ขนมไทยแม่ศรี');
  const entrepreneurEmail = `owner-${Date.now().toString(36)}@e2e.bia.invalid`;
  let businessUrl = '';

  await test.step('the officer adds the business', async () => {
    await signIn(page, officer.email, officer.password);
    await (
      await openMenuSection(page, th.common.nav.groups.trade)
    )
      .getByRole('link', { name: thPages.nav.businesses, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: thPages.list.title })).toBeVisible();
    // Those who keep the catalogue may also bring businesses in from a spreadsheet.
    await expect(page.getByRole('link', { name: thPages.list.import })).toHaveAttribute(
      'href',
      '/businesses/import',
    );
    await page.getByRole('link', { name: thPages.list.add }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: thPages.business_form.create_title }),
    ).toBeVisible();
    await page.getByLabel(/^ชื่อภาษาไทย/).fill(businessName);
    await page.getByLabel(/^ชื่อภาษาอังกฤษ/).fill('Mae Sri Thai Desserts');
    await page.getByLabel(new RegExp(`^${thPages.business_form.owner_name}`)).fill('ศรี ใจดี');
    await page
      .getByLabel(new RegExp(`^${thPages.business_form.district}`))
      .selectOption({ label: PHRA_NAKHON.nameTh });
    await page.getByRole('button', { name: th.common.actions.save }).click();
    await expect(page.getByRole('heading', { level: 1, name: businessName })).toBeVisible();
    businessUrl = new URL(page.url()).pathname;
    expect(businessUrl).toMatch(/^\/businesses\/[0-9a-f-]{36}$/);
  });

  await test.step('the officer invites the entrepreneur and is told the invitation waits in the outbox', async () => {
    const invite = page.getByRole('region', { name: thPages.invite.heading });
    await invite.getByLabel(new RegExp(`^${thPages.invite.email}`)).fill(entrepreneurEmail);
    await invite.getByRole('button', { name: thPages.invite.send }).click();
    // No mail server in the browser tests: the page must not say "sent".
    await expect(invite.getByRole('status')).toContainText(thPages.invite.outbox_title);
    await expect(invite.getByRole('status')).not.toContainText(thPages.invite.sent_title);
    await expect(invite.getByRole('status')).toContainText(entrepreneurEmail);
    await expectNoAccessibilityViolations(page);
  });

  const adminContext = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL ?? '' },
  });
  const link = await invitationLink(adminContext, entrepreneurEmail);
  await adminContext.dispose();

  const entrepreneurContext = await browser.newContext();
  const owner = await entrepreneurContext.newPage();
  // Nothing the entrepreneur's pages ask for may be refused (such as the staff-only units directory).
  const refused: string[] = [];
  owner.on('response', (response) => {
    if (response.status() === 403) refused.push(`${response.request().method()} ${response.url()}`);
  });
  const productName = uniqueName('ขนมชั้นใบเตย');
  const japaneseName = 'パンダンの層菓子';

  await test.step('the entrepreneur sets a password from the link, signs in and finds their business', async () => {
    await owner.goto(link);
    await expect(
      owner.getByRole('heading', { level: 1, name: th.identity.reset.title_invite }),
    ).toBeVisible();
    await owner.getByLabel(th.identity.password.new, { exact: true }).fill(PASSWORD);
    await owner.getByLabel(th.identity.password.confirm, { exact: true }).fill(PASSWORD);
    await owner.getByRole('button', { name: th.identity.reset.submit_invite }).click();
    await expect(owner.getByRole('status')).toContainText(th.identity.reset.done);
    await owner.getByRole('link', { name: th.identity.reset.go_to_sign_in }).click();
    await submitSignInForm(owner, entrepreneurEmail, PASSWORD);
    await owner
      .getByRole('navigation', { name: th.frame.nav.main })
      .getByRole('link', { name: thPages.nav.my_business, exact: true })
      .click();
    await expect(owner).toHaveURL(businessUrl);
    await expect(owner.getByRole('heading', { level: 1, name: businessName })).toBeVisible();
    // The menu marks their own business as the current page, and only it.
    await expect(
      owner.getByRole('navigation', { name: th.frame.nav.main }).locator('[aria-current="page"]'),
    ).toHaveText([thPages.nav.my_business]);
    // Only Social Development officers invite people and see every business.
    await expect(owner.getByRole('heading', { name: thPages.invite.heading })).toHaveCount(0);
    await expect(owner.getByRole('link', { name: thPages.business.back })).toHaveCount(0);
  });

  await test.step('the entrepreneur sees their district by its name, on the page and in the form', async () => {
    const facts = owner.getByRole('region', { name: thPages.business.facts });
    await expect(factOf(facts, thPages.business_form.district)).toHaveText(PHRA_NAKHON.nameTh);
    await owner.getByRole('link', { name: thPages.business.edit }).click();
    const district = owner.getByLabel(new RegExp(`^${thPages.business_form.district}`));
    await expect(district).toHaveValue(PHRA_NAKHON.code);
    await expect(district.locator('option:checked')).toHaveText(PHRA_NAKHON.nameTh);
    await owner.getByRole('button', { name: th.common.actions.cancel }).click();
    await expect(owner).toHaveURL(businessUrl);
  });

  let productUrl = '';
  await test.step('the entrepreneur adds a product with Thai and Japanese names and an HS code found by a word', async () => {
    await owner.getByRole('link', { name: thPages.products.add }).click();
    await expect(
      owner.getByRole('heading', {
        level: 1,
        name: fill(thPages.product_form.create_title, { name: businessName }),
      }),
    ).toBeVisible();
    await owner.getByLabel(/^ชื่อสินค้าภาษาไทย/).fill(productName);
    await owner.getByLabel(/^ชื่อสินค้าภาษาญี่ปุ่น/).fill(japaneseName);
    await owner.getByLabel(thPages.product_form.category).selectOption('food');
    await owner.getByLabel(thPages.hs.search, { exact: true }).fill('coffee');
    const coffee = owner.getByRole('radio', { name: /^0901\d*\s/ }).first();
    await expect(coffee).toBeVisible();
    await coffee.check();
    await expect(owner.getByText(thPages.hs.chosen)).toContainText('0901');
    await owner.getByRole('button', { name: thPages.product_form.create }).click();
    await expect(owner.getByRole('heading', { level: 1, name: productName })).toBeVisible();
    productUrl = new URL(owner.url()).pathname;
    expect(productUrl).toMatch(/^\/products\/[0-9a-f-]{36}$/);
    const japanese = await completenessOf(owner, 'ญี่ปุ่น');
    await expect(japanese).toContainText(thPages.completeness.name_only);
    const korean = await completenessOf(owner, 'เกาหลี');
    await expect(korean).toContainText(thPages.completeness.missing);
  });

  await test.step('the entrepreneur adds a photo and its thumbnail appears', async () => {
    const jpeg = await sharp({
      create: { width: 96, height: 64, channels: 3, background: { r: 40, g: 140, b: 90 } },
    })
      .jpeg()
      .toBuffer();
    await owner
      .getByLabel(thPages.photos.file, { exact: true })
      .setInputFiles({ name: 'pandan.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await owner.getByRole('button', { name: thPages.photos.upload }).click();
    await expect(owner.getByRole('status').filter({ hasText: thPages.photos.uploaded })).toBeVisible();
    const thumbnail = owner.getByRole('img', {
      name: fill(thPages.photos.alt, { number: 1, name: productName }),
    });
    await expect(thumbnail).toBeVisible();
    await expect
      .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    await expectNoAccessibilityViolations(owner);
  });

  await test.step('the business page lists the product, not listed yet, with its Japanese name written', async () => {
    await owner.goto(businessUrl);
    const product = owner
      .getByRole('listitem')
      .filter({ has: owner.getByRole('link', { name: productName }) });
    await expect(product).toContainText(thPages.product.not_listed);
    await expect(product.getByRole('listitem').filter({ hasText: 'ญี่ปุ่น' })).toContainText(
      thPages.completeness.name_only,
    );
    await expectNoAccessibilityViolations(owner);
    expect(refused, 'requests refused to the entrepreneur').toEqual([]);
  });
  await entrepreneurContext.close();

  await test.step('another entrepreneur cannot change the product', async () => {
    const other = await adminRequest.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
      name: { th: uniqueName('กิจการอื่น') },
      ownerName: 'คนอื่น',
      legalForm: 'individual',
      districtCode: '1002',
    });
    const stranger = await users.create('entrepreneur', { scopeId: other.id });
    const strangerContext = await browser.newContext();
    const strangerPage = await strangerContext.newPage();
    await signIn(strangerPage, stranger.email, stranger.password);
    await strangerPage.goto(productUrl);
    await expect(strangerPage.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(strangerPage.getByRole('heading', { level: 1, name: productName })).toHaveCount(0);
    await expect(strangerPage.getByRole('button', { name: th.common.actions.save })).toHaveCount(0);
    await expect(strangerPage.getByLabel(thPages.photos.file, { exact: true })).toHaveCount(0);
    // Nor may they add or import businesses.
    await strangerPage.goto('/businesses');
    await expect(strangerPage.getByRole('heading', { level: 1, name: thPages.list.title })).toBeVisible();
    await expect(strangerPage.getByRole('link', { name: thPages.list.add })).toHaveCount(0);
    await expect(strangerPage.getByRole('link', { name: thPages.list.import })).toHaveCount(0);
    await strangerContext.close();
  });
});

test('an officer deletes a product entered by mistake after confirming, and is told why a product buyers are interested in cannot be deleted', async ({
  page,
  playwright,
  baseURL,
  users,
  adminRequest,
}) => {
  test.setTimeout(90_000);
  const officer = await users.create('social_development_officer');
  const business = await adminRequest.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
    name: { th: uniqueName('ขนมบ้านสวน') },
    ownerName: 'สวน ทดสอบ',
    legalForm: 'individual',
    districtCode: PHRA_NAKHON.code,
  });
  const addProduct = (name: string) =>
    adminRequest.post<Product>(`/api/catalogue/entrepreneurs/${business.id}/products`, {
      name: { th: name },
      category: 'food',
      hsCode: '1905',
    });
  const mistake = await addProduct(uniqueName('ขนมผิดรายการ'));
  const wanted = await addProduct(uniqueName('ทองม้วน'));

  // A buyer of a partner city is interested in the listed product (Bangkok Brand certified).
  const year = new Date().getFullYear();
  await adminRequest.post(`/api/catalogue/products/${wanted.id}/certifications`, {
    kind: 'bangkok_brand',
    yearCertified: year - 1,
    validUntil: `${year + 1}-12-31`,
    districtCode: PHRA_NAKHON.code,
  });
  const partner = await adminRequest.post<PartnerDetail>('/api/partners', {
    kind: 'sister_city',
    nameTh: uniqueName('เมืองพี่เมืองน้องทดสอบ'),
  });
  const buyer = await users.create('partner_buyer', { scopeId: partner.id });
  const buyerRequest = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL ?? '' },
  });
  const buyerApi = await apiAs(buyerRequest, buyer.email, buyer.password);
  await buyerApi.post(`/api/catalogue/products/${wanted.id}/interests`, { message: 'สนใจสั่งซื้อ' });
  await buyerRequest.dispose();

  await signIn(page, officer.email, officer.password);
  const deleteDialog = page.getByRole('dialog', { name: thPages.product_delete.title });
  const openDeleteDialog = async () => {
    await page.getByRole('button', { name: thPages.product_delete.open, exact: true }).click();
    await expect(deleteDialog).toBeVisible();
  };

  await test.step('deleting a product buyers are interested in is refused, and the officer is told why', async () => {
    await page.goto(`/products/${wanted.id}`);
    await expect(page.getByRole('heading', { level: 1, name: wanted.name.th })).toBeVisible();
    await openDeleteDialog();
    await deleteDialog.getByRole('button', { name: thPages.product_delete.confirm, exact: true }).click();
    await expect(deleteDialog.getByRole('alert')).toHaveText(thCatalogue.errors.product_has_interests);
    await deleteDialog.getByRole('button', { name: th.common.actions.cancel }).click();
    await expect(deleteDialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: wanted.name.th })).toBeVisible();
  });

  await test.step('cancelling keeps the product', async () => {
    await page.goto(`/products/${mistake.id}`);
    await expect(page.getByRole('heading', { level: 1, name: mistake.name.th })).toBeVisible();
    await openDeleteDialog();
    await expect(deleteDialog).toContainText(mistake.name.th);
    await expectNoAccessibilityViolations(page);
    await deleteDialog.getByRole('button', { name: th.common.actions.cancel }).click();
    await expect(deleteDialog).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: mistake.name.th })).toBeVisible();
  });

  await test.step('after confirming, the business page opens, says so, and no longer lists the product', async () => {
    await openDeleteDialog();
    await deleteDialog.getByRole('button', { name: thPages.product_delete.confirm, exact: true }).click();
    await expect(page).toHaveURL(`/businesses/${business.id}`);
    await expect(page.getByRole('status').filter({ hasText: mistake.name.th })).toHaveText(
      fill(thPages.business.product_deleted, { name: mistake.name.th }),
    );
    const products = page.getByRole('region', { name: fill(thPages.products.heading, { number: 1 }) });
    await expect(products.getByRole('link', { name: wanted.name.th })).toBeVisible();
    await expect(products.getByRole('link', { name: mistake.name.th })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  await test.step('the product is gone for good', async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: wanted.name.th })).toBeVisible();
    await expect(page.getByRole('link', { name: mistake.name.th })).toHaveCount(0);
    await page.goto(`/products/${mistake.id}`);
    await expect(page.getByRole('alert')).toHaveText(thPages.product.not_found);
  });
});

/**
 * Deals (issue 14), on a phone in Thai: a Social Development officer opens "Deals" from the menu,
 * enters a deal for a business with a partner city's buyer (both picked by name), records the order
 * that followed with its line (a currency of its own, a date in the Buddhist era), is told at the
 * field when a quantity is negative, and finds the deal in the list by its stage.
 */
import type { Locator, Page } from '@playwright/test';
import type { EntrepreneurDetail, PartnerDetail, Product } from '@bia/contracts';
import thDealPages from '../packages/i18n/locales/th/deal_pages.json' with { type: 'json' };
import thErrors from '../packages/i18n/locales/th/errors.json' with { type: 'json' };
import thOutcomes from '../packages/i18n/locales/th/outcomes.json' with { type: 'json' };
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  signIn,
  test,
  th,
  uniqueName,
} from './support/fixtures.ts';

/** A label as shown, whatever follows it ("(จำเป็น)"), but not a longer label starting with it. */
function named(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
}

/** Types a date (YYYY-MM-DD) into the date field named `label`, as a Thai reader: Buddhist-era year. */
async function fillDate(scope: Page | Locator, label: string, isoDate: string) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const group = scope.getByRole('group', { name: named(label) });
  await group.getByRole('textbox').nth(0).fill(String(day));
  await group.getByRole('combobox').selectOption(String(month));
  await group
    .getByRole('textbox')
    .nth(1)
    .fill(String(Number(year) + 543));
}

/** A day of last month: done, whatever today is. */
function lastMonth(day: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 1);
  date.setUTCDate(day);
  return date.toISOString().slice(0, 10);
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('Social Development enters a deal on a phone, records its order with a line in yen, and finds it by its stage', async ({
  page,
  users,
  adminRequest,
}) => {
  test.setTimeout(90_000);
  const officer = await users.create('social_development_officer');
  const businessName = uniqueName('ข้าวหอมบ้านนา');
  const business = await adminRequest.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
    name: { th: businessName },
    ownerName: 'นา ทดสอบ',
    legalForm: 'community_enterprise',
    districtCode: '1001',
  });
  const productName = uniqueName('ข้าวหอมมะลิอินทรีย์');
  await adminRequest.post<Product>(`/api/catalogue/entrepreneurs/${business.id}/products`, {
    name: { th: productName },
    category: 'food',
    hsCode: '1006',
  });
  const cityName = uniqueName('ฟุกุโอกะทดสอบ');
  await adminRequest.post<PartnerDetail>('/api/partners', { kind: 'sister_city', nameTh: cityName });
  const buyerName = uniqueName('Tanaka Hiroshi');
  const contactedOn = lastMonth(3);
  const orderedOn = lastMonth(20);

  await test.step('opens the deals from the menu', async () => {
    await signIn(page, officer.email, officer.password);
    await page.getByRole('button', { name: th.frame.nav.menu, exact: true }).click();
    await page
      .getByRole('navigation', { name: th.frame.nav.main })
      .getByRole('link', { name: thDealPages.nav.deals, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: thDealPages.list.title })).toBeVisible();
  });

  await test.step('enters the deal: the business and the city picked by name, the buyer, the product, the first contact', async () => {
    await page.getByRole('link', { name: thDealPages.list.add }).click();
    await expect(page.getByRole('heading', { level: 1, name: thDealPages.new.title })).toBeVisible();
    await page.getByLabel(thDealPages.pickers.business_search).fill(businessName);
    await page.getByLabel(named(thDealPages.pickers.business)).selectOption({ label: businessName });
    await page.getByLabel(thDealPages.pickers.city_search).fill(cityName);
    await page.getByLabel(named(thDealPages.pickers.city)).selectOption({ label: cityName });
    await page.getByLabel(named(thDealPages.new.buyer_name)).fill(buyerName);
    await page.getByLabel(named(thDealPages.new.buyer_organisation)).fill('Hakata Foods');
    await page.getByLabel(named(thDealPages.new.buyer_language)).selectOption('ja');
    await page.getByRole('checkbox', { name: productName }).check();
    await fillDate(page, thDealPages.entry_form.occurred_on, contactedOn);
    await page
      .getByLabel(named(thDealPages.entry_form.direction))
      .selectOption({ label: thOutcomes.contact_directions.buyer_to_business });
    await page
      .getByLabel(named(thDealPages.entry_form.channel))
      .selectOption({ label: thOutcomes.contact_channels.email });
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: thDealPages.new.save }).click();

    await expect(
      page.getByRole('heading', {
        level: 1,
        name: fill(thDealPages.deal.title, { buyer: buyerName, business: businessName }),
      }),
    ).toBeVisible();
    const history = page.getByRole('list', { name: thDealPages.timeline.label });
    await expect(history.getByRole('heading', { name: thOutcomes.entry_kinds.contact })).toBeVisible();
    await expect(history.getByText(thOutcomes.contact_directions.buyer_to_business)).toBeVisible();
    await expect(history.getByText(thOutcomes.confirmation.unconfirmed)).toBeVisible();
  });

  await test.step('records the order: a negative quantity is refused at its field, then the line is kept', async () => {
    await page.getByRole('button', { name: thDealPages.entry_form.open }).click();
    const form = page.getByRole('form', { name: thDealPages.entry_form.add_heading });
    await fillDate(form, thDealPages.entry_form.occurred_on, orderedOn);
    await form
      .getByLabel(named(thDealPages.entry_form.kind))
      .selectOption({ label: thOutcomes.entry_kinds.order });
    const line = form.getByRole('group', { name: fill(thDealPages.order_lines.line, { number: 1 }) });
    await line.getByLabel(named(thDealPages.order_lines.product)).selectOption({ label: productName });
    await line.getByLabel(named(thDealPages.order_lines.quantity)).fill('-5');
    await line.getByLabel(named(thDealPages.order_lines.unit)).fill('กิโลกรัม');
    await line.getByLabel(named(thDealPages.order_lines.value)).fill('120,000');
    await line.getByLabel(named(thDealPages.order_lines.currency)).selectOption('JPY');
    await form.getByRole('button', { name: thDealPages.entry_form.add }).click();
    await expect(line.getByText(fill(thErrors.field.too_small, { min: 0 }))).toBeVisible();

    await line.getByLabel(named(thDealPages.order_lines.quantity)).fill('500');
    await form.getByRole('button', { name: thDealPages.entry_form.add }).click();
    await expect(page.getByText(thDealPages.entry_form.added)).toBeVisible();
    const history = page.getByRole('list', { name: thDealPages.timeline.label });
    await expect(history.getByRole('heading', { name: thOutcomes.entry_kinds.order })).toBeVisible();
    await expect(history.getByText('500 กิโลกรัม')).toBeVisible();
    await expect(
      history.getByText(fill(thDealPages.timeline.line_value, { value: '120,000', currency: 'JPY' })),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  await test.step('finds the deal in the list by its stage, as a card on the phone', async () => {
    await page.getByRole('link', { name: thDealPages.deal.back }).click();
    await page.getByLabel(thDealPages.list.stage).selectOption('order');
    await page.getByLabel(thDealPages.list.search_label).fill(buyerName);
    const cards = page.getByRole('list', { name: thDealPages.list.table_caption });
    const card = cards.getByRole('listitem').filter({ hasText: buyerName });
    await expect(card).toHaveCount(1);
    await expect(card.getByText(businessName)).toBeVisible();
    await expect(card.getByText(cityName)).toBeVisible();
    await expect(card.getByText(thOutcomes.stages.order)).toBeVisible();
    await expect(page.getByRole('table', { name: thDealPages.list.table_caption })).toBeHidden();
  });
});

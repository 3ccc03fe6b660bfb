/**
 * Follow-up rounds (issue 14), on a phone in Thai: Social Development opens a round from the menu for
 * a business that presented at a held session, with a rate for the yen; the business's entrepreneur
 * opens the link of the e-mail the round sent, sees its session on record and reports an order from a
 * new buyer of Fukuoka; Social Development sees the answer live, closes the round and downloads the
 * workbook in the seed's form, which the test reads back.
 */
import fs from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type {
  EntrepreneurDetail,
  FollowUpRoundDefaults,
  MailMessagePage,
  PartnerSummary,
  Product,
  ProgrammeCity,
  ProgrammeOutcomes,
  SessionInfo,
} from '@bia/contracts';
import { fiscalYearOf } from '@bia/i18n';
import thFollowUp from '../packages/i18n/locales/th/follow_up.json' with { type: 'json' };
import thKpis from '../packages/i18n/locales/th/outcome_kpis.json' with { type: 'json' };
import { expect, fill, signIn, test, th, uniqueName } from './support/fixtures.ts';

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

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same day a year earlier (the half-years start on 1 April or 1 October and end on 31 March or 30 September). */
function yearBefore(day: string): string {
  return `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
}

/** A working day (Monday to Friday) on or before `day`. */
function weekdayOnOrBefore(day: string): string {
  let found = day;
  while ([0, 6].includes(new Date(`${found}T00:00:00Z`).getUTCDay())) found = addDays(found, -1);
  return found;
}

async function signedInApi(request: APIRequestContext, email: string, password: string) {
  const signedIn = await request.post('/api/auth/sign-in', { data: { email, password } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as SessionInfo;
  const send = async <T>(method: 'POST' | 'PATCH', url: string, data: unknown, accept = [200, 201]) => {
    const response = await request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken ?? '' } });
    expect(accept, `${method} ${url}: ${response.status()} ${await response.text()}`).toContain(
      response.status(),
    );
    return (await response.json()) as T;
  };
  return {
    get: async <T>(url: string) => (await (await request.get(url)).json()) as T,
    post: <T>(url: string, data: unknown, accept?: number[]) => send<T>('POST', url, data, accept),
    patch: <T>(url: string, data: unknown) => send<T>('PATCH', url, data),
  };
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a business answers its follow-up on a phone in Thai; Social Development closes the round and reads its workbook', async ({
  page,
  playwright,
  baseURL,
  users,
  admin,
}) => {
  test.setTimeout(150_000);
  const text = thFollowUp;
  const officer = await users.create('iao_officer');
  const social = await users.create('social_development_officer');
  const contexts: APIRequestContext[] = [];
  const newContext = async () => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { origin: baseURL ?? '' },
    });
    contexts.push(context);
    return context;
  };
  const businessName = uniqueName('ครัวน้ำพริกแม่ศรี');
  const productName = uniqueName('น้ำพริกเผาสูตรโบราณ');
  const ownerEmail = `owner-${Date.now()}@e2e.bia.invalid`;
  let fukuoka: PartnerSummary | undefined;
  /** Fukuoka as a Thai reader sees it named. */
  const cityName = () => fukuoka?.nameTh ?? fukuoka?.nameEn ?? '';
  let defaults: FollowUpRoundDefaults | undefined;
  let business: EntrepreneurDetail | undefined;
  // A period of its own (rounds are one per period): the proposed one, ended a few days earlier.
  let periodStart = '';
  let periodEnd = '';
  let roundUrl = '';
  let ownerPassword = '';
  let fiscalYear = 0;

  await test.step('set-up: a session held with Fukuoka in the half-year last ended, where the business presented', async () => {
    const iao = await signedInApi(await newContext(), officer.email, officer.password);
    const sdo = await signedInApi(await newContext(), social.email, social.password);
    defaults = await sdo.get<FollowUpRoundDefaults>('/api/follow-up-rounds/defaults');
    // A year before the proposed half-year, so that its fiscal year is not the one the programme
    // journey (programme.spec.ts) opens itself.
    periodStart = yearBefore(defaults.periodStart);
    periodEnd = addDays(yearBefore(defaults.periodEnd), -(Date.now() % 40));
    fiscalYear = fiscalYearOf(periodEnd).buddhistYear;
    await iao.post('/api/programmes', { fiscalYear }, [201, 409]);
    const partners = await iao.get<{ items: PartnerSummary[] }>(
      '/api/partners?q=Fukuoka%20Prefecture&pageSize=20',
    );
    fukuoka = partners.items.find((partner) => partner.nameEn === 'Fukuoka Prefecture');
    if (!fukuoka) throw new Error('Fukuoka Prefecture is not in the reference data');
    await iao.post(`/api/programmes/${fiscalYear}/cities`, { partnerId: fukuoka.id }, [201, 409]);
    const cities = await iao.get<{ items: ProgrammeCity[] }>(`/api/programmes/${fiscalYear}/cities`);
    const city = cities.items.find((item) => item.partner.id === fukuoka?.id);
    if (city && city.replyStatus !== 'accepted')
      await iao.patch(`/api/programme-cities/${city.id}`, { version: city.version, replyStatus: 'accepted' });
    const heldOn = weekdayOnOrBefore(addDays(periodStart, 20));
    const session = await iao.post<{ id: string }>(`/api/programmes/${fiscalYear}/sessions`, {
      title: uniqueName('Bangkok Brand × ผู้ซื้อฟุกุโอกะ'),
      partnerIds: [fukuoka.id],
      startsAt: `${heldOn}T06:00:00Z`,
      endsAt: `${heldOn}T08:00:00Z`,
      isAlreadyHeld: true,
    });
    business = await sdo.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
      name: { th: businessName },
      ownerName: 'ศรี ใจดี',
      legalForm: 'community_enterprise',
      districtCode: '1001',
      email: `maesri-${Date.now()}@example.com`,
    });
    const product = await sdo.post<Product>(`/api/catalogue/entrepreneurs/${business.id}/products`, {
      name: { th: productName },
      category: 'food',
      hsCode: '210390',
    });
    // Only a product with a Bangkok Brand certification in force is presented at a session.
    const year = new Date().getFullYear();
    await sdo.post(`/api/catalogue/products/${product.id}/certifications`, {
      kind: 'bangkok_brand',
      yearCertified: year - 1,
      validUntil: `${year + 1}-12-31`,
      districtCode: '1001',
    });
    await sdo.post(`/api/programme-sessions/${session.id}/entrepreneurs`, {
      entrepreneurId: business.id,
      productIds: [product.id],
    });
    ownerPassword = (await users.create('entrepreneur', { email: ownerEmail, scopeId: business.id }))
      .password;
  });

  await test.step('Social Development opens a round from the menu, for this business, with a rate for the yen', async () => {
    await signIn(page, social.email, social.password);
    await page.getByRole('button', { name: th.frame.nav.menu, exact: true }).click();
    await page
      .getByRole('navigation', { name: th.frame.nav.main })
      .getByRole('link', { name: text.nav.rounds })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: text.rounds.title })).toBeVisible();
    await page.getByRole('button', { name: text.rounds.open }).click();
    const form = page.getByRole('region', { name: text.open.heading });
    await fillDate(form, text.open.period_start, periodStart);
    await fillDate(form, text.open.period_end, periodEnd);
    await form.getByRole('button', { name: text.open.untick_all }).click();
    await form.getByRole('checkbox', { name: new RegExp(businessName) }).check();
    // The currencies of the orders on record are offered: only the yen's rate is given here.
    for (;;) {
      const remove = form.getByRole('button', { name: /^ลบอัตรา/ });
      if ((await remove.count()) === 0) break;
      await remove.first().click();
    }
    await form.getByRole('button', { name: text.open.add_rate }).click();
    await form.getByLabel(named(text.open.currency)).fill('JPY');
    await form.getByLabel(named(text.open.baht_per_unit)).fill('0.23');
    await form.getByRole('button', { name: text.open.submit }).click();
    await expect(page.getByText(text.round.opened)).toBeVisible();
    roundUrl = new URL(page.url()).pathname;
    expect(roundUrl).toMatch(/^\/outcomes\/rounds\/[0-9a-f-]{36}$/);
  });

  await test.step('the entrepreneur opens the link of their e-mail on a phone and reports an order in Thai', async () => {
    const adminApi = await signedInApi(await newContext(), admin.email, admin.password);
    const outbox = await adminApi.get<MailMessagePage>('/api/outbox?pageSize=100');
    const mail = outbox.items.find((message) => message.toAddress === ownerEmail);
    const link = /https?:\/\/\S+\/follow-up\/[0-9a-f-]{36}\?business=[0-9a-f-]{36}/.exec(
      mail?.textBody ?? '',
    )?.[0];
    if (!link) throw new Error(`no follow-up link mailed to ${ownerEmail}`);

    await page.context().clearCookies();
    await signIn(page, ownerEmail, ownerPassword);
    const target = new URL(link);
    await page.goto(`${target.pathname}${target.search}`);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: fill(text.answer_page.title_of, { business: businessName }),
      }),
    ).toBeVisible();
    await page.getByText(text.record.heading).click();
    await expect(page.getByText(text.record.sessions)).toBeVisible();

    await page.getByRole('button', { name: text.form.add_order }).click();
    const order = page.getByRole('group', { name: fill(text.form.order_legend, { number: 1 }) });
    await order.getByLabel(named(text.form.buyer)).selectOption({ label: text.form.new_buyer });
    await order.getByLabel(named(text.form.city)).selectOption({ label: cityName() });
    await order.getByLabel(named(text.form.buyer_name)).fill('Tanaka Hiroshi');
    await fillDate(order, text.form.ordered_on, addDays(periodStart, 30));
    const line = order.getByRole('group', { name: fill(text.form.line_legend, { number: 1 }) });
    await line.getByLabel(named(text.form.product)).selectOption({ label: productName });
    await line.getByLabel(named(text.form.quantity)).fill('120');
    await line.getByLabel(named(text.form.unit)).fill('กระปุก');
    await line.getByLabel(named(text.form.value)).fill('30000');
    await line.getByLabel(named(text.form.currency)).fill('JPY');
    await page.getByRole('button', { name: /^ส่งข้อมูล/ }).click();
    await expect(page.getByText(/ตอบแล้วเมื่อ/)).toBeVisible();
    await expect(page.getByText(`${productName} 120 กระปุก`)).toBeVisible();
  });

  await test.step('Social Development sees the answer live, closes the round and reads its workbook back', async () => {
    await page.context().clearCookies();
    await signIn(page, social.email, social.password);
    await page.goto(roundUrl);
    const row = page.getByRole('listitem').filter({ hasText: businessName });
    await expect(row.getByText(text.answered_as.entrepreneur)).toBeVisible();
    await page.getByRole('button', { name: text.round.close }).click();
    await page.getByRole('button', { name: text.round.close_yes }).click();
    await expect(page.getByRole('heading', { name: text.figures.frozen })).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: text.round.document_xlsx }).first().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^follow-up-round-.*-th\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await fs.readFile(await download.path())).buffer);
    const orders = workbook.getWorksheet(text.export.sheets.orders);
    const rows = (orders?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    const ordered = rows.find((cells) => cells.includes(productName));
    // City, product, business, quantity ordered, unit, value in baht at the round's rate.
    expect(ordered?.slice(2, 8)).toEqual([cityName(), productName, businessName, 120, 'กระปุก', 6900]);
  });

  await test.step("the IAO officer finds the business counted in the year's outcome KPI on the programme page, with the API's figures", async () => {
    await page.context().clearCookies();
    await signIn(page, officer.email, officer.password);
    await page.goto(`/programme/${fiscalYear}`);
    const section = page.getByRole('region', { name: thKpis.title });
    await expect(section.getByText(thKpis.outcome.label)).toBeVisible();
    const iao = await signedInApi(await newContext(), officer.email, officer.password);
    const outcomes = await iao.get<ProgrammeOutcomes>(`/api/programmes/${fiscalYear}/outcomes`);
    const { outcome } = outcomes;
    const counted = outcome.counted.find((item) => item.business.name === businessName);
    expect(counted?.entry.buyerName).toBe('Tanaka Hiroshi');
    expect(outcome.qualifying).toBe(outcome.counted.length);
    expect(outcome.presented).toBe(outcome.counted.length + outcome.notCounted.length);
    // The tile and the list behind it say what the records say.
    await expect(
      section.getByText(
        fill(thKpis.outcome.value, { qualifying: outcome.qualifying, presented: outcome.presented }),
        { exact: true },
      ),
    ).toBeVisible();
    await section
      .getByText(
        fill(thKpis.outcome.businesses, {
          counted: outcome.counted.length,
          notCounted: outcome.notCounted.length,
        }),
      )
      .click();
    const row = section
      .getByRole('region', { name: thKpis.outcome.counted })
      .getByRole('row')
      .filter({ hasText: businessName });
    await expect(row.getByRole('link', { name: /Tanaka Hiroshi/ })).toBeVisible();
  });

  for (const context of contexts) await context.dispose();
});

/**
 * During and after a trade session (issue 5): an IAO officer checks in who came, records the interest
 * a Fukuoka buyer showed in a Bangkok Brand product, the contacts exchanged and the minutes, marks the
 * session held, downloads the Thai report — read back as text and drawn as images — and records its
 * delivery to the executives.
 *
 * The session is set up through the API so that it starts a few seconds after the journey begins:
 * the platform refuses to schedule a session in the past, and a session is recorded once under way.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type {
  CreatedInvitation,
  EntrepreneurDetail,
  PartnerSummary,
  Product,
  ProgrammeCity,
  SessionDetail,
  SessionInfo,
} from '@bia/contracts';
import { fiscalYearOf } from '@bia/i18n';
import thProgramme from '../packages/i18n/locales/th/programme.json' with { type: 'json' };
import thPages from '../packages/i18n/locales/th/programme_pages.json' with { type: 'json' };
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  signIn,
  test,
  uniqueName,
} from './support/fixtures.ts';

/** An API client signed in as a user, sending the CSRF token with every change. */
async function signedInApi(request: APIRequestContext, email: string, password: string) {
  const signedIn = await request.post('/api/auth/sign-in', { data: { email, password } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as SessionInfo;
  const send = async <T>(method: 'POST' | 'PATCH', url: string, data: unknown, accept = [200, 201]) => {
    const response = await request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken ?? '' } });
    expect(accept, `${method} ${url}: ${response.status()} ${await response.text()}`).toContain(
      response.status(),
    );
    return { status: response.status(), body: (await response.json()) as T };
  };
  return {
    get: async <T>(url: string) => (await (await request.get(url)).json()) as T,
    post: <T>(url: string, data: unknown, accept?: number[]) => send<T>('POST', url, data, accept),
    patch: <T>(url: string, data: unknown) => send<T>('PATCH', url, data),
  };
}

test('an IAO officer records attendance, interest, contacts and minutes, and downloads the Thai report', async ({
  page,
  playwright,
  baseURL,
  users,
}) => {
  test.setTimeout(120_000);
  const officer = await users.create('iao_officer');
  const social = await users.create('social_development_officer');
  const fiscalYear = fiscalYearOf(new Date()).buddhistYear;
  const businessName = uniqueName('ครัวน้ำพริกแม่ศรี');
  const productName = 'น้ำพริกเผาสูตรโบราณ';
  const buyerName = 'Tanaka Hiroshi';
  const contexts: APIRequestContext[] = [];
  const newContext = async () => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { origin: baseURL ?? '' },
    });
    contexts.push(context);
    return context;
  };
  let session: SessionDetail | undefined;

  await test.step('set-up: Fukuoka accepted, a session starting in a few seconds, a business and a registered buyer', async () => {
    const iao = await signedInApi(await newContext(), officer.email, officer.password);
    // Another journey may have opened the year already.
    await iao.post('/api/programmes', { fiscalYear }, [201, 409]);
    const partners = await iao.get<{ items: PartnerSummary[] }>(
      '/api/partners?q=Fukuoka%20Prefecture&pageSize=20',
    );
    const fukuoka = partners.items.find((partner) => partner.nameEn === 'Fukuoka Prefecture');
    if (!fukuoka) throw new Error('Fukuoka Prefecture is not in the reference data');
    await iao.post(`/api/programmes/${fiscalYear}/cities`, { partnerId: fukuoka.id }, [201, 409]);
    const cities = await iao.get<{ items: ProgrammeCity[] }>(`/api/programmes/${fiscalYear}/cities`);
    const city = cities.items.find((item) => item.partner.id === fukuoka.id);
    if (city && city.replyStatus !== 'accepted')
      await iao.patch(`/api/programme-cities/${city.id}`, { version: city.version, replyStatus: 'accepted' });

    const startsAt = new Date(Date.now() + 20_000);
    session = (
      await iao.post<SessionDetail>(`/api/programmes/${fiscalYear}/sessions`, {
        title: uniqueName('Bangkok Brand × ผู้ซื้อฟุกุโอกะ'),
        partnerIds: [fukuoka.id],
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
        meetingUrl: 'https://teams.microsoft.com/l/meetup-join/e2e-record',
        overrideReason: 'การทดสอบของระบบ',
      })
    ).body;

    const sdo = await signedInApi(await newContext(), social.email, social.password);
    const business = (
      await sdo.post<EntrepreneurDetail>('/api/catalogue/entrepreneurs', {
        name: { th: businessName, en: "Mae Sri's Chili Kitchen" },
        ownerName: 'ศรี ใจดี',
        legalForm: 'community_enterprise',
        districtCode: '1001',
        email: `maesri-${Date.now()}@example.com`,
        languages: ['th'],
        exportExperience: 'none',
        exportReadiness: 'ready',
      })
    ).body;
    const product = (
      await sdo.post<Product>(`/api/catalogue/entrepreneurs/${business.id}/products`, {
        name: { th: productName, en: 'Roasted chili paste' },
        category: 'food',
        hsCode: '210390',
      })
    ).body;
    await sdo.post(`/api/catalogue/products/${product.id}/certifications`, {
      kind: 'bangkok_brand',
      yearCertified: 2025,
      validUntil: '2027-09-30',
      districtCode: '1001',
    });
    await sdo.post(`/api/catalogue/entrepreneurs/${business.id}/consent`, {
      version: business.version,
      method: 'signed_form',
    });
    await sdo.post(`/api/programme-sessions/${session.id}/entrepreneurs`, {
      entrepreneurId: business.id,
      productIds: [product.id],
    });

    const invitation = (
      await iao.post<CreatedInvitation>(`/api/programme-sessions/${session.id}/invitations`, {
        partnerId: fukuoka.id,
        language: 'ja',
      })
    ).body;
    const token = new URL(invitation.link).pathname.split('/').at(-1) ?? '';
    const registered = await (
      await newContext()
    ).post(`/api/public/invitations/${token}/registration`, {
      data: {
        fullName: buyerName,
        company: 'Hakata Imports K.K.',
        email: `tanaka-${Date.now()}@hakata.example`,
      },
    });
    expect(registered.status()).toBe(201);
    // The session is under way once its start has passed.
    await expect.poll(() => Date.now(), { timeout: 30_000 }).toBeGreaterThan(startsAt.getTime());
  });

  await test.step('checks in the business and the buyer', async () => {
    await signIn(page, officer.email, officer.password);
    await page.goto(`/programme/sessions/${session?.id}`);
    const attendance = page.getByRole('region', { name: thPages.record.attendance });
    await attendance.getByLabel(fill(thPages.record.present, { name: businessName })).check();
    await attendance.getByLabel(fill(thPages.record.present, { name: buyerName })).check();
    await attendance.getByRole('button', { name: thPages.record.save_attendance }).click();
    await expect(attendance.getByText(/^\s*เช็กอิน \d/)).toHaveCount(2);
  });

  await test.step('records the buyer’s strong interest in the product, the contacts exchanged and the minutes', async () => {
    const interest = page.getByRole('region', { name: thPages.record.interest, exact: true });
    const names = { buyer: buyerName, product: productName };
    await interest
      .getByLabel(fill(thPages.record.level_for, names))
      .selectOption({ label: thPages.record.levels.strong });
    await interest.getByLabel(fill(thPages.record.note_for, names)).fill('ขอตัวอย่าง 50 กระปุก');
    await interest.getByRole('button', { name: thPages.record.save_interest }).click();

    const contacts = page.getByRole('region', { name: thPages.record.contacts });
    await contacts
      .getByLabel(fill(thPages.record.exchanged, { business: businessName, buyer: buyerName }))
      .check();
    await contacts.getByRole('button', { name: thPages.record.save_contacts }).click();

    const texts = page.getByRole('region', { name: thPages.record.texts });
    await texts
      .getByLabel(thPages.record.fields.minutes)
      .fill('ผู้ซื้อจากฟุกุโอกะสนใจน้ำพริกเผา และขอใบเสนอราคาสำหรับการสั่งซื้อครั้งแรก');
    await texts.getByLabel(thPages.record.fields.suggestions).fill('ส่งตัวอย่างสินค้าล่วงหน้าก่อนการประชุม');
    await texts.getByRole('button', { name: thPages.record.save_texts }).click();
    await expect(texts.getByLabel(thPages.record.fields.minutes)).toHaveValue(/ขอใบเสนอราคา/);
    await expect(
      interest.getByLabel(fill(thPages.record.level_for, names)).locator('option:checked'),
    ).toHaveText(thPages.record.levels.strong);
    await expectNoAccessibilityViolations(page);
  });

  await test.step('marks the session held and downloads the Thai report, read as text and drawn as images', async () => {
    const report = page.getByRole('region', { name: thPages.record.report });
    await expect(report).toContainText(thPages.record.report_not_yet);
    await page.getByRole('button', { name: thPages.record.mark_held }).click();
    await expect(page.getByText(thProgramme.session_statuses.held, { exact: true })).toBeVisible();

    const downloading = page.waitForEvent('download');
    await report
      .getByRole('listitem')
      .filter({ hasText: thPages.record.report_th })
      .getByRole('link', { name: 'PDF' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^session-report-FY${fiscalYear}-.*-th\\.pdf$`));
    const pdf = await download.path();

    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    const flat = text.stdout.replace(/\s+/g, '');
    for (const expected of [
      'รายงานผลการประชุมทางไกลส่งเสริมการค้าผลิตภัณฑ์กรุงเทพมหานคร',
      `ปีงบประมาณ พ.ศ. ${fiscalYear}`,
      businessName,
      buyerName,
      'สนใจมาก',
      'ขอตัวอย่าง 50 กระปุก',
      'ขอใบเสนอราคาสำหรับการสั่งซื้อครั้งแรก',
      'ส่งตัวอย่างสินค้าล่วงหน้าก่อนการประชุม',
    ])
      expect(flat).toContain(expected.replace(/\s+/g, ''));

    // The Thai font is embedded, so the text draws the same everywhere; every page draws as an image.
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts.stdout).toMatch(/Sarabun\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const pngDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'bia-report-'));
    const drawn = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(pngDirectory, 'page')]);
    expect(drawn.status, drawn.stderr.toString()).toBe(0);
    const pages = (await fs.readdir(pngDirectory)).filter((name) => name.endsWith('.png'));
    expect(pages.length).toBeGreaterThan(0);
    for (const name of pages) {
      const image = await fs.readFile(path.join(pngDirectory, name));
      expect(image.subarray(1, 4).toString()).toBe('PNG');
      await test.info().attach(`report-th-${name}`, { body: image, contentType: 'image/png' });
    }
    await fs.rm(pngDirectory, { recursive: true, force: true });
  });

  await test.step('records the day the report went to the executives', async () => {
    const report = page.getByRole('region', { name: thPages.record.report });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
    await report.getByLabel(thPages.record.delivered_on).fill(today);
    await report.getByRole('button', { name: thPages.record.save_delivery }).click();
    await expect(report.getByText(new RegExp(thPages.record.delivered.split('{{')[0] ?? ''))).toBeVisible();
  });

  for (const context of contexts) await context.dispose();
});

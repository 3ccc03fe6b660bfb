/**
 * The trade programme of a fiscal year (issue 5), in three journeys:
 * - an IAO officer opens FY2569 from the menu, reads its timeline with the overdue steps standing out,
 *   records a step done and a session held (the KPIs follow), attaches a document, names the working
 *   group's chair, and sends Seoul a letter; a Social Development officer records only the steps of
 *   their own unit and reads the others' documents;
 * - in the current fiscal year, the officer schedules a session with Seoul, and a buyer registers in
 *   Korean and reads Seoul time;
 * - during and after a session, the officer checks in who came, records a Fukuoka buyer's interest,
 *   the contacts exchanged and the minutes, and downloads the Thai report.
 * The last two share the current fiscal year's programme, so they live in one file: Playwright runs a
 * file's tests one after the other, in one worker.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type {
  CreatedInvitation,
  EntrepreneurDetail,
  PartnerSummary,
  Product,
  ProgrammeCity,
  SessionDetail,
  SessionInfo,
} from '@bia/contracts';
import { fiscalYearOf, formatDate } from '@bia/i18n';
import thProgramme from '../packages/i18n/locales/th/programme.json' with { type: 'json' };
import thPages from '../packages/i18n/locales/th/programme_pages.json' with { type: 'json' };
import koPublic from '../packages/i18n/locales/ko/session_public.json' with { type: 'json' };
import {
  expect,
  expectNoAccessibilityViolations,
  fill,
  openMenuSection,
  fillThaiDate,
  signIn,
  test,
  textPattern,
  th,
  uniqueName,
} from './support/fixtures.ts';

/** FY2569 (1 October 2025 – 30 September 2026) is wholly past: every step of a new plan is overdue. */
const FISCAL_YEAR = 2569;
const STEPS_OF_THE_SEED_PLAN = 19;

const APPROVAL_NAME = 'หนังสืออนุมัติผู้ว่าราชการ.pdf';
const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
/** The start of a Windows program ("MZ" and the DOS header). */
const EXE_BYTES = Buffer.from([
  0x4d,
  0x5a,
  0x90,
  0,
  3,
  0,
  0,
  0,
  4,
  0,
  0,
  0,
  0xff,
  0xff,
  ...new Array<number>(242).fill(0),
]);

function stepRow(page: Page, session: number, step: string) {
  return page
    .getByRole('table', { name: fill(thPages.session_number, { number: session }) })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: step }) });
}

function kpi(page: Page, label: string) {
  return page.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
}

async function recordProgress(
  page: Page,
  session: number,
  step: string,
  values: { status: string; actualStart: string; actualEnd: string },
) {
  await stepRow(page, session, step)
    .getByRole('button', { name: new RegExp(`^${thPages.steps.update}`) })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: new RegExp(step) })).toBeVisible();
  await dialog.getByLabel(thPages.step_form.status).selectOption({ label: values.status });
  await fillThaiDate(dialog, thPages.step_form.actual_start, values.actualStart);
  await fillThaiDate(dialog, thPages.step_form.actual_end, values.actualEnd);
  await dialog.getByRole('button', { name: th.common.actions.save }).click();
  await expect(dialog).toBeHidden();
}

test('an IAO officer opens FY2569, follows its timeline and records progress; Social Development records only its own steps', async ({
  page,
  users,
}) => {
  test.setTimeout(90_000);
  const officer = await users.create('iao_officer');
  const social = await users.create('social_development_officer');

  await test.step('opens the programme of FY2569 from the menu', async () => {
    await signIn(page, officer.email, officer.password);
    await (
      await openMenuSection(page, th.common.nav.groups.trade)
    )
      .getByRole('link', { name: thPages.nav.programme })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: thPages.list.title })).toBeVisible();
    await page.getByLabel(thPages.open.fiscal_year).fill(String(FISCAL_YEAR));
    await page.getByRole('button', { name: thPages.open.submit }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: fill(thPages.detail.title, { year: FISCAL_YEAR }) }),
    ).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/programme/${FISCAL_YEAR}$`));
  });

  await test.step('sees the plan of the seed, every step of a past year overdue', async () => {
    await expect(page.getByText('1 ตุลาคม 2568 – 30 กันยายน 2569', { exact: false })).toBeVisible();
    await expect(kpi(page, thPages.kpi.overdue_steps)).toHaveText(String(STEPS_OF_THE_SEED_PLAN));
    await expect(kpi(page, thPages.kpi.sessions_held)).toHaveText(
      fill(thPages.kpi.of_planned, { value: 0, planned: 3 }),
    );
    const study = stepRow(page, 1, thProgramme.steps.study);
    await expect(study).toContainText('1–31 ต.ค. 2568');
    await expect(study).toContainText(thPages.steps.overdue);
    await expect(study).toContainText(thPages.steps.first_session_only);
    await expect(stepRow(page, 3, thProgramme.steps.hold_session)).toContainText('1–30 ก.ย. 2569');
  });

  await test.step('records the study done, then the first session held and reported', async () => {
    const done = thProgramme.statuses.done;
    await recordProgress(page, 1, thProgramme.steps.study, {
      status: done,
      actualStart: '2025-10-06',
      actualEnd: '2025-10-30',
    });
    const study = stepRow(page, 1, thProgramme.steps.study);
    await expect(study).toContainText(done);
    await expect(study).not.toContainText(thPages.steps.overdue);
    await expect(study).toContainText('6–30 ต.ค. 2568');
    await expect(kpi(page, thPages.kpi.overdue_steps)).toHaveText(String(STEPS_OF_THE_SEED_PLAN - 1));

    await recordProgress(page, 1, thProgramme.steps.hold_session, {
      status: done,
      actualStart: '2026-01-20',
      actualEnd: '2026-01-20',
    });
    await recordProgress(page, 1, thProgramme.steps.report, {
      status: done,
      actualStart: '2026-01-21',
      actualEnd: '2026-01-30',
    });
    await expect(kpi(page, thPages.kpi.sessions_held)).toHaveText(
      fill(thPages.kpi.of_planned, { value: 1, planned: 3 }),
    );
    await expect(kpi(page, thPages.kpi.reports_delivered)).toHaveText(
      fill(thPages.kpi.of_planned, { value: 1, planned: 3 }),
    );
  });

  await test.step("attaches the Governor's approval to the study, and refuses a program named .pdf", async () => {
    await stepRow(page, 1, thProgramme.steps.study)
      .getByRole('button', { name: new RegExp(`^${thPages.steps.update}`) })
      .click();
    const dialog = page.getByRole('dialog');
    const documents = dialog.getByRole('region', { name: thPages.step_documents.heading });
    await expect(documents.getByText(thPages.step_documents.none)).toBeVisible();
    const fileField = documents.getByLabel(thPages.step_documents.file);
    const attach = documents.getByRole('button', { name: thPages.step_documents.upload });

    await fileField.setInputFiles({ name: 'setup.pdf', mimeType: 'application/pdf', buffer: EXE_BYTES });
    await attach.click();
    await expect(documents.getByText(thProgramme.errors.step_document_type)).toBeVisible();

    await fileField.setInputFiles({ name: APPROVAL_NAME, mimeType: 'application/pdf', buffer: PDF_BYTES });
    await attach.click();
    const listed = documents.getByRole('listitem').filter({ hasText: APPROVAL_NAME });
    await expect(listed).toContainText(
      fill(thPages.step_documents.uploaded_on, { date: formatDate(new Date(), 'th') }),
    );
    await expect(documents.getByText(thProgramme.errors.step_document_type)).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await listed.getByRole('link', { name: APPROVAL_NAME }).click();
    expect((await downloading).suggestedFilename()).toBe(APPROVAL_NAME);
    await dialog.getByRole('button', { name: th.common.actions.close }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('refuses a step finished before it started, and keeps what was saved', async () => {
    await stepRow(page, 1, thProgramme.steps.approval)
      .getByRole('button', { name: new RegExp(`^${thPages.steps.update}`) })
      .click();
    const dialog = page.getByRole('dialog');
    await fillThaiDate(dialog, thPages.step_form.actual_start, '2025-11-20');
    await fillThaiDate(dialog, thPages.step_form.actual_end, '2025-11-10');
    await dialog.getByRole('button', { name: th.common.actions.save }).click();
    await expect(dialog.getByText(thProgramme.errors.end_before_start)).toBeVisible();
    await dialog.getByRole('button', { name: th.common.actions.close }).click();
    await expect(stepRow(page, 1, thProgramme.steps.approval)).toContainText(
      thProgramme.statuses.not_started,
    );
  });

  await test.step('names the chair of the working group', async () => {
    const group = page.getByRole('region', { name: thPages.group.title });
    await group.getByLabel(thPages.group.full_name).fill('ผู้อำนวยการสำนักพัฒนาสังคม');
    await group.getByLabel(thPages.group.role).selectOption({ label: thProgramme.group_roles.chair });
    await group.getByRole('button', { name: thPages.group.add }).click();
    await expect(group.getByRole('listitem').filter({ hasText: 'ผู้อำนวยการสำนักพัฒนาสังคม' })).toContainText(
      thProgramme.group_roles.chair,
    );
    await expectNoAccessibilityViolations(page);
  });

  await test.step('ranks the candidate cities, chooses Seoul, records its letter and downloads it in Thai', async () => {
    // Seoul's international relations division, as the office would have it in the partner registry.
    const session = (await (await page.request.get('/api/auth/session')).json()) as SessionInfo;
    const partners = (await (await page.request.get('/api/partners?q=Seoul&pageSize=20')).json()) as {
      items: PartnerSummary[];
    };
    const seoul = partners.items.find((partner) => partner.nameEn === 'Seoul');
    const added = await page.request.post(`/api/partners/${seoul?.id}/contacts`, {
      data: { fullName: 'Kim Min-ji', role: 'International Relations Division', email: 'intl@seoul.go.kr' },
      headers: { 'x-csrf-token': session.csrfToken ?? '' },
    });
    expect(added.status()).toBe(201);
    await page.reload();

    const cities = page.getByRole('region', { name: thPages.cities.candidates });
    await expect(cities.getByRole('row').nth(1)).toContainText(/\d/);
    await page.getByRole('button', { name: textPattern(thPages.cities.show_all) }).click();
    const seoulRow = cities
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'โซล', exact: true }) });
    await expect(seoulRow).toContainText(thPages.reasons.no_recent_activity);
    await seoulRow.getByRole('button', { name: fill(thPages.cities.choose, { city: 'โซล' }) }).click();
    await expect(seoulRow).toContainText(thPages.cities.is_chosen);

    const chosen = page.getByRole('region', { name: thPages.cities.chosen });
    const chosenSeoul = chosen.getByRole('row').filter({ hasText: 'โซล' });
    await expect(chosenSeoul).toContainText(thProgramme.reply_statuses.not_sent);
    await chosenSeoul.getByRole('button', { name: new RegExp(`^${thPages.cities.record}`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(thPages.cities.answer).selectOption({ label: thProgramme.reply_statuses.sent });
    await dialog.getByLabel(thPages.cities.letter_reference).fill('กท 1402/777');
    await fillThaiDate(dialog, thPages.cities.letter_sent_on, '2025-11-10');
    await dialog.getByRole('button', { name: th.common.actions.save }).click();
    await expect(dialog).toBeHidden();
    await expect(chosenSeoul).toContainText('กท 1402/777');
    await expect(chosenSeoul).toContainText(thProgramme.reply_statuses.sent);

    const downloading = page.waitForEvent('download');
    await chosenSeoul
      .getByRole('listitem')
      .filter({ hasText: thPages.cities.letter_th })
      .getByRole('link', { name: 'PDF' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('letter-FY2569-seoul-th.pdf');
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    const flat = text.stdout.replace(/\s+/g, '');
    for (const expected of ['ที่ กท 1402/777', '10 พฤศจิกายน 2568', 'Kim Min-ji', 'ในปีงบประมาณ พ.ศ. 2569']) {
      expect(flat).toContain(expected.replace(/\s+/g, ''));
    }
  });

  await test.step('a Social Development officer may record the coordination, not the study', async () => {
    await page.context().clearCookies();
    await signIn(page, social.email, social.password);
    await page.goto(`/programme/${FISCAL_YEAR}`);
    const update = new RegExp(`^${thPages.steps.update}`);
    await expect(
      stepRow(page, 1, thProgramme.steps.coordinate).getByRole('button', { name: update }),
    ).toBeVisible();
    // The study is not theirs: they may read its documents, not change it or attach to it.
    await expect(stepRow(page, 1, thProgramme.steps.study).getByRole('button', { name: update })).toHaveCount(
      0,
    );
    await stepRow(page, 1, thProgramme.steps.study)
      .getByRole('button', { name: new RegExp(`^${thPages.steps.documents}`) })
      .click();
    const readOnly = page.getByRole('dialog');
    await expect(readOnly.getByRole('link', { name: APPROVAL_NAME })).toBeVisible();
    await expect(readOnly.getByRole('button', { name: thPages.step_documents.upload })).toHaveCount(0);
    await expect(readOnly.getByRole('button', { name: th.common.actions.save })).toHaveCount(0);
    await readOnly.getByRole('button', { name: th.common.actions.close }).click();
    await stepRow(page, 1, thProgramme.steps.coordinate).getByRole('button', { name: update }).click();
    await expect(
      page.getByRole('dialog').getByRole('button', { name: thPages.step_documents.upload }),
    ).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: th.common.actions.close }).click();
    await expect(page.getByRole('button', { name: thPages.group.add })).toHaveCount(0);
    await expect(page.getByRole('button', { name: thPages.open.submit })).toHaveCount(0);
  });
});

test('an IAO officer schedules a session with Seoul in the current fiscal year, each side reading its own time', async ({
  page,
  users,
}) => {
  test.setTimeout(90_000);
  const officer = await users.create('iao_officer');
  const fiscalYear = fiscalYearOf(new Date()).buddhistYear;

  await test.step('opens the current fiscal year and has Seoul accept its letter', async () => {
    await signIn(page, officer.email, officer.password);
    await page.goto('/programme');
    await page.getByLabel(thPages.open.fiscal_year).fill(String(fiscalYear));
    await page.getByRole('button', { name: thPages.open.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/programme/${fiscalYear}$`));
    const session = (await (await page.request.get('/api/auth/session')).json()) as SessionInfo;
    const partners = (await (await page.request.get('/api/partners?q=Seoul&pageSize=20')).json()) as {
      items: PartnerSummary[];
    };
    const seoul = partners.items.find((partner) => partner.nameEn === 'Seoul');
    const headers = { 'x-csrf-token': session.csrfToken ?? '' };
    const chosen = await page.request.post(`/api/programmes/${fiscalYear}/cities`, {
      data: { partnerId: seoul?.id },
      headers,
    });
    expect(chosen.status()).toBe(201);
    const city = (await chosen.json()) as ProgrammeCity;
    const accepted = await page.request.patch(`/api/programme-cities/${city.id}`, {
      data: { version: city.version, replyStatus: 'accepted' },
      headers,
    });
    expect(accepted.status()).toBe(200);
    await page.reload();
    await expect(
      page.getByRole('region', { name: thPages.cities.chosen }).getByRole('row').filter({ hasText: 'โซล' }),
    ).toContainText(thProgramme.reply_statuses.accepted);
  });

  await test.step('finds the times that suit Bangkok and Seoul, and schedules the first', async () => {
    await page.getByRole('link', { name: thPages.sessions.schedule }).click();
    await expect(page.getByRole('heading', { level: 1, name: thPages.new_session.title })).toBeVisible();
    await page.getByRole('checkbox', { name: /โซล/ }).check();
    await page.getByRole('button', { name: thPages.new_session.suggest }).click();
    const slots = page.locator('.programme-slot-list > li');
    await expect(slots.first()).toBeVisible();
    // Bangkok 13:00–15:00 is Seoul 15:00–17:00: the one 2-hour stretch clear of both lunches.
    await expect(slots.first()).toContainText('13:00');
    await expect(slots.first()).toContainText('15:00 GMT+9');
    await slots
      .first()
      .getByRole('button', { name: new RegExp(`^${thPages.new_session.use_slot}`) })
      .click();
    await page.getByLabel(thPages.new_session.session_title).fill('Bangkok Brand × ผู้ซื้อกรุงโซล');
    await page
      .getByLabel(thPages.new_session.meeting_url)
      .fill('https://teams.microsoft.com/l/meetup-join/e2e');
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: thPages.new_session.submit }).click();
  });

  await test.step('reads the session: Bangkok and Seoul times, the seed’s agenda, the connection test to come', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Bangkok Brand × ผู้ซื้อกรุงโซล' })).toBeVisible();
    const times = page.getByRole('region', { name: thPages.session.times });
    await expect(
      times.getByRole('term').filter({ hasText: 'โซล' }).locator('xpath=following-sibling::dd[1]'),
    ).toContainText('15:00 GMT+9');
    await expect(
      times
        .getByRole('term')
        .filter({ hasText: thPages.new_session.bangkok })
        .locator('xpath=following-sibling::dd[1]'),
    ).toContainText('13:00 GMT+7');
    await expect(
      page.getByText(fill(thPages.session.agenda_total, { total: 120, length: 120 })),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: thPages.session.connection_test })
        .getByText(thProgramme.connection_tests.not_tested)
        .first(),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  await test.step('invites a Seoul buyer, who registers in Korean and reads Seoul time', async () => {
    const invitations = page.getByRole('region', { name: thPages.invitations.title });
    await invitations.getByLabel(thPages.invitations.language).selectOption('ko');
    await invitations.getByRole('button', { name: thPages.invitations.create }).click();
    const link = await invitations.getByRole('link', { name: /\/invitation\// }).getAttribute('href');
    expect(link).toMatch(/\/invitation\/[\w-]{40,}\?lang=ko$/);

    const buyerContext = await page
      .context()
      .browser()
      ?.newContext({ baseURL: new URL(page.url()).origin });
    const buyer = await buyerContext?.newPage();
    if (!buyer || !buyerContext) throw new Error('no second browser context');
    await buyer.goto(link ?? '');
    await expect(buyer.getByRole('heading', { level: 1, name: koPublic.title })).toBeVisible();
    await expect(buyer.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(buyer.getByText(fill(koPublic.your_time, { zone: 'Asia/Seoul' }))).toBeVisible();
    await expect(buyer.locator('.programme-times dd').first()).toContainText('15:00');
    await expectNoAccessibilityViolations(buyer);
    await buyer.getByLabel(koPublic.full_name).fill('김민지');
    await buyer.getByLabel(koPublic.company).fill('Seoul Food Trading Co.');
    await buyer.getByLabel(koPublic.email).fill(`minji-${Date.now()}@seoulfood.example`);
    await buyer.getByRole('button', { name: koPublic.submit }).click();
    await expect(buyer.getByText(fill(koPublic.registered, { name: '김민지' }))).toBeVisible();
    await expect(
      buyer.getByRole('link', { name: 'https://teams.microsoft.com/l/meetup-join/e2e' }),
    ).toBeVisible();

    const downloading = buyer.waitForEvent('download');
    await buyer.getByRole('link', { name: koPublic.calendar }).click();
    const ics = await fs.readFile((await (await downloading).path()) ?? '', 'utf8');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Seoul:\d{8}T150000/);

    // The link registered its one person: opened again, it shows the registration, not the form.
    await buyer.reload();
    await expect(buyer.getByText(fill(koPublic.registered, { name: '김민지' }))).toBeVisible();
    await expect(buyer.getByRole('button', { name: koPublic.submit })).toHaveCount(0);
    await buyerContext.close();
    await page.reload();
    await expect(page.getByRole('region', { name: thPages.invitations.title })).toContainText(
      fill(thPages.invitations.used, { name: '김민지' }),
    );
  });
});

/** Clicks a save button of the session's record and waits until the platform has kept the change. */
async function saved(page: Page, part: string, button: Locator) {
  const response = page.waitForResponse(
    (candidate) => candidate.url().endsWith(`/${part}`) && candidate.request().method() !== 'GET',
  );
  await button.click();
  expect((await response).status()).toBe(200);
}

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

/*
 * The session is set up through the API so that it starts a few seconds after the journey begins: the
 * platform refuses to schedule a session in the past, and a session is recorded once under way.
 */
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
    await attendance.getByLabel(businessName).check();
    await attendance.getByLabel(buyerName).check();
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
    await saved(page, 'interests', interest.getByRole('button', { name: thPages.record.save_interest }));

    const contacts = page.getByRole('region', { name: thPages.record.contacts });
    const exchanged = contacts.getByLabel(
      `${fill(thPages.record.exchanged_with, { business: businessName })} ${buyerName}`,
    );
    await exchanged.check();
    await saved(page, 'contacts', contacts.getByRole('button', { name: thPages.record.save_contacts }));

    const texts = page.getByRole('region', { name: thPages.record.texts });
    await texts
      .getByLabel(thPages.record.fields.minutes)
      .fill('ผู้ซื้อจากฟุกุโอกะสนใจน้ำพริกเผา และขอใบเสนอราคาสำหรับการสั่งซื้อครั้งแรก');
    await texts.getByLabel(thPages.record.fields.suggestions).fill('ส่งตัวอย่างสินค้าล่วงหน้าก่อนการประชุม');
    await saved(page, 'record', texts.getByRole('button', { name: thPages.record.save_texts }));

    // What was saved is what the page shows when opened again.
    await page.reload();
    await expect(texts.getByLabel(thPages.record.fields.minutes)).toHaveValue(/ขอใบเสนอราคา/);
    await expect(
      interest.getByLabel(fill(thPages.record.level_for, names)).locator('option:checked'),
    ).toHaveText(thPages.record.levels.strong);
    await expect(exchanged).toBeChecked();
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
      'การแลกเปลี่ยนข้อมูลติดต่อ: 1 คู่',
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
    await fillThaiDate(report, thPages.record.delivered_on, today);
    await report.getByRole('button', { name: thPages.record.save_delivery }).click();
    await expect(report.getByText(new RegExp(thPages.record.delivered.split('{{')[0] ?? ''))).toBeVisible();
  });

  for (const context of contexts) await context.dispose();
});

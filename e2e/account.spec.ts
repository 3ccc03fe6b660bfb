/**
 * Signing in and getting back in: a wrong password, and a forgotten password reset without a mail
 * server (the administrator reads the link in the outbox and hands it over).
 */
import type { Page } from '@playwright/test';
import { E2E_BASE_URL } from './support/environment.ts';
import { en, expect, fill, openMenuSection, signIn, submitSignInForm, test, th } from './support/fixtures.ts';

const NEW_PASSWORD = 'ตั้งใหม่-new-password-2569';

async function setNewPassword(page: Page, password: string) {
  await page.getByLabel(th.identity.password.new, { exact: true }).fill(password);
  await page.getByLabel(th.identity.password.confirm, { exact: true }).fill(password);
  await page.getByRole('button', { name: th.identity.reset.submit }).click();
}

test('a forgotten password is reset offline with the link the administrator reads in the outbox, and the link works once', async ({
  page,
  browser,
  admin,
  users,
}) => {
  const person = await users.create('iao_officer');

  await test.step('the person asks for a reset link', async () => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: th.identity.sign_in.forgot_link }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole('heading', { level: 1, name: th.identity.forgot.title })).toBeVisible();
    await page.getByLabel(th.identity.fields.email).fill(person.email);
    await page.getByRole('button', { name: th.identity.forgot.submit }).click();
    await expect(page.getByRole('status')).toContainText(th.identity.forgot.sent_title);
    // The platform runs with no mail server here: the page says so rather than "sent to your inbox".
    await expect(page.getByRole('status')).toContainText(
      fill(th.identity.forgot.sent_outbox, { email: person.email }),
    );
  });

  let link = '';
  await test.step('the administrator finds the e-mail in the outbox and copies the link', async () => {
    // The administrator on their own computer: a browser with its own session.
    const adminContext = await browser.newContext();
    try {
      const adminPage = await adminContext.newPage();
      await signIn(adminPage, admin.email, admin.password);
      await (
        await openMenuSection(adminPage, th.common.nav.groups.system)
      )
        .getByRole('link', { name: th.common.nav.outbox, exact: true })
        .click();
      await expect(adminPage.getByRole('heading', { level: 1, name: th.admin.outbox.title })).toBeVisible();
      await adminPage
        .getByRole('row')
        .filter({ hasText: person.email })
        .getByRole('button', { name: th.identity.mail.reset_subject })
        .click();
      const mail = adminPage.getByRole('dialog', { name: th.identity.mail.reset_subject });
      await expect(mail).toContainText(person.email);
      const greeting = th.identity.mail.reset_body.split('\n')[0] ?? '';
      await expect(mail).toContainText(fill(greeting, { name: person.displayName }));
      const resetLink = mail.getByRole('link', { name: /\/reset-password\?token=/ });
      link = (await resetLink.getAttribute('href')) ?? '';
      expect(link.startsWith(`${E2E_BASE_URL}/reset-password?token=`)).toBe(true);
    } finally {
      await adminContext.close();
    }
  });

  await test.step('the person sets a new password with the link and signs in with it', async () => {
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: th.identity.reset.title })).toBeVisible();
    await setNewPassword(page, NEW_PASSWORD);
    await expect(page.getByRole('status')).toContainText(th.identity.reset.done);
    await page.getByRole('link', { name: th.identity.reset.go_to_sign_in }).click();
    await submitSignInForm(page, person.email, NEW_PASSWORD);
    await expect(
      page.getByRole('heading', { level: 1, name: fill(th.common.home.title, { name: person.displayName }) }),
    ).toBeVisible();
  });

  await test.step('the same link, opened again, says it has already been used', async () => {
    await page.goto(link);
    await setNewPassword(page, `${NEW_PASSWORD}-again`);
    await expect(page.getByRole('alert')).toContainText(th.identity.errors.token_used);
    await expect(
      page.getByRole('alert').getByRole('link', { name: th.identity.reset.request_new }),
    ).toBeVisible();
  });
});

test('a wrong password keeps the visitor on the sign-in page with the error in their language', async ({
  page,
  users,
}) => {
  const person = await users.create('executive');

  await page.goto('/sign-in');
  await page.getByLabel(th.identity.fields.email).fill(person.email);
  await page.getByLabel(th.identity.fields.password).fill('not-the-password');
  await page.getByRole('button', { name: th.identity.sign_in.submit }).click();
  await expect(page.getByRole('alert')).toHaveText(th.identity.errors.invalid_credentials);
  await expect(page).toHaveURL(/\/sign-in$/);

  // Signed out, the language switch is remembered by this browser alone.
  await page
    .getByRole('group', { name: th.common.language.label })
    .getByRole('button', { name: 'English' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: en.identity.sign_in.title })).toBeVisible();
  await page.getByRole('button', { name: en.identity.sign_in.submit }).click();
  await expect(page.getByRole('alert')).toHaveText(en.identity.errors.invalid_credentials);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('an error already shown follows a switch of language', async ({ page, users }) => {
  const person = await users.create('executive');
  await page.goto('/sign-in');
  await page.getByLabel(th.identity.fields.email).fill(person.email);
  await page.getByLabel(th.identity.fields.password).fill('not-the-password');
  await page.getByRole('button', { name: th.identity.sign_in.submit }).click();
  await expect(page.getByRole('alert')).toHaveText(th.identity.errors.invalid_credentials);

  await page
    .getByRole('group', { name: th.common.language.label })
    .getByRole('button', { name: 'English' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: en.identity.sign_in.title })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(en.identity.errors.invalid_credentials, {
    timeout: 3_000,
  });
});
